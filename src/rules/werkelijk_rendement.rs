//! The parameters of Box 3 on actual returns (Wet werkelijk rendement box 3, bill 36 748), as a
//! rules year declares them; the calculation is in `crate::werkelijk_rendement`.

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Cite, Confidence, Exception, Param, cite};
use crate::money::{self, HUNDRED};

/// The most years a loss can be carried back (a bound on the rules, for a fixed-size state).
pub const MAX_CARRY_BACK: usize = 3;

/// The status of the bill, named in the warning and the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    pub text: String,
    /// The text in Dutch, shown with `--lang nl` (the English text, quoted, when absent).
    #[serde(default)]
    pub text_nl: Option<String>,
    pub source: String,
    pub confidence: Confidence,
}

impl super::Cite for Status {
    fn citation(&self) -> super::Citation {
        super::citation(&self.text, self.confidence, None)
    }
}

/// The parameters of the regime (`[werkelijk_rendement]` of a rules year).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub status: Status,
    pub tarief_pct: Param,
    /// Per person (twice for fiscal partners).
    pub heffingvrij_resultaat: Param,
    /// Per person: only the part of a year's loss above it is carried.
    pub verliesdrempel: Param,
    pub verlies_voorwaarts: Exception,
    /// Whole years, 0 ..= [`MAX_CARRY_BACK`].
    pub verlies_achterwaarts_jaren: Param,
    pub kosten_aftrekbaar: Exception,
    pub rente_aftrekbaar: Exception,
    pub beginwaarde_leegwaarderatio: Exception,
    /// The notional income of a dwelling not let with rent protection, when the year's rules
    /// declare one.
    #[serde(default)]
    pub vastgoedbijtelling: Option<Vastgoedbijtelling>,
}

/// The bill's notional income (vastgoedbijtelling) of a dwelling not let with rent protection: a
/// temporary lease, or let less than `min_let_pct` of the year. Its regular benefit is then at
/// least `pct_of_woz` of the WOZ value of the year; the rent counts where it is higher.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vastgoedbijtelling {
    pub applies: bool,
    /// Percent of the WOZ value of the year.
    pub pct_of_woz: Decimal,
    /// The least share of the year, percent, a dwelling must be let (with rent protection) to
    /// escape it.
    pub min_let_pct: Decimal,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_nl: Option<String>,
}

impl Cite for Vastgoedbijtelling {
    fn citation(&self) -> super::Citation {
        super::citation(&self.source, self.confidence, self.note.as_deref())
            .with_note_nl(self.note_nl.as_deref())
    }
}

impl Vastgoedbijtelling {
    /// The notional income of a year for a dwelling let under `contract` for `let_pct` of the
    /// year at WOZ value `woz`, in cents; `None` when the dwelling is let with rent protection
    /// long enough or the rule does not apply.
    pub fn notional(
        &self,
        contract: crate::model::Contract,
        let_pct: Decimal,
        woz: Decimal,
    ) -> Option<Decimal> {
        let unprotected =
            contract == crate::model::Contract::Temporary || let_pct < self.min_let_pct;
        (self.applies && unprotected)
            .then(|| crate::money::round_cents(woz * self.pct_of_woz / HUNDRED))
    }
}

impl Rules {
    /// The parameters with their sources, for explanations.
    pub fn cite(&self) -> String {
        format!(
            "tarief {}; heffingvrij resultaat {}; verliesdrempel {}",
            self.tarief_pct.cite(),
            self.heffingvrij_resultaat.cite(),
            self.verliesdrempel.cite()
        )
    }

    /// The parameters [`Rules::cite`] names, as citations.
    pub fn citations(&self) -> [&Param; 3] {
        [
            &self.tarief_pct,
            &self.heffingvrij_resultaat,
            &self.verliesdrempel,
        ]
    }

    /// The status of the bill with its source.
    pub fn status(&self) -> String {
        cite(&self.status.text, self.status.confidence, None)
    }

    pub(crate) fn carry_back_years(&self) -> usize {
        money::to_count(self.verlies_achterwaarts_jaren.value, 0) as usize
    }

    /// Checks on the parameters; the message names the key.
    pub fn validate(&self) -> Result<(), crate::i18n::Text> {
        use crate::i18n::{Msg, Text};
        for (name, p) in [
            ("tarief_pct", &self.tarief_pct),
            ("heffingvrij_resultaat", &self.heffingvrij_resultaat),
            ("verliesdrempel", &self.verliesdrempel),
            (
                "verlies_achterwaarts_jaren",
                &self.verlies_achterwaarts_jaren,
            ),
        ] {
            if p.value.is_sign_negative() {
                return Err(Text::new(Msg::RWrNegative, vec![name.into()]));
            }
        }
        if self.tarief_pct.value > HUNDRED {
            return Err(Text::new(Msg::RWrTarief, vec![]));
        }
        if let Some(b) = &self.vastgoedbijtelling {
            for (name, v) in [
                ("vastgoedbijtelling.pct_of_woz", b.pct_of_woz),
                ("vastgoedbijtelling.min_let_pct", b.min_let_pct),
            ] {
                if v.is_sign_negative() || v > HUNDRED {
                    return Err(Text::new(Msg::RWrPct, vec![name.into()]));
                }
            }
        }
        let back = self.verlies_achterwaarts_jaren.value;
        if back.fract() != Decimal::ZERO || back > Decimal::from(MAX_CARRY_BACK as u32) {
            return Err(Text::new(
                Msg::RWrCarryBack,
                vec![MAX_CARRY_BACK.to_string().into()],
            ));
        }
        Ok(())
    }
}
