//! CSV output: one row per property; the columns are the dotted scalar keys of the JSON output,
//! in the fixed order of [`COLUMNS`]. The year-by-year rows of the plan and the derivation are
//! not in the CSV (use JSON for those); warnings are their codes joined by `;`.

use std::io::{self, Write};

use rust_decimal::Decimal;

use crate::money::out;

use crate::leegwaarderatio::Reason;
use crate::report::Report;

/// The CSV columns, in order, each with how its cell is read from a report. This list is part of
/// the interface: extend it at the end only. A test checks every column against the JSON output.
/// Each cell is a [`Cell`], written straight into the row (no string per cell).
macro_rules! columns {
    ($( $name:literal => |$r:ident| $cell:expr ),* $(,)?) => {
        /// The CSV columns, in order.
        pub const COLUMNS: &[&str] = &[ $( $name ),* ];

        /// Write the cells of one report into `row`, in the order of [`COLUMNS`], each by
        /// `put(row, cell)`.
        fn each_cell(report: &Report, row: &mut Vec<u8>, mut put: impl FnMut(&mut Vec<u8>, &dyn Cell)) {
            $( { let $r = report; put(row, &$cell); } )*
        }
    };
}

/// A text cell safe to open in a spreadsheet: control characters escaped (see
/// [`crate::text::one_line`]; line feeds and tabs too, so one property stays one line), and a cell
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) prefixed with `'`
/// (the OWASP advice against CSV injection). Only free text gets this; numbers keep their sign.
pub fn text_cell(text: &str) -> String {
    let mut s = crate::text::one_line(text);
    if s.starts_with(['=', '+', '-', '@']) {
        s.insert(0, '\'');
    }
    s
}

/// The cells of one report, in the order of [`COLUMNS`] (unquoted).
pub fn cells(report: &Report) -> Vec<String> {
    let mut out = Vec::with_capacity(COLUMNS.len());
    let mut scratch = Vec::new();
    each_cell(report, &mut scratch, |_, c| {
        let mut s = Vec::new();
        c.put(&mut s);
        out.push(text(s));
    });
    out
}

/// The text of a row or cell written as bytes: only whole UTF-8 text (`&str`) and ASCII are
/// ever written, so it always is text.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A CSV cell that writes itself into a row (the row's bytes: UTF-8 text).
trait Cell {
    fn put(&self, s: &mut Vec<u8>);
    /// A number with decimals (written with a decimal comma for Dutch Excel).
    fn decimal(&self) -> bool {
        false
    }
    /// Written only with digits, a sign, a point or letters (a number, a boolean): never needs
    /// quoting, so the row does not scan it for separators and quotes.
    fn plain(&self) -> bool {
        false
    }
}

impl Cell for String {
    fn put(&self, s: &mut Vec<u8>) {
        s.extend_from_slice(self.as_bytes());
    }
}

impl Cell for &str {
    fn put(&self, s: &mut Vec<u8>) {
        s.extend_from_slice(self.as_bytes());
    }
}

impl Cell for Decimal {
    fn put(&self, s: &mut Vec<u8>) {
        write_decimal(s, *self);
    }
    fn decimal(&self) -> bool {
        true
    }
    fn plain(&self) -> bool {
        true
    }
}

impl<T: Cell> Cell for Option<T> {
    fn put(&self, s: &mut Vec<u8>) {
        if let Some(v) = self {
            v.put(s);
        }
    }
    fn decimal(&self) -> bool {
        self.as_ref().is_some_and(Cell::decimal)
    }
    fn plain(&self) -> bool {
        self.as_ref().is_none_or(Cell::plain)
    }
}

macro_rules! int_cell {
    ($($t:ty),*) => {
        $(impl Cell for $t {
            fn put(&self, s: &mut Vec<u8>) {
                write_decimal(s, Decimal::from(*self));
            }
            fn plain(&self) -> bool {
                true
            }
        })*
    };
}
int_cell!(i32, u32, usize);

