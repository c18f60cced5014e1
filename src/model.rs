//! The domain: a let dwelling as the calculations take it ([`Property`] and its parts), with one
//! set of names for its enums. The property file is read into these types by [`crate::input`];
//! the calculations and the rules depend on this module, never on the reader.

use rust_decimal::Decimal;

use crate::date::Date;

pub mod history;

/// The earliest year accepted anywhere (a tax year, a rules file's years, `--year`).
pub const YEAR_MIN: i64 = 1900;
/// The latest year accepted anywhere; with a plan of at most 50 years every year stays far from
/// the limits of `i32`.
pub const YEAR_MAX: i64 = 2200;

/// Where the dwelling is, for the market discount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Randstad,
    Elsewhere,
}

/// The CBS's four landsdelen (`property.landsdeel`): the Handboek modelmatig waarderen
/// marktwaarde's regions for the discount rate. Noord: Groningen, Friesland, Drenthe; Oost:
/// Overijssel, Flevoland, Gelderland; West: Utrecht, Noord-Holland, Zuid-Holland, Zeeland; Zuid:
/// Noord-Brabant, Limburg.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landsdeel {
    Noord,
    Oost,
    Zuid,
    West,
}

/// The kind of dwelling (single-family house or apartment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dwelling {
    Apartment,
    House,
    /// A tiny house: a small detached single-family house of at most 50 m² (by definition, not by
    /// law), permanent or on a temporary permit; a house for the WWS.
    TinyHouse,
}

impl Dwelling {
    /// A single-family house (eengezinswoning) for the WWS: a house or a tiny house.
    pub fn is_house(self) -> bool {
        matches!(self, Dwelling::House | Dwelling::TinyHouse)
    }
}

/// Which level of the building rules applies (`property.building`): the Besluit bouwwerken
/// leefomgeving sets one for new build, existing buildings, temporary buildings and conversions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Building {
    /// Nieuwbouw.
    New,
    /// Bestaande bouw.
    Existing,
    /// Tijdelijke bouw (a temporary permit).
    Temporary,
    /// Verbouw: at least the level of the existing building.
    Conversion,
}

impl Building {
    /// The word of the property file, and the regime's table in `data/bbl.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Building::New => "new",
            Building::Existing => "existing",
            Building::Temporary => "temporary",
            Building::Conversion => "conversion",
        }
    }
}

/// The rent segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Segment {
    Social,
    Mid,
    Free,
}

impl Segment {
    /// The word used in the property file and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Social => "social",
            Segment::Mid => "mid",
            Segment::Free => "free",
        }
    }
}

/// Who the tenant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tenant {
    ThirdParty,
    Related,
}

/// The kind of lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contract {
    Indefinite,
    Temporary,
}

/// How the mortgage is repaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repayment {
    InterestOnly,
    Annuity,
    Linear,
}

/// The Box 3 category of the sale proceeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alternative {
    Savings,
    Investments,
}

/// How the dwelling is sold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sale {
    Tenanted,
    ToTenant,
    Vacant,
    /// Uitponden: kept let until the tenant leaves, then sold vacant; the sale now and the sale
    /// at the end (when the tenant stays) are tenanted sales.
    AtTurnover,
}

impl Sale {
    /// The word used in the property file and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Sale::Tenanted => "tenanted",
            Sale::ToTenant => "to_tenant",
            Sale::Vacant => "vacant",
            Sale::AtTurnover => "at_turnover",
        }
    }
}

/// The `[lease]` section.
#[derive(Debug, Clone, PartialEq)]
pub struct Lease {
    pub monthly_rent: Decimal,
    pub segment: Option<Segment>,
    pub tenant: Tenant,
    pub contract: Contract,
    pub turnover_pct: Option<Decimal>,
    /// A related-party tenant pays a rent at arm's length.
    pub market_rent: bool,
    /// The kale huur per month a third party would pay (the arm's-length rent), when given.
    pub market_monthly_rent: Option<Decimal>,
    /// The share of the dwelling (of its WOZ value) that is let, percent.
    pub let_share_pct: Decimal,
    /// Whether the dwelling is let on 1 January of the tax year.
    pub let_on_1_january: bool,
    /// The kale huur per month on 1 January of the next year, when given.
    pub next_monthly_rent: Option<Decimal>,
    /// The date the lease was signed (decides the rent regulation regime).
    pub start_date: Option<crate::date::Date>,
}

/// The `[mortgage]` section.
#[derive(Debug, Clone, PartialEq)]
pub struct Mortgage {
    pub balance: Decimal,
    pub interest_pct: Decimal,
    pub repayment: Repayment,
    pub remaining_years: Option<u32>,
}

