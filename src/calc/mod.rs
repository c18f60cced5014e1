//! The calculations: pure functions from a typed input and the rules of the year to a typed
//! result with the steps that led to it. One module per figure:
//!
//! - [`leegwaarderatio`]: the value of a let dwelling in Box 3;
//! - [`box3`]: the household's Box 3 per person, and the tegenbewijs;
//! - [`werkelijk_rendement`]: Box 3 on actual returns under the bill (from 2028);
//! - [`valuation`]: the value in rented state (market band, yield, DCF) and to the tenant;
//! - [`plan`]: sell now versus keep renting, year by year, under each Box 3 future;
//! - [`solve`]: the root finders of the plan (break-even growth, IRR);
//! - [`yields`]: yield, costs and cash flow;
//! - [`stress`]: the stress scenarios (interest up, a month vacant, the energy upgrade);
//! - [`tegenbewijs`]: the actual return of the year (tegenbewijsregeling);
//! - [`historie`]: the tegenbewijs over every open year of a landlord's history (2021 on);
//! - [`sensitivity`]: keep − sell over a grid of value growth and alternative return;
//! - [`wws`]: WWS points, sector and maximum rent (estimated or room by room);
//! - [`bouwregels`]: the building rules, space by space (is it a legal dwelling?);
//! - [`bv`]: privately or in a BV, the dwelling moved into a company, beside the plan;
//! - [`upgrade`]: a label upgrade as a what-if, the plan with and without it;
//! - [`warnings`]: the checks that give warnings rather than figures.

pub mod bouwregels;
pub mod box3;
pub mod bv;
pub mod historie;
pub mod leegwaarderatio;
pub mod plan;
pub mod sensitivity;
pub mod solve;
pub mod stress;
pub mod tegenbewijs;
pub mod upgrade;
pub mod valuation;
pub mod warnings;
pub mod werkelijk_rendement;
pub mod wws;
pub mod yields;