impl Cell for bool {
    fn put(&self, s: &mut Vec<u8>) {
        s.extend_from_slice(if *self { b"true" } else { b"false" });
    }
    fn plain(&self) -> bool {
        true
    }
}

/// Append `v` to `s` exactly as its `Display` writes it (every decimal of its scale, `-` for a
/// negative sign, zero included), without the formatting machinery: the CSV writes many cells.
fn write_decimal(s: &mut Vec<u8>, v: Decimal) {
    // From its end: the decimals of the scale (zeros where the mantissa has fewer digits), the
    // point, the whole part (at least one digit), the sign. At most 28 decimals, a point, 29
    // digits and a sign.
    let mut buf = [0u8; 40];
    let scale = v.scale() as usize;
    let m = v.mantissa().unsigned_abs();
    let mut at = match u64::try_from(m) {
        Ok(n) => digits_u64(&mut buf, n, scale),
        Err(_) => digits_u128(&mut buf, m, scale),
    };
    if v.is_sign_negative() {
        at -= 1;
        buf[at] = b'-';
    }
    s.extend_from_slice(&buf[at..]);
}

/// The two digits of each number below one hundred, in order.
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Write the digits of the mantissa `n` of a decimal of `scale` at the end of `buf`, with the
/// point, two at a time; the index where they start.
macro_rules! digits {
    ($name:ident, $t:ty) => {
        fn $name(buf: &mut [u8; 40], mut n: $t, scale: usize) -> usize {
            let mut at = buf.len();
            let pair = |buf: &mut [u8; 40], at: &mut usize, n: &mut $t| {
                let r = (*n % 100) as usize;
                *n /= 100;
                *at -= 2;
                buf[*at] = PAIRS[2 * r];
                buf[*at + 1] = PAIRS[2 * r + 1];
            };
            let mut decimals = scale;
            while decimals >= 2 {
                pair(buf, &mut at, &mut n);
                decimals -= 2;
            }
            if decimals == 1 {
                at -= 1;
                buf[at] = b'0' + (n % 10) as u8;
                n /= 10;
            }
            if scale > 0 {
                at -= 1;
                buf[at] = b'.';
            }
            while n >= 100 {
                pair(buf, &mut at, &mut n);
            }
            if n >= 10 {
                pair(buf, &mut at, &mut n);
            } else {
                at -= 1;
                buf[at] = b'0' + n as u8;
            }
            at
        }
    };
}
digits!(digits_u64, u64);
digits!(digits_u128, u128);

/// A figure of a calculation result, in the form of the JSON output ([`out`]).
struct M(Option<Decimal>);

impl Cell for M {
    fn put(&self, s: &mut Vec<u8>) {
        if let Some(v) = self.0 {
            write_decimal(s, out(v));
        }
    }
    fn decimal(&self) -> bool {
        self.0.is_some()
    }
    fn plain(&self) -> bool {
        true
    }
}

fn m(v: Decimal) -> M {
    M(Some(v))
}

fn om(v: Option<Decimal>) -> M {
    M(v)
}

fn od(v: Option<Decimal>) -> Option<Decimal> {
    v
}

fn d(v: Decimal) -> Decimal {
    v
}

/// The warnings' codes joined by `;`.
struct Codes<'a>(&'a [crate::report::Warning]);

impl Cell for Codes<'_> {
    /// The codes are words of letters and underscores: only the `;` between them needs
    /// quoting, where it is the separator.
    fn plain(&self) -> bool {
        true
    }
    fn put(&self, s: &mut Vec<u8>) {
        for (i, w) in self.0.iter().enumerate() {
            if i > 0 {
                s.push(b';');
            }
            s.extend_from_slice(w.code.as_bytes());
        }
    }
}

fn reason(r: Reason) -> &'static str {
    r.as_str()
}

