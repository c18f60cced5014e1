//! Checks that produce warnings rather than figures (methods.md §6). Each warning has a stable
//! code and a message that says what to do.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::{Arg, Lang, Msg, Text};
use crate::model::{Property, Sale, Segment};
use crate::money::HUNDRED;
use crate::rules::{CheckRules, Cite, MarketRules};
use crate::wws::Wws;

pub use crate::scenario::UpgradeEstimate;

/// A warning with a stable code and a message that says what to do. The message is rendered
/// only when it is shown ([`Warning::message`], and when the warning is serialised as
/// `{"code", "message"}`): output that shows only the codes (CSV) never renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub code: &'static str,
    /// The message as an id with its arguments.
    pub text: Text,
    /// The language of the message: Dutch unless [`crate::report::Report::localize`] says
    /// otherwise.
    pub lang: Lang,
}

impl Warning {
    /// A warning `code` saying `text` (in Dutch until localized).
    pub fn new(code: &'static str, text: Text) -> Warning {
        Warning {
            code,
            text,
            lang: Lang::default(),
        }
    }

    /// The message in the language of the output.
    pub fn message(&self) -> String {
        self.text.render(self.lang)
    }
}

impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Warning", 2)?;
        st.serialize_field("code", self.code)?;
        st.serialize_field("message", &self.message())?;
        st.end()
    }
}

/// The cheapest upgrade of a dwelling below the minimum label, for its warning: to the minimum
/// label at the matrix's cost, its points, sector and maximum rent after.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cheapest {
    pub cost: Decimal,
    /// The cost before the subsidy.
    pub before_subsidy: Decimal,
    pub per_m2: Decimal,
    pub points_after: u32,
    pub sector_before: Segment,
    pub sector_after: Segment,
    pub max_rent_after: Decimal,
}

/// What the checks look at, beyond the property itself.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The building rules checked ([`crate::bouwregels::check`]); its failures are warnings.
    pub bbl: Option<&'a crate::bouwregels::Bbl>,
    pub wws: Option<&'a Wws>,
    /// Whether the segment is regulated (social or mid), as given or derived.
    pub regulated: bool,
    /// Box 3 value by the leegwaarderatio.
    pub box3_value: Decimal,
    /// The computed value in rented state.
    pub tenanted_value: Option<Decimal>,
    /// The discount band and the DCF discount, percent, when they disagree widely.
    pub band_disagreement: Option<(Decimal, Decimal, Decimal)>,
    /// Estimated net cost of reaching label D, and where it comes from.
    pub energy_upgrade_cost: Option<Decimal>,
    pub energy_upgrade_estimate: UpgradeEstimate,
    /// WWS points and maximum rent after reaching label D.
    pub label_d_wws: Option<(u32, Decimal)>,
    /// The cheapest upgrade to the minimum label at the cost matrix's cost, for a dwelling below
    /// it without an `[upgrade]` section.
    pub cheapest_upgrade: Option<Cheapest>,
    /// The sale route of the plan, when there is one.
    pub sale: Option<Sale>,
    /// Years whose rules were carried from another year.
    pub carried: &'a [(i32, i32)],
    /// The plan's net proceeds of selling now, when the plan found no IRR of keeping.
    pub no_irr: Option<Decimal>,
    /// Whether the warnings' messages are wanted; without, each warning has only its code (its
    /// message empty), for output that shows only the codes (the CSV).
    pub texts: bool,
}

