//! The integration tests, as one test binary (one link of the library instead of one per file).
//! Each module tests one area through the library's public surface or the `verhuurd` binary.

mod bouwregels;
mod bv;
mod cases;
mod cli;
mod docs;
mod explain_sources;
mod fiscal_rules;
mod fuzz;
mod handboek;
mod historie;
mod household;
mod landlord;
mod language_and_terminal;
mod layers;
mod properties;
mod report;
mod robustness;
mod roots;
mod snapshots;
mod spreadsheets;
mod support;
mod uitpond;
mod upgrade;
mod werkelijk_rendement;
mod worked_examples;
mod wws_and_warnings;
mod wws_besluit;
mod wws_kamers;
mod wws_stelsel;
