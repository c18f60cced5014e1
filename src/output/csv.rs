//! CSV output: one row per property; the columns are the dotted scalar keys of the JSON output,
//! in the fixed order of [`COLUMNS`]. The year-by-year rows of the plan and the derivation are
//! not in the CSV (use JSON for those); warnings are their codes joined by `;`.

use std::io::{self, Write};

use serde_json::Value;

use crate::report::Report;

/// The CSV columns, in order. This list is part of the interface: extend it at the end only.
pub const COLUMNS: &[&str] = &[
    "name",
    "tax_year",
    "leegwaarderatio.jaarhuur",
    "leegwaarderatio.rent_pct_of_woz",
    "leegwaarderatio.ratio_pct",
    "leegwaarderatio.reason",
    "leegwaarderatio.box3_value",
    "box3.rendement",
    "box3.rendementsgrondslag",
    "box3.grondslag",
    "box3.voordeel",
    "box3.tax",
    "box3.tax_without_property",
    "box3.attributable_tax",
    "box3.actual_return",
    "box3.actual_return_tax",
    "sitting_tenant.vacant_value",
    "sitting_tenant.tenanted_value",
    "sitting_tenant.discount_pct",
    "sitting_tenant.to_tenant_value",
    "sitting_tenant.band_low",
    "sitting_tenant.band_high",
    "sitting_tenant.yield_value",
    "sitting_tenant.dcf_value",
    "sitting_tenant.valuation_rent",
    "sell_vs_keep.years_planned",
    "sell_vs_keep.sale",
    "sell_vs_keep.sale_price_now",
    "sell_vs_keep.proceeds_now",
    "sell_vs_keep.keep_net_worth",
    "sell_vs_keep.sell_net_worth",
    "sell_vs_keep.difference",
    "sell_vs_keep.better",
    "sell_vs_keep.break_even_growth_pct",
    "sell_vs_keep.keep_irr_pct",
    "yield.gross_pct",
    "yield.net_pct",
    "yield.rent_per_m2",
    "yield.value_per_m2",
    "yield.purchase_costs",
    "yield.net_operating_income",
    "yield.monthly_cash_flow",
    "stress.interest_plus_1.cash_flow_change",
    "stress.interest_plus_1.difference_change",
    "stress.month_vacancy.cash_flow_change",
    "stress.month_vacancy.difference_change",
    "stress.energy_upgrade.cash_flow_change",
    "stress.energy_upgrade.difference_change",
    "wws.points",
    "wws.points_estimated",
    "wws.max_rent",
    "wws.sector",
    "warnings",
];

/// Write the header row.
pub fn write_header(out: &mut impl Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    w.flush()
}

fn lookup<'a>(v: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(v, |v, k| v.get(k))
}

fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(other) => other.to_string(),
    }
}

/// The cells of one report, in the order of [`COLUMNS`].
pub fn cells(r: &Report) -> Vec<String> {
    let v = serde_json::to_value(r).unwrap_or(Value::Null);
    COLUMNS
        .iter()
        .map(|c| {
            if *c == "warnings" {
                r.warnings
                    .iter()
                    .map(|w| w.code)
                    .collect::<Vec<_>>()
                    .join(";")
            } else {
                cell(lookup(&v, c))
            }
        })
        .collect()
}

/// One row, with its line end.
pub fn row(r: &Report) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    let _ = w.write_record(cells(r));
    w.into_inner()
        .map(|b| String::from_utf8(b).unwrap_or_default())
        .unwrap_or_default()
}