impl<'a> Facts<'a> {
    /// The facts of the scenario `s` from the figures computed for it: its WWS, whether its
    /// segment is regulated, the Box 3 value, the valuation (its discount checked against the
    /// market's band with the band's tolerance), and the plan when there is one.
    pub fn of(
        s: &crate::scenario::Scenario,
        wws: Option<&'a Wws>,
        regulated: bool,
        box3_value: Decimal,
        val: &crate::valuation::Valuation,
        plan: Option<&'a crate::plan::Outcome>,
        bbl: &'a crate::bouwregels::Bbl,
    ) -> Facts<'a> {
        let (p, rules) = (s.property, s.rules);
        let tol = s.market.band_tolerance_pct.value;
        // A house let by the room is not valued as one dwelling: no warnings on its value.
        let valued = !p.let_by_the_room;
        Facts {
            bbl: Some(bbl),
            wws,
            regulated,
            box3_value,
            tenanted_value: valued.then_some(val.tenanted_value),
            band_disagreement: (valued
                && (val.discount_pct < val.band_pct.0 - tol
                    || val.discount_pct > val.band_pct.1 + tol))
                .then_some((val.band_pct.0, val.band_pct.1, val.discount_pct)),
            energy_upgrade_cost: s.energy_upgrade_cost,
            energy_upgrade_estimate: s.energy_upgrade_estimate,
            label_d_wws: wws.and_then(|w| {
                crate::wws::with_label(w, p, &rules.checks.energy_label_minimum, rules)
            }),
            // Set by the caller, which can run the upgrade (crate::upgrade::cheapest).
            cheapest_upgrade: None,
            sale: plan.map(|_| s.sale),
            carried: plan.map_or(&[], |o| &o.carried),
            no_irr: plan
                .filter(|o| o.keep_irr_pct.is_none())
                .map(|o| o.proceeds_now),
            texts: true,
        }
    }
}

/// All warnings of the scenario `s` ([`check`] on its facts), and the warning that its plan
/// (`plan`) reaches years the bill on actual returns would govern.
pub(crate) fn of_scenario(
    s: &crate::scenario::Scenario,
    facts: &Facts,
    plan: Option<&crate::plan::Input>,
) -> Vec<Warning> {
    let rules = s.rules;
    let mut warnings = check(s.property, facts, &rules.checks, s.market);
    if let Some((from, w)) = plan
        .and_then(|pi| crate::plan::bill_from(pi, rules))
        .and_then(|from| rules.werkelijk_rendement(from).map(|w| (from, w)))
    {
        warnings.push(if facts.texts {
            bill_pending(from, w, s.box3_future)
        } else {
            Warning::new(BILL_PENDING, Text::empty())
        });
    }
    warnings
}

