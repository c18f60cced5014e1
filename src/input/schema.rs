//! The keys of a property file (`contract.md`), their types, ranges and whether they are required.
//!
//! One table drives the validation of TOML files and CSV rows alike, so both give the same errors.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::i18n::{Arg, Msg, Text};

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
    /// The same in Dutch.
    pub help_nl: &'static str,
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

    /// What a valid value looks like, with what the key means.
    pub fn expected(&self) -> Text {
        let help = Arg::ByLang {
            nl: self.help_nl.to_string(),
            en: self.help.to_string(),
        };
        match self.kind {
            Kind::Text => Text::new(Msg::XpText, vec![help]),
            Kind::Int { min, max } => Text::new(
                Msg::XpInt,
                vec![min.to_string().into(), max.to_string().into(), help],
            ),
            Kind::Dec {
                min,
                min_exclusive,
                max,
            } => Text::new(
                if min_exclusive {
                    Msg::XpDecExclusive
                } else {
                    Msg::XpDec
                },
                vec![min.to_string().into(), max.to_string().into(), help],
            ),
            Kind::Enum(values) => Text::new(
                Msg::XpEnum,
                vec![
                    values
                        .iter()
                        .map(|v| format!("\"{v}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                    help,
                ],
            ),
            Kind::Bool => Text::new(Msg::XpBool, vec![help]),
            Kind::Date => Text::new(Msg::XpDate, vec![help]),
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

/// The energy labels, best first, and `none`: no (valid) label, the energy points by build year.
pub const ENERGY_LABELS: &[&str] = &[
    "A++++",
    "A+++",
    "A++",
    "A+",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    crate::model::NO_LABEL,
];

macro_rules! schema {
    ($( $id:ident = $key:literal, $kind:expr, $req:ident, $help:literal, $help_nl:literal; )*) => {
        /// Index of each key in [`FIELDS`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum F { $($id),* }

        /// How many keys the property file has (the length of [`FIELDS`]).
        pub const FIELD_COUNT: usize = [$(F::$id),*].len();

        /// Every key of the property file, in the order of `contract.md`.
        pub static FIELDS: &[Field] = &[ $( Field { key: $key, kind: $kind, req: Req::$req, help: $help, help_nl: $help_nl } ),* ];

        /// The field with this dotted key (a `match` on the keys: every key of every property
        /// is looked up here).
        pub fn field_index(key: &str) -> Option<usize> {
            match key {
                $( $key => Some(F::$id as usize), )*
                _ => None,
            }
        }
    };
}

schema! {
    Name = "name", Kind::Text, Optional, "the property's name; default: the file's stem", "de naam van de woning; standaard: de naam van het bestand";
    TaxYear = "tax_year", Kind::Int { min: YEAR_MIN, max: YEAR_MAX }, Optional, "the tax year; default: the latest year whose rules are settled", "het belastingjaar; standaard: het laatste jaar waarvan de regels vaststaan";
    WozValue = "property.woz_value", DWELLING_VALUE, Always, "WOZ value for the tax year, in euros", "WOZ-waarde voor het belastingjaar, in euro";
    MarketValue = "property.market_value", DWELLING_VALUE, Optional, "vacant market value today, in euros", "leegwaarde op de markt vandaag, in euro";
    SurfaceM2 = "property.surface_m2", Kind::Dec { min: MIN_SURFACE_M2, min_exclusive: false, max: dec!(100000) }, Always, "gebruiksoppervlakte in m²", "gebruiksoppervlakte in m²";
    EnergyLabel = "property.energy_label", Kind::Enum(ENERGY_LABELS), Always, "the registered energy label; \"none\" without one (the WWS energy points then go by build year)", "het geregistreerde energielabel; \"none\" zonder label (de WWS-energiepunten gaan dan naar bouwjaar)";
    Region = "property.region", Kind::Enum(&["randstad", "elsewhere"]), Optional, "where the dwelling is", "waar de woning staat";
    Landsdeel = "property.landsdeel", Kind::Enum(&["noord", "oost", "zuid", "west"]), Optional, "the CBS landsdeel (noord, oost, zuid, west) for the discount rate of the value let by the Handboek; default west in the Randstad, unknown elsewhere", "het landsdeel van het CBS (noord, oost, zuid, west) voor de disconteringsvoet van de waarde verhuurd volgens het Handboek; standaard west in de Randstad, elders onbekend";
    Dwelling = "property.dwelling", Kind::Enum(&["apartment", "house", "tiny_house", "rooms"]), Optional, "the kind of dwelling: an apartment, a house, a tiny house (a small detached house of at most 50 m²), or a house let by the room (\"rooms\")", "het soort woning: een appartement, een huis, een tiny house (een klein vrijstaand huis van ten hoogste 50 m²), of een huis dat per kamer verhuurd wordt (\"rooms\")";
    BuildYear = "property.build_year", Kind::Int { min: 1000, max: 2200 }, Optional, "the year the dwelling was built", "het bouwjaar van de woning";
    WwsPoints = "property.wws_points", Kind::Int { min: 1, max: 1000 }, Optional, "WWS points from a Huurcommissie check", "WWS-punten uit een check van de Huurcommissie";
    NextWozValue = "property.next_woz_value", DWELLING_VALUE, Optional, "WOZ value of the next tax year, in euros", "WOZ-waarde van het volgende belastingjaar, in euro";
    Students = "property.students", Kind::Bool, Optional, "whether the dwelling is let to students", "of de woning aan studenten wordt verhuurd";
    Building = "property.building", Kind::Enum(&["new", "existing", "temporary", "conversion"]), Optional, "which level of the building rules (Bbl) applies: new build, existing building, temporary building or conversion; checks the [wws] room list room by room", "welk niveau van de bouwregels (Bbl) geldt: nieuwbouw, bestaande bouw, tijdelijke bouw of verbouw; toetst de vertrekkenlijst van [wws] per ruimte";
    UnsplitBuilding = "property.unsplit_building", Kind::Bool, Optional, "whether the dwelling is part of a building not split into apartment rights", "of de woning deel is van een gebouw dat niet in appartementsrechten is gesplitst";
    Rooms = "property.rooms", Kind::Int { min: 1, max: 1000 }, Optional, "with dwelling = \"rooms\": the number of rooms let", "bij dwelling = \"rooms\": het aantal verhuurde kamers";
    MonthlyRent = "lease.monthly_rent", MONTHLY_RENT, Always, "kale huur per month on 1 January, in euros", "kale huur per maand op 1 januari, in euro";
    Segment = "lease.segment", Kind::Enum(&["social", "mid", "free"]), Optional, "the rent segment", "de huursector";
    Tenant = "lease.tenant", Kind::Enum(&["third_party", "related"]), Optional, "who the tenant is", "wie de huurder is";
    Contract = "lease.contract", Kind::Enum(&["indefinite", "temporary"]), Optional, "the kind of lease", "het soort huurcontract";
    StartDate = "lease.start_date", Kind::Date, Optional, "the date the lease was signed; decides the rent regulation that applies", "de datum waarop het huurcontract is getekend; bepaalt welke huurregulering geldt";
    TurnoverPct = "lease.turnover_pct", SHARE_PCT, Optional, "chance per year that the tenant leaves, in percent", "kans per jaar dat de huurder vertrekt, in procenten";
    MarketRent = "lease.market_rent", Kind::Bool, Optional, "whether a related-party tenant pays a rent at arm's length", "of een verbonden huurder een zakelijke huur betaalt";
    MarketMonthlyRent = "lease.market_monthly_rent", MONTHLY_RENT, Optional, "the kale huur per month a third party would pay (the arm's-length rent), for the tegenbewijs with a related tenant below it (art. 5.27 lid 3 Wet IB 2001)", "de kale huur per maand die een derde zou betalen (de zakelijke huur), voor het tegenbewijs met een verbonden huurder daaronder (art. 5.27 lid 3 Wet IB 2001)";
    LetSharePct = "lease.let_share_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: true, max: dec!(100) }, Optional, "the share of the dwelling (of its WOZ value) that is let, in percent; default 100", "het verhuurde deel van de woning (van de WOZ-waarde), in procenten; standaard 100";
    LetOn1January = "lease.let_on_1_january", Kind::Bool, Optional, "whether the dwelling is let on 1 January of the tax year; default true, false when lease.start_date lies after 1 January", "of de woning op 1 januari van het belastingjaar verhuurd is; standaard true, false als lease.start_date na 1 januari ligt";
    NextMonthlyRent = "lease.next_monthly_rent", MONTHLY_RENT, Optional, "kale huur per month on 1 January of the next year, for the tegenbewijs; default monthly_rent", "kale huur per maand op 1 januari van het volgende jaar, voor het tegenbewijs; standaard monthly_rent";
    Balance = "mortgage.balance", AMOUNT, InSection, "the outstanding mortgage on 1 January, in euros", "de hypotheekschuld op 1 januari, in euro";
    InterestPct = "mortgage.interest_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(30) }, InSection, "the mortgage interest rate, in percent", "de hypotheekrente, in procenten";
    Repayment = "mortgage.repayment", Kind::Enum(&["interest_only", "annuity", "linear"]), Optional, "how the mortgage is repaid; default interest_only", "hoe de hypotheek wordt afgelost; standaard interest_only";
    RemainingYears = "mortgage.remaining_years", Kind::Int { min: 1, max: 50 }, Optional, "years left on the mortgage", "resterende looptijd van de hypotheek in jaren";
    Maintenance = "costs.maintenance", AMOUNT, Optional, "maintenance per year, in euros", "onderhoud per jaar, in euro";
    Insurance = "costs.insurance", AMOUNT, Optional, "insurance per year, in euros", "verzekering per jaar, in euro";
    OwnersAssociation = "costs.owners_association", AMOUNT, Optional, "VvE contribution per year, in euros", "VvE-bijdrage per jaar, in euro";
    MunicipalCharges = "costs.municipal_charges", AMOUNT, Optional, "OZB and other owner's charges per year, in euros", "OZB en andere eigenaarslasten per jaar, in euro";
    ManagementPct = "costs.management_pct", SHARE_PCT, Optional, "management fee, in percent of the rent", "beheerkosten, in procenten van de huur";
    VacancyPct = "costs.vacancy_pct", SHARE_PCT, Optional, "share of the year without rent, in percent", "deel van het jaar zonder huur, in procenten";
    EnergyUpgrade = "costs.energy_upgrade", AMOUNT, Optional, "quoted cost of reaching label D, in euros", "offerte voor het bereiken van label D, in euro";
    FiscalPartner = "owner.fiscal_partner", Kind::Bool, Optional, "whether the owner has a fiscal partner", "of de eigenaar een fiscale partner heeft";
    BankBalance = "owner.bank_balance", AMOUNT, Optional, "bank balances on 1 January, in euros", "banktegoeden op 1 januari, in euro";
    OtherAssets = "owner.other_assets", AMOUNT, Optional, "other Box 3 assets on 1 January, in euros", "overige bezittingen in box 3 op 1 januari, in euro";
    OtherDebts = "owner.other_debts", AMOUNT, Optional, "other Box 3 debts on 1 January, in euros", "overige schulden in box 3 op 1 januari, in euro";
    GreenInvestments = "owner.green_investments", AMOUNT, Optional, "groene beleggingen on 1 January, in euros (exempt up to the year's vrijstelling)", "groene beleggingen op 1 januari, in euro (vrijgesteld tot de vrijstelling van het jaar)";
    PartnerSharePct = "owner.partner_share_pct", SHARE_PCT, Optional, "the owner's share of the household's Box 3 grondslag with a fiscal partner, in percent; default 50", "het aandeel van de eigenaar in de box 3-grondslag van het huishouden met een fiscale partner, in procenten; standaard 50";
    ActualReturnOther = "owner.actual_return_other", Kind::Dec { min: dec!(-1_000_000_000_000), min_exclusive: false, max: MAX_AMOUNT }, Optional, "the actual return in the year on bank balances and other assets (interest, dividends, value change), in euros, for the tegenbewijs", "het werkelijke rendement in het jaar op banktegoeden en overige bezittingen (rente, dividend, waardeverandering), in euro, voor het tegenbewijs";
    Years = "plan.years", Kind::Int { min: 1, max: 50 }, Optional, "the horizon of the plan in years", "de looptijd van het plan in jaren";
    ValueGrowthPct = "plan.value_growth_pct", GROWTH_PCT, Optional, "yearly value growth, in percent", "waardegroei per jaar, in procenten";
    RentGrowthPct = "plan.rent_growth_pct", GROWTH_PCT, Optional, "yearly rent growth, in percent", "huurgroei per jaar, in procenten";
    AlternativeReturnPct = "plan.alternative_return_pct", GROWTH_PCT, Optional, "what the sale proceeds earn per year, in percent", "wat de verkoopopbrengst per jaar oplevert, in procenten";
    Alternative = "plan.alternative", Kind::Enum(&["savings", "investments"]), Optional, "the Box 3 category of the proceeds", "de box 3-categorie van de opbrengst";
    SellingCostsPct = "plan.selling_costs_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(50) }, Optional, "selling costs, in percent of the price", "verkoopkosten, in procenten van de prijs";
    Sale = "plan.sale", Kind::Enum(&["tenanted", "to_tenant", "vacant", "at_turnover"]), Optional, "how the dwelling is sold", "hoe de woning wordt verkocht";
    DiscountRatePct = "plan.discount_rate_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: true, max: dec!(50) }, Optional, "an investor's required return, in percent", "het rendement dat een belegger eist, in procenten";
    WwsRooms = "wws.rooms", Kind::Text, InSection, "the rooms and other spaces: `label: room|kitchen|bathroom|other|attic|hall M2|LxW [heated] [cooled] [worktop=M] [w=M] [h=M] [toilet] [storage]`, separated by `;` or new lines, `#` starts a comment", "de vertrekken en overige ruimten: `naam: room|kitchen|bathroom|other|attic|hall M2|LxB [heated] [cooled] [worktop=M] [w=M] [h=M] [toilet] [storage]`, gescheiden door `;` of nieuwe regels, `#` begint een opmerking";
    WwsKitchenWorktopM = "wws.kitchen_worktop_m", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(100) }, Optional, "length of the kitchen worktop in metres", "lengte van het aanrecht in meters";
    WwsKitchenFittings = "wws.kitchen_fittings", Kind::Text, Optional, "built-in kitchen fittings, e.g. \"hob_induction, extractor, fridge\"", "inbouwvoorzieningen in de keuken, bijv. \"hob_induction, extractor, fridge\"";
    WwsSanitary = "wws.sanitary", Kind::Text, Optional, "sanitary fittings, e.g. \"toilet_room, washbasin x2, shower\"", "sanitaire voorzieningen, bijv. \"toilet_room, washbasin x2, shower\"";
    WwsOutdoorPrivateM2 = "wws.outdoor_private_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "private outdoor space (garden, balcony, loggia) in m²", "privé-buitenruimte (tuin, balkon, loggia) in m²";
    WwsOutdoorWidthM = "wws.outdoor_width_m", Kind::Dec { min: Decimal::ZERO, min_exclusive: true, max: dec!(1000) }, Optional, "the width of the private outdoor space in metres, for the building rules", "de breedte van de privé-buitenruimte in meters, voor de bouwregels";
    WwsOutdoorSharedM2 = "wws.outdoor_shared_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "shared outdoor space in m²", "gemeenschappelijke buitenruimte in m²";
    WwsOutdoorSharedAddresses = "wws.outdoor_shared_addresses", Kind::Int { min: 2, max: 100000 }, Optional, "addresses sharing the outdoor space", "adressen die de buitenruimte delen";
    WwsEnergyLabelDate = "wws.energy_label_date", Kind::Date, Optional, "the date the energy label or index was recorded (opname, the date on the label; not the registration date): valid ten years from it", "de opnamedatum van het energielabel of de energie-index (de datum op het label, niet de registratiedatum): tien jaar geldig vanaf die datum";
    WwsOutdoorShared = "wws.outdoor_shared", Kind::Text, Optional, "shared outdoor spaces with the addresses sharing each, e.g. \"30/3; 120/24\"", "gemeenschappelijke buitenruimten met de adressen die elk delen, bijv. \"30/3; 120/24\"";
    WwsEnergyIndex = "wws.energy_index", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(10) }, Optional, "energy index (registered before 2021, valid for the WWS)", "energie-index (geregistreerd vóór 2021, geldig voor het WWS)";
    WwsEpv = "wws.epv", Kind::Bool, Optional, "whether an energieprestatievergoeding is agreed", "of een energieprestatievergoeding is afgesproken";
    WwsWozValuationDate = "wws.woz_valuation_date", Kind::Date, Optional, "the WOZ value's valuation date; default 1 January of the year before the tax year", "de waardepeildatum van de WOZ-waarde; standaard 1 januari van het jaar vóór het belastingjaar";
    WwsMonument = "wws.monument", Kind::Enum(&["rijksmonument", "gemeentelijk", "provinciaal", "beschermd_gezicht"]), Optional, "monument status", "monumentstatus";
    WwsNewBuildFirstUse = "wws.new_build_first_use", Kind::Date, Optional, "first use of a new dwelling whose construction started before 2028", "eerste ingebruikname van een nieuwe woning waarvan de bouw vóór 2028 begon";
    WwsSmallNewBuildCorop = "wws.small_new_build_corop", Kind::Bool, Optional, "below 40 m², COROP Amsterdam or Utrecht, completed 2018–2022", "kleiner dan 40 m², COROP Amsterdam of Utrecht, opgeleverd 2018–2022";
    WwsSharedRoomsM2 = "wws.shared_rooms_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "shared rooms in m²", "gemeenschappelijke vertrekken in m²";
    WwsSharedOtherM2 = "wws.shared_other_m2", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000000) }, Optional, "shared other spaces in m²", "gemeenschappelijke overige ruimten in m²";
    WwsSharedAddresses = "wws.shared_addresses", Kind::Int { min: 2, max: 100000 }, Optional, "addresses sharing those spaces", "adressen die die ruimten delen";
    WwsParking = "wws.parking", Kind::Text, Optional, "shared parking spaces, e.g. \"type1, charger\"", "gemeenschappelijke parkeerplaatsen, bijv. \"type1, charger\"";
    WwsParkingType1M2 = "wws.parking_type1_m2", Kind::Dec { min: Decimal::ONE, min_exclusive: false, max: dec!(100) }, Optional, "the actual surface of a type-1 parking place in m² (default 12)", "de werkelijke oppervlakte van een parkeerplaats type 1 in m² (standaard 12)";
    WwsParkingAddresses = "wws.parking_addresses", Kind::Int { min: 2, max: 100000 }, Optional, "addresses sharing the parking", "adressen die de parkeerruimte delen";
    WwsAccessibilityPoints = "wws.accessibility_points", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(1000) }, Optional, "rubriek 7 points for adaptations", "punten van rubriek 7 voor aanpassingen";
    WwsCareHome = "wws.care_home", Kind::Bool, Optional, "whether the dwelling is a zorgwoning", "of de woning een zorgwoning is";
    WwsVideoDoorbell = "wws.video_doorbell", Kind::Bool, Optional, "doorbell with video and audio", "deurbel met video en geluid";
    WwsChargingPoints = "wws.charging_points", Kind::Int { min: 0, max: 100 }, Optional, "private charging points", "eigen laadpunten";
    WwsUnits = "wws.units", Kind::Int { min: 1, max: 1000 }, Optional, "a room let in a shared dwelling (onzelfstandige woonruimte): the number of rooms let at the address; the WWS for rooms applies", "een kamer in een gedeelde woning (onzelfstandige woonruimte): het aantal verhuurde kamers op het adres; het WWS voor kamers geldt";
    WwsCorop = "wws.corop", Kind::Text, Optional, "a room's COROP region (name or code, e.g. \"Groot-Amsterdam\" or \"23\"), for its WOZ points", "het COROP-gebied van een kamer (naam of code, bijv. \"Groot-Amsterdam\" of \"23\"), voor de WOZ-punten";
    WwsRoomDeductions = "wws.room_deductions", Kind::Text, Optional, "a room's deductions: via_landlord, small_window, high_window", "aftrekpunten van een kamer: via_landlord, small_window, high_window";
    BvTransferYear = "bv.transfer_year", Kind::Int { min: 2000, max: 2100 }, Optional, "the year the BV holds the dwellings from 1 January; default the tax year", "het jaar vanaf wiens 1 januari de bv de woningen houdt; standaard het belastingjaar";
    BvNotaryCosts = "bv.notary_costs", AMOUNT, Optional, "the notary's costs of the transfer to the BV, in euros", "de notariskosten van de overdracht aan de bv, in euro";
    BvIncorporationCosts = "bv.incorporation_costs", AMOUNT, Optional, "the costs of setting up the BV, in euros", "de oprichtingskosten van de bv, in euro";
    BvMortgageRatePct = "bv.mortgage_rate_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(30) }, InSection, "the BV's mortgage rate, in percent; the private mortgage is refinanced at it, interest only", "de hypotheekrente van de bv, in procenten; de private hypotheek wordt ertegen overgesloten, aflossingsvrij";
    BvYearlyCosts = "bv.yearly_costs", AMOUNT, Optional, "the yearly costs of running the BV (administration, annual accounts, bank), in euros", "de jaarlijkse kosten van de bv (administratie, jaarrekening, bank), in euro";
    BvDepreciationPct = "bv.depreciation_pct", Kind::Dec { min: Decimal::ZERO, min_exclusive: false, max: dec!(20) }, Optional, "the building's depreciation per year, in percent of the BV's cost; never below the WOZ value (bodemwaarde); default 0", "de afschrijving op het gebouw per jaar, in procenten van de kostprijs van de bv; nooit onder de WOZ-waarde (bodemwaarde); standaard 0";
    BvPolicy = "bv.policy", Kind::Enum(&["retain", "distribute"]), Optional, "what the BV does with its profit: retain it until the liquidation at the end, or distribute it each year; default retain", "wat de bv met haar winst doet: inhouden tot de liquidatie aan het eind, of elk jaar uitkeren; standaard retain";
    UpgradeTargetLabel = "upgrade.target_label", Kind::Enum(ENERGY_LABELS), Optional, "the energy label the upgrade reaches; default \"D\"", "het energielabel dat de verbetering bereikt; standaard \"D\"";
    UpgradeCost = "upgrade.cost", AMOUNT, Optional, "the quoted cost of the upgrade, in euros; default the cost matrix per m² (data/checks.toml) less the SVOH subsidy", "de offerte voor de verbetering, in euro; standaard de kostenmatrix per m² (data/checks.toml) min de SVOH-subsidie";
    UpgradeYear = "upgrade.year", Kind::Int { min: 2000, max: 2100 }, Optional, "the year the upgrade is done; default the tax year", "het jaar waarin de verbetering wordt uitgevoerd; standaard het belastingjaar";
    UpgradeRentAfter = "upgrade.rent_after", MONTHLY_RENT, Optional, "kale huur per month after the upgrade (agreed with the sitting tenant, or a new tenant's); default the sitting tenant's rent", "kale huur per maand na de verbetering (afgesproken met de zittende huurder, of die van een nieuwe huurder); standaard de huur van de zittende huurder";
    UpgradeValueAfter = "upgrade.value_after", DWELLING_VALUE, Optional, "the vacant market value after the upgrade, in euros; default unchanged", "de leegwaarde na de verbetering, in euro; standaard ongewijzigd";
    Box3Future = "plan.box3_future", Kind::Enum(&["both", "bill", "forfaitair"]), Optional, "the Box 3 future the plan runs under from 2028: the bill on actual returns, today's system carried forward, or both; default both", "de toekomst van box 3 waaronder het plan vanaf 2028 rekent: het wetsvoorstel op werkelijk rendement, het huidige stelsel doorgetrokken, of beide; standaard both";
}

/// The sections of a property file.
pub const SECTIONS: &[&str] = &[
    "property", "lease", "mortgage", "costs", "owner", "plan", "wws", "bv", "upgrade",
];