columns! {
    "name" => |r| text_cell(&r.name),
    "tax_year" => |r| r.tax_year,
    "leegwaarderatio.jaarhuur" => |r| m(r.leegwaarderatio.jaarhuur),
    "leegwaarderatio.rent_pct_of_woz" => |r| m(r.leegwaarderatio.rent_pct_of_woz),
    "leegwaarderatio.ratio_pct" => |r| m(r.leegwaarderatio.ratio_pct),
    "leegwaarderatio.reason" => |r| reason(r.leegwaarderatio.reason),
    "leegwaarderatio.box3_value" => |r| m(r.leegwaarderatio.box3_value),
    "box3.rendement" => |r| d(r.box3.rendement),
    "box3.rendementsgrondslag" => |r| d(r.box3.rendementsgrondslag),
    "box3.grondslag" => |r| d(r.box3.grondslag),
    "box3.voordeel" => |r| d(r.box3.voordeel),
    "box3.tax" => |r| d(r.box3.tax),
    "box3.tax_without_property" => |r| d(r.box3.tax_without_property),
    "box3.attributable_tax" => |r| d(r.box3.attributable_tax),
    "box3.actual_return" => |r| od(r.box3.actual_return),
    "box3.actual_return_tax" => |r| od(r.box3.actual_return_tax),
    "sitting_tenant.vacant_value" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.vacant_value)),
    "sitting_tenant.tenanted_value" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.tenanted_value)),
    "sitting_tenant.discount_pct" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.discount_pct)),
    "sitting_tenant.to_tenant_value" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.to_tenant_value)),
    "sitting_tenant.band_low" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.band_low)),
    "sitting_tenant.band_high" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.band_high)),
    "sitting_tenant.yield_value" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.yield_value)),
    "sitting_tenant.dcf_value" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation.dcf_value)),
    "sitting_tenant.valuation_rent" => |r| om(r.sitting_tenant.as_ref().map(|v| v.valuation_rent)),
    "sell_vs_keep.years_planned" => |r| r.sell_vs_keep.as_ref().map(|p| p.years_planned),
    "sell_vs_keep.sale" => |r| r.sell_vs_keep.as_ref().map(|p| p.sale),
    "sell_vs_keep.sale_price_now" => |r| od(r.sell_vs_keep.as_ref().map(|p| p.sale_price_now)),
    "sell_vs_keep.proceeds_now" => |r| od(r.sell_vs_keep.as_ref().map(|p| p.proceeds_now)),
    "sell_vs_keep.keep_net_worth" => |r| od(r.sell_vs_keep.as_ref().map(|p| p.keep_net_worth)),
    "sell_vs_keep.sell_net_worth" => |r| od(r.sell_vs_keep.as_ref().map(|p| p.sell_net_worth)),
    "sell_vs_keep.difference" => |r| od(r.sell_vs_keep.as_ref().map(|p| p.difference)),
    "sell_vs_keep.better" => |r| r.sell_vs_keep.as_ref().map(|p| p.better),
    "sell_vs_keep.break_even_growth_pct" => |r| od(r.sell_vs_keep.as_ref().and_then(|p| p.break_even_growth_pct)),
    "sell_vs_keep.keep_irr_pct" => |r| od(r.sell_vs_keep.as_ref().and_then(|p| p.keep_irr_pct)),
    "yield.gross_pct" => |r| om(r.yields.as_ref().map(|y| y.gross_pct)),
    "yield.net_pct" => |r| om(r.yields.as_ref().map(|y| y.net_pct)),
    "yield.rent_per_m2" => |r| om(r.yields.as_ref().map(|y| y.rent_per_m2)),
    "yield.value_per_m2" => |r| om(r.yields.as_ref().map(|y| y.value_per_m2)),
    "yield.purchase_costs" => |r| om(r.yields.as_ref().map(|y| y.purchase_costs)),
    "yield.net_operating_income" => |r| om(r.yields.as_ref().map(|y| y.net_operating_income)),
    "yield.monthly_cash_flow" => |r| om(r.yields.as_ref().map(|y| y.monthly_cash_flow)),
    "stress.interest_plus_1.cash_flow_change" => |r| om(r.stress.as_ref().map(|s| s.interest.cash_flow_change)),
    "stress.interest_plus_1.difference_change" => |r| om(r.stress.as_ref().and_then(|s| s.interest.difference_change)),
    "stress.month_vacancy.cash_flow_change" => |r| om(r.stress.as_ref().map(|s| s.month_vacancy.cash_flow_change)),
    "stress.month_vacancy.difference_change" => |r| om(r.stress.as_ref().and_then(|s| s.month_vacancy.difference_change)),
    "stress.energy_upgrade.cash_flow_change" => |r| om(r.stress.as_ref().and_then(|s| s.energy_upgrade.as_ref()).map(|e| e.cash_flow_change)),
    "stress.energy_upgrade.difference_change" => |r| om(r.stress.as_ref().and_then(|s| s.energy_upgrade.as_ref()).and_then(|e| e.difference_change)),
    "wws.points" => |r| r.wws.as_ref().map(|w| w.points),
    "wws.points_estimated" => |r| r.wws.as_ref().map(|w| w.points_estimated),
    "wws.max_rent" => |r| om(r.wws.as_ref().map(|w| w.max_rent)),
    "wws.sector" => |r| r.wws.as_ref().map(|w| w.sector.as_str()),
    "warnings" => |r| Codes(&r.warnings),
    "wws.method" => |r| r.wws.as_ref().map(|w| w.method.as_str()),
    "sell_vs_keep.scenarios.forfaitair.difference" => |r| od(scenario(r, "forfaitair").map(|c| c.difference)),
    "sell_vs_keep.scenarios.forfaitair.better" => |r| scenario(r, "forfaitair").map(|c| c.better),
    "sell_vs_keep.scenarios.bill.difference" => |r| od(scenario(r, "bill").map(|c| c.difference)),
    "sell_vs_keep.scenarios.bill.better" => |r| scenario(r, "bill").map(|c| c.better),
    "household_share.household" => |r| r.household_share.as_ref().map(|h| text_cell(&h.household)),
    "household_share.properties" => |r| r.household_share.as_ref().map(|h| h.properties),
    "household_share.household_tax" => |r| od(r.household_share.as_ref().map(|h| h.household_tax)),
    "household_share.box3_value" => |r| od(r.household_share.as_ref().map(|h| h.box3_value)),
    "household_share.mortgage_balance" => |r| od(r.household_share.as_ref().map(|h| h.mortgage_balance)),
    "household_share.allocation_key" => |r| od(r.household_share.as_ref().map(|h| h.allocation_key)),
    "household_share.marginal_tax" => |r| od(r.household_share.as_ref().map(|h| h.marginal_tax)),
    "household_share.pro_rata_tax" => |r| od(r.household_share.as_ref().map(|h| h.pro_rata_tax)),
    // Added later than the columns above: at the end, so no column moves.
    "leegwaarderatio.woz_reduction" => |r| od(r.leegwaarderatio.woz_reduction),
    "leegwaarderatio.let_share_pct" => |r| od(r.leegwaarderatio.let_share_pct),
    "bv.scenarios.forfaitair.route.transfer_tax" => |r| od(bv(r, "forfaitair").map(|c| c.route.transfer_tax)),
    "bv.scenarios.forfaitair.route.net_worth" => |r| od(bv(r, "forfaitair").map(|c| c.route.net_worth)),
    "bv.scenarios.forfaitair.difference" => |r| od(bv(r, "forfaitair").map(|c| c.difference)),
    "bv.scenarios.forfaitair.break_even_year" => |r| bv(r, "forfaitair").and_then(|c| c.break_even_year),
    "bv.scenarios.bill.route.net_worth" => |r| od(bv(r, "bill").map(|c| c.route.net_worth)),
    "bv.scenarios.bill.difference" => |r| od(bv(r, "bill").map(|c| c.difference)),
    "bv.scenarios.bill.break_even_year" => |r| bv(r, "bill").and_then(|c| c.break_even_year),
    "sell_vs_keep.scenarios.forfaitair.uitpond.expected_net_worth" => |r| od(uitpond(r, "forfaitair").map(|u| u.expected_net_worth)),
    "sell_vs_keep.scenarios.forfaitair.uitpond.difference" => |r| od(uitpond(r, "forfaitair").map(|u| u.difference)),
    "sell_vs_keep.scenarios.bill.uitpond.expected_net_worth" => |r| od(uitpond(r, "bill").map(|u| u.expected_net_worth)),
    "sell_vs_keep.scenarios.bill.uitpond.difference" => |r| od(uitpond(r, "bill").map(|u| u.difference)),
    "sell_vs_keep.uitpond.sale_year_p10" => |r| r.sell_vs_keep.as_ref().and_then(|p| p.uitpond.as_ref()).map(|u| u.sale_year_p10),
    "sell_vs_keep.uitpond.sale_year_p90" => |r| r.sell_vs_keep.as_ref().and_then(|p| p.uitpond.as_ref()).map(|u| u.sale_year_p90),
    "upgrade.target_label" => |r| r.upgrade.as_ref().map(|u| text_cell(&u.target_label)),
    "upgrade.year" => |r| r.upgrade.as_ref().map(|u| u.year),
    "upgrade.cost.amount" => |r| od(r.upgrade.as_ref().map(|u| u.cost.amount)),
    "upgrade.cost.basis" => |r| r.upgrade.as_ref().map(|u| match u.cost.basis {
        crate::upgrade::CostBasis::Quote => "quote",
        crate::upgrade::CostBasis::Matrix => "matrix",
    }),
    "upgrade.points_before" => |r| r.upgrade.as_ref().map(|u| u.points_before),
    "upgrade.points_after" => |r| r.upgrade.as_ref().map(|u| u.points_after),
    "upgrade.sector_before" => |r| r.upgrade.as_ref().map(|u| u.sector_before.as_str()),
    "upgrade.sector_after" => |r| r.upgrade.as_ref().map(|u| u.sector_after.as_str()),
    "upgrade.max_rent_before" => |r| om(r.upgrade.as_ref().map(|u| u.max_rent_before)),
    "upgrade.max_rent_after" => |r| om(r.upgrade.as_ref().map(|u| u.max_rent_after)),
    "upgrade.rent_after" => |r| om(r.upgrade.as_ref().map(|u| u.rent_after)),
    "upgrade.rent_basis" => |r| r.upgrade.as_ref().map(|u| match u.rent_basis {
        crate::upgrade::RentBasis::Stated => "stated",
        crate::upgrade::RentBasis::SittingTenant => "sitting_tenant",
    }),
    "upgrade.tenanted_value_after" => |r| od(r.upgrade.as_ref().map(|u| u.tenanted_value_after)),
    "upgrade.futures.forfaitair.net_worth_change" => |r| od(upgrade(r, "forfaitair").map(|f| f.net_worth_change)),
    "upgrade.futures.forfaitair.payback_year" => |r| upgrade(r, "forfaitair").and_then(|f| f.payback_year),
    "upgrade.futures.bill.net_worth_change" => |r| od(upgrade(r, "bill").map(|f| f.net_worth_change)),
    "upgrade.futures.bill.payback_year" => |r| upgrade(r, "bill").and_then(|f| f.payback_year),
    "upgrade.meets_deadline_without" => |r| r.upgrade.as_ref().map(|u| u.meets_deadline_without),
    "upgrade.meets_deadline_with" => |r| r.upgrade.as_ref().map(|u| u.meets_deadline_with),
    "sitting_tenant.handboek_value" => |r| om(r.sitting_tenant.as_ref().and_then(|v| v.valuation.handboek_value)),
    "sitting_tenant.handboek_doorexploiteer" => |r| om(r.sitting_tenant.as_ref().and_then(|v| v.valuation.handboek_doorexploiteer)),
    "sitting_tenant.handboek_uitpond" => |r| om(r.sitting_tenant.as_ref().and_then(|v| v.valuation.handboek_uitpond)),
    "household.bv.scenarios.forfaitair.route.transfer_tax" => |r| od(household_bv(r, "forfaitair").map(|c| c.route.transfer_tax)),
    "household.bv.scenarios.forfaitair.route.net_worth" => |r| od(household_bv(r, "forfaitair").map(|c| c.route.net_worth)),
    "household.bv.scenarios.forfaitair.difference" => |r| od(household_bv(r, "forfaitair").map(|c| c.difference)),
    "household.bv.scenarios.forfaitair.break_even_year" => |r| household_bv(r, "forfaitair").and_then(|c| c.break_even_year),
    "household.bv.scenarios.bill.route.net_worth" => |r| od(household_bv(r, "bill").map(|c| c.route.net_worth)),
    "household.bv.scenarios.bill.difference" => |r| od(household_bv(r, "bill").map(|c| c.difference)),
    "household.bv.scenarios.bill.break_even_year" => |r| household_bv(r, "bill").and_then(|c| c.break_even_year),
}