/// The citation of `c` as an argument of a message, in either language. The same few
/// citations of the checks come with every property: each is rendered once per thread and
/// rules (kept by its citation, so other rules get their own).
fn cite(c: &impl Cite) -> Arg {
    thread_local! {
        static CITED: std::cell::RefCell<Vec<(crate::rules::Citation, Arg)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let c = c.citation();
    CITED.with(|cited| {
        let mut cited = cited.borrow_mut();
        if let Some((_, arg)) = cited.iter().find(|(k, _)| *k == c) {
            return arg.clone();
        }
        if cited.len() >= 64 {
            cited.clear();
        }
        let arg = c.arg();
        cited.push((c, arg.clone()));
        arg
    })
}

/// The name of a sector, in either language.
fn sector_name(s: Segment) -> Text {
    Text::new(
        match s {
            Segment::Social => Msg::SectorSocial,
            Segment::Mid => Msg::SectorMid,
            Segment::Free => Msg::SectorFree,
        },
        vec![],
    )
}

/// True for labels E, F and G.
pub(crate) fn below_d(label: &str) -> bool {
    matches!(label, "E" | "F" | "G")
}

/// All warnings that apply to `p`, in a fixed order.
pub fn check(p: &Property, f: &Facts, checks: &CheckRules, market: &MarketRules) -> Vec<Warning> {
    let mut w = Found {
        texts: f.texts,
        list: Vec::new(),
    };
    if let Some(m) = &p.mortgage
        && m.balance > p.vacant_value()
    {
        w.push("underwater_mortgage", || {
            Text::new(
                Msg::WUnderwater,
                vec![
                    Arg::Euro(m.balance),
                    Arg::Euro(p.vacant_value()),
                    match f.no_irr {
                        Some(proceeds) => Text::new(Msg::WUnderwaterIrr, vec![Arg::Euro(proceeds)]),
                        None => Text::empty(),
                    }
                    .into(),
                ],
            )
        });
    }
    if p.let_by_the_room {
        w.push("let_by_the_room", || {
            Text::new(
                Msg::WLetByTheRoom,
                vec![
                    match p.rooms {
                        Some(n) => Text::new(Msg::WLetByTheRoomCount, vec![n.into()]),
                        None => Text::empty(),
                    }
                    .into(),
                ],
            )
        });
    }
    if below_d(&p.energy_label) {
        let wws_effect = || match (f.wws, f.label_d_wws) {
            (Some(w), Some((points, rent))) => Text::new(
                Msg::WEnergyLabelWws,
                vec![
                    checks.energy_label_minimum.as_str().into(),
                    w.points.into(),
                    points.into(),
                    Arg::Euro(w.max_rent),
                    Arg::Euro(rent),
                ],
            ),
            _ => Text::empty(),
        };
        w.push("energy_label_below_d", || {
            Text::new(
                Msg::WEnergyLabel,
                vec![
                    p.energy_label.as_str().into(),
                    checks.energy_label_minimum.as_str().into(),
                    Arg::Date(checks.energy_label_deadline.clone()),
                    match (f.energy_upgrade_estimate, f.energy_upgrade_cost) {
                        (UpgradeEstimate::Quote, Some(c)) => {
                            Text::new(Msg::WEnergyCostQuote, vec![Arg::Euro(c)])
                        }
                        // The matrix's figures are in the cheapest upgrade's warning and the
                        // explanation of the stress row.
                        (UpgradeEstimate::Matrix(_), Some(c)) => {
                            Text::new(Msg::WEnergyCostMatrix, vec![Arg::Euro(c)])
                        }
                        _ => Text::new(
                            Msg::WEnergyCostUnknown,
                            vec![
                                p.energy_label.as_str().into(),
                                checks.energy_label_minimum.as_str().into(),
                            ],
                        ),
                    }
                    .into(),
                    wws_effect().into(),
                    cite(&checks.energy_label_source),
                ],
            )
        });
    }
    if let Some(c) = &f.cheapest_upgrade {
        w.push("energy_label_upgrade_effect", || {
            Text::new(
                Msg::WUpgradeEffect,
                vec![
                    checks.energy_label_minimum.as_str().into(),
                    Arg::Cents(c.per_m2),
                    Arg::Num(p.surface_m2),
                    Arg::Euro(c.before_subsidy),
                    Arg::Euro(c.cost),
                    c.points_after.into(),
                    if c.sector_before == c.sector_after {
                        Text::new(
                            Msg::WUpgradeSectorSame,
                            vec![sector_name(c.sector_after).into()],
                        )
                    } else {
                        Text::new(
                            Msg::WUpgradeSectorChange,
                            vec![
                                sector_name(c.sector_before).into(),
                                sector_name(c.sector_after).into(),
                            ],
                        )
                    }
                    .into(),
                    Arg::Euro(c.max_rent_after),
                    cite(&checks.upgrade_cost),
                ],
            )
        });
    }
    if let Some(b) = f.bbl {
        w.list.extend(crate::bouwregels::warnings(b, p, f.texts));
    }
    if p.surface_m2 >= checks.micro_min_m2 && p.surface_m2 <= checks.micro_max_m2 {
        w.push("micro_dwelling", || {
            Text::new(
                Msg::WMicro,
                vec![
                    Arg::Num(p.surface_m2),
                    Arg::Num(checks.micro_min_m2),
                    Arg::Num(checks.micro_max_m2),
                    cite(&checks.micro_source),
                ],
            )
        });
    }
    if let Some(wws) = f.wws
        && f.regulated
        && p.lease.monthly_rent > wws.max_rent
    {
        w.push("rent_above_wws_maximum", || {
            Text::new(
                Msg::WRentAboveMax,
                vec![
                    Arg::Euro(p.lease.monthly_rent),
                    Arg::Euro(wws.max_rent),
                    wws.points.into(),
                    if wws.points_estimated {
                        Text::new(Msg::WRentEstimated, vec![])
                    } else {
                        Text::empty()
                    }
                    .into(),
                    Arg::Euro(p.lease.monthly_rent - wws.max_rent),
                ],
            )
        });
    }
    // A segment given in the file that the points contradict: the rent rules follow the points
    // (Besluit huurprijzen woonruimte), the calculation follows the file.
    if let (Some(given), Some(wws)) = (p.lease.segment, f.wws)
        && given != wws.sector
    {
        let name = sector_name;
        w.push("segment_differs_from_points", || {
            Text::new(
                Msg::WSegmentDiffers,
                vec![
                    name(given).into(),
                    wws.points.into(),
                    name(wws.sector).into(),
                    if wws.points_estimated {
                        Text::new(Msg::WRentEstimated, vec![])
                    } else {
                        Text::empty()
                    }
                    .into(),
                    Arg::Euro(p.lease.monthly_rent - wws.max_rent),
                ],
            )
        });
    }
    if let Some(t) = f.tenanted_value {
        // Art. 17a lid 6 UBIB: WOZ × ratio at least 10% higher than the value in rented state,
        // i.e. value × (1 + 10%) ≤ WOZ × ratio (compared without division).
        if t * (HUNDRED + checks.fiscal_value_margin_pct) <= f.box3_value * HUNDRED {
            w.push("tenanted_value_below_fiscal_value", || {
                Text::new(
                    Msg::WTenantedValue,
                    vec![
                        Arg::Euro(f.box3_value),
                        Arg::Pct(checks.fiscal_value_margin_pct),
                        Arg::Euro(t),
                        cite(&checks.fiscal_value_source),
                    ],
                )
            });
        }
    }
    if let Some((lo, hi, d)) = f.band_disagreement {
        w.push("valuation_methods_disagree", || {
            Text::new(
                Msg::WMethodsDisagree,
                vec![Arg::Pct(d.round_dp(1)), Arg::Num(lo), Arg::Pct(hi)],
            )
        });
    }
    if f.sale == Some(Sale::Vacant) {
        w.push("vacant_sale_needs_legal_ground", || {
            Text::new(
                Msg::WVacantSale,
                vec![
                    Arg::Num(market.eviction_delay_months.value),
                    Arg::Euro(market.eviction_legal_costs.value),
                ],
            )
        });
    }
    if let (Some(first), Some(last)) = (f.carried.first(), f.carried.last()) {
        w.push("rules_carried_forward", || {
            let years = crate::scenario::year_span(first.0, last.0);
            Text::new(Msg::WCarried, vec![years.into(), last.1.into()])
        });
    }
    w.list
}

/// The warnings found, each message built only when wanted ([`Facts::texts`]).
struct Found {
    texts: bool,
    list: Vec<Warning>,
}

impl Found {
    /// The warning `code` saying `text`.
    fn push(&mut self, code: &'static str, text: impl FnOnce() -> Text) {
        let text = if self.texts { text() } else { Text::empty() };
        self.list.push(Warning::new(code, text));
    }
}

/// The code of [`bill_pending`].
const BILL_PENDING: &str = "box3_bill_pending";

/// The warning that the plan reaches years the bill on actual returns would govern.
pub(crate) fn bill_pending(
    from: i32,
    w: &crate::werkelijk_rendement::Rules,
    future: crate::model::Box3Future,
) -> Warning {
    use crate::model::Box3Future;
    let shown = match future {
        Box3Future::Both => Msg::WBillBoth,
        Box3Future::Bill => Msg::WBillOnly,
        Box3Future::Forfaitair => Msg::WBillForfaitair,
    };
    Warning::new(
        BILL_PENDING,
        Text::new(
            Msg::WBill,
            vec![
                from.into(),
                crate::rules::rules_text(
                    &w.status.text,
                    w.status.text_nl.as_deref(),
                    Msg::StatusQuoted,
                )
                .into(),
                Text::new(shown, vec![]).into(),
                w.status.source.clone().into(),
            ],
        ),
    )
}