/// The `[costs]` section: euros per year unless the name says pct.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Costs {
    pub maintenance: Decimal,
    pub insurance: Decimal,
    pub owners_association: Decimal,
    pub municipal_charges: Decimal,
    pub management_pct: Decimal,
    pub vacancy_pct: Decimal,
    pub energy_upgrade: Option<Decimal>,
}

/// The `[owner]` section: the owner's other Box 3 wealth on 1 January.
#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    pub fiscal_partner: bool,
    pub bank_balance: Decimal,
    pub other_assets: Decimal,
    pub other_debts: Decimal,
    /// Groene beleggingen on 1 January.
    pub green_investments: Decimal,
    /// The owner's share of the household's grondslag with a fiscal partner, percent.
    pub partner_share_pct: Decimal,
    /// The actual return on bank balances and other assets in the year, when given.
    pub actual_return_other: Option<Decimal>,
}

impl Default for Owner {
    /// A single owner without other wealth (a partner, when set, shares the grondslag evenly).
    fn default() -> Owner {
        Owner {
            fiscal_partner: false,
            bank_balance: Decimal::ZERO,
            other_assets: Decimal::ZERO,
            other_debts: Decimal::ZERO,
            green_investments: Decimal::ZERO,
            partner_share_pct: Decimal::from(50),
            actual_return_other: None,
        }
    }
}

/// The Box 3 future the plan runs under (`plan.box3_future`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Box3Future {
    /// Both futures side by side.
    #[default]
    Both,
    /// The bill on actual returns (Wet werkelijk rendement box 3) from the year it declares.
    Bill,
    /// Today's forfaitair system carried forward.
    Forfaitair,
}

/// The `[plan]` section as given; defaults are filled in by the plan module.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanInput {
    pub years: Option<u32>,
    pub value_growth_pct: Option<Decimal>,
    pub rent_growth_pct: Option<Decimal>,
    pub alternative_return_pct: Option<Decimal>,
    pub alternative: Option<Alternative>,
    pub selling_costs_pct: Option<Decimal>,
    pub sale: Option<Sale>,
    pub discount_rate_pct: Option<Decimal>,
    pub box3_future: Option<Box3Future>,
}

/// What a BV does with its profit each year (`bv.policy`); both end with the liquidation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BvPolicy {
    /// The profit stays in the BV until the liquidation at the end.
    #[default]
    Retain,
    /// The year's profit after Vpb is paid out as dividend (Box 2 each year).
    Distribute,
}

impl BvPolicy {
    /// The word used in the property file and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            BvPolicy::Retain => "retain",
            BvPolicy::Distribute => "distribute",
        }
    }
}

/// The `[bv]` section: moving the dwelling into a private limited company.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BvInput {
    /// The year the BV holds the dwelling from 1 January (the plan's tax year when absent).
    pub transfer_year: Option<i32>,
    /// The notary's costs of the transfer deed (part of the BV's cost of the dwelling).
    pub notary_costs: Decimal,
    /// The costs of incorporating the BV (deducted in its first year).
    pub incorporation_costs: Decimal,
    /// The BV's mortgage rate, percent: the private balance is refinanced at it, interest only.
    pub mortgage_rate_pct: Decimal,
    /// The yearly costs of running the BV (administration, the annual accounts, the bank).
    pub yearly_costs: Decimal,
    /// Depreciation of the building, percent of the BV's cost of the dwelling a year (never
    /// below the bodemwaarde).
    pub depreciation_pct: Decimal,
    pub policy: BvPolicy,
}

/// The `property.energy_label` of a dwelling without a (valid) energy label: its WWS energy points go
/// by build year (Bhw bijlage I rubriek 4; beleidsboek §2.4.5).
pub const NO_LABEL: &str = "none";

/// A validated property.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: String,
    pub tax_year: i32,
    pub woz_value: Decimal,
    pub market_value: Option<Decimal>,
    pub surface_m2: Decimal,
    pub energy_label: String,
    pub region: Region,
    /// The landsdeel (`property.landsdeel`), when given.
    pub landsdeel: Option<Landsdeel>,
    pub dwelling: Dwelling,
    pub build_year: Option<i32>,
    pub wws_points: Option<u32>,
    pub next_woz_value: Option<Decimal>,
    pub students: bool,
    /// Which level of the building rules applies; `None`: not said (only the total surface is
    /// checked, against the smallest new-build dwelling).
    pub building: Option<Building>,
    /// Part of a building not split into apartment rights.
    pub unsplit_building: bool,
    /// Let by the room (`property.dwelling = "rooms"`): not one dwelling at one rent, so
    /// neither capped at one WWS maximum nor valued as one dwelling.
    pub let_by_the_room: bool,
    /// The number of rooms let (`property.rooms`), when given.
    pub rooms: Option<u32>,
    pub lease: Lease,
    pub mortgage: Option<Mortgage>,
    pub costs: Costs,
    pub owner: Owner,
    /// `None` when the file has no `[plan]` section.
    pub plan: Option<PlanInput>,
    /// The `[bv]` section: the dwelling moved into a BV, beside the plan.
    pub bv: Option<BvInput>,
    /// The dwelling described for the WWS; `None` when the file has no `[wws]` section.
    pub wws: Option<Description>,
    /// The `[upgrade]` section: a label upgrade as a what-if.
    pub upgrade: Option<UpgradeInput>,
}