/// What the label upgrade changes under the Box 3 future `future`, when the property has an
/// `[upgrade]` section and a plan.
fn upgrade<'a>(r: &'a Report, future: &str) -> Option<&'a crate::upgrade::FutureEffect> {
    r.upgrade
        .as_ref()?
        .futures
        .iter()
        .find(|f| f.future == future)
}

/// The uitpond route under the Box 3 future `future`, when the plan asks for it.
fn uitpond<'a>(r: &'a Report, future: &str) -> Option<&'a crate::report::UitpondOut> {
    scenario(r, future)?.uitpond.as_ref()
}

/// The BV route under the Box 3 future `future`, when the property has a `[bv]` section.
fn bv<'a>(r: &'a Report, future: &str) -> Option<&'a crate::calc::bv::Comparison> {
    r.bv.as_ref()?.scenarios.iter().find(|c| c.future == future)
}

/// The household's one BV under the Box 3 future `future`, on the row of each dwelling it holds.
fn household_bv<'a>(r: &'a Report, future: &str) -> Option<&'a crate::calc::bv::Comparison> {
    r.household_share
        .as_ref()?
        .bv
        .as_ref()?
        .scenarios
        .iter()
        .find(|c| c.future == future)
}

/// The plan under the Box 3 future `future`, when asked for.
fn scenario<'a>(r: &'a Report, future: &str) -> Option<&'a crate::report::ScenarioOut> {
    r.sell_vs_keep
        .as_ref()?
        .scenarios
        .iter()
        .find(|c| c.future == future)
}

