//! The keys of a property file (`contract.md`), their types, ranges and whether they are required.
//!
//! One table drives the validation of TOML files and CSV rows alike, so both give the same errors.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// What a key holds and the range it must lie in.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// Free text.
    Text,
    /// A whole number within `min..=max`.
    Int { min: i64, max: i64 },
    /// A decimal number (amount, percentage, surface) within the bounds.
    Dec {
        min: Decimal,
        /// `min` itself is not allowed (e.g. a WOZ value must be more than 0).
        min_exclusive: bool,
        max: Decimal,
    },
    /// One of the listed words.
    Enum(&'static [&'static str]),
    /// `true` or `false`.
    Bool,
    /// A date: a TOML date or a `"YYYY-MM-DD"` string (a CSV cell of that form).
    Date,
}

/// Whether a key must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Req {
    Optional,
    Always,
    /// Required when its section is present.
    InSection,
}

/// One key of the property file.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The dotted key, e.g. `property.woz_value`.
    pub key: &'static str,
    pub kind: Kind,
    pub req: Req,
    /// What the key means, for error messages.
    pub help: &'static str,
}

impl Field {
    /// The section part of the key (`property`), or `""` for a top-level key.
    pub fn section(&self) -> &'static str {
        self.key.split_once('.').map(|(s, _)| s).unwrap_or("")
    }

    /// The key within its section (`woz_value`).
    pub fn name(&self) -> &'static str {
        self.key.split_once('.').map(|(_, n)| n).unwrap_or(self.key)
    }

    /// What a valid value looks like.
    pub fn expected(&self) -> String {
        match self.kind {
            Kind::Text => format!("a text string ({})", self.help),
            Kind::Int { min, max } => format!("a whole number from {min} to {max} ({})", self.help),
            Kind::Dec {
                min,
                min_exclusive,
                max,
            } => {
                let lo = if min_exclusive {
                    format!("more than {min}")
                } else {
                    format!("at least {min}")
                };
                format!("a number {lo} and at most {max} ({})", self.help)
            }
            Kind::Enum(values) => format!(
                "one of {} ({})",
                values
                    .iter()
                    .map(|v| format!("\"{v}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                self.help
            ),
            Kind::Bool => format!("true or false ({})", self.help),
            Kind::Date => format!("a date YYYY-MM-DD ({})", self.help),
        }
    }
}

/// Largest amount accepted: a trillion euros. Anything above is a typo, not a dwelling.
const MAX_AMOUNT: Decimal = dec!(1_000_000_000_000);

/// Plausibility bounds (not law): the smallest values that can describe a dwelling. They turn
/// typing errors into errors instead of figures: `400.000` with a Dutch thousands separator reads
/// as 400 euros, and an amount of a fraction of a cent makes every ratio meaningless (and, at
/// `1e-25`, too large for exact decimal arithmetic).
///
/// The smallest WOZ (or market) value of a dwelling: €10,000. Real WOZ values of dwellings lie far
/// above it (the WWS even counts any WOZ value below its minimum, €85,806 in 2026, as that
/// minimum); lower values are those of parking spaces and sheds, or a misplaced separator.
pub const MIN_DWELLING_VALUE: Decimal = dec!(10_000);
/// The smallest monthly rent of a dwelling: €50 (a room in social housing costs several hundred).
pub const MIN_MONTHLY_RENT: Decimal = dec!(50);
/// The smallest gebruiksoppervlakte: 1 m² (the smallest new-build dwelling has 20.2 m²).
pub const MIN_SURFACE_M2: Decimal = dec!(1);

/// A monthly rent.
const MONTHLY_RENT: Kind = Kind::Dec {
    min: MIN_MONTHLY_RENT,
    min_exclusive: false,
    max: MAX_AMOUNT,
};

/// A WOZ or market value.
const DWELLING_VALUE: Kind = Kind::Dec {
    min: MIN_DWELLING_VALUE,
    min_exclusive: false,
    max: MAX_AMOUNT,
};
const AMOUNT: Kind = Kind::Dec {
    min: Decimal::ZERO,
    min_exclusive: false,
    max: MAX_AMOUNT,
};
const SHARE_PCT: Kind = Kind::Dec {
    min: Decimal::ZERO,
    min_exclusive: false,
    max: dec!(100),
};
const GROWTH_PCT: Kind = Kind::Dec {
    min: dec!(-50),
    min_exclusive: false,
    max: dec!(50),
};

pub use crate::model::{YEAR_MAX, YEAR_MIN};

/// The energy labels, best first.
pub const ENERGY_LABELS: &[&str] = &[
    "A++++", "A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G",
];

macro_rules! schema {
    ($( $id:ident = $key:literal, $kind:expr, $req:ident, $help:literal; )*) => {
        /// Index of each key in [`FIELDS`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum F { $($id),* }

        /// Every key of the property file, in the order of `contract.md`.
        pub static FIELDS: &[Field] = &[ $( Field { key: $key, kind: $kind, req: Req::$req, help: $help } ),* ];
    };
}

schema! {
    Name = "name", Kind::Text, Optional, "the property's name; default: the file's stem";
    TaxYear = "tax_year", Kind::Int { min: YEAR_MIN, max: YEAR_MAX }, Optional, "the tax year; default: the latest year in the rules";
    WozValue = "property.woz_value", DWELLING_VALUE, Always, "WOZ value for the tax year, in euros";
    MarketValue = "property.market_value", DWELLING_VALUE, Optional, "vacant market value today, in euros";
    SurfaceM2 = "property.surface_m2", Kind::Dec { min: MIN_SURFACE_M2, min_exclusive: false, max: dec!(100000) }, Always, "gebruiksoppervlakte in m²";
    EnergyLabel = "property.energy_label", Kind::Enum(ENERGY_LABELS), Always, "the registered energy label";
    Region = "property.region", Kind::Enum(&["randstad", "elsewhere"]), Optional, "where the dwelling is";
    Dwelling = "property.dwelling", Kind::Enum(&["apartment", "house"]), Optional, "the kind of dwelling";
    BuildYear = "property.build_year", Kind::Int { min: 1000, max: 2200 }, Optional, "the year the dwelling was built";
    WwsPoints = "property.wws_points", Kind::Int { min: 1, max: 1000 }, Optional, "WWS points from a Huurcommissie check";
    NextWozValue = "property.next_woz_value", DWELLING_VALUE, Optional, "WOZ value of the next tax year, in euros";
    Students = "property.students", Kind::Bool, Optional, "whether the dwelling is let to students";
    UnsplitBuilding = "property.unsplit_building", Kind::Bool, Optional, "whether the dwelling is part of a building not split into apartment rights";
    MonthlyRent = "lease.monthly_rent", MONTHLY_RENT, Always, "kale huur per month on 1 January, in euros";
    Segment = "lease.segment", Kind::Enum(&["social", "mid", "free"]), Optional, "the rent segment";
    Tenant = "lease.tenant", Kind::Enum(&["third_party", "related"]), Optional, "who the tenant is";
    Contract = "lease.contract", Kind::Enum(&["indefinite", "temporary"]), Optional, "the kind of lease";
    StartDate = "lease.start_date", Kind::Date, Optional, "the date the lease was signed; decides the rent regulation that applies";
    TurnoverPct = "lease.turnover_pct", SHARE_PCT, Optional, "chance per year that the tenant leaves, in percent";
    MarketRent = "lease.market_rent", Kind::Bool, Optional, "whether a related-party tenant pays a rent at arm's length";
    LetSharePct = "lease.let_share_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: true, max: dec!(100) }, Optional, "the share of the dwelling (of its WOZ value) that is let, in percent; default 100";
    LetOn1January = "lease.let_on_1_january", Kind::Bool, Optional, "whether the dwelling is let on 1 January of the tax year; default true, false when lease.start_date lies after 1 January";
    NextMonthlyRent = "lease.next_monthly_rent", MONTHLY_RENT, Optional, "kale huur per month on 1 January of the next year, for the tegenbewijs; default monthly_rent";
    Balance = "mortgage.balance", AMOUNT, InSection, "the outstanding mortgage on 1 January, in euros";
    InterestPct = "mortgage.interest_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(30) }, InSection, "the mortgage interest rate, in percent";
    Repayment = "mortgage.repayment", Kind::Enum(&["interest_only", "annuity", "linear"]), Optional, "how the mortgage is repaid; default interest_only";
    RemainingYears = "mortgage.remaining_years", Kind::Int { min: 1, max: 50 }, Optional, "years left on the mortgage";
    Maintenance = "costs.maintenance", AMOUNT, Optional, "maintenance per year, in euros";
    Insurance = "costs.insurance", AMOUNT, Optional, "insurance per year, in euros";
    OwnersAssociation = "costs.owners_association", AMOUNT, Optional, "VvE contribution per year, in euros";
    MunicipalCharges = "costs.municipal_charges", AMOUNT, Optional, "OZB and other owner's charges per year, in euros";
    ManagementPct = "costs.management_pct", SHARE_PCT, Optional, "management fee, in percent of the rent";
    VacancyPct = "costs.vacancy_pct", SHARE_PCT, Optional, "share of the year without rent, in percent";
    EnergyUpgrade = "costs.energy_upgrade", AMOUNT, Optional, "quoted cost of reaching label D, in euros";
    FiscalPartner = "owner.fiscal_partner", Kind::Bool, Optional, "whether the owner has a fiscal partner";
    BankBalance = "owner.bank_balance", AMOUNT, Optional, "bank balances on 1 January, in euros";
    OtherAssets = "owner.other_assets", AMOUNT, Optional, "other Box 3 assets on 1 January, in euros";
    OtherDebts = "owner.other_debts", AMOUNT, Optional, "other Box 3 debts on 1 January, in euros";
    GreenInvestments = "owner.green_investments", AMOUNT, Optional, "groene beleggingen on 1 January, in euros (exempt up to the year's vrijstelling)";
    PartnerSharePct = "owner.partner_share_pct", SHARE_PCT, Optional, "the owner's share of the household's Box 3 grondslag with a fiscal partner, in percent; default 50";
    ActualReturnOther = "owner.actual_return_other", Kind::Dec { min: dec!(-1_000_000_000_000), min_exclusive: false, max: MAX_AMOUNT }, Optional, "the actual return in the year on bank balances and other assets (interest, dividends, value change), in euros, for the tegenbewijs";
    Years = "plan.years", Kind::Int { min: 1, max: 50 }, Optional, "the horizon of the plan in years";
    ValueGrowthPct = "plan.value_growth_pct", GROWTH_PCT, Optional, "yearly value growth, in percent";
    RentGrowthPct = "plan.rent_growth_pct", GROWTH_PCT, Optional, "yearly rent growth, in percent";
    AlternativeReturnPct = "plan.alternative_return_pct", GROWTH_PCT, Optional, "what the sale proceeds earn per year, in percent";
    Alternative = "plan.alternative", Kind::Enum(&["savings", "investments"]), Optional, "the Box 3 category of the proceeds";
    SellingCostsPct = "plan.selling_costs_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(50) }, Optional, "selling costs, in percent of the price";
    Sale = "plan.sale", Kind::Enum(&["tenanted", "to_tenant", "vacant"]), Optional, "how the dwelling is sold";
    DiscountRatePct = "plan.discount_rate_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: true, max: dec!(50) }, Optional, "an investor's required return, in percent";
    WwsRooms = "wws.rooms", Kind::Text, InSection, "the rooms and other spaces: `label: room|other|attic|hall M2 [heated] [cooled]`, separated by `;` or new lines";
    WwsKitchenWorktopM = "wws.kitchen_worktop_m", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(100) }, Optional, "length of the kitchen worktop in metres";
    WwsKitchenFittings = "wws.kitchen_fittings", Kind::Text, Optional, "built-in kitchen fittings, e.g. \"hob_induction, extractor, fridge\"";
    WwsSanitary = "wws.sanitary", Kind::Text, Optional, "sanitary fittings, e.g. \"toilet_room, washbasin x2, shower\"";
    WwsOutdoorPrivateM2 = "wws.outdoor_private_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "private outdoor space (garden, balcony, loggia) in m²";
    WwsOutdoorSharedM2 = "wws.outdoor_shared_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "shared outdoor space in m²";
    WwsOutdoorSharedAddresses = "wws.outdoor_shared_addresses", Kind::Int { min: 2, max: 100000 }, Optional, "addresses sharing the outdoor space";
    WwsEnergyLabelDate = "wws.energy_label_date", Kind::Date, Optional, "the date the energy label or index was registered";
    WwsEnergyIndex = "wws.energy_index", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(10) }, Optional, "energy index (registered before 2021, valid for the WWS)";
    WwsEpv = "wws.epv", Kind::Bool, Optional, "whether an energieprestatievergoeding is agreed";
    WwsWozValuationDate = "wws.woz_valuation_date", Kind::Date, Optional, "the WOZ value's valuation date; default 1 January of the year before the tax year";
    WwsMonument = "wws.monument", Kind::Enum(&["rijksmonument", "gemeentelijk", "provinciaal", "beschermd_gezicht"]), Optional, "monument status";
    WwsNewBuildFirstUse = "wws.new_build_first_use", Kind::Date, Optional, "first use of a new dwelling whose construction started before 2028";
    WwsSmallNewBuildCorop = "wws.small_new_build_corop", Kind::Bool, Optional, "below 40 m², COROP Amsterdam or Utrecht, completed 2018–2022";
    WwsSharedRoomsM2 = "wws.shared_rooms_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "shared rooms in m²";
    WwsSharedOtherM2 = "wws.shared_other_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "shared other spaces in m²";
    WwsSharedAddresses = "wws.shared_addresses", Kind::Int { min: 2, max: 100000 }, Optional, "addresses sharing those spaces";
    WwsParking = "wws.parking", Kind::Text, Optional, "shared parking spaces, e.g. \"type1, charger\"";
    WwsParkingAddresses = "wws.parking_addresses", Kind::Int { min: 2, max: 100000 }, Optional, "addresses sharing the parking";
    WwsAccessibilityPoints = "wws.accessibility_points", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000) }, Optional, "rubriek 7 points for adaptations";
    WwsCareHome = "wws.care_home", Kind::Bool, Optional, "whether the dwelling is a zorgwoning";
    WwsVideoDoorbell = "wws.video_doorbell", Kind::Bool, Optional, "doorbell with video and audio";
    WwsChargingPoints = "wws.charging_points", Kind::Int { min: 0, max: 100 }, Optional, "private charging points";
    Box3Future = "plan.box3_future", Kind::Enum(&["both", "bill", "forfaitair"]), Optional, "the Box 3 future the plan runs under from 2028: the bill on actual returns, today's system carried forward, or both; default both";
}

/// The sections of a property file.
pub const SECTIONS: &[&str] = &[
    "property", "lease", "mortgage", "costs", "owner", "plan", "wws",
];

/// The field with this dotted key.
pub fn field_index(key: &str) -> Option<usize> {
    FIELDS.iter().position(|f| f.key == key)
}
