//! What a plan year's keep route computed last, so that a rerun asking the same again takes it
//! instead of computing it anew. The break-even search reruns the keep route at growths that
//! come ever closer (the first years of each rerun, before the value has grown apart, ask the
//! same), and the stress scenarios rerun it at the plan's own growth (the same WOZ value every
//! year). Both figures are pure functions of what they are keyed by, so a hit is the figure
//! itself, not an approximation of it.

use std::cell::Cell;

use rust_decimal::Decimal;

/// The same number in the same form (mantissa and scale): a hit returns exactly what computing
/// again would.
fn same(a: Decimal, b: Decimal) -> bool {
    a.serialize() == b.serialize()
}

/// The figures of one plan year, as last computed.
#[derive(Default, Clone)]
pub(super) struct Memo {
    /// The dwelling's Box 3 value at a WOZ value: (WOZ value, Box 3 value), one for the
    /// plan's own growth and one for the last other.
    value: [Cell<Option<(Decimal, Decimal)>>; 2],
    /// The Box 3 tax the keep route adds at (the dwelling's Box 3 value, the mortgage's
    /// balance, the route's savings).
    tax: Cell<Option<([Decimal; 3], Decimal)>>,
    /// The leegwaarderatio's bracket last found, where the search for the next value starts
    /// ([`crate::leegwaarderatio::box3_value_near`]).
    pub(super) bracket: Cell<usize>,
}

impl Memo {
    /// The dwelling's Box 3 value at WOZ value `woz`: as last computed, else `compute`d and kept
    /// (in the place of the plan's own growth when `own_growth`).
    pub(super) fn value(
        &self,
        woz: Decimal,
        own_growth: bool,
        compute: impl FnOnce() -> Decimal,
    ) -> Decimal {
        if let Some(v) = self
            .value
            .iter()
            .find_map(|c| c.get().filter(|(w, _)| same(*w, woz)))
        {
            return v.1;
        }
        let v = compute();
        self.value[usize::from(!own_growth)].set(Some((woz, v)));
        v
    }

    /// The Box 3 tax the keep route adds at `key`: as last computed, else `compute`d and kept.
    pub(super) fn tax(&self, key: [Decimal; 3], compute: impl FnOnce() -> Decimal) -> Decimal {
        if let Some((k, tax)) = self.tax.get()
            && k.iter().zip(&key).all(|(a, b)| same(*a, *b))
        {
            return tax;
        }
        let tax = compute();
        self.tax.set(Some((key, tax)));
        tax
    }
}