/// Write the header row.
pub fn write_header(out: &mut impl Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    w.flush()
}

/// The header row for Dutch Excel ([`row_nl`]): a UTF-8 byte order mark (so that Excel reads
/// the file as UTF-8), the columns separated by `;`, CRLF.
pub fn header_nl() -> String {
    format!("\u{feff}{}\r\n", COLUMNS.join(";"))
}

/// One row, with its line end, quoted as the `csv` crate quotes (a cell with a `,`, `"`, CR or LF
/// between double quotes, its quotes doubled).
pub fn row(r: &Report) -> String {
    row_in::<false>(r)
}

/// One row for Dutch Excel: cells separated by `;`, numbers with a decimal comma (so that
/// Excel in Dutch reads them as numbers), CRLF line ends; a cell with a `;`, `"`, CR or LF is
/// quoted.
pub fn row_nl(r: &Report) -> String {
    row_in::<true>(r)
}

/// [`row`], or with `NL` [`row_nl`].
fn row_in<const NL: bool>(r: &Report) -> String {
    let mut s = Vec::with_capacity(640);
    let mut first = true;
    each_cell(r, &mut s, |s, c| {
        if !first {
            s.push(if NL { b';' } else { b',' });
        }
        first = false;
        let at = s.len();
        c.put(s);
        if c.plain() && !NL {
            return;
        }
        if NL {
            if c.decimal()
                && let Some(p) = s[at..].iter().position(|&b| b == b'.')
            {
                s[at + p] = b',';
            }
            quote_from_on(s, at, b';');
        } else {
            quote_from(s, at);
        }
    });
    s.extend_from_slice(if NL { b"\r\n" } else { b"\n" });
    text(s)
}