/// A label upgrade to weigh (`[upgrade]`): the plan runs with and without it.
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradeInput {
    /// The label reached (`upgrade.target_label`, default `D`).
    pub target_label: String,
    /// The landlord's quote, euros; the cost matrix of the rules when absent.
    pub cost: Option<Decimal>,
    /// The year the work is done (default the tax year).
    pub year: Option<i32>,
    /// The kale huur per month after the upgrade, when agreed with the sitting tenant (a rent
    /// increase for an improvement, art. 7:255 BW) or asked of a new tenant; absent: the
    /// sitting tenant's rent, with only the legal yearly increases.
    pub rent_after: Option<Decimal>,
    /// The vacant market value after the upgrade; absent: unchanged.
    pub value_after: Option<Decimal>,
}

impl Property {
    /// The vacant market value: `market_value`, or the WOZ value when absent.
    pub fn vacant_value(&self) -> Decimal {
        self.market_value.unwrap_or(self.woz_value)
    }

    /// jaarhuur: the kale huur per month × 12.
    pub fn jaarhuur(&self) -> Decimal {
        self.lease.monthly_rent * Decimal::from(12)
    }

    /// How the dwelling is let on 1 January, for the leegwaarderatio.
    pub fn letting(&self) -> Letting {
        Letting {
            contract: self.lease.contract,
            tenant: self.lease.tenant,
            market_rent: self.lease.market_rent,
            let_share_pct: self.lease.let_share_pct,
            let_on_1_january: self.lease.let_on_1_january,
            unsplit_building: self.unsplit_building,
        }
    }
}

/// How the dwelling is let on 1 January: what decides whether and how the ratio applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letting {
    pub contract: Contract,
    pub tenant: Tenant,
    /// A related-party tenant pays a rent at arm's length (a rent a third party would pay).
    pub market_rent: bool,
    /// The share of the dwelling (of its WOZ value) that is let, percent; 100 for a whole dwelling.
    pub let_share_pct: Decimal,
    /// Whether the dwelling is let on 1 January of the year.
    pub let_on_1_january: bool,
    /// The dwelling is part of a building not split into apartment rights.
    pub unsplit_building: bool,
}

impl Letting {
    /// A whole dwelling let on 1 January under `contract` to `tenant`, related tenants at a rent
    /// below arm's length.
    pub fn new(contract: Contract, tenant: Tenant) -> Letting {
        Letting {
            contract,
            tenant,
            market_rent: false,
            let_share_pct: Decimal::ONE_HUNDRED,
            let_on_1_january: true,
            unsplit_building: false,
        }
    }

    /// The letting in a later year of a plan: the lease then runs on 1 January.
    pub fn later_year(self) -> Letting {
        Letting {
            let_on_1_january: true,
            ..self
        }
    }
}

/// The dwelling described room by room for the WWS (the `[wws]` section).
/// A space of the dwelling, as rubriek 1–3 value it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceKind {
    /// A room (vertrek): living room, bedroom, kitchen, bathroom (§2.2.1).
    Room,
    /// Another space (overige ruimte): storage, toilet room, utility room, private garage (§2.2.2).
    Other,
    /// An attic that is an other space without fixed stairs (§2.2.2.3).
    Attic,
    /// A hall, corridor or landing (verkeersruimte): no surface points, heating counts (§2.2.3).
    Hall,
    /// A space used only as a kitchen: always a room, whatever its size (Bhw bijlage I, toelichting
    /// rubriek 1).
    Kitchen,
    /// A space used only as a bathroom or shower room: always a room, whatever its size (idem).
    Bathroom,
}

/// One space of the room list.
#[derive(Debug, Clone, PartialEq)]
pub struct Space {
    pub label: String,
    pub kind: SpaceKind,
    /// Surface to two decimals (§2.2.1.1).
    pub m2: Decimal,
    pub heated: bool,
    pub cooled: bool,
    /// The length of the kitchen worktop in this space, metres (`worktop=2.4` on its line).
    pub worktop_m: Option<Decimal>,
    /// Who shares the space, for a room let in a shared dwelling (`shared`, `shared=3`,
    /// `addresses=4` on its line); `None`: the room's own.
    pub share: Option<Share>,
    /// What the building rules need of the space beyond its surface.
    pub dims: Dimensions,
}