/// Quote the cell that starts at byte `at` of `s` when it needs it.
fn quote_from(s: &mut Vec<u8>, at: usize) {
    quote_from_on(s, at, b',');
}

/// [`quote_from`] for the separator `separator`.
fn quote_from_on(s: &mut Vec<u8>, at: usize, separator: u8) {
    if s[at..]
        .iter()
        .any(|&b| b == separator || matches!(b, b'"' | b'\r' | b'\n'))
    {
        let cell = s.split_off(at);
        s.push(b'"');
        for &b in &cell {
            if b == b'"' {
                s.push(b'"');
            }
            s.push(b);
        }
        s.push(b'"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    proptest::proptest! {
        /// Decimals of every scale, sign and size up to the full 96-bit mantissa.
        #[test]
        fn write_decimal_is_display_of_any_decimal(
            m in 0u128..(1u128 << 96),
            width in 0u32..97,
            scale in 0u32..=28,
            negative: bool,
        ) {
            let mut v = Decimal::from_i128_with_scale((m >> width) as i128, scale);
            v.set_sign_negative(negative);
            let mut s = b"x".to_vec();
            write_decimal(&mut s, v);
            proptest::prop_assert_eq!(text(s), format!("x{v}"), "{:?}", v);
        }
    }

    #[test]
    fn write_decimal_is_display() {
        for v in [
            dec!(0),
            dec!(0.00),
            dec!(-0.05),
            dec!(1.50),
            dec!(-123),
            Decimal::MAX,
            Decimal::MIN,
        ] {
            let mut s = Vec::new();
            write_decimal(&mut s, v);
            assert_eq!(text(s), v.to_string());
        }
        let mut z = dec!(0.0);
        z.set_sign_negative(true);
        let mut s = Vec::new();
        write_decimal(&mut s, z);
        assert_eq!(text(s), z.to_string());
    }

    #[test]
    fn whole_numbers_and_booleans_are_display() {
        for v in [0i32, -7, 2026, i32::MIN, i32::MAX] {
            let mut s = Vec::new();
            v.put(&mut s);
            assert_eq!(text(s), v.to_string());
        }
        for v in [0usize, 12, usize::MAX] {
            let mut s = Vec::new();
            v.put(&mut s);
            assert_eq!(text(s), v.to_string());
        }
        for v in [true, false] {
            let mut s = Vec::new();
            v.put(&mut s);
            assert_eq!(text(s), v.to_string());
        }
    }

    #[test]
    fn cells_are_quoted_as_the_csv_crate_quotes_them() {
        let cells = [
            "plain",
            "a,b",
            "say \"hi\"",
            "x\ry",
            "x\ny",
            "",
            "'=1",
            "é;ü",
            "\"",
            ",",
        ];
        let mut w = ::csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        w.write_record(cells).unwrap();
        let expected = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let mut s = Vec::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push(b',');
            }
            let at = s.len();
            s.extend_from_slice(c.as_bytes());
            quote_from(&mut s, at);
        }
        s.push(b'\n');
        assert_eq!(text(s), expected);
    }
}