/// A space's measures and role for the building rules (bouwregels); the WWS does not read them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dimensions {
    /// The width in metres: `w=M` on its line, else the shorter side of `LxW`.
    pub width_m: Option<Decimal>,
    /// The length in metres: the longer side of `LxW`.
    pub length_m: Option<Decimal>,
    /// The clear height (vrije hoogte) in metres: `h=M` on its line.
    pub height_m: Option<Decimal>,
    /// The space is (or holds) the toilet room (`toilet` on its line).
    pub toilet: bool,
    /// The space is a storage room (bergruimte; `storage` on its line).
    pub storage: bool,
}

/// How a space of a shared dwelling is shared (the WWS for rooms, onzelfstandige woonruimte).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// By this many rooms of the address; 0: by all of them (`wws.units`).
    Units(u32),
    /// With this many addresses (rubriek 9), then by the rooms of this address.
    Addresses(u32),
}

/// A fitting of a `[wws]` list, with the space it is in when the list says so (`bathroom: shower`).
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The label of the space in the room list; `None` when the list does not say.
    pub room: Option<String>,
    pub name: String,
    pub count: u32,
}

/// The plausible sizes of a room list (input checks, not law; `data/wws-stelsel.toml` `[plausible]`).
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceLimits {
    /// The largest surface of one space, m².
    pub space_max_m2: Decimal,
    /// The longest side of a space (and worktop), metres.
    pub length_max_m: Decimal,
    /// How far the spaces together may exceed the dwelling's surface, percent.
    pub surface_margin_pct: Decimal,
}

/// A shared outdoor space and the number of addresses with access to it (§2.8).
#[derive(Debug, Clone, PartialEq)]
pub struct SharedOutdoor {
    pub m2: Decimal,
    pub addresses: u32,
}

/// Monument status, for the energy points and the surcharges (§2.4.6.1, §2.13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Monument {
    Rijksmonument,
    Gemeentelijk,
    Provinciaal,
    /// In a protected town- or village-scape (beschermd stads- of dorpsgezicht), not a monument.
    ProtectedView,
}

/// The `[wws]` section: the dwelling as the beleidsboek needs it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Description {
    pub spaces: Vec<Space>,
    pub kitchen_worktop_m: Option<Decimal>,
    /// Kitchen fittings by name (`data/wws-stelsel.toml`), with their number and kitchen.
    pub kitchen_fittings: Vec<Placed>,
    /// Sanitary fittings by name, with their number and room.
    pub sanitary: Vec<Placed>,
    pub outdoor_private_m2: Decimal,
    /// The width of the private outdoor space in metres (`wws.outdoor_width_m`), for the building
    /// rules.
    pub outdoor_width_m: Option<Decimal>,
    /// The shared outdoor spaces, each with the addresses sharing it.
    pub outdoor_shared: Vec<SharedOutdoor>,
    /// The date the energy label (or index) was recorded (opname); valid ten years from it.
    pub energy_label_date: Option<Date>,
    pub energy_index: Option<Decimal>,
    /// An energieprestatievergoeding is agreed.
    pub epv: bool,
    /// The WOZ value's valuation date (waardepeildatum); default 1 January of the year before the tax year.
    pub woz_valuation_date: Option<Date>,
    pub monument: Option<Monument>,
    /// First use of a new dwelling (nieuwbouw, bijbouw or transformatie started before 2028).
    pub new_build_first_use: Option<Date>,
    /// A dwelling below 40 m² in COROP Amsterdam or Utrecht completed 2018–2022 (§2.11.6).
    pub small_new_build_corop: bool,
    pub shared_rooms_m2: Decimal,
    pub shared_other_m2: Decimal,
    pub shared_addresses: u32,
    /// Shared parking: type 1–3 spaces and charging points, shared by `parking_addresses`.
    pub parking: Vec<(String, u32)>,
    pub parking_addresses: u32,
    /// The actual surface of a type-1 parking place, m² (the default of the rules when absent).
    pub parking_type1_m2: Option<Decimal>,
    /// Rubriek 7, as computed for subsidised adaptations.
    pub accessibility_points: Decimal,
    pub care_home: bool,
    pub video_doorbell: bool,
    pub charging_points: u32,
    /// A room let in a shared dwelling (onzelfstandige woonruimte): the number of rooms let at the
    /// address (`wws.units`); `None` for a dwelling of its own.
    pub units: Option<u32>,
    /// The COROP region of the address (`wws.corop`), for a room's WOZ points.
    pub corop: Option<String>,
    /// A room's deductions (rubriek 13) by name, with their number.
    pub room_deductions: Vec<(String, u32)>,
}
