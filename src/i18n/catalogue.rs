//! The catalogue: every sentence and label a person reads, one entry per message id, in Dutch and
//! in English. `{0}`, `{1}`, ... are the message's arguments ([`super::Arg`]), formatted in the
//! notation of the language. A test checks that both languages use the same placeholders.

use super::Lang;

macro_rules! catalogue {
    ($( $id:ident => $nl:literal , $en:literal ; )*) => {
        /// A message id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $( $id ),* }

        impl Msg {
            /// Every message, in catalogue order.
            pub const ALL: &'static [Msg] = &[ $( Msg::$id ),* ];

            /// The text of the message in `lang`, with its placeholders.
            pub fn template(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (Msg::$id, Lang::Nl) => $nl, (Msg::$id, Lang::En) => $en, )*
                }
            }
        }
    };
}

catalogue! {
    // ---- counts
    Count => "{0} {1}", "{0} {1}";
    Woning => "woning", "property";
    Woningen => "woningen", "properties";
    Jaar => "jaar", "year";
    Jaren => "jaar", "years";

    // ---- the table of one property
    TitleYear => "{0} — belastingjaar {1}", "{0} — tax year {1}";
    HLeegwaarderatio => "Leegwaarderatio (waarde in box 3)", "Leegwaarderatio (value in Box 3)";
    Jaarhuur => "jaarhuur (kale huur × 12)", "annual rent (basic rent × 12)";
    RentPctOfWoz => "huur als % van de WOZ-waarde", "rent as % of the WOZ value";
    RatioWith => "leegwaarderatio ({0})", "leegwaarderatio ({0})";
    ReasonBracket => "volgens de tabel", "by the table";
    ReasonTemporary => "tijdelijk contract: 100%", "temporary lease: 100%";
    ReasonRelated => "verbonden partij, geen zakelijke huur", "related party, rent not at arm's length";
    ReasonNotLet => "niet verhuurd op 1 januari: 100%", "not let on 1 January: 100%";
    Box3Value => "waarde in box 3 (WOZ × ratio)", "value in Box 3 (WOZ × ratio)";
    Box3ValuePartly => "waarde in box 3 (verhuurd deel × ratio + de rest)", "value in Box 3 (let part × ratio + the rest)";
    WozLessReduction => "WOZ min {0} (gebouw niet gesplitst, lid 4)", "WOZ less {0} (building not split, lid 4)";
    LetPart => "verhuurd deel ({0} van de WOZ, lid 5)", "let part ({0} of WOZ, lid 5)";
    HBox3 => "Box 3 (huishouden, met de woning)", "Box 3 (household, with the property)";
    Rendement => "forfaitair rendement", "deemed return";
    Rendementsgrondslag => "rendementsgrondslag", "rendementsgrondslag (net assets)";
    Grondslag => "grondslag sparen en beleggen", "taxable base (grondslag)";
    Voordeel => "voordeel uit sparen en beleggen", "taxable benefit (voordeel)";
    Box3Tax => "box 3-belasting", "Box 3 tax";
    Owner => "eigenaar", "owner";
    Partner => "partner", "partner";
    PersonShare => "  {0}: {1} van de grondslag", "  {0}: {1} of the base";
    Box3TaxWithout => "box 3-belasting zonder de woning", "Box 3 tax without the property";
    Attributable => "toe te rekenen aan de woning", "attributable to the property";
    ActualReturn => "werkelijk rendement (tegenbewijs)", "actual return (tegenbewijs)";
    BankAndOther => "  bank en overige bezittingen", "  bank and other assets";
    Forfaitair => "forfaitair", "deemed";
    ActualReturnTax => "belasting bij tegenbewijs", "tax on the actual return";
    HSittingTenant => "Waarde met huurder (verhuurde staat)", "Value with the tenant (rented state)";
    VacantValue => "leegwaarde (vrij van huur)", "vacant value";
    TenantedValue => "waarde verhuurd (DCF), {0} korting", "value let (DCF), {0} discount";
    ToTenant => "verkoop aan de zittende huurder", "sale to the sitting tenant";
    MarketBand => "marktband (check)", "market band (check)";
    YieldMethod => "rendementsmethode (check)", "yield method (check)";
    TenantedValueHb => "waarde verhuurd (Handboek), {0} korting", "value let (Handboek), {0} discount";
    HbDoorexploiteer => "Handboek: doorexploiteren", "Handboek: keep letting";
    HbUitponden => "Handboek: uitponden", "Handboek: sell on turnover";
    HbDiscountRate => "Handboek: disconteringsvoet (peildatum 31-12-{0})", "Handboek: discount rate (peildatum 31-12-{0})";
    DcfCheck => "DCF belegger (check)", "investor's DCF (check)";
    HbEgw => "eengezinswoning", "single-family house";
    HbMgw => "meergezinswoning", "apartment";
    HbNoord => "Noord", "North";
    HbOost => "Oost", "East";
    HbZuid => "Zuid", "South";
    HbWest => "West", "West";
    HSellVsKeep => "Verkopen of blijven verhuren ({0})", "Sell or keep renting ({0})";
    SaleToTenant => "aan de huurder", "to the tenant";
    SaleVacant => "leeg, als scenario", "vacant, as a scenario";
    SaleTenanted => "verhuurd", "with the tenant";
    ProceedsNow => "nu verkopen ({0}), netto opbrengst", "sell now ({0}), net proceeds";
    KeepNetWorth => "vermogen aan het eind: blijven verhuren", "net worth at the end: keep renting";
    SellNetWorth => "vermogen aan het eind: nu verkopen", "net worth at the end: sell now";
    Difference => "verschil (verhuren − verkopen)", "difference (keep − sell)";
    Better => "beter", "better";
    Keep => "blijven verhuren", "keep renting";
    Sell => "verkopen", "sell";
    SellEarlier => "eerder verkopen", "sell earlier";
    Uitpond => "uitponden", "uitponden (sell vacant)";
    UitpondNetWorth => "verwacht vermogen aan het eind: uitponden (kans {0} per jaar, verkoop {1}–{2})", "expected net worth at the end: uitponden (chance {0} a year, sale {1}–{2})";
    UitpondExpected => "verwacht vermogen: uitponden", "expected net worth: uitponden";
    BetterThanUitpond => "beter dan uitponden", "better than uitponden";
    BreakEvenUitpond => "omslagpunt waardegroei uitponden − nu verkopen", "break-even value growth, uitponden − sell now";
    BreakEven => "omslagpunt waardegroei per jaar", "break-even value growth a year";
    NoBreakEvenRange => "geen tussen −10% en +20%", "none between −10% and +20%";
    NoBreakEven => "geen", "none";
    KeepIrr => "rendement van blijven verhuren (IRR)", "return of keeping (IRR)";
    ColYear => "jaar", "year";
    ColRent => "huur", "rent";
    ColKeepBox3 => "box 3 verhuren", "Box 3 keep";
    ColKeepWorth => "vermogen verhuren", "net worth keep";
    ColSellBox3 => "box 3 verkopen", "Box 3 sell";
    ColSellWorth => "vermogen verkopen", "net worth sell";
    Box3From => "Box 3 vanaf {0}", "Box 3 from {0}";
    Box3Future => "Box 3 in de toekomst", "Box 3 in the future";
    FutureBill => "wetsvoorstel", "bill";
    FutureToday => "huidig stelsel", "today's system";
    DifferenceNow => "verschil (verhuren − nu verkopen)", "difference (keep − sell now)";
    WhatIfLine => "met de cijfers van {0} (voorstel, geen wet; data/scenarios): verschil {1}", "with the figures of {0} (a proposal, not law; data/scenarios): difference {1}";
    WhatIfCell => "{0} {1} ({2} t.o.v. hierboven)", "{0} {1} ({2} against the above)";
    WhatIfUitpond => "{0}, verwacht vermogen uitponden {1} ({2} t.o.v. hierboven)", "{0}, expected net worth uitponden {1} ({2} against the above)";
    GainTax => "belasting op de verkoopwinst", "tax on the gain at the sale";
    DifferenceSellAt => "verschil met verkopen eind {0}", "difference with selling end {0}";
    BetterThanSellAt => "beter dan verkopen eind {0}", "better than selling end {0}";
    FuturesNote => "wetsvoorstel: Wet werkelijk rendement box 3 (36 748), nog geen wet — zie de waarschuwing; huidig stelsel: het forfaitaire box 3 van nu doorgetrokken",
        "bill: Wet werkelijk rendement box 3 (36 748), not law yet — see the warning; today's system: today's deemed-return Box 3 carried forward";
    HYield => "Rendement en kosten", "Yield and costs";
    RentContract => "huur volgens contract", "rent under the lease";
    RentCapped => "huur na toetsing aan het maximum", "rent capped at the maximum";
    RentPerMonth => "{0} per maand", "{0} a month";
    RentCappedOf => "{0} ({1} in plaats van {2})", "{0} ({1} instead of {2})";
    RentCappedNote => "waarde verhuurd, beter en verschil met de huur na toetsing aan het maximum: {0}; box 3 met de huur volgens contract", "value let, better and difference with the rent capped at the maximum: {0}; Box 3 with the rent under the lease";
    GrossYield => "bruto aanvangsrendement", "gross initial yield";
    NetYield => "netto rendement (incl. kosten koper)", "net yield (incl. buyer's costs)";
    RentPerM2 => "huur per m² per maand", "rent per m² a month";
    ValuePerM2 => "waarde per m²", "value per m²";
    PurchaseCosts => "kosten koper dit jaar", "buyer's costs this year";
    Noi => "netto huurinkomsten per jaar", "net rental income a year";
    MonthlyCashFlow => "kasstroom/maand na hypotheek en box 3", "cash flow a month after mortgage and Box 3";
    StressDiff => " / verschil {0}", " / difference {0}";
    PerYear => "{0}/jaar{1}", "{0}/year{1}";
    StressInterest => "stress: rente +1 procentpunt", "stress: interest +1 point";
    StressVacancy => "stress: een maand leegstand per jaar", "stress: one month vacant a year";
    StressUpgrade => "stress: verduurzaming naar label D nu", "stress: upgrade to label D now";
    HWws => "Huurregulering (WWS)", "Rent regulation (WWS)";
    Points => "punten", "points";
    PointsEstimated => "punten (schatting)", "points (estimate)";
    Sector => "sector", "sector";
    SectorSocial => "sociale huur", "social rent";
    SectorMid => "middenhuur", "middle rent";
    SectorFree => "vrije sector", "free sector";
    MaxRent => "maximale huur per maand", "maximum rent a month";
    MaxRentEstimated => "maximale huur per maand (schatting)", "maximum rent a month (estimate)";
    NoMaxRent => "geen (vrije sector)", "none (free sector)";
    HWarnings => "Waarschuwingen", "Warnings";
    HCaveats => "Zekerheid van de regels", "Certainty of the rules";
    Source => "bron: {0}", "source: {0}";
    SrcBox3RulesOf => "box 3-regels van {1}: {0}", "Box 3 rules of {1}: {0}";
    SrcTableCarried => "{0} (tabel van {1} gebruikt voor {2})", "{0} (table of {1} used for {2})";
    HExplain => "Afleiding", "Derivation";

    // ---- WWS rubrieken
    WwsSurfaceRooms => "oppervlakte van vertrekken", "surface of rooms";
    WwsSurfaceOther => "oppervlakte van overige ruimten", "surface of other spaces";
    WwsHeating => "verwarming en verkoeling", "heating and cooling";
    WwsEnergy => "energieprestatie", "energy performance";
    WwsKitchen => "keuken", "kitchen";
    WwsSanitary => "sanitair", "sanitary fittings";
    WwsAccessibility => "woonvoorzieningen voor gehandicapten", "adaptations for the disabled";
    WwsOutdoor => "buitenruimten", "outdoor space";
    WwsShared => "gemeenschappelijke vertrekken, overige ruimten en voorzieningen", "shared rooms, spaces and facilities";
    WwsParking => "gemeenschappelijke parkeerruimten", "shared parking";
    WwsSpecial => "bijzondere voorzieningen", "special facilities";
    WwsWoz => "punten voor de WOZ-waarde", "points for the WOZ value";
    WwsCareHome => "zorgwoning", "care home";
    WwsDeductions => "aftrekpunten", "deductions";
    WwsRijksmonument => "rijksmonument (huurcontract van voor de Wet betaalbare huur)", "rijksmonument (lease before the Wet betaalbare huur)";

    // ---- a household
    HouseholdTitle => "{0} — huishouden, belastingjaar {1}, {2}", "{0} — household, tax year {1}, {2}";
    HHouseholdBox3 => "Box 3 (huishouden, alle woningen)", "Box 3 (household, all properties)";
    Box3TaxWithoutAll => "box 3-belasting zonder de woningen", "Box 3 tax without the properties";
    ColMarginal => "box 3\nmarginaal", "Box 3\nmarginal";
    ColProRata => "box 3\nnaar rato", "Box 3\npro rata";
    ColKeepMinusSell => "verhuren −\nverkopen", "keep −\nsell";
    OtherWealth => "overig vermogen", "other wealth";
    Household => "huishouden", "household";
    HouseholdNote => "bedragen in euro; box 3 marginaal: de box 3-belasting van het huishouden met alle woningen min zonder deze woning (telt niet op tot het totaal); box 3 naar rato: de box 3-belasting van het huishouden verdeeld naar de netto bijdrage aan de rendementsgrondslag (waarde in box 3 − hypotheek, het overig vermogen: bank + overige bezittingen − schulden), in centen, de resterende centen naar de grootste resten (telt op tot het totaal); verhuren − verkopen: met de andere woningen aangehouden",
        "amounts in euros; Box 3 marginal: the household's Box 3 tax with all properties less without this one (does not add up to the total); Box 3 pro rata: the household's Box 3 tax divided by the net contribution to the rendementsgrondslag (value in Box 3 − mortgage; other wealth: bank + other assets − debts), in cents, the cents left over to the largest remainders (adds up to the total); keep − sell: with the other properties kept";

    // ---- the sensitivity grid
    HGrid => "Verhuren − verkopen na {0} (waardegroei × rendement alternatief)", "Keep − sell after {0} (value growth × alternative return)";
    GridCorner => "groei \\ alternatief", "growth \\ alternative";
    GridNote => "een rij per waardegroei per jaar, een kolom per rendement op het geld na verkoop; positief: blijven verhuren is beter ({0})",
        "one row per value growth a year, one column per return on the money after a sale; positive: keeping is better ({0})";
    HGridUitpond => "Uitponden − nu verkopen na {0} (verwacht vermogen; waardegroei × rendement alternatief)", "Uitponden − sell now after {0} (expected net worth; value growth × alternative return)";
    GridUitpondNote => "uitponden: verhuren tot de huurder vertrekt (kans {0} per jaar), dan leeg verkopen; positief: uitponden is beter dan nu verkopen ({1})",
        "uitponden: keep renting until the tenant leaves ({0} a year), then sell vacant; positive: uitponden is better than selling now ({1})";

    // ---- the chart
    ChartTitle => "{0}: vermogen per jaar", "{0}: net worth by year";
    ChartKeep => "blijven verhuren", "keep renting";
    ChartSell => "nu verkopen", "sell now";
    ChartKeepBill => "blijven verhuren (wetsvoorstel)", "keep renting (bill)";
    ChartSellBill => "nu verkopen (wetsvoorstel)", "sell now (bill)";
    ChartUitpond => "uitponden (verwacht)", "uitponden (expected)";
    ChartUitpondBill => "uitponden (verwacht, wetsvoorstel)", "uitponden (expected, bill)";
    ChartBv => "in een bv (bij liquidatie)", "in a BV (if liquidated)";
    ChartBvBill => "in een bv (bij liquidatie, wetsvoorstel)", "in a BV (if liquidated, bill)";
    ChartBreakEven => "omslagpunt waardegroei {0} per jaar (plan: {1})", "break-even value growth {0} a year (plan: {1})";
    ChartBreakEvenNone => "geen omslagpunt tussen −10% en +20% waardegroei", "no break-even between −10% and +20% growth";
    ChartYear => "jaar", "year";
    ChartEuro => "vermogen (euro)", "net worth (euro)";
    ChartGrid => "verhuren − verkopen (euro)", "keep − sell (euro)";
    ChartGridUitpond => "uitponden − nu verkopen (verwacht, euro)", "uitponden − sell now (expected, euro)";
    ChartGrowth => "waardegroei per jaar", "value growth a year";
    ChartAlternative => "rendement alternatief", "alternative return";
    ChartBox3Title => "{0}: box 3-belasting per jaar", "{0}: Box 3 tax by year";
    ChartBox3Euro => "box 3-belasting (euro)", "Box 3 tax (euro)";
    ChartBreakEvenShort => "omslagpunt", "break-even";

    // ---- the HTML report (`--report`)
    RpKind => "Rapport over een verhuurde woning", "Report on a let property";
    RpKindHousehold => "Rapport over een huishouden met verhuurde woningen", "Report on a household with let properties";
    RpMeta => "belastingjaar {0} · opgesteld op {1}", "tax year {0} · prepared on {1}";
    RpRunning => "{0} — rapport belastingjaar {1}", "{0} — report, tax year {1}";
    RpFacts => "WOZ-waarde {0} · kale huur {1} per jaar, {2} van de WOZ-waarde", "WOZ value {0} · basic rent {1} a year, {2} of the WOZ value";
    RpAnswer => "Het antwoord", "The answer";
    RpUnderFuture => "Als box 3 blijft zoals nu", "If Box 3 stays as it is";
    RpUnderBill => "Als het wetsvoorstel werkelijk rendement box 3 wet wordt", "If the bill on actual returns in Box 3 becomes law";
    RpAnswerKeep => "Blijven verhuren laat u na {0} naar verwachting {1} meer over dan nu verkopen.", "Keeping the property is expected to leave you {1} more after {0} than selling it now.";
    RpAnswerSell => "Nu verkopen laat u na {0} naar verwachting {1} meer over dan blijven verhuren.", "Selling now is expected to leave you {1} more after {0} than keeping the property.";
    RpBreakEvenAt => "Omslagpunt: {0} waardegroei per jaar; stijgt de woning sneller in waarde, dan is verhuren beter, langzamer dan verkopen.", "Break-even: {0} value growth a year; if the property gains value faster, keeping is better, if slower, selling.";
    RpBreakEvenNone => "Tussen −10% en +20% waardegroei per jaar verandert het antwoord niet.", "The answer does not change between −10% and +20% value growth a year.";
    RpSellBeforeLess => "Verkopen eind {0}, voordat het wetsvoorstel ingaat, laat {1} minder over dan blijven verhuren.", "Selling at the end of {0}, before the bill applies, leaves {1} less than keeping.";
    RpSellBeforeMore => "Verkopen eind {0}, voordat het wetsvoorstel ingaat, laat {1} meer over dan blijven verhuren.", "Selling at the end of {0}, before the bill applies, leaves {1} more than keeping.";
    RpBetterBy => "{0}, {1} meer", "{0}, {1} more";
    RpMore => "{0} meer", "{0} more";
    RpLess => "{0} minder", "{0} less";
    RpUitpond => "Uitponden (verhuren tot de huurder vertrekt, kans {0} per jaar, dan leeg verkopen) laat naar verwachting {1} over: {2} dan blijven verhuren, {3} dan nu verkopen; verkoop waarschijnlijk {4}–{5}.", "Uitponden (keep renting until the tenant leaves, {0} a year, then sell vacant) is expected to leave {1}: {2} than keeping, {3} than selling now; sale likely {4}–{5}.";
    RpBv => "In een bv (inbreng op 1 januari {0}, liquidatie aan het eind) blijft {1} over: {2} dan privé houden, {3} dan nu verkopen; {4}.", "In a BV (moved in on 1 January {0}, liquidated at the end) {1} is left: {2} than keeping privately, {3} than selling now; {4}.";
    RpBvAhead => "de bv ligt voor vanaf {0}", "the BV is ahead from {0}";
    RpBvNever => "privé houden blijft het hele plan voor", "keeping privately stays ahead throughout the plan";
    RpWarningOf => "{0}: {1}", "{0}: {1}";
    RpNoPlan => "Het invoerbestand heeft geen [plan]-sectie: het rapport geeft de cijfers van dit jaar, zonder advies over verkopen of blijven verhuren.", "The input file has no [plan] section: the report gives this year's figures, without advice on selling or keeping.";
    RpKeyFigures => "Kerncijfers", "Key figures";
    RpTenanted => "waarde in verhuurde staat", "value in rented state";
    RpNoWarnings => "Geen waarschuwingen.", "No warnings.";
    RpDisclaimer => "Dit rapport is een berekening met de regels en aannames die erin staan, geen fiscaal advies. Bijlage A geeft bij elk cijfer hoe het is berekend en de bron.", "This report is a calculation with the rules and assumptions it states, not tax advice. Appendix A gives for every figure how it was computed and its source.";
    RpFigNetWorth => "Het vermogen aan het eind van elk jaar per route; doorgetrokken: huidig stelsel, gestreept: wetsvoorstel.", "Net worth at the end of each year by route; solid: today's system, dashed: the bill.";
    RpFigBox3 => "De box 3-belasting per jaar per route; doorgetrokken: huidig stelsel, gestreept: wetsvoorstel.", "The Box 3 tax each year by route; solid: today's system, dashed: the bill.";
    RpFigGridUitpond => "Uitponden − nu verkopen: het verwachte vermogen aan het eind van het plan bij andere waardegroei en ander alternatief rendement; omlijnd: het plan; streepjeslijn: het omslagpunt van uitponden.", "Uitponden − sell now: the expected net worth at the end of the plan for other value growth and alternative returns; outlined: the plan; dashed line: the break-even of uitponden.";
    RpFigGrid => "Verhuren − verkopen aan het eind van het plan bij andere waardegroei en ander alternatief rendement; omlijnd: het plan; streepjeslijn: het omslagpunt.", "Keep − sell at the end of the plan for other value growth and alternative returns; outlined: the plan; dashed line: the break-even.";
    RpAppendix => "Bijlage A: de afleiding", "Appendix A: the derivation";
    RpAppendixIntro => "Elk cijfer met hoe het is berekend, de regel en de bron, en de zekerheid van die regel (H hoog, M middel, L laag; voorlopig: nog geen wet).", "Every figure with how it was computed, its rule and source, and the confidence of that rule (H high, M medium, L low; provisional: not law yet).";
    RpColFigure => "cijfer", "figure";
    RpColValue => "waarde", "value";
    RpColHow => "berekening", "how";
    RpColSource => "bron", "source";
    RpColConfidence => "zekerheid", "confidence";
    RpProvisional => "voorlopig", "provisional";
    RpStatus => "Bijlage B: zekerheid en status van de regels", "Appendix B: certainty and status of the rules";
    RpLaw => "wet", "law";
    RpProposal => "voorstel, nog geen wet", "proposal, not law yet";
    RpColYear => "jaar", "year";
    RpColStatus => "status", "status";
    RpColNote => "toelichting", "note";
    RpDefaults => "Aangenomen standaardwaarden", "Defaults assumed";
    RpCaveatsNone => "Alle gebruikte regels zijn vastgesteld en met hoge zekerheid bekend.", "Every rule used is settled and known with high confidence.";
    RpInputs => "Bijlage C: de invoer en de herkomst van dit rapport", "Appendix C: the inputs and where this report comes from";
    RpInputsIntro => "Het invoerbestand zoals opgegeven. Met dezelfde versie, regels en invoer geeft verhuurd hetzelfde rapport.", "The input file as given. With the same version, rules and inputs verhuurd gives the same report.";
    RpFile => "invoer", "input";
    RpVersion => "versie", "version";
    RpRulesYears => "regels van de jaren", "rules of the years";
    RpDate => "datum", "date";
    RpCommand => "opdracht", "command";
    RpProperties => "De woningen", "The properties";
    RpWritten => "rapport geschreven: {0}", "report written: {0}";
    RpENoName => "geen woning of huishouden met de naam {0} in de invoer; de namen: {1}", "no property or household named {0} in the input; the names: {1}";
    RpEMany => "de invoer heeft {0}; kies er een met --report-name NAAM (de namen: {1})", "the input has {0}; choose one with --report-name NAME (the names: {1})";
    RpEOneFile => "--report maakt het rapport van één invoer: geef één bestand", "--report makes the report of one input: give one file";
    RpEDate => "--report-date verwacht een datum als 2026-12-07, niet {0}", "--report-date expects a date such as 2026-12-07, not {0}";
    RpEHistory => "--report maakt het rapport van een woning of huishouden, niet van een historiebestand (dat geeft verhuurd historie)", "--report makes the report of a property or household, not of a history file (verhuurd historie reads that)";
    RpENone => "geen rapport: de invoer gaf geen woning die berekend kon worden", "no report: the input gave no property that could be evaluated";
    CliReport => "Schrijf een rapport voor de klant: één HTML-bestand met het antwoord, de cijfers, grafieken, de afleiding en de bronnen (printbaar op A4)", "Write a report for the client: one HTML file with the answer, the figures, charts, the derivation and the sources (prints on A4)";
    CliReportName => "De woning of het huishouden van het rapport, bij een invoer met meerdere (een CSV-bestand)", "The property or household of the report, for an input with several (a CSV file)";
    CliReportDate => "De datum in het rapport (JJJJ-MM-DD; standaard SOURCE_DATE_EPOCH, anders vandaag)", "The date in the report (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today)";
    CliReportFile => "BESTAND.html", "FILE.html";
    CliNameName => "NAAM", "NAME";
    CliDateName => "DATUM", "DATE";

    // ---- several properties
    ColProperty => "woning", "property";
    ColPropertyYear => "woning ({0})", "property ({0})";
    ColYearShort => "jaar", "year";
    ColBox3Value => "box 3-\nwaarde", "Box 3\nvalue";
    ColNetYield => "netto\nrend.", "net\nyield";
    ColCashFlow => "kas-\nstroom\n/maand", "cash\nflow\n/month";
    RowWarnings => "waarschuwingen per woning:", "warnings by property:";
    WarningAll => "bij alle {0}:", "for all {0}:";
    ColBox3Tax => "box 3", "Box 3";
    ColTenanted => "waarde\nverhuurd", "value\nlet";
    ColBetter => "beter", "better";
    ColDifference => "verschil", "difference";
    KeepShort => "verhuren", "keep";
    SellShort => "verkopen", "sell";
    ComparisonNote => "bedragen in euro; netto rend.: het netto rendement (met kosten koper); kasstroom per maand na hypotheek en box 3; box 3: wat de woning toevoegt aan de box 3-belasting",
        "amounts in euros; net yield: with the buyer's costs; cash flow a month after mortgage and Box 3; Box 3: what the property adds to the household's Box 3 tax";
    WarnedOne => "{0} van {1} heeft waarschuwingen:", "{0} of {1} has warnings:";
    WarnedMany => "{0} van {1} hebben waarschuwingen:", "{0} of {1} have warnings:";
    WarningCount => "  ! [{0}] bij {1}", "  ! [{0}] for {1}";
    WarningsHow => "de volledige waarschuwingen per woning: --format json (of geef één bestand op)", "the full warnings of each property: --format json (or give one file)";
    ExplainHow => "--explain toont de afleiding bij één woning; voor meer woningen: --format json --explain", "--explain shows the derivation for one property; for several: --format json --explain";
    GridHow => "--grid toont het raster bij één woning; voor meer woningen: --format json --grid", "--grid shows the grid for one property; for several: --format json --grid";
    CarriedOnce => "bij {0}:", "for {0}:";
    CarriedOther => "  ! [rules_carried_forward] en nog {0} voor andere jaren", "  ! [rules_carried_forward] and {0} more for other years";

    // ---- warnings
    WUpgradeEffect => "goedkoopste verbetering, naar label {0}: {4} ({1} per m² × {2} m² = {3}, vóór een eventuele SVOH-subsidie); daarna {5} WWS-punten, {6}, maximale huur {7}; reken haar door met [upgrade]. Bron: {8}",
        "cheapest upgrade, to label {0}: {4} ({1} per m² × {2} m² = {3}, before any SVOH subsidy); then {5} WWS points, {6}, maximum rent {7}; weigh it with [upgrade]. Source: {8}";
    WUpgradeSectorSame => "sector blijft {0}", "sector stays {0}";
    WUpgradeSectorChange => "sector {0} → {1}", "sector {0} → {1}";
    WEnergyLabel => "label {0} is lager dan {1}: een verhuurde woning moet uiterlijk {2} label {1} hebben; {3}{4}. Bron: {5}",
        "label {0} is below {1}: a let dwelling must reach label {1} by {2}; {3}{4}. Source: {5}";
    WEnergyCostQuote => "kosten volgens uw offerte {0}", "cost by your quote {0}";
    WEnergyCostMatrix => "geschatte kosten {0} vóór een eventuele SVOH-subsidie (zet costs.energy_upgrade op uw offerte)",
        "estimated cost {0} before any SVOH subsidy (set costs.energy_upgrade to your quote)";
    WEnergyCostUnknown => "kosten onbekend: de kostenmatrix heeft geen stap van {0} naar {1} (zet costs.energy_upgrade op uw offerte)",
        "cost unknown: the cost matrix has no step from {0} to {1} (set costs.energy_upgrade to your quote)";
    WEnergyLabelWws => "; label {0} brengt de WWS-punten van {1} naar ongeveer {2} en de maximale huur van {3} naar ongeveer {4}",
        "; label {0} brings the WWS points from {1} to about {2} and the maximum rent from {3} to about {4}";
    WSurface => "{0} m² is minder dan de {1} m² die een nieuwbouwwoning nodig heeft{2}: geen bezwaar in een bestaand gebouw, maar een verbouwing of nieuwe woning van dit formaat krijgt geen vergunning als zelfstandige woning. Bron: {3}",
        "{0} m² is below the {1} m² a new-build dwelling needs{2}: fine for an existing building, but a conversion or new unit of this size will not get a permit as a self-contained dwelling. Source: {3}";
    WSurfaceStudents => " voor studenten", " for students";
    WBbl => "{0}: {1}, ten minste {2} vereist ({3}): volgens de bouwregels geen geldige woning, dus niet als zelfstandige woning te verhuren; het WWS kan de ruimte ook anders tellen. Bron: {4}",
        "{0}: {1}, at least {2} required ({3}): not a legal dwelling under the building rules, so it cannot be let as a dwelling; the WWS may count the space differently too. Source: {4}";
    WBblTinyHouse => "{0}: {1} m² tegen ten hoogste {2} m² ({3}): groter dan een tiny house volgens de definitie; de bouwregels van een gewone woning gelden. Bron: {4}",
        "{0}: {1} m² against at most {2} m² ({3}): larger than a tiny house by definition; the building rules of an ordinary dwelling apply. Source: {4}";
    HUpgrade => "Labelverbetering {0} → {1} in {2} (wat-als)", "Label upgrade {0} → {1} in {2} (what-if)";
    UpgradeCost => "kosten", "cost";
    UpgradeCostQuote => "{0} (offerte)", "{0} (quote)";
    UpgradeCostMatrix => "{0} (kostenmatrix, {1} per m², min subsidie)", "{0} (cost matrix, {1} per m², less subsidy)";
    UpgradeRentStated => "huur per maand (afgesproken, upgrade.rent_after)", "rent per month (agreed, upgrade.rent_after)";
    UpgradeRentSitting => "huur per maand (zittende huurder)", "rent per month (sitting tenant)";
    UpgradeTurnover => "huur voor een nieuwe huurder, ten hoogste", "rent for a new tenant, at most";
    UpgradeTenantedValue => "waarde in verhuurde staat", "value in rented state";
    UpgradeVacantValue => "leegwaarde", "vacant value";
    UpgradeKeep => "aanhouden, vermogen aan het eind ({0})", "keep, net worth at the end ({0})";
    UpgradeKeepValue => "{0} → {1} ({2})", "{0} → {1} ({2})";
    UpgradeBox3 => "box 3 over het plan ({0})", "Box 3 over the plan ({0})";
    UpgradePayback => "terugverdiend in ({0})", "paid back in ({0})";
    UpgradeNoPayback => "niet binnen het plan", "not within the plan";
    UpgradeDeadline => "labeleis vóór {0}: zonder / met", "label rule before {0}: without / with";
    UpgradeDeadlineValue => "{0} / {1}", "{0} / {1}";
    HBbl => "Bouwregels", "Bouwregels (building rules)";
    BblRegimeNew => "nieuwbouw", "new build";
    BblRegimeExisting => "bestaande bouw", "existing building";
    BblRegimeTemporary => "tijdelijke bouw", "temporary building";
    BblRegimeConversion => "verbouw", "conversion";
    BblGebruiksoppervlakte => "gebruiksoppervlakte (m²)", "gebruiksoppervlakte (m²)";
    BblVerblijfsgebiedTotal => "eigen verblijfsgebied (m²)", "private verblijfsgebied (m²)";
    BblVerblijfsgebied => "verblijfsgebied (m²)", "verblijfsgebied (m²)";
    BblRoomWidth => "breedte verblijfsruimte (m)", "width of the room (m)";
    BblRoomHeight => "vrije hoogte verblijfsruimte (m)", "clear height of the room (m)";
    BblLargestRoom => "grootste verblijfsruimte (m²)", "largest room (m²)";
    BblLargestRoomWidth => "breedte grootste verblijfsruimte (m)", "width of the largest room (m)";
    BblToiletCount => "toiletruimten", "toilet rooms";
    BblToiletM2 => "toiletruimte (m²)", "toilet room (m²)";
    BblToiletWidth => "breedte toiletruimte (m)", "width of the toilet room (m)";
    BblToiletLength => "lengte toiletruimte (m)", "length of the toilet room (m)";
    BblToiletHeight => "hoogte toiletruimte (m)", "height of the toilet room (m)";
    BblBathroomCount => "badruimten", "bathrooms";
    BblBathroomM2 => "badruimte (m²)", "bathroom (m²)";
    BblBathroomWidth => "breedte badruimte (m)", "width of the bathroom (m)";
    BblBathroomToiletM2 => "badruimte met toilet (m²)", "bathroom with toilet (m²)";
    BblBathroomToiletWidth => "breedte badruimte met toilet (m)", "width of the bathroom with toilet (m)";
    BblBathroomHeight => "hoogte badruimte (m)", "height of the bathroom (m)";
    BblStorageM2 => "bergruimte (m²)", "storage (m²)";
    BblStorageWidth => "breedte bergruimte (m)", "width of the storage (m)";
    BblStorageHeight => "hoogte bergruimte (m)", "height of the storage (m)";
    BblStorageShared => "gedeelde bergruimte per woning (m²)", "shared storage per dwelling (m²)";
    BblOutdoorM2 => "buitenruimte (m²)", "outdoor space (m²)";
    BblOutdoorWidth => "breedte buitenruimte (m)", "width of the outdoor space (m)";
    BblOutdoorShared => "gedeelde buitenruimte per woning (m²)", "shared outdoor space per dwelling (m²)";
    BblOutdoorSharedMin => "gedeelde buitenruimte in totaal (m²)", "shared outdoor space in all (m²)";
    BblSharedMax => "gebruiksoppervlakte voor gedeelde berging of buitenruimte (m²)", "surface for a shared storage or outdoor space (m²)";
    BblTinyHouse => "gebruiksoppervlakte tiny house (m²)", "surface of a tiny house (m²)";
    BblNotDescribed => "niet beschreven", "not described";
    BblNone => "geen", "none";
    BblPass => "voldoet", "passes";
    BblFail => "voldoet niet", "fails";
    BblHowMin => "gevonden {0}, ten minste {1} ({2})", "found {0}, at least {1} ({2})";
    BblHowMax => "gevonden {0}, ten hoogste {1} ({2})", "found {0}, at most {1} ({2})";
    WMicro => "{0} m² is een microwoning ({1}–{2} m²): kosten koper, leegstand en beheer wegen zwaarder; controleer de WWS-punten voordat u de huur vaststelt. Bron: {3}",
        "{0} m² is a micro dwelling ({1}–{2} m²): purchase costs, vacancy and management weigh heavier; check the WWS points before setting the rent. Source: {3}";
    WSegmentDiffers => "het bestand noemt de huur {0}, maar {1} punten geven {2}{3}: de huurprijsregels volgen de punten; de berekening volgt het bestand (lease.segment). Laat de punten toetsen of pas het segment aan", "the file calls the rent {0}, but {1} points give {2}{3}: the rent rules follow the points; the calculation follows the file (lease.segment). Have the points checked or change the segment";
    WRentAboveMax => "de huur {0} is hoger dan de wettelijke maximale huur {1} bij {2} punten{3}: de huurder kan die laten verlagen door de Huurcommissie; de waardering en het plan rekenen met het maximum, {4} per maand minder (huur na toetsing aan het maximum), het rendement en de kasstroom met de huur volgens contract",
        "the rent {0} is above the legal maximum {1} at {2} points{3}: the tenant can have it lowered by the Huurcommissie; the valuation and the plan use the maximum, {4} a month less (the rent capped at the maximum), the yields and the cash flow the rent under the lease";
    WRentEstimated => " (geschat — laat de punten controleren)", " (estimated — have the points checked)";
    WLetByTheRoom => "deze woning wordt per kamer verhuurd{0}: dat is geen woning met één huur, dus toetst verhuurd de huur niet aan één maximum en geeft het geen waarde in verhuurde staat en geen advies over verkopen of blijven verhuren; de leegwaarderatio, box 3 en het rendement gelden wel. De maximale huur per kamer: beschrijf elke kamer in een eigen bestand met wws.units (het WWS voor kamers)",
        "this dwelling is let by the room{0}: it is not one dwelling at one rent, so verhuurd does not test the rent against one maximum and gives no value in rented state and no advice on selling or keeping it; the leegwaarderatio, Box 3 and the yields do apply. The maximum rent of each room: describe each room in a file of its own with wws.units (the WWS for rooms)";
    WLetByTheRoomCount => " ({0} kamers)", " ({0} rooms)";
    WUnderwater => "de hypotheek {0} is hoger dan de waarde van de woning {1} (onderwaterhypotheek): wie verkoopt houdt een restschuld over{2}", "the mortgage {0} is above the value of the dwelling {1} (an underwater mortgage): selling leaves a residual debt{2}";
    WUnderwaterIrr => "; het rendement van blijven verhuren (IRR) ontbreekt, omdat nu verkopen {0} oplevert: er zit geen eigen geld in de woning waarop een rendement te berekenen is", "; the return of keeping it (IRR) is missing because selling now yields {0}: there is no equity in the dwelling to compute a return on";
    WTenantedValue => "de waarde in box 3 {0} (WOZ × leegwaarderatio) is minstens {1} hoger dan de waarde in verhuurde staat {2}: u mag de waarde in verhuurde staat op de WOZ-waardepeildatum aangeven, onderbouwd met een taxatierapport (800–1.500). Bron: {3}",
        "the Box 3 value {0} (WOZ × leegwaarderatio) is at least {1} higher than the value in rented state {2}: you may report the value in rented state on the WOZ valuation date instead, backed by a valuation report (800–1,500). Source: {3}";
    WMethodsDisagree => "de korting van de waarde verhuurd {0} ligt ver buiten de marktband van {1}–{2}: controleer huur, kosten, mutatiegraad en disconteringsvoet, of laat een taxatie maken",
        "the discount of the value let, {0}, lies far outside the market band of {1}–{2}: check the rent, costs, turnover and discount rate, or get a valuation report";
    WVacantSale => "leeg verkopen betekent de huur beëindigen: daarvoor is een wettelijke grond nodig (dringend eigen gebruik, wanbetaling), dat duurt zo'n {0} maanden en kost ongeveer {1} aan juridische kosten, en lukt anders meestal niet; zie het als scenario",
        "selling vacant means ending the lease: that needs a legal ground (urgent own use, tenant default), takes {0} months or so and about {1} in legal costs, and usually fails otherwise; treat it as a scenario";
    WCarried => "voor {0} zijn geen regels bekend: de regels van {1} worden voor die jaren gebruikt; toekomstige tarieven zullen afwijken",
        "no rules are known for {0}: the rules of {1} are used for those years; future rates will differ";
    WBill => "vanaf {0} kan box 3 het werkelijke rendement belasten en de winst op de woning bij verkoop (Wet werkelijk rendement box 3): {1}; de cijfers zijn voorlopig. {2}. Bron: {3}",
        "from {0} Box 3 may tax actual returns and the dwelling's gain at its sale (Wet werkelijk rendement box 3): {1}; its figures are provisional. {2}. Source: {3}";
    WBillBoth => "sell_vs_keep.scenarios (en de tabel) toont het antwoord onder het wetsvoorstel en onder het huidige stelsel doorgetrokken",
        "sell_vs_keep.scenarios (and the table) shows the answer under the bill and under today's system carried forward";
    WBillOnly => "sell_vs_keep.scenarios toont het antwoord onder het wetsvoorstel; zet plan.box3_future = \"both\" om te vergelijken met het huidige stelsel",
        "sell_vs_keep.scenarios shows the answer under the bill; set plan.box3_future = \"both\" to compare with today's system";
    WBillForfaitair => "zet plan.box3_future = \"both\" om het antwoord onder het wetsvoorstel te zien",
        "set plan.box3_future = \"both\" to see the answer under the bill";
    StatusQuoted => "stand van zaken (uit de regels, in het Engels): {0}", "{0}";

    // ---- caveats
    CWwsCarried => "wws: de tabel van de maximale huur van {0} wordt gebruikt voor {1}", "wws: the maximum-rent table of {0} is used for {1}";
    CWwsEstimated => "wws: punten geschat uit oppervlakte, label en WOZ met aangenomen voorzieningen (zekerheid L); beschrijf de woning in een [wws]-sectie voor de volledige berekening",
        "wws: points estimated from surface, label and WOZ with assumed fittings (confidence L); describe the dwelling in a [wws] section for the full calculation";
    CWwsNote => "wws: {0}", "wws: {0}";
    CHbEdition => "waarde verhuurd: de parameters van het Handboek modelmatig waarderen marktwaarde met peildatum 31-12-{0} (de nieuwste editie die vastligt) gelden voor {1}; rente, kosten en groei van toen, geen actuele marktwaarde", "value let: the parameters of the Handboek modelmatig waarderen marktwaarde with peildatum 31-12-{0} (the newest edition recorded) are used for {1}; the rates, costs and growth of then, not today's market value";
    CHbEditionNewer => "waarde verhuurd: de parameters van het Handboek modelmatig waarderen marktwaarde met peildatum 31-12-{0} (de nieuwste editie die vastligt) gelden voor {1}: rente, kosten en groei van toen, geen actuele marktwaarde; de editie met peildatum 31-12-{2} bestaat, maar haar parameters zijn niet vastgelegd", "value let: the parameters of the Handboek modelmatig waarderen marktwaarde with peildatum 31-12-{0} (the newest edition recorded) are used for {1}: the rates, costs and growth of then, not today's market value; the edition with peildatum 31-12-{2} exists, but its parameters are not recorded";
    CHbNotComputed => "waarde verhuurd: het Handboek modelmatig waarderen marktwaarde is niet toegepast ({0}); de waarde verhuurd is de DCF van een belegger", "value let: the Handboek modelmatig waarderen marktwaarde was not applied ({0}); the value let is an investor's DCF";
    RHbNoEdition => "geen editie met vastgelegde parameters vóór {0}", "no edition with recorded parameters before {0}";
    RHbNoBuildYear => "geen bouwjaar (property.build_year): de bouwperiode bepaalt het onderhoud en de disconteringsvoet", "no build year (property.build_year): the build period sets the maintenance and the discount rate";
    RHbNoLandsdeel => "buiten de Randstad is het landsdeel (Noord, Oost, Zuid, West) van de disconteringsvoet niet bekend", "outside the Randstad the landsdeel (North, East, South, West) of the discount rate is not known";
    RHbNotSelfContained => "een kamer (onzelfstandige woonruimte) of een woning voor studenten: de parameters van het Handboek voor studenteneenheden zijn niet vastgelegd", "a room (not self-contained) or a dwelling let to students: the Handboek's parameters for student units are not recorded";
    RHbNoEndValue => "de disconteringsvoet is niet hoger dan de groei: geen eindwaarde", "the discount rate does not exceed the growth: no end value";
    CWwsBeforeWbh => "wws: het huurcontract valt onder de regels van voor de Wet betaalbare huur ({0}): geen middensector, dus de huur is niet begrensd op het maximum van de middensector",
        "wws: the lease falls under the rules before the Wet betaalbare huur ({0}): no middle sector, so the rent is not capped at the middle-sector maximum";
    CProvisionalYear => "belastingjaar {0}: voorlopige regels, nog geen wet — {1}", "tax year {0}: provisional rules, not settled law — {1}";
    CLeegwaarderatio => "leegwaarderatio: zekerheid {0} — {1}", "leegwaarderatio: confidence {0} — {1}";
    CTegenbewijsRefused => "tegenbewijs: niet berekend — de huurder is verbonden en betaalt minder dan een zakelijke huur, en het werkelijke rendement telt de huur alsof die zakelijk is (art. 5.27 lid 3 Wet IB 2001); geef de zakelijke huur per maand in lease.market_monthly_rent", "tegenbewijs: not computed — the tenant is related and pays less than an arm's-length rent, and the actual return counts the rent as if at arm's length (art. 5.27 lid 3 Wet IB 2001); give the arm's-length rent per month in lease.market_monthly_rent";
    CUpgradeYear => "verbetering in {0}: na het laatste jaar van het plan ({1}); het plan telt haar niet", "upgrade in {0}: after the plan's last year ({1}); the plan does not count it";
    CUpgradeNone => "geen labelverbetering berekend: de WWS-punten van een kamer of van een huis dat per kamer verhuurd wordt kennen de verbetering niet als één woning", "no label upgrade computed: the WWS points of a room, or of a house let by the room, do not take the upgrade as one dwelling's";
    CTransfer => "overdrachtsbelasting: de tarieven van {0} worden gebruikt voor {1}", "overdrachtsbelasting: the rates of {0} are used for {1}";
    CParamProvisionalNote => "{0}: voorlopig ({1}) — {2}", "{0}: provisional ({1}) — {2}";
    CParamProvisional => "{0}: voorlopig ({1})", "{0}: provisional ({1})";
    CParamNote => "{0}: {1}", "{0}: {1}";
    CParamConfidenceNote => "{0}: zekerheid {1} — {2}", "{0}: confidence {1} — {2}";
    CParamConfidence => "{0}: zekerheid {1}", "{0}: confidence {1}";
    RulesTextNl => "{0}", "{0}";
    RulesNote => "toelichting in de regels: “{0}”", "{0}";
    PHeffingsvrij => "heffingsvrij vermogen", "heffingsvrij vermogen (tax-free allowance)";
    PSchuldendrempel => "schuldendrempel", "schuldendrempel (debt threshold)";
    PBank => "rendement banktegoeden", "return on bank balances";
    POther => "rendement overige bezittingen", "return on other assets";
    PDebts => "rendement schulden", "rate on debts";
    PTarief => "tarief", "tax rate";

    CHouseholdOthers => "huishouden `{0}`: de andere {1} woningen zitten in het basisvermogen van deze woning (waarden in box 3 {2}, hypotheken {3}), het hele plan gelijk gehouden op 1 januari {4}; het tegenbewijs is dat van het huishouden (household.box3.actual_return)",
        "household `{0}`: the other {1} properties are in this property's base wealth (Box 3 values {2}, mortgages {3}), held flat at 1 January {4} through the plan; the tegenbewijs is the household's (household.box3.actual_return)";

    // ---- WWS notes
    NWwsValuesEarly => "de WWS van vóór {0} staat niet in de regels: de puntwaarden van {0} worden gebruikt", "the WWS of before {0} is not in the rules: the point values of {0} are used";
    NWozFactors => "geen WOZ-factoren voor een waardepeildatum van {0}: die van {1} gebruikt", "no WOZ factors for a valuation date of {0}: those of {1} used";
    NLabelDate => "datum van het energielabel niet opgegeven (wws.energy_label_date): het label wordt als geldig aangenomen", "energy label date not given (wws.energy_label_date): the label is taken as valid";
    NNoLabel => "geen geldig energielabel en geen bouwjaar: de laagste energiepunten worden gebruikt", "no valid energy label and no build year: the lowest energy points are used";

    // ---- the command line
    EStdinTwice => "`-` (standaardinvoer) staat meer dan eens op de opdrachtregel: standaardinvoer kan maar eenmaal gelezen worden", "`-` (standard input) is given more than once: standard input can be read only once";
    ENoFiles => "geen woningbestanden opgegeven\n\nGebruik: verhuurd [OPTIES] BESTAND...   (probeer `verhuurd init` voor een sjabloon, `verhuurd --help` voor meer)",
        "no property files given\n\nUsage: verhuurd [OPTIONS] FILE...   (try `verhuurd init` for a template, `verhuurd --help` for more)";
    ENoFilesStdin => "de standaardinvoer heeft invoer: lees die met `-` als bestand (`verhuurd - < woning.toml`)", "standard input has input: read it with `-` as the file (`verhuurd - < woning.toml`)";
    ENotFileNorCommand => "`{0}` is geen bestand en geen opdracht\n    hulp: bedoelt u `verhuurd {1}`?", "`{0}` is neither a file nor a command\n    help: did you mean `verhuurd {1}`?";
    EYearNotInRules => "--year {0} staat niet in de regels; verwacht een van {1} (of geef --rules BESTAND voor dat jaar)", "--year {0} is not in the rules; expected one of {1} (or give --rules FILE for it)";
    EFailed => "{0} van {1} mislukt", "{0} of {1} failed";
    EExists => "{0} bestaat al; gebruik --force om het te overschrijven", "{0} exists; use --force to overwrite it";
    Wrote => "{0} geschreven: vul uw cijfers in en draai dan `verhuurd {0}`", "wrote {0}: fill in your figures, then run `verhuurd {0}`";
    ECannotWrite => "kan {0} niet schrijven: {1}", "cannot write {0}: {1}";
    ECannotWriteOutput => "kan de uitvoer niet schrijven: {0}", "cannot write the output: {0}";
    ENoRulesFor => "geen regels voor {0}; de regels kennen {1}", "no rules for {0}; the rules know {1}";
    ECannotRead => "kan {0} niet lezen: {1}", "cannot read {0}: {1}";
    ENoCases => "geen NAAM.toml-bestanden in {0}", "no NAME.toml files in {0}";
    ChartWritten => "grafiek geschreven: {0}", "chart written: {0}";
    ChartFirstOnly => "de grafiek toont de eerste woning ({0}); draai met één bestand voor een andere", "the chart shows the first property ({0}); run with one file for another";
    ChartNoPlan => "geen grafiek: {0} heeft geen [plan]-sectie", "no chart: {0} has no [plan] section";
    CPlanProvisional => "plan ({0}): box 3 volgens de voorlopige regels van {1}, nog geen wet (verhuurd rules {1})", "plan ({0}): Box 3 under the provisional rules of {1}, not settled law (verhuurd rules {1})";
    CWhatIf => "regels van {0} gewijzigd door wat-als-bestand {1}: de cijfers volgen dat bestand, niet de ingebouwde regels (of hun toelichting)", "rules of {0} changed by what-if file {1}: the figures follow that file, not the built-in rules (or their notes)";
    CheckMissing => "{0}: geen {1} (schrijf het met --bless)", "{0}: no {1} (run with --bless to write it)";
    CheckMoved => "{0}: verwacht (-) tegenover nu (+)", "{0}: expected (-) versus now (+)";
    CheckSummary => "{0} gevallen, {1} wijken af", "{0} cases, {1} differ";
    ChartNone => "geen grafiek: de grafiek is er voor een losse woning met een [plan]-sectie (niet voor een huishouden)", "no chart: the chart is drawn for a single property with a [plan] section (not for a household)";
    Progress => "\r{0} van ~{1} ({2}%), {3}/s, nog ~{4}", "\r{0} of ~{1} ({2}%), {3}/s, ~{4} left";
    ProgressOpen => "\r{0}, {1}/s", "\r{0}, {1}/s";

    // ---- errors in property files
    Verbatim => "{0}", "{0}";
    VString => "een tekst", "a string";
    VDecimal => "een decimaal getal", "a decimal number";
    VBool => "een waarheidswaarde", "a boolean";
    VCell => "een cel", "a cell";
    VList => "een lijst", "a list";
    VTable => "een tabel", "a table";
    XpText => "een tekst ({0})", "a text string ({0})";
    XpInt => "een geheel getal van {0} tot en met {1} ({2})", "a whole number from {0} to {1} ({2})";
    XpDec => "een getal van minstens {0} en hoogstens {1} ({2})", "a number at least {0} and at most {1} ({2})";
    XpDecExclusive => "een getal van meer dan {0} en hoogstens {1} ({2})", "a number more than {0} and at most {1} ({2})";
    XpEnum => "een van {0} ({1})", "one of {0} ({1})";
    XpBool => "true of false ({0})", "true or false ({0})";
    XpDate => "een datum JJJJ-MM-DD ({0})", "a date YYYY-MM-DD ({0})";
    ENotFinite => "`{0}` is geen eindig getal", "`{0}` is not a finite number";
    ENotNumberComma => "`{0}` is geen getal (gebruik een punt voor decimalen, geen scheidingstekens voor duizendtallen)", "`{0}` is not a number (use a dot for decimals, no thousands separators)";
    ENotNumber => "`{0}` is geen getal", "`{0}` is not a number";
    ENotNumberEuro => "`{0}` is geen getal: laat het euroteken en de spaties weg ({1})", "`{0}` is not a number: leave out the euro sign and the spaces ({1})";
    ETextTooLong => "`{0}` is {1} tekens lang, ten hoogste {2}", "`{0}` is {1} characters long, at most {2}";
    ETooLarge => "`{0}` is te groot", "`{0}` is too large";
    ETooPreciseDecimals => "`{0}` heeft meer cijfers dan exact te rekenen is (hoogstens 28 cijfers, waarvan 28 decimalen)", "`{0}` has more digits than can be computed exactly (at most 28 digits, 28 of them decimals)";
    ETooPrecise => "`{0}` heeft meer cijfers dan exact te rekenen is (hoogstens 28 cijfers)", "`{0}` has more digits than can be computed exactly (at most 28 digits)";
    EThousandsHint => "`{0}` leest als {1} (een punt is het decimaalteken); bedoelde u een scheidingsteken voor duizendtallen, schrijf dan {2}", "`{0}` reads as {1} (a dot is the decimal point); if a thousands separator was meant, write {2}";
    EIntOutOfRange => "`{0}` is {1}, buiten het bereik", "`{0}` is {1}, out of range";
    EAboveMax => "`{0}` is {1}, buiten het bereik (hoogstens {2})", "`{0}` is {1}, out of range (at most {2})";
    EBelowMin => "`{0}` is {1}, buiten het bereik (verwacht minstens {2})", "`{0}` is {1}, out of range (expected at least {2})";
    EBelowMinExclusive => "`{0}` is {1}, buiten het bereik (verwacht meer dan {2})", "`{0}` is {1}, out of range (expected more than {2})";
    EWrongKind => "`{0}` moet {1} zijn, gevonden: {2}", "`{0}` must be {1}, found {2}";
    EKeyed => "`{0}`: {1}", "`{0}`: {1}";
    ENotBool => "`{0}` moet true of false zijn, gevonden: `{1}`", "`{0}` must be true or false, found `{1}`";
    ENotWhole => "`{0}` moet een geheel getal zijn, gevonden: `{1}`", "`{0}` must be a whole number, found `{1}`";
    EDidYouMeanValue => "bedoelt u \"{0}\"?", "did you mean \"{0}\"?";
    EUnknownValue => "`{0}` heeft een onbekende waarde \"{1}\"", "`{0}` has an unknown value \"{1}\"";
    KText => "tekst", "text";
    KInt => "een geheel getal", "a whole number";
    KDec => "een getal", "a number";
    KEnum => "een woord tussen aanhalingstekens", "a quoted word";
    KBool => "true of false", "true or false";
    KDate => "een datum", "a date";
    EDidYouMeanKey => "bedoelt u `{0}`?", "did you mean `{0}`?";
    EBelongsTop => "`{0}` hoort bovenaan het bestand", "`{0}` belongs at the top of the file";
    EBelongsIn => "`{0}` hoort in de sectie [{1}]", "`{0}` belongs in the [{1}] section";
    EDidYouMeanSection => "bedoelt u de sectie [{0}]?", "did you mean the section [{0}]?";
    EUnknownKey => "onbekende sleutel `{0}`", "unknown key `{0}`";
    EMissingKey => "verplichte sleutel `{0}` ontbreekt", "missing required key `{0}`";
    EMissingKeyIn => "verplichte sleutel `{0}` ontbreekt in [{1}]", "missing required key `{0}` in [{1}]";
    EOneOf => "een van {0}", "one of {0}";
    EGiveRulesFile => "geef met --rules BESTAND een regelbestand voor dat jaar", "give a rules file for that year with --rules FILE";
    EPartnerShareAlone => "`owner.partner_share_pct` verdeelt de grondslag over fiscale partners, maar `owner.fiscal_partner` is niet true", "`owner.partner_share_pct` splits the grondslag between fiscal partners, but `owner.fiscal_partner` is not true";
    EPartnerShareHint => "zet fiscal_partner = true, of laat partner_share_pct weg", "set fiscal_partner = true, or leave partner_share_pct out";
    ENoGreenExemption => "de regels van {0} kennen geen vrijstelling voor groene beleggingen, dus `owner.green_investments` kan niet juist belast worden", "the rules of {0} have no vrijstelling for groene beleggingen, so `owner.green_investments` cannot be taxed right";
    EGiveGreenExemption => "geef met --rules BESTAND box3.vrijstelling_groene_beleggingen voor dat jaar, of tel de beleggingen mee in other_assets", "give box3.vrijstelling_groene_beleggingen for that year with --rules FILE, or count the investments in other_assets";
    ENeedsRemainingYears => "een annuïteiten- of lineaire hypotheek heeft `remaining_years` nodig in [mortgage]", "an annuity or linear mortgage needs `remaining_years` in [mortgage]";
    EUpgradeNotBetter => "`upgrade.target_label` \"{0}\" is geen beter label dan \"{1}\" van de woning", "`upgrade.target_label` \"{0}\" is not a better label than the dwelling's \"{1}\"";
    EUpgradeNoLabel => "`[upgrade]` vraagt het huidige energielabel van de woning (`property.energy_label`, niet \"none\")", "`[upgrade]` needs the dwelling's current energy label (`property.energy_label`, not \"none\")";
    EUpgradeYear => "`upgrade.year` {0} ligt vóór belastingjaar {1}", "`upgrade.year` {0} lies before tax year {1}";
    EUpgradeNoCost => "`upgrade.cost` is nodig: de kostenmatrix heeft geen stap van label \"{0}\" naar \"{1}\"; geef de offerte", "`upgrade.cost` is needed: the cost matrix has no step from label \"{0}\" to \"{1}\"; give the quote";
    EBuildYearAfter => "`property.build_year` {0} ligt na belastingjaar {1}", "`property.build_year` {0} lies after tax year {1}";
    EBuildYearExpected => "het jaar waarin de woning is gebouwd", "the year the dwelling was built";
    EYearOnlyRatio => "belastingjaar {0}: de regels bevatten alleen de tabel van de leegwaarderatio; box 3 heeft een van de jaren met box 3-regels nodig (het tegenbewijs over 2021 en 2022: `verhuurd historie`)", "tax year {0}: the rules hold only its leegwaarderatio table; Box 3 needs one of the years with Box 3 rules (the tegenbewijs over 2021 and 2022: `verhuurd historie`)";
    EYearUnknown => "belastingjaar {0} staat niet in de regels", "tax year {0} is not in the rules";
    EError => "fout", "error";
    EExpected => "verwacht", "expected";
    EHelp => "hulp", "help";
    EInvalidProperty => "de woning is niet geldig: {0}", "the property is not valid: {0}";
    EInternal => "interne fout bij het doorrekenen van deze woning (meld dit alstublieft): {0}", "internal error while evaluating this property (please report it): {0}";

    // ---- the history: the tegenbewijs over the open years (`verhuurd historie`)
    EHistoryShareAlone => "`history.partner_share_pct` verdeelt de grondslag over fiscale partners, maar `history.fiscal_partner` is niet true", "`history.partner_share_pct` splits the grondslag between fiscal partners, but `history.fiscal_partner` is not true";
    EHistoryToBeforeFrom => "`to` ({0}) ligt voor `from` ({1})", "`to` ({0}) lies before `from` ({1})";
    EHistoryNoYear => "jaar {0} ontbreekt: geen tabel [{1}]", "year {0} is missing: no table [{1}]";
    EHistoryMissingIn => "verplichte sleutel `{0}` ontbreekt in [dwelling.year.{1}] van woning `{2}`", "missing required key `{0}` in [dwelling.year.{1}] of dwelling `{2}`";
    EHistoryNoDwellingYear => "jaar {0} ontbreekt voor woning `{1}`: geen tabel [dwelling.year.{0}]", "year {0} is missing for dwelling `{1}`: no table [dwelling.year.{0}]";
    EHistoryCsvNoOwnerRow => "jaar {0} ontbreekt: geen regel met year {0} en een lege kolom dwelling", "year {0} is missing: no row with year {0} and an empty dwelling column";
    EHistoryCsvTwice => "de regel voor jaar {0} ({1}) staat er twee keer in (eerst op regel {2})", "the row of year {0} ({1}) is given twice (first on line {2})";
    EHistoryCsvDiffers => "`{0}` verschilt van regel {1}; het geldt voor de hele historie", "`{0}` differs from line {1}; it holds for the whole history";
    EHistoryCsvNoOwner => "geen regel van de eigenaar (een regel met een lege kolom dwelling)", "no row of the owner (a row with an empty dwelling column)";
    XpHistoryCsvColumns => "kolommen year, dwelling en de sleutels van het historiebestand (zie README)", "columns year, dwelling and the keys of the history file (see README)";
    EBelowMinText => "`{0}` is `{1}`; verwacht een jaar van minstens {2}", "`{0}` is `{1}`; expected a year of at least {2}";
    EHistoryNoRules => "belastingjaar {0}: geen box 3-regels voor dit jaar (`verhuurd rules` noemt de jaren)", "tax year {0}: no Box 3 rules for this year (`verhuurd rules` names the years)";
    EHistoryCalc => "de historie kan niet worden doorgerekend: {0}", "the history cannot be computed: {0}";
    XpHistoryYearTable => "tabellen per jaar, bijv. [{0}.2021]", "tables per year, e.g. [{0}.2021]";
    XpHistoryOwnerYear => "[owner.{0}] met bank_balance en actual_return_other (de rest is 0 als het ontbreekt)", "[owner.{0}] with bank_balance and actual_return_other (the rest is 0 when left out)";
    XpHistoryEnd => "de WOZ-waarde en de maandhuur op 1 januari {0}: de waarde van de woning aan het eind van {1}", "the WOZ value and the monthly rent on 1 January {0}: the dwelling's value at the end of {1}";
    XpHistoryFile => "een historiebestand: [history] met from en to, [owner.JAAR] en [[dwelling]] met [dwelling.year.JAAR], of een CSV-bestand met de kolommen year en dwelling (zie README)", "a history file: [history] with from and to, [owner.YEAR] and [[dwelling]] with [dwelling.year.YEAR], or a CSV file with the columns year and dwelling (see README)";
    HTitle => "Tegenbewijs box 3 (opgaaf werkelijk rendement), {0} t/m {1}", "Box 3 tegenbewijs (opgaaf werkelijk rendement), {0} to {1}";
    HAsOf => "termijnen beoordeeld op {0}", "deadlines judged on {0}";
    HRegime => "berekening box 3", "Box 3 computed by";
    HRechtsherstel => "rechtsherstel", "rechtsherstel";
    HOverbrugging => "overbrugging", "overbrugging";
    HProvisional => "voorlopige cijfers", "provisional figures";
    HYes => "ja", "yes";
    HNo => "nee", "no";
    HOwr => "Opgaaf werkelijk rendement", "Opgaaf werkelijk rendement (actual return)";
    HBankOther => "bank- en spaartegoeden, overige bezittingen: rendement", "bank balances, other assets: return";
    HValueStart => "{0}: waarde 1 januari (WOZ × leegwaarderatio)", "{0}: value 1 January (WOZ × leegwaarderatio)";
    HValueEnd => "{0}: waarde 31 december (WOZ volgend jaar × leegwaarderatio)", "{0}: value 31 December (next year's WOZ × leegwaarderatio)";
    HValueChange => "{0}: waardeverandering", "{0}: change in value";
    HRent => "{0}: ontvangen huur", "{0}: rent received";
    HInterestPaid => "betaalde rente op schulden (aftrekbaar)", "interest paid on debts (deductible)";
    HCosts => "kosten (niet aftrekbaar, ter informatie)", "costs (not deductible, for the record)";
    HActual => "werkelijk rendement", "actual return";
    HAssessed => "Box 3 zoals aangeslagen (forfaitair)", "Box 3 as assessed (forfaitair)";
    HVoordeelOud => "  {0}: voordeel oud stelsel", "  {0}: voordeel under the old law";
    HVoordeelNieuw => "  {0}: voordeel nieuwe berekening", "  {0}: voordeel, new calculation";
    HVoordeelPerson => "  {0}: voordeel", "  {0}: voordeel";
    HTaxForfaitair => "box 3-belasting forfaitair", "Box 3 tax, forfaitair";
    HTegenbewijs => "Tegenbewijs", "Tegenbewijs";
    HActualPerson => "  {0}: deel werkelijk rendement", "  {0}: share of the actual return";
    HTaxActual => "belasting over werkelijk rendement", "tax on the actual return";
    HRefund => "verschil: terug te vragen", "difference: refund claimable";
    HDeadline => "Termijn", "Deadline";
    HAmbtshalve => "verzoek ambtshalve vermindering uiterlijk", "request ambtshalve vermindering by";
    HStatus => "stand", "status";
    HOpen => "open", "open";
    HClosed => "verlopen", "closed";
    HNotOver => "jaar nog niet om", "year not over";
    HBezwaar => "Bezwaar tegen een aanslag: binnen {0} weken na de dagtekening.", "Objection to an assessment: within {0} weeks of its date.";
    HTotal => "totaal {0} t/m {1}: forfaitair {2}, over werkelijk rendement {3}, terug te vragen {4}", "total {0} to {1}: forfaitair {2}, on the actual return {3}, refund claimable {4}";
    HSources => "Bronnen", "Sources";
    HSourcesYear => "{0}:", "{0}:";
    HNegative => "een negatief werkelijk rendement telt als 0", "a negative actual return counts as 0";
    FHValueStart => "{0}: waarde 1 januari {1}", "{0}: value 1 January {1}";
    FHValueEnd => "{0}: waarde 31 december {1}", "{0}: value 31 December {1}";
    XHValue => "WOZ {0} × {1} (huur {2} per maand op 1 januari {3}, tabel van {4})", "WOZ {0} × {1} (rent {2} a month on 1 January {3}, table of {4})";
    FHBox3 => "box 3 {0}", "Box 3 {0}";
    FHVoordeelOud => "box 3 {0}: voordeel oud stelsel", "Box 3 {0}: voordeel under the old law";
    XHVoordeelOud => "grondslag {0} in de schijven van de wet van {1}", "grondslag {0} in the schijven of the law of {1}";
    FHVoordeel => "box 3 {0}: voordeel zoals aangeslagen", "Box 3 {0}: voordeel as assessed";
    XHVoordeelMin => "het laagste van {0} (nieuwe berekening) en {1} (oud stelsel)", "the lower of {0} (new calculation) and {1} (old law)";
    FHTaxAssessed => "box 3 {0}: belasting zoals aangeslagen", "Box 3 {0}: tax as assessed";
    XHTimes => "{0} × {1}", "{0} × {1}";
    FHActualReturn => "werkelijk rendement {0}", "actual return {0}";
    XHActual => "huur {0} + bank en overige bezittingen {1} + waardeverandering {2} − betaalde rente {3}; kosten {4} niet afgetrokken", "rent {0} + bank and other assets {1} + change in value {2} − interest paid {3}; costs {4} not deducted";
    FHTaxActual => "belasting over werkelijk rendement {0}", "tax on the actual return {0}";
    XHTaxActual => "{0} × het laagste van {1} (deel van het werkelijk rendement) en {2} (voordeel)", "{0} × the lower of {1} (share of the actual return) and {2} (voordeel)";
    FHRefund => "terug te vragen {0}", "refund claimable {0}";
    XHRefund => "{0} (forfaitair) − {1} (over werkelijk rendement)", "{0} (forfaitair) − {1} (on the actual return)";
    FHDeadline => "termijn {0}", "deadline {0}";
    XHDeadline => "verzoek om ambtshalve vermindering uiterlijk {0}", "request for ambtshalve vermindering by {0}";

    // ---- the derivation (--explain): how each figure was obtained
    XGreen => "max(0, groene beleggingen {0} − vrijstelling {1} × {2}), geteld bij de overige bezittingen",
        "max(0, groene beleggingen {0} − vrijstelling {1} × {2}), counted among the other assets";
    XDeductibleDebts => "max(0, schulden {0} (naar boven afgerond) − schuldendrempel {1} × {2})",
        "max(0, debts {0} (rounded up) − schuldendrempel {1} × {2})";
    XRendement => "bank {0} × {1} = {2} (naar beneden afgerond) + overige bezittingen {3} × {4} = {5} (naar beneden afgerond) − aftrekbare schulden {6} × {7} = {8} (afgerond op hele euro's)",
        "bank {0} × {1} = {2} (rounded down) + other assets {3} × {4} = {5} (rounded down) − deductible debts {6} × {7} = {8} (rounded to the nearest euro)";
    XRendementsgrondslag => "bank {0} + overige bezittingen {1} − aftrekbare schulden {2}",
        "bank {0} + other assets {1} − deductible debts {2}";
    XGrondslag => "max(0, rendementsgrondslag {0} − heffingsvrij vermogen {1} × {2})",
        "max(0, rendementsgrondslag {0} − heffingsvrij vermogen {1} × {2})";
    XPersonGrondslag => "{0} van de grondslag {1}, naar beneden afgerond", "{0} of the grondslag {1}, rounded down";
    XPersonGrondslagRest => "{0} van de grondslag {1}: de rest", "{0} of the grondslag {1}: the rest";
    XAandeel => "grondslag {0} / rendementsgrondslag {1} × 100, afgekapt op twee decimalen",
        "grondslag {0} / rendementsgrondslag {1} × 100, cut to two decimals";
    XVoordeel => "rendement {0} × aandeel {1}, naar beneden afgerond, minstens 0",
        "rendement {0} × aandeel {1}, rounded down, at least 0";
    XTax => "voordeel {0} × tarief {1}, naar beneden afgerond", "voordeel {0} × tarief {1}, rounded down";
    XActualReturn => "huur {0} + rendement op bank en overige bezittingen {1} ({2}) + waardeverandering {3} − betaalde rente {4}, minstens 0; de waardeverandering is WOZ × leegwaarderatio aan het eind min aan het begin van het jaar; kosten zijn niet aftrekbaar",
        "rent {0} + return on bank and other assets {1} ({2}) + value change {3} − interest paid {4}, at least 0; the value change is WOZ × leegwaarderatio at the end minus at the start of the year; costs are not deductible";
    XOtherIncomeGiven => "zoals opgegeven in owner.actual_return_other", "as given in owner.actual_return_other";
    XOtherIncomeForfaitair => "tegen de forfaitaire percentages: geef owner.actual_return_other voor het werkelijke bedrag",
        "at the forfaitaire rates: give owner.actual_return_other for the actual figure";
    XActualReturnTax => "tarief {0} × min(werkelijk rendement {1}, voordeel {2}), naar beneden afgerond",
        "tarief {0} × min(actual return {1}, voordeel {2}), rounded down";
    XSurfacePoints => "vertrekken {0} van {1} m² × {2} (aangenomen aandeel)", "rooms {0} of {1} m² × {2} (assumed share)";
    XLabelHouse => "label {0} voor een eengezinswoning (EGW)", "label {0} for a house (EGW)";
    XLabelApartment => "label {0} voor een meergezinswoning (MGW)", "label {0} for an apartment (MGW)";
    XFittings => "keuken {0} + sanitair {1} + verwarming {2} ({3} vertrekken) + buitenruimte {4}",
        "kitchen {0} + sanitary {1} + heating {2} ({3} rooms) + outdoor space {4}";
    XWozPoints => "WOZ / {1} + (WOZ / {2} m²) / {3}, op een kwart punt (zonder WOZ-waarde de minimumwaarde {0})", "WOZ / {1} + (WOZ / {2} m²) / {3}, to a quarter point (without a WOZ value the minimum {0})";
    XPointsCapped => "{0} + WOZ-punten begrensd op {1} van het totaal", "{0} + WOZ points capped at {1} of the total";
    XPointsSum => "{0} + {1}, afgerond op hele punten", "{0} + {1}, rounded to whole points";
    XPointsGiven => "opgegeven in het woningbestand (property.wws_points)", "given in the property file (property.wws_points)";
    XPointsCapPushed => "{0}: de WOZ-begrenzing bracht het onder {1}, dus {2} (§2.11.7)", "{0}: the WOZ cap pushed it below {1}, so {2} (§2.11.7)";
    XPointsRubrieken => "som van de rubrieken {0}, afgerond op hele punten (§2.1.5)", "sum of the rubrieken {0}, to whole points (§2.1.5)";
    XSectorBefore => "huurcontract getekend vóór {0} (lease.start_date, of 1 januari van het belastingjaar): sociaal tot en met {1} punten, vrij daarboven — geen middensector",
        "lease signed before {0} (lease.start_date, or 1 January of the tax year): social up to {1} points, free above — no middle sector";
    XSector => "sociaal tot en met {0} punten, midden tot en met {1}, vrij daarboven", "social up to {0} points, middle up to {1}, free above";
    XMaxRent => "tabel {0} bij {1} punten", "table {0} at {1} points";
    XMaxRentSurcharge => "tabel {0} bij {1} punten {2} + {3}", "table {0} at {1} points {2} + {3}";
    XKindHouse => "eengezinswoning (EGW)", "single-family (EGW)";
    XKindApartment => "meergezinswoning (MGW)", "multi-family (MGW)";
    XRooms => "vertrekken {0} m², op hele m² {1} × {2}", "rooms {0} m², to whole m² {1} × {2}";
    XOthers => "overige ruimten {0} m², op hele m² {1} × {2}{3}{4}", "other spaces {0} m², to whole m² {1} × {2}{3}{4}";
    XAtticCut => " − {0} voor een zolder zonder vaste trap (§2.2.2.3)", " − {0} for an attic without fixed stairs (§2.2.2.3)";
    XTooSmall => "; te klein om mee te tellen: {0} (vertrek minstens {1} m², overige ruimte {2} m²)", "; too small to count: {0} (room at least {1} m², other space {2} m²)";
    XHeating => "{0} verwarmde vertrekken × {1} + {2} verwarmde overige ruimten × {3} (hoogstens {4}) + {5} gekoelde vertrekken × {6} (hoogstens {7})",
        "{0} heated rooms × {1} + {2} heated other spaces × {3} (at most {4}) + {5} cooled rooms × {6} (at most {7})";
    XNoKitchen => "geen keuken beschreven (wws.kitchen_worktop_m): 0", "no kitchen described (wws.kitchen_worktop_m): 0";
    XKitchen => "aanrecht {0} m: {1}; voorzieningen {2}{3}", "worktop {0} m: {1}; fittings {2}{3}";
    XKitchenCapped => ", begrensd op de {0} van het aanrecht", ", capped at the worktop's {0}";
    XNoSanitary => "geen sanitair beschreven (wws.sanitary): 0", "no sanitary fittings described (wws.sanitary): 0";
    XSanitary => "basis {0} + extra's {1}{2}", "basic {0} + extras {1}{2}";
    XSanitaryCapped => ", begrensd op de {0} van douches en baden", ", capped at the showers and baths' {0}";
    XAccessibility => "zoals opgegeven (wws.accessibility_points)", "as given (wws.accessibility_points)";
    XNoOutdoor => "helemaal geen buitenruimte: {0}", "no outdoor space at all: {0}";
    XOutdoor => "privé {0} m², op hele m² {1}: {2} + {3} per m²{4}; hoogstens {5}",
        "private {0} m², to whole m² {1}: {2} + {3} per m²{4}; at most {5}";
    XOutdoorShared => "; gemeenschappelijk {0} m², op hele m² {1} × {2} / {3} adressen", "; shared {0} m², to whole m² {1} × {2} / {3} addresses";
    XInSpace => "{0}: {1}", "{0}: {1}";
    XRoomSector => "een kamer (onzelfstandige woonruimte) is altijd gereguleerd: de huur mag nooit boven het maximum (beleidsboek onzelfstandige woonruimte §2.2)", "a room (onzelfstandige woonruimte) is always regulated: its rent may never exceed the maximum (beleidsboek onzelfstandige woonruimte §2.2)";
    XRoomOwn => "eigen", "own";
    XRoomShared => "gedeeld door {0} kamers", "shared by {0} rooms";
    XRoomPart => "{0} {1} m² ({2})", "{0} {1} m² ({2})";
    XRoomSurface => "{0}: samen {1} m², op hele m² {2} × {3} (§1.4)", "{0}: together {1} m², to whole m² {2} × {3} (§1.4)";
    XRoomOther => "{0} m², op hele m² {1} × {2} ({3})", "{0} m², to whole m² {1} × {2} ({3})";
    XRoomHeating => "{0} vertrekken, {1} overige ruimten, {2} gekoeld: {3} ({4})", "{0} rooms, {1} other spaces, {2} cooled: {3} ({4})";
    XRoomEnergy => "{0}: {1} per m² × {2} m² van rubriek 1", "{0}: {1} per m² × {2} m² of rubriek 1";
    XRoomLabel => "label {0} van de woning", "the dwelling's label {0}";
    XRoomEpv => "energieprestatievergoeding (§4.6)", "energieprestatievergoeding (§4.6)";
    XRoomDivided => "{0}: {1} ({2})", "{0}: {1} ({2})";
    XRoomOutdoorPrivate => "privé {0} m²: {1} + {2} per m²", "private {0} m²: {1} + {2} per m²";
    XRoomOutdoorShared => "gemeenschappelijk {0} m² × {1} / {2} adressen / {3} kamers", "shared {0} m² × {1} / {2} addresses / {3} rooms";
    XRoomOutdoor => "{0}; hoogstens {1}", "{0}; at most {1}";
    XRoomAddresses => "{0}: {1} / {2} adressen / {3} kamers", "{0}: {1} / {2} addresses / {3} rooms";
    XRoomParking => "{0} / {1} adressen / {2} kamers", "{0} / {1} addresses / {2} rooms";
    XRoomWoz => "WOZ {0} / {1} m² = {2} per m², tegen {3} ({4}) {5} per m²: {6}% (grens {7}%)", "WOZ {0} / {1} m² = {2} per m², against {3} ({4}) {5} per m²: {6}% (band {7}%)";
    XRoomWozUnknown => "geen COROP-gebied bekend: de laagste punten", "no COROP region known: the lowest points";
    XRoomSmall => "vertrekken {0} m², minder dan {1} m²: {2}", "rooms {0} m², below {1} m²: {2}";
    NRoomCoropYear => "geen COROP-gemiddelde voor waardepeildatum {0}: dat van {1} is gebruikt", "no COROP average for valuation date {0}: that of {1} is used";
    XSanitaryRoomCaps => ", {0} boven de grenzen per ruimte niet geteld", ", {0} above the caps per room not counted";
    XSharedSpaces => "(vertrekken {0} m² × {1} + overige ruimten {2} m² × {3}) / {4} adressen", "(rooms {0} m² × {1} + other spaces {2} m² × {3}) / {4} addresses";
    XParking => "type 1 {0}, type 2 {1}, type 3 {2}, laadpaal {3} elk: {4} / {5} adressen", "type 1 {0}, type 2 {1}, type 3 {2}, charging point {3} each: {4} / {5} addresses";
    XSpecial => "videodeurbel {0}, laadpunten {1} × {2}", "video doorbell {0}, charging points {1} × {2}";
    XWoz => "{0} / {1} + {0} / {2} m² / {3} (factoren voor waardepeildatum {4}) = {5}{6}{7}", "{0} / {1} + {0} / {2} m² / {3} (factors for valuation date {4}) = {5}{6}{7}";
    XWozNewBuild => ", minstens {0} (gebouwd {1}–{2}, §2.11.5)", ", at least {0} (built {1}–{2}, §2.11.5)";
    XWozCapped => "; begrensd op {0} van het totaal: {1} × {2}/{3}, naar beneden afgerond op {4} (§2.11.2)", "; capped at {0} of the total: {1} × {2}/{3}, rounded down to {4} (§2.11.2)";
    XWozSmall => "; kleine nieuwbouwwoning in COROP Amsterdam/Utrecht: geen begrenzing (§2.11.6–2.11.7)", "; small new dwelling in COROP Amsterdam/Utrecht: no cap (§2.11.6–2.11.7)";
    XCareHome => "{0} van {1}", "{0} of {1}";
    XRijksmonumentPoints => "huurcontract getekend vóór 1 juli 2024: punten in plaats van de opslag", "lease signed before 1 July 2024: points instead of the surcharge";
    XMonumentFloor => "{0}; een monument krijgt geen negatieve punten (§2.4.6.1)", "{0}; a monument gets no negative points (§2.4.6.1)";
    XEpv => "energieprestatievergoeding, {0} (§2.4.6.3)", "energieprestatievergoeding, {0} (§2.4.6.3)";
    XEnergyIndex => "energie-index {0}, {1}", "energy index {0}, {1}";
    XEnergyLabel => "label {0}, {1}", "label {0}, {1}";
    XSimplifiedLabel => "het label van {0} is een vereenvoudigd label ({1}–{2}), dat niets oplevert", "the label of {0} is a simplified label ({1}–{2}), which scores nothing";
    XLabelNotValid => "het label of de index van {0} is niet geldig op {1} ({2} jaar geldig)", "the label or index of {0} is not valid on {1} (valid {2} years)";
    XNoValidLabel => "geen geldig label", "no valid label";
    XNoLabelGiven => "geen energielabel (energy_label = \"none\")", "no energy label (energy_label = \"none\")";
    XNoLabelByYear => "geen energielabel: naar bouwjaar {0} (§2.4.5)", "no energy label: by build year {0} (§2.4.5)";
    XByBuildYear => "{0}: naar bouwjaar {1}, {2} (§2.4.5)", "{0}: by build year {1}, {2} (§2.4.5)";
    XNoBuildYear => "{0} en geen bouwjaar: de oudste klasse (§2.4.5)", "{0} and no build year: the oldest band (§2.4.5)";
    XSurchargeRijks => "rijksmonument +{0} (§2.13.4)", "rijksmonument +{0} (§2.13.4)";
    XSurchargeLocal => "gemeentelijk of provinciaal monument +{0} (§2.13.5)", "gemeentelijk or provinciaal monument +{0} (§2.13.5)";
    XSurchargeView => "beschermd stads- of dorpsgezicht, gebouwd vóór {0} +{1} (§2.13.6)", "beschermd stads- of dorpsgezicht, built before {0} +{1} (§2.13.6)";
    XSurchargeNewBuild => "nieuwbouw in de middensector, in gebruik sinds {0} +{1} voor {2} jaar (§2.13.7)", "new build in the middle sector, first in use {0} +{1} for {2} years (§2.13.7)";
    XRange => "meer dan {0}, niet meer dan {1}", "more than {0}, not more than {1}";
    XRangeOpen => "meer dan {0}", "more than {0}";
    XJaarhuur => "kale huur op 1 januari {0} × 12", "kale huur on 1 January {0} × 12";
    XUnsplit => "WOZ {0} − {1} voor een woning in een gebouw dat niet in appartementsrechten is gesplitst", "WOZ {0} − {1} for a dwelling in a building not split into apartment rights";
    XLetPart => "WOZ {0} × verhuurd deel {1}; de ratio geldt alleen voor het verhuurde deel, de rest telt voor de volle waarde",
        "WOZ {0} × let share {1}; the ratio applies to the let part only, the rest counts at its full value";
    XRentPct => "jaarhuur {0} / WOZ {1} × 100 (onafgerond vergeleken)", "jaarhuur {0} / WOZ {1} × 100 (compared unrounded)";
    XNotLet => "niet verhuurd op 1 januari: de ratio geldt dit jaar niet, volle WOZ", "not let on 1 January: the ratio does not apply this year, full WOZ";
    XTemporary => "tijdelijk huurcontract: de ratio geldt niet, 100% van de WOZ", "temporary lease: the ratio does not apply, 100% of WOZ";
    XRelatedDeemed => "verbonden huurder tegen een niet-zakelijke huur: de huur wordt gesteld op {0} van de WOZ, schijf {1} van de tabel {2}",
        "related-party tenant at a rent not at arm's length: the rent is deemed {0} of WOZ, bracket {1} of the {2} table";
    XRelated => "verbonden huurder tegen een niet-zakelijke huur: de ratio geldt niet, 100% van de WOZ", "related-party tenant at a rent not at arm's length: the ratio does not apply, 100% of WOZ";
    XRelatedArmsLength => " (verbonden huurder tegen een zakelijke huur: de gewone tabel)", " (related-party tenant at an arm's-length rent: the normal table)";
    XBracket => "schijf {0} van de tabel {1}{2}", "bracket {0} of the {1} table{2}";
    XBox3Value => "WOZ {0} × {1}, naar beneden afgerond op hele euro's", "WOZ {0} × {1}, rounded down to whole euros";
    XBox3ValuePart => "verhuurd deel {0} × {1} + de rest {2} voor de volle waarde, naar beneden afgerond op hele euro's",
        "let part {0} × {1} + the rest {2} at full value, rounded down to whole euros";
    XAttributable => "belasting {0} − belasting zonder de woning {1}", "tax {0} − tax without the property {1}";
    XDefault => "niet opgegeven: de standaardwaarde van de marktaannames", "not given: the default of the market conventions";
    XEndValue => "WOZ van volgend jaar {0} × de leegwaarderatio bij een huur van {1} per maand{2} volgens de tabel van {3}",
        "next year's WOZ {0} × the leegwaarderatio of a rent of {1} a month{2} under the {3} table";
    XArmsLengthRent => "de zakelijke huur {0} per maand × 12 in plaats van de betaalde {1} (verbonden huurder onder de zakelijke huur){2}", "the arm's-length rent {0} a month × 12 instead of the {1} paid (related tenant below arm's length){2}";
    XLessVacancy => ", min {0} leegstand", ", less {0} vacancy";
    XThisYearsRent => " (de huur van dit jaar: geef lease.next_monthly_rent voor die van volgend jaar)", " (this year's rent: give lease.next_monthly_rent for next year's)";
    XActualAssumption => "overige schulden tegen het forfaitaire schuldpercentage; hypotheekrente tegen de hypotheekrente; huur min leegstand",
        "other debts at the forfaitair debt rate; mortgage interest at the mortgage rate; rent less vacancy";
    XEviction => "juridische kosten {0} + {1} maanden wachten op de leegwaarde {2} tegen {3} per jaar", "legal costs {0} + {1} months' waiting on the vacant value {2} at {3} a year";
    XStressInterest => "hypotheek {0} × {1} procentpunt meer rente per jaar", "mortgage {0} × {1} percentage point(s) more interest per year";
    XStressVacancy => "{0} maand(en) huur (min beheer) per jaar gemist", "{0} month(s) of rent (less management) lost per year";
    XUpgradeQuote => "de offerte (upgrade.cost)", "the quote (upgrade.cost)";
    XUpgradeMatrix => "{0} per m² van label {1} naar {2} × {3} m² = {4}, min de SVOH-subsidie {5} (prijzen van {6}, niet geïndexeerd)",
        "{0} per m² from label {1} to {2} × {3} m² = {4}, less the SVOH subsidy {5} (prices of {6}, not indexed)";
    FUpgradePoints => "verbetering: WWS-punten na", "upgrade: WWS points after";
    XUpgradePoints => "{0} punten met label {1}, met label {2} de energiepunten van dat label; sector {3} → {4}, maximale huur {5} → {6}",
        "{0} points with label {1}, with label {2} that label's energy points; sector {3} → {4}, maximum rent {5} → {6}";
    FUpgradeRent => "verbetering: huur na (per maand)", "upgrade: rent after (per month)";
    XUpgradeRentStated => "upgrade.rent_after, met de zittende huurder afgesproken of van een nieuwe huurder, ten hoogste de nieuwe maximale huur in een gereguleerde sector: {0}",
        "upgrade.rent_after, agreed with the sitting tenant or a new tenant's, at most the new maximum rent in a regulated sector: {0}";
    XUpgradeRentSitting => "de huur van de zittende huurder blijft (alleen de wettelijke jaarlijkse verhoging; een verhoging voor de verbetering alleen met instemming van de huurder){0}",
        "the sitting tenant's rent stays (only the legal yearly increase; an increase for the improvement only with the tenant's agreement){0}";
    XUpgradeTurnoverMax => "; een nieuwe huurder ten hoogste {0}", "; a new tenant at most {0}";
    XUpgradeTurnoverFree => "; een nieuwe huurder de markthuur (vrije sector)", "; a new tenant the market rent (free sector)";
    XUpgradeValue => "voor: {0}; leegwaarde {1} → {2} (upgrade.value_after, anders ongewijzigd); box 3-waarde {3} → {4}",
        "before: {0}; vacant value {1} → {2} (upgrade.value_after, else unchanged); Box 3 value {3} → {4}";
    XUpgradePlan => "met de verbetering {0}, zonder {1}; box 3 over het plan {2} tegen {3}; {4}",
        "with the upgrade {0}, without {1}; Box 3 over the plan {2} against {3}; {4}";
    XUpgradePayback => "terugverdiend in {0}, geteld vanaf de verbetering in {1} (de extra kasstroom na box 3 dekt de kosten)", "paid back in {0}, counted from the upgrade in {1} (the extra cash flow after Box 3 covers the cost)";
    XUpgradeNoPayback => "niet terugverdiend binnen het plan", "not paid back within the plan";
    FUpgradeTiming => "verbetering: in het plan vanaf", "upgrade: in the plan from";
    XUpgradeTiming => "het werk wordt in {0} gedaan en betaald (upgrade.year); vanaf 1 januari {1} rekent het plan met de huur en de waarde van de verbeterde woning: de huurverhoging voor een verbetering geldt pas na het werk; huur en waarde na zijn in prijzen van {2} en groeien als die van het plan",
        "the work is done and paid in {0} (upgrade.year); from 1 January {1} the plan takes the rent and the value of the improved dwelling: a rent increase for an improvement applies once the work is done; the rent and value after are in prices of {2} and grow as the plan's";
    FUpgradeDeadline => "verbetering: voldoet aan de labeleis", "upgrade: meets the label rule";
    XUpgradeDeadline => "een verhuurde woning moet uiterlijk {1} label {0} hebben; zonder de verbetering: {2}; met de verbetering in {3}",
        "a let dwelling must have label {0} by {1}; without the upgrade: {2}; with the upgrade in {3}";
    XStressUpgrade => "kosten om label {0} te halen, dit jaar betaald: {1}", "cost of reaching label {0} paid this year: {1}";
    XStressUpgradeQuote => "uw offerte (costs.energy_upgrade of upgrade.cost)", "your quote (costs.energy_upgrade or upgrade.cost)";
    XBandValue => "{0} – {1}", "{0} – {1}";
    XBand => "leegwaarde {0} min {1}–{2} ({3}{4})", "vacant value {0} less {1}–{2} ({3}{4})";
    XOutsideRandstad => ", buiten de Randstad", ", outside the Randstad";
    XYieldValue => "huur {0} / vereist bruto aanvangsrendement {1} / (1 + kosten koper {2}), hoogstens de leegwaarde",
        "rent {0} / required gross yield {1} / (1 + buyer's costs {2}), at most the vacant value";
    XDcf => "{0} jaar; de huurder vertrekt met {1} per jaar → lege verkoop tegen een waarde die {2} per jaar groeit, min {3} verkoopkosten; netto huur {4} min {5} leegstand en beheer en {6} kosten, groeiend met {7} per jaar; verdisconteerd tegen {8}; gedeeld door 1 + kosten koper {9}; hoogstens de leegwaarde",
        "{0} years; tenant leaves {1}/yr → vacant sale at value growing {2}/yr less {3} selling costs; net rent {4} less {5} vacancy and management and {6} costs, growing {7}/yr; discounted at {8}; divided by 1 + buyer's costs {9}; at most the vacant value";
    XToTenant => "leegwaarde min {0} (het midden van {1}–{2}), minstens de waarde verhuurd: anders zou de verkoper aan een belegger verkopen",
        "vacant value less {0} (midpoint of {1}–{2}), at least the tenanted value: the seller would otherwise sell to an investor";
    XHbDiscount => "referentieobject {0} (risicovrije rente {1} + vastgoedopslag {2} + markt- en objectrisico) + bouwperiode {3} (bouwjaar {4}) + type {5} ({6}) + regio {7} ({8}); Handboek peildatum 31-12-{9}",
        "reference object {0} (risk-free rate {1} + real-estate premium {2} + market and object risk) + build period {3} (built {4}) + type {5} ({6}) + region {7} ({8}); Handboek peildatum 31-12-{9}";
    XHbPotMin => "de laagste van de markthuur {0} en de maximale huur {1} per jaar: de woning is gereguleerd", "the lower of the market rent {0} and the maximum rent {1} a year: the dwelling is regulated";
    XHbPotMax => "de maximale huur {0} per jaar: de woning is gereguleerd; zonder markthuur (lease.market_monthly_rent) is aangenomen dat die niet lager is", "the maximum rent {0} a year: the dwelling is regulated; without a market rent (lease.market_monthly_rent) it is taken to be no lower";
    XHbPotMarket => "de markthuur {0} per jaar (lease.market_monthly_rent)", "the market rent {0} a year (lease.market_monthly_rent)";
    XHbPotContract => "de huur van het contract {0} per jaar: vrije sector zonder markthuur (lease.market_monthly_rent), de huur is tegen de markt overeengekomen", "the rent of the lease {0} a year: free sector without a market rent (lease.market_monthly_rent), the rent was agreed at market";
    XHbDoor => "{0} jaar tegen {1}; huur {2} per jaar, na een huurderswissel {3} (mutatiekans {4} per jaar), min huurderving {5}, groeiend met {6}; instandhouding {7} en mutatieonderhoud {8} per wissel (+{9} per jaar), beheer {10} (+{11} per jaar), belastingen en verzekeringen {12} van de WOZ; eindwaarde per kasstroom van jaar 15 (1 + g) / (d − g) · K, met verouderingskosten {13} van de leegwaarde: contante kasstromen {14} + eindwaarde {15}, min overdrachtskosten {16}",
        "{0} years at {1}; rent {2} a year, after a change of tenant {3} (turnover {4} a year), less rent loss {5}, growing {6}; maintenance {7} and {8} per change of tenant (+{9} a year), management {10} (+{11} a year), taxes and insurance {12} of the WOZ; end value per cash flow of year 15 (1 + g) / (d − g) · K, with ageing costs {13} of the vacant value: discounted cash flows {14} + end value {15}, less transfer costs {16}";
    XHbUitpond => "{0} jaar tegen {1}; huur {2} per jaar zolang verhuurd; bij vertrek van de huurder (jaar 1 {3}, jaar 2–5 {4}, jaar 6–15 {5} per jaar) lege verkoop tegen de leegwaarde {6}, groeiend met {7}, min verkoopkosten {8}; splitsingskosten {9}; dezelfde kosten als bij doorexploiteren, zonder mutatieonderhoud; eindwaarde met g' = g − m − m·g: contante kasstromen {10} + eindwaarde {11}, min overdrachtskosten {12}",
        "{0} years at {1}; rent {2} a year while let; when the tenant leaves (year 1 {3}, years 2–5 {4}, years 6–15 {5} a year) a vacant sale at the vacant value {6}, growing {7}, less selling costs {8}; splitting costs {9}; the same costs as when letting on, without the costs of a change of tenant; end value with g' = g − m − m·g: discounted cash flows {10} + end value {11}, less transfer costs {12}";
    XHbValue => "de hoogste van doorexploiteren {0} en uitponden {1}", "the higher of keep letting {0} and selling on turnover {1}";
    XHbValueCapped => "de hoogste van doorexploiteren {0} en uitponden {1}, hoogstens de leegwaarde {2}", "the higher of keep letting {0} and selling on turnover {1}, at most the vacant value {2}";
    XProceeds => "verkoopprijs {0} min {1} verkoopkosten min de hypotheek", "sale price {0} less {1} selling costs less mortgage";
    XSellNetWorth => "de opbrengst rendeert {0} per jaar als {1}, min de box 3-belasting die ze elk jaar toevoegt",
        "proceeds earning {0} a year as {1}, less the Box 3 tax they add each year";
    XSavings => "spaargeld (banktegoeden)", "savings (banktegoeden)";
    XInvestments => "beleggingen (overige bezittingen)", "investments (overige bezittingen)";
    XKeepNetWorth => "huur per jaar (groei {0}, hoogstens het wettelijke maximum van de sector {1}) min kosten, rente, aflossing en de box 3-belasting die de woning toevoegt (leegwaarderatio elk jaar opnieuw berekend), gespaard tegen {2}; aan het eind wordt de woning, gegroeid met {3} per jaar, verkocht voor {4} van de leegwaarde min {5} verkoopkosten, en de hypotheek afgelost",
        "yearly rent (growth {0}, at most the legal maximum of the {1} segment) less costs, interest, repayment and the Box 3 tax the dwelling adds (leegwaarderatio recomputed each year), saved at {2}; at the end the dwelling, grown {3} a year, is sold at {4} of its vacant value less {5} selling costs, and the mortgage repaid";
    XDifference => "verhuren − verkopen", "keep − sell";
    XBreakEven => "de waardegroei per jaar waarbij beide routes gelijk eindigen, op 0,01 punt: het verschil wisselt van teken tussen 0,005 punt eronder en erboven; gezocht tussen {0}% en {1}%",
        "the yearly value growth at which both routes end equal, to 0.01 point: the difference changes sign between 0.005 point below and above it; searched between {0}% and {1}%";
    XRulesCarried => "box 3-regels van {0} gebruikt voor {1}", "Box 3 rules of {0} used for {1}";
    XYearBill => "verhuren: resultaat {0} (huur {1} − kosten {2} − rente {3} + rendement op het spaargeld), box 3-belasting {4}; verkopen: box 3-belasting {5} op het werkelijke rendement van het geld",
        "keep: result {0} (rent {1} − costs {2} − interest {3} + return on the savings), Box 3 tax {4}; sell: Box 3 tax {5} on the actual return of the money";
    XYearForfaitair => "verhuren: box 3-belasting die de woning toevoegt {0}, met de WOZ-waarde {2} (waardepeildatum 1 januari {3}); verkopen: {1} (forfaitair rendement op de waarde op 1 januari)",
        "keep: Box 3 tax the dwelling adds {0}, with the WOZ value {2} (waardepeildatum 1 January {3}); sell: {1} (forfaitair rendement on the value on 1 January)";
    XStartValue => "WOZ-waarde {1} met waardepeildatum 1 januari {0} (de WOZ van {2}: de waarde van de lege woning in het plan op die dag) × de leegwaarderatio bij de huur van {0} (huurbescherming); de verkrijgingsprijs voor de winst",
        "WOZ value {1} with waardepeildatum 1 January {0} (the WOZ of {2}: the plan's value of the vacant dwelling on that day) × the leegwaarderatio of the rent of {0} (rent protection); the acquisition price for the gain";
    XGainTax => "verkoop in {0} tegen de prijs min verkoopkosten, min de verkrijgingsprijs {1}, belast met het resultaat van dat jaar tegen {2} (vermogenswinstbelasting); betaald bij de verkoop",
        "sale in {0} at the price less selling costs, less the acquisition price {1}, taxed with the year's result at {2} (vermogenswinstbelasting); paid at the sale";
    XSellLater => "verhuren tot het eind van {0} (dan geen belasting op de winst), verkopen voor {1} na aflossing van de hypotheek, en het geld aanhouden tot het eind; verhuren − dit = {2}",
        "keep until the end of {0} (no tax on the gain then), sell for {1} net of mortgage, and hold the money to the end; keep − this = {2}";
    XGrossYield => "jaarhuur {0} / leegwaarde {1} × 100", "jaarhuur {0} / vacant value {1} × 100";
    XPurchaseCosts => "leegwaarde × {0} (overdrachtsbelasting voor andere woningen + notaris, taxatie, advies)", "vacant value × {0} (transfer tax for other dwellings + notary, valuation, advice)";
    XNoi => "jaarhuur min {0} leegstand en beheer min {1} vaste kosten", "jaarhuur less {0} vacancy and management less {1} fixed costs";
    XNetYield => "netto huurinkomsten / (leegwaarde + kosten koper) × 100", "net operating income / (vacant value + purchase costs) × 100";
    XCashFlow => "(netto huurinkomsten − hypotheekrente en aflossing {0} − toe te rekenen box 3 {1}) / 12", "(net operating income − mortgage interest and repayment {0} − attributable Box 3 {1}) / 12";
    XHouseholdAssumption => "de huur min leegstand, de waardeverandering (WOZ × leegwaarderatio aan het eind min aan het begin van het jaar) en de hypotheekrente van elke woning, opgeteld; overige schulden tegen het forfaitaire schuldpercentage",
        "every property's rent less vacancy, value change (WOZ × leegwaarderatio at the end minus at the start of the year) and mortgage interest, summed; other debts at the forfaitair debt rate";
    XProRata => "belasting van het huishouden {0} × sleutel {1} / sleutels {2} (sleutel: max(0, waarde in box 3 {3} − hypotheek {4})), in centen, de resterende centen naar de grootste resten",
        "household tax {0} × key {1} / keys {2} (key: max(0, Box 3 value {3} − mortgage {4})), in cents, the cents left over to the largest remainders";
    XMarginal => "belasting van het huishouden {0} − de belasting van het huishouden zonder deze woning en haar hypotheek", "household tax {0} − the household's tax without this property and its mortgage";
    XProRataOther => "belasting van het huishouden {0} × sleutel {1} (bank + overige bezittingen + groene beleggingen boven de vrijstelling − overige schulden, minstens 0) / alle sleutels",
        "household tax {0} × key {1} (bank + other assets + green investments above the exemption − other debts, at least 0) / all keys";
    CHousehold => "huishouden: marginale belasting = de belasting van het huishouden met alle woningen − zonder deze (telt niet op tot de belasting van het huishouden); belasting naar rato = de belasting van het huishouden verdeeld naar de netto bijdrage van elke woning aan de rendementsgrondslag, max(0, waarde in box 3 − hypotheek), en het overig vermogen van de eigenaar, in centen, de resterende centen naar de grootste resten (telt op tot de belasting van het huishouden)",
        "household: marginal tax = the household's tax with all properties − without this one (they need not add up to the household's tax); pro-rata tax = the household's tax divided by each property's net contribution to the rendementsgrondslag, max(0, Box 3 value − mortgage), and the owner's other wealth, in cents, the cents left over to the largest remainders (they add up to the household's tax)";

    // ---- the readers of TOML and CSV files
    EBinaryFile => "dit is een binair bestand, geen woningbestand", "this is a binary file, not a property file";
    XpTomlText => "een TOML-tekstbestand (zie `verhuurd init`)", "a TOML text file (see `verhuurd init`)";
    ENotUtf8 => "het bestand is geen geldige UTF-8-tekst", "the file is not valid UTF-8 text";
    XpTomlUtf8 => "een TOML-tekstbestand in UTF-8", "a TOML text file in UTF-8";
    EEmptyFile => "het bestand is leeg", "the file is empty";
    EFileTooLarge => "het bestand is groter dan {0} MiB: een woningbestand is enkele kB (is dit het goede bestand?)", "the file is larger than {0} MiB: a property file is a few kB (is this the right file?)";
    XpPropertyFile => "een woningbestand (zie `verhuurd init`)", "a property file (see `verhuurd init`)";
    ENotToml => "geen geldige TOML: {0}", "not valid TOML: {0}";
    EDecimalCommaHint => "`{0}` heeft een decimale komma; in een woningbestand is de punt het decimaalteken: schrijf {1}", "`{0}` has a decimal comma; in a property file the decimal mark is a point: write {1}";
    XpTomlLikeInit => "een TOML-bestand zoals `verhuurd init` het schrijft", "a TOML file like the one `verhuurd init` writes";
    TomlQuoted => "melding van de TOML-lezer: “{0}”", "{0}";
    IoQuoted => "melding van het systeem: “{0}”", "{0}";
    ETableTwiceAt => "de tabel [{0}] staat er twee keer in (eerst op regel {1}); voeg de twee samen", "the table [{0}] is defined twice (first on line {1}); merge the two";
    ETableTwice => "de tabel [{0}] staat er twee keer in; voeg de twee samen", "the table [{0}] is defined twice; merge the two";
    EKeyTwiceAt => "de sleutel `{0}` staat er twee keer in (eerst op regel {1})", "the key `{0}` is given twice (first on line {1})";
    EKeyTwice => "de sleutel `{0}` staat er twee keer in", "the key `{0}` is given twice";
    ENestedTable => "`{0}` is een tabel; het woningbestand heeft één niveau van secties", "`{0}` is a table; the property file has one level of sections";
    XpPlainKeys => "gewone sleutels binnen [{0}]", "plain keys inside [{0}]";
    EArrayOfTables => "`[[{0}]]`-lijsten horen niet in een woningbestand", "`[[{0}]]` lists are not part of a property file";
    XpOnePropertyPerFile => "één woning per bestand; gebruik voor meer woningen meerdere bestanden of een CSV-bestand", "one property per file; for many properties use several files or a CSV file";
    EUnknownSection => "onbekende sectie [{0}]", "unknown section [{0}]";
    XpSections => "een van de secties {0}", "one of the sections {0}";
    EUnknownColumn => "onbekende kolom `{0}`", "unknown column `{0}`";
    XpColumns => "de sleutels met punt van het woningbestand, bijv. `property.woz_value`", "the dotted keys of the property file, e.g. `property.woz_value`";
    EColumnTwice => "kolom `{0}` staat er twee keer in", "column `{0}` appears twice";
    ENoHeader => "het CSV-bestand heeft geen kopregel", "the CSV file has no header row";
    XpHeader => "een kopregel met de sleutels met punt, bijv. `name,property.woz_value,...`", "a header row with the dotted keys, e.g. `name,property.woz_value,...`";
    ECsvHeader => "kan de kopregel van het CSV-bestand niet lezen: {0}", "cannot read the CSV header: {0}";
    ERowCells => "deze regel heeft {0} cellen, de kopregel {1}", "this row has {0} cells, the header has {1}";
    ERowUtf8 => "deze regel is geen geldige UTF-8-tekst", "this row is not valid UTF-8 text";
    ERowUnreadable => "kan deze regel niet lezen: {0}", "cannot read this row: {0}";
    EDotNotThousands => "`{0}` is geen getal in een bestand met `;` als scheidingsteken: daarin is de komma het decimaalteken en staat een punt alleen tussen groepen van drie cijfers (1.250.000); bedoelde u {1}?", "`{0}` is not a number in a `;`-separated file: there the comma is the decimal mark and a dot only separates groups of three digits (1.250.000); did you mean {1}?";
    EDotsNotThousands => "`{0}` is geen getal in een bestand met `;` als scheidingsteken: daarin is de komma het decimaalteken en staat een punt alleen tussen groepen van drie cijfers (1.250.000,50)", "`{0}` is not a number in a `;`-separated file: there the comma is the decimal mark and a dot only separates groups of three digits (1.250.000,50)";
    NWindows1252 => "let op: {0}: geen UTF-8, gelezen als Windows-1252 (zoals Excel onder Windows een CSV-bestand opslaat)", "note: {0}: not UTF-8, read as Windows-1252 (as Excel on Windows saves a CSV file)";
    ECellSpansLines => "deze regel loopt door tot regel {0}: de cel in kolom `{1}` begint met een `\"` die pas op regel {0} (of nooit) gesloten wordt, en heeft de regels {2} opgeslokt; geen van deze regels is gelezen", "this row runs on to line {0}: the cell in column `{1}` opens a `\"` that is closed only on line {0} (or never), and swallowed lines {2}; none of these lines was read";
    XpQuotesClosed => "een cel zonder aanhalingstekens, of met een `\"` aan het begin en het eind op dezelfde regel (verwijder het losse aanhalingsteken)", "a cell without quotes, or with a `\"` at its start and end on the same line (remove the stray quote)";
    ERowTooLong => "deze regel is langer dan {0} MiB: de rest van het bestand is niet gelezen (een aanhalingsteken dat nooit gesloten wordt, of geen CSV-bestand?)", "this row is longer than {0} MiB: the rest of the file was not read (a quote never closed, or not a CSV file?)";
    ELineCount => "het bestand heeft {0} regels, maar er zijn er {1} gelezen (kopregel, woningen en lege regels): regels zijn samengevoegd", "the file has {0} lines, but {1} were read (header, properties and empty lines): rows were joined";
    NSemicolon => "let op: {0}: gelezen met `;` als scheidingsteken en decimale komma's (zoals Excel in het Nederlands het schrijft)", "note: {0}: read as `;`-separated with decimal commas (as Dutch Excel writes it)";
    ECannotReadFile => "kan niet lezen: {0}", "cannot read: {0}";
    XpReadable => "een leesbaar woningbestand", "a readable property file";
    IoNotFound => "bestand niet gevonden", "file not found";
    IoDenied => "geen toegang", "permission denied";
    IoIsDirectory => "dit is een map, geen bestand", "this is a directory, not a file";

    // ---- households
    EHouseholdEmpty => "het huishouden heeft geen woningen", "the household has no properties";
    XpOneProperty => "minstens één [[property]]-tabel", "at least one [[property]] table";
    EOwnerDisagrees => "deze regel van huishouden `{0}` wijkt af van de eerste regel (regel {1}) bij `{2}`: hier {3}, daar {4}", "this row of household `{0}` disagrees with its first row (line {1}) on `{2}`: {3} here, {4} there";
    XpSameOwner => "dezelfde owner.*-waarden op elke regel van een huishouden: het vermogen van de eigenaar is dat van het huishouden", "the same owner.* values on every row of a household: the owner's wealth is the household's";
    EmptyValue => "leeg", "empty";
    ETaxYearDisagrees => "woning `{0}` van huishouden `{1}` heeft belastingjaar {2}, de eerste woning (regel {3}) {4}", "property `{0}` of household `{1}` has tax year {2}, its first property (line {3}) {4}";
    EBvDisagrees => "woning `{0}` van huishouden `{1}` gaat in dezelfde bv als de eerste woning met een bv (regel {2}), maar wijkt af bij `{3}`: hier {4}, daar {5}", "property `{0}` of household `{1}` moves into the same BV as its first property with a BV (line {2}) but disagrees on `{3}`: {4} here, {5} there";
    XpOneBv => "dezelfde bv.transfer_year, bv.incorporation_costs, bv.yearly_costs, bv.mortgage_rate_pct en bv.policy voor elke woning met een [bv]: de woningen van een huishouden gaan samen in één bv (bv.notary_costs en bv.depreciation_pct zijn per woning)", "the same bv.transfer_year, bv.incorporation_costs, bv.yearly_costs, bv.mortgage_rate_pct and bv.policy for every property with a [bv]: a household's dwellings move together into one BV (bv.notary_costs and bv.depreciation_pct are each dwelling's)";
    BvPlansDiffer => "de woningen in de bv van huishouden `{0}` hebben plannen van verschillende lengte of met een ander alternatief rendement (plan.years, plan.alternative_return_pct): de bv-route is niet berekend", "the dwellings in the BV of household `{0}` have plans of different lengths or alternative returns (plan.years, plan.alternative_return_pct): the BV route is not computed";
    CHouseholdBv => "huishouden `{0}`: deze woning gaat met de {1} andere woningen met een [bv] in één bv; die route staat bij het huishouden (household.bv), niet bij de woning", "household `{0}`: this dwelling moves with the other {1} dwellings with a [bv] into one BV; that route is the household's (household.bv), not the dwelling's";
    CHouseholdBvOne => "huishouden `{0}`: de bv-route van deze woning staat bij het huishouden (household.bv), niet bij de woning", "household `{0}`: this dwelling's BV route is the household's (household.bv), not the dwelling's";
    HHouseholdBv => "Eén bv voor {0}", "One BV for {0}";
    XpOneTaxYear => "één belastingjaar voor het hele huishouden: box 3 wordt één keer per jaar over het huishouden geheven", "one tax year for the whole household: Box 3 is levied on the household once a year";
    EHouseholdSplit => "de regels van huishouden `{0}` staan niet bij elkaar: deze regel komt na regels van een ander huishouden of een andere woning, dus het huishouden is hierboven doorgerekend zonder deze regel en de regels erna", "the rows of household `{0}` are not contiguous: this row comes after rows of another household or property, so the household was evaluated above without this row and the rows after it";
    XpHouseholdTogether => "de regels van een huishouden direct na elkaar (sorteer het bestand op de kolom `household`)", "the rows of a household one after the other (sort the file by the `household` column)";
    EHouseholdRowUnreadable => "regel {0} kan niet gelezen worden en hoort misschien bij huishouden `{1}`: het huishouden wordt zonder die regel niet doorgerekend", "line {0} cannot be read and may belong to household `{1}`: the household is not evaluated without it";
    XpRowsReadable => "elke regel van het huishouden leesbaar", "every row of the household readable";
    EHouseholdDropped => "huishouden `{0}` is niet doorgerekend: de woningen op regel {1} zijn weggelaten", "household `{0}` was not evaluated: the properties on lines {1} are left out";
    ERowLinesDropped => "deze woning beslaat de regels {0} (een cel met regeleinden); geen ervan is doorgerekend", "this property spans lines {0} (a cell with line breaks); none of them was evaluated";
    EOwnerPerProperty => "de eigenaar is die van het huishouden: geef hem één keer, in [owner] bovenaan het bestand", "the owner is the household's: give it once, in [owner] at the top of the file";
    XpOwnerFirst => "[owner] vóór de eerste [[property]]", "[owner] before the first [[property]]";
    EHouseholdSection => "[{0}] hoort bij één woning van een huishoudbestand", "[{0}] belongs to one property of a household file";
    XpMemberSection => "[property.{0}] na de [[property]] waar het bij hoort", "[property.{0}] after the [[property]] it belongs to";
    EHouseholdKey => "onbekende sleutel `{0}` in een huishoudbestand", "unknown key `{0}` in a household file";
    XpHouseholdKeys => "`name`, `tax_year`, één [owner] en een [[property]]-tabel per woning", "`name`, `tax_year`, one [owner] and a [[property]] table per property";
    EMemberArray => "`[[property.{0}]]`-lijsten horen niet bij een woning", "`[[property.{0}]]` lists are not part of a property";
    XpMemberSections => "de secties [property.lease], [property.mortgage], ...", "the sections [property.lease], [property.mortgage], ...";
    EPropertyYear => "woning `{0}` heeft belastingjaar {1}, het huishouden {2}", "property `{0}` has tax year {1}, the household {2}";
    EPropertyOwner => "woning `{0}` heeft een andere eigenaar dan het huishouden", "property `{0}` has another owner than the household";
    EOfProperty => "woning `{0}`: {1}", "property `{0}`: {1}";

    // ---- the WWS lists of a [wws] section
    ESpaceKind => "ruimte {0} (`{1}`): onbekende soort `{2}`; gebruik room, kitchen, bathroom, other, attic of hall", "space {0} (`{1}`): unknown kind `{2}`; use room, kitchen, bathroom, other, attic or hall";
    ESpaceNoKind => "ruimte {0} (`{1}`) heeft geen soort", "space {0} (`{1}`) has no kind";
    ESpaceNoSurface => "ruimte {0} (`{1}`) heeft geen oppervlakte", "space {0} (`{1}`) has no surface";
    ESpaceSize => "ruimte {0} (`{1}`): `{2}` is geen oppervlakte of lengte", "space {0} (`{1}`): `{2}` is not a surface or length";
    ESpaceWord => "ruimte {0} (`{1}`): onbekend woord `{2}`; gebruik heated, cooled, worktop=M, w=M, h=M, toilet of storage", "space {0} (`{1}`): unknown word `{2}`; use heated, cooled, worktop=M, w=M, h=M, toilet or storage";
    ESpaceMeasure => "ruimte {0} (`{1}`): `{2}` is geen maat in meters (w= breedte, h= vrije hoogte)", "space {0} (`{1}`): `{2}` is not a measure in metres (w= width, h= clear height)";
    ESpaceShare => "ruimte {0} (`{1}`): `{2}` moet een aantal van minstens 2 noemen (`shared=3`, `addresses=4`)", "space {0} (`{1}`): `{2}` must name a number of at least 2 (`shared=3`, `addresses=4`)";
    ESpaceShareDwelling => "ruimte `{0}` is gedeeld (`shared`, `addresses=`), maar de woning is niet als kamer beschreven: geef wws.units, het aantal verhuurde kamers op het adres", "space `{0}` is shared (`shared`, `addresses=`), but the dwelling is not described as a room: give wws.units, the number of rooms let at the address";
    ERoomCorop => "onbekend COROP-gebied `{0}`; {1}bekend: {2}", "unknown COROP region `{0}`; {1}known: {2}";
    ERoomNeedsCorop => "een kamer (wws.units) krijgt WOZ-punten naar het COROP-gebied: geef wws.corop (naam of code, bijv. \"Groot-Amsterdam\" of \"23\")", "a room (wws.units) gets WOZ points by its COROP region: give wws.corop (name or code, e.g. \"Groot-Amsterdam\" or \"23\")";
    ESpaceWorktop => "ruimte {0} (`{1}`): `{2}` is geen aanrechtlengte in meters", "space {0} (`{1}`): `{2}` is not a worktop length in metres";
    ESpaceTooLong => "ruimte {0} (`{1}`): een zijde van {2} m is niet aannemelijk (hoogstens {3} m)", "space {0} (`{1}`): a side of {2} m is not plausible (at most {3} m)";
    ESpaceTooLarge => "ruimte {0} (`{1}`): {2} m² is niet aannemelijk voor één ruimte (hoogstens {3} m²)", "space {0} (`{1}`): {2} m² is not plausible for one space (at most {3} m²)";
    ESpaceTwice => "ruimte {0} (`{1}`): de naam `{2}` komt al eerder voor; geef elke ruimte een eigen naam", "space {0} (`{1}`): the label `{2}` is used before; give each space a label of its own";
    ERoomsExceedSurface => "de ruimten samen ({0} m²) zijn meer dan {1} boven de oppervlakte van de woning ({2} m², property.surface_m2)", "the spaces together ({0} m²) exceed the dwelling's surface ({2} m², property.surface_m2) by more than {1}";
    ERoomsExceedHint => "controleer de maten van de ruimten, of property.surface_m2", "check the sizes of the spaces, or property.surface_m2";
    EFittingRoom => "`{0}` is geen ruimte van wws.rooms; bekend: {1}", "`{0}` is not a space of wws.rooms; known: {1}";
    EFittingsWhichKitchen => "de woning heeft {0} keukens: zeg bij elke voorziening in welke (`keuken: hob_gas`)", "the dwelling has {0} kitchens: say which one each fitting is in (`kitchen: hob_gas`)";
    EOutdoorShared => "`{0}`: schrijf een gemeenschappelijke buitenruimte als `M2/ADRESSEN`, bijv. `30/3` (minstens 2 adressen)", "`{0}`: write a shared outdoor space as `M2/ADDRESSES`, e.g. `30/3` (at least 2 addresses)";
    ELabelDateAfterYear => "het energielabel is opgenomen op {0}, na het belastingjaar {1}: een label uit de toekomst telt niet", "the energy label was recorded on {0}, after the tax year {1}: a label from the future does not count";
    ELabelDateHint => "geef de opnamedatum van het label (op het label of in EP-online), of laat wws.energy_label_date weg", "give the date the label was recorded (on the label or in EP-online), or leave wws.energy_label_date out";
    ERoomsEmpty => "de lijst van ruimten is leeg", "the room list is empty";
    EFittingCount => "`{0}`: schrijf een aantal als `{1} x2`", "`{0}`: write a number as `{1} x2`";
    EFittingWords => "`{0}`: één naam, eventueel gevolgd door `x2`", "`{0}`: one name, optionally followed by `x2`";
    EFittingUnknown => "onbekende voorziening `{0}`; {1}bekend: {2}", "unknown fitting `{0}`; {1}known: {2}";
    EFittingHint => "bedoelt u `{0}`? ", "did you mean `{0}`? ";
    ESharedNeedsAddresses => "`{0}` heeft `{1}` nodig: de punten worden gedeeld door de adressen met toegang", "`{0}` needs `{1}`: the points are shared by the addresses with access";

    // ---- rules files (exit status 2)
    ERulesRead => "kan regelbestand {0} niet lezen: {1}", "cannot read rules file {0}: {1}";
    ERulesFile => "regelbestand {0}: {1}", "rules file {0}: {1}";
    ERulesNoSource => "[{0}] verandert cijfers maar heeft geen `source`: voeg er een toe, bijv. source = \"what-if: mijn aanname\", en een confidence", "[{0}] changes figures but has no `source`: add one, e.g. source = \"what-if: my assumption\", and a confidence";
    ERulesYears => "verwacht `years = [JAAR, ...]` met de belastingjaren die dit bestand vastlegt", "expected `years = [YEAR, ...]` naming the tax years this file defines";
    ERulesBadPoints => "ongeldige punten `{0}`", "bad points `{0}`";
    ERulesBadRent => "ongeldige huur `{0}`", "bad rent `{0}`";
    ERulesBreach => "{0}: `{1}`{2}", "{0}: `{1}`{2}";
    RRangeAtLeast => " is {0}, verwacht minstens {1} en hoogstens {2}", " is {0}, expected at least {1} and at most {2}";
    RRangeMoreThan => " is {0}, verwacht meer dan {1} en hoogstens {2}", " is {0}, expected more than {1} and at most {2}";
    RYear => ": {0} is geen belastingjaar dat dit programma kan berekenen; verwacht {1} tot en met {2}", ": {0} is not a tax year this tool can compute; expected {1} to {2}";
    REmpty => " is leeg", " is empty";
    RFirstBracket => ": de eerste schijf van de leegwaarderatio moet boven 0% beginnen", ": the first leegwaarderatio bracket must start above 0%";
    RNotRising => " is {0}, niet boven de above_pct {1} van de schijf: schijven moeten oplopen", " is {0}, not above the bracket's above_pct {1}: brackets must rise";
    RGap => ": de schijven van de leegwaarderatio moeten op elkaar aansluiten: een schijf eindigt bij {0}, de volgende begint boven {1}", ": leegwaarderatio brackets must follow each other: a bracket ends at {0}, the next starts above {1}";
    RNoBound => "geen grens", "no bound";
    RFalling => ": de leegwaarderatio mag niet dalen als de huur stijgt", ": leegwaarderatio ratios must not fall as the rent rises";
    RLastBracket => ": de laatste schijf van de leegwaarderatio mag geen up_to_pct hebben", ": the last leegwaarderatio bracket must have no up_to_pct";
    RSocialAboveMid => " is {0}, boven wws.mid_max_points {1}: de sociale sector eindigt onder de middensector", " is {0}, above wws.mid_max_points {1}: the social sector ends below the middle one";
    RCapShare => " is {0}, verwacht meer dan 0 en minder dan 100", " is {0}, expected more than 0 and less than 100";
    RRegime => " is \"werkelijk_rendement\" maar het jaar heeft geen tabel [werkelijk_rendement]", " is \"werkelijk_rendement\" but the year has no [werkelijk_rendement] table";
    RWrPct => ": werkelijk_rendement.{0} moet tussen 0 en 100 liggen", ": werkelijk_rendement.{0} must lie between 0 and 100";
    RWrNegative => ": werkelijk_rendement.{0} mag niet negatief zijn", ": werkelijk_rendement.{0} must not be negative";
    RWrTarief => ": werkelijk_rendement.tarief_pct mag niet boven 100 liggen", ": werkelijk_rendement.tarief_pct must not exceed 100";
    RWrCarryBack => ": werkelijk_rendement.verlies_achterwaarts_jaren moet een geheel getal van 0 tot en met {0} zijn", ": werkelijk_rendement.verlies_achterwaarts_jaren must be a whole number from 0 to {0}";
    RMaxRentColumn => "wws.max_rent_column `{0}` is geen kolom van data/wws-max-rent.csv", "wws.max_rent_column `{0}` is not a column of data/wws-max-rent.csv";
    SerdeMissing => "veld `{0}` ontbreekt", "missing field `{0}`";
    SerdeUnknownField => "onbekend veld `{0}`, verwacht: {1}", "unknown field `{0}`, expected {1}";
    SerdeUnknownFieldSuggest => "onbekend veld `{0}`: bedoelt u `{2}`? (verwacht: {1})", "unknown field `{0}`: did you mean `{2}`? (expected {1})";
    SerdeUnknownVariant => "onbekende waarde `{0}`, verwacht: {1}", "unknown variant `{0}`, expected {1}";
    SerdeOneOf => "een van {0}", "one of {0}";

    // ---- `--help`, the man page and the version line
    CliAbout => "Wat een verhuurde woning waard is met de huurder erin, wat ze kost in box 3, en of verkopen of blijven verhuren loont",
        "What a let dwelling is worth with the tenant in it, what it costs in Box 3, and whether selling or keeping it pays";
    CliExamples => "Voorbeelden:\n  verhuurd examples/eengezinswoning.toml\n  verhuurd --format csv portefeuille.csv > resultaten.csv\n  verhuurd init woning.toml",
        "Examples:\n  verhuurd examples/eengezinswoning.toml\n  verhuurd --format csv portfolio.csv > results.csv\n  verhuurd init woning.toml";
    CliUsageHeading => "Gebruik:", "Usage:";
    CliUsage => "verhuurd [OPTIES] [BESTAND]...\n         verhuurd <OPDRACHT>", "verhuurd [OPTIONS] [FILE]...\n       verhuurd <COMMAND>";
    CliArguments => "Argumenten", "Arguments";
    CliOptions => "Opties", "Options";
    CliCommands => "Opdrachten", "Commands";
    CliCommandName => "OPDRACHT", "COMMAND";
    CliHelpFlag => "Toon deze hulp", "Print help";
    CliVersionFlag => "Toon de versie en de ingebouwde belastingjaren", "Print the version and the tax years built in";
    CliHelpCommand => "Toon deze hulp, of die van de gegeven opdracht", "Print this message or the help of the given subcommand(s)";
    CliHelpUsage => "verhuurd help [OPDRACHT]", "verhuurd help [COMMAND]";
    CliFiles => "Woningbestanden (.toml, of .csv met één woning per regel); `-` leest de standaardinvoer",
        "Property files (.toml, or .csv with one property per row); `-` reads standard input";
    CliFile => "BESTAND", "FILE";
    CliFormat => "Uitvoerformaat: table (de tabel voor mensen: één woning volledig, meerdere vergeleken; standaard), json (één object, of een lijst bij meerdere woningen), jsonl (één JSON-object per regel) of csv (één regel per woning)",
        "Output format: table (the table for people: one property in full, several compared; the default), json (one object, or an array for several properties), jsonl (one JSON object per line) or csv (one row per property)";
    CliFormatName => "FORMAAT", "FORMAT";
    CliCsvDialect => "De CSV van --format csv: machine (`,`, decimale punten, LF; voor scripts en andere programma's; standaard) of nl (`;`, decimale komma's, CRLF en een BOM: opent in Excel in het Nederlands met getallen als getallen)",
        "The CSV of --format csv: machine (`,`, decimal points, LF; for scripts and other programs; the default) or nl (`;`, decimal commas, CRLF and a byte order mark: opens in Dutch Excel with numbers as numbers)";
    CliCsvDialectName => "DIALECT", "DIALECT";
    ECsvDialectWithoutCsv => "--csv-dialect geldt alleen voor --format csv", "--csv-dialect applies to --format csv only";
    CliNoYears => "Laat de rijen per jaar van het plan weg uit de JSON (voor batches van miljoenen: het oordeel zonder de jaren); met --format json of jsonl", "Leave out the year-by-year rows of the plan from the JSON (for batches of millions: the verdict without the years); with --format json or jsonl";
    ENoYearsWithoutJson => "--no-years geldt alleen voor --format json of jsonl", "--no-years applies to --format json or jsonl only";
    CliYear => "Gebruik dit belastingjaar voor elke woning (in plaats van tax_year)", "Override tax_year for every property";
    CliYearName => "JAAR", "YEAR";
    CliRules => "Een regelbestand dat de ingebouwde regels vervangt van de jaren die het vastlegt (wat-als); mag vaker gegeven worden",
        "A rules file that replaces the built-in rules of the year(s) it defines (what-if); may be given more than once";
    CliExplain => "Voeg de afleiding van elk cijfer toe (invoer, schijf of regel, bron)", "Add the derivation of every figure (inputs, bracket or rule hit, source)";
    CliQuiet => "Toon nooit de voortgang op de standaardfoutuitvoer", "Never show the progress counter on standard error";
    CliChart => "Teken het vermogen van beide routes per jaar, en het gevoeligheidsraster, in een SVG-bestand (van de eerste woning als er meerdere zijn)",
        "Draw both routes' net worth year by year, and the sensitivity grid, into an SVG file (of the first property when there are several)";
    CliChartName => "BESTAND.svg", "FILE.svg";
    CliGrid => "Toon het gevoeligheidsraster: verhuren − verkopen per waardegroei × rendement alternatief (in de tabel van één woning, en in de JSON als `grid`)",
        "Show the sensitivity grid: keep − sell for value growth × alternative return (in the table of one property, and in the JSON as `grid`)";
    CliLang => "Taal van wat een mens leest (tabel, waarschuwingen, voorbehouden, fouten, hulp): nl (Nederlands, standaard) of en (Engels). De `message` van een waarschuwing en de `caveats` in de JSON volgen de taal; sleutels en codes veranderen nooit",
        "Language of the output for people (table, warnings, caveats, errors, help): nl (Dutch, the default) or en (English). The JSON `message` of a warning and the `caveats` follow it; keys and codes never change";
    CliLangName => "TAAL", "LANG";
    CliColor => "Kleur voor waarschuwingen en negatieve bedragen: auto (op een terminal, tenzij NO_COLOR gezet is; standaard), always (altijd, ook in een pijp of met NO_COLOR) of never (nooit)",
        "Colour warnings and negative amounts: auto (on a terminal, unless NO_COLOR is set; the default), always (even into a pipe or with NO_COLOR) or never";
    CliColorName => "WANNEER", "WHEN";
    CliInit => "Schrijf een sjabloon van een woningbestand met toelichting (naar PAD, standaard woning.toml; `-` voor de standaarduitvoer; NAAM.csv: een spreadsheet met een kopregel en een voorbeeldregel)",
        "Write a commented template property file (to PATH, default woning.toml; `-` for stdout; NAME.csv: a spreadsheet with a header and an example row)";
    CliInitUsage => "verhuurd init [OPTIES] [PAD]", "verhuurd init [OPTIONS] [PATH]";
    CliInitPath => "Waar het sjabloon heen gaat (standaard woning.toml; `-` voor de standaarduitvoer)", "Where to write the template (default woning.toml; `-` for standard output)";
    CliPathName => "PAD", "PATH";
    CliInitForce => "Overschrijf een bestaand bestand", "Overwrite an existing file";
    CliRulesCmd => "Toon de geldende parameters van JAAR (standaard het laatste) met hun bronnen", "Print the parameters in force for YEAR (default: the latest) with their sources";
    CliRulesUsage => "verhuurd rules [OPTIES] [JAAR]", "verhuurd rules [OPTIONS] [YEAR]";
    CliRulesYear => "Het belastingjaar (standaard het laatste jaar waarvan de regels vaststaan)", "The tax year (default: the latest year whose rules are settled)";
    CliCheck => "Reken elke NAAM.toml in MAP door en vergelijk de uitvoer met NAAM.expected", "Run every NAME.toml in DIR and compare the output with NAME.expected";
    CliCheckUsage => "verhuurd check [OPTIES] <MAP>", "verhuurd check [OPTIONS] <DIR>";
    CliCheckDir => "De map met de bestanden NAAM.toml en NAAM.expected", "The directory with NAME.toml and NAME.expected files";
    CliDirName => "MAP", "DIR";
    CliCheckBless => "Herschrijf de verwachte bestanden met de huidige uitvoer", "Rewrite the expected files with the current output";
    CliHistorie => "Het tegenbewijs (opgaaf werkelijk rendement) voor elk jaar van een historiebestand: box 3 zoals aangeslagen, het werkelijk rendement, de belasting over elk en het verschil", "The tegenbewijs (opgaaf werkelijk rendement) for every year of a history file: Box 3 as assessed, the actual return, the tax on each and the difference";
    CliHistorieUsage => "verhuurd historie [OPTIES] <BESTAND>", "verhuurd historie [OPTIONS] <FILE>";
    CliHistorieFile => "Het historiebestand (TOML met [history], [owner.JAAR] en [[dwelling]]; zie README)", "The history file (TOML with [history], [owner.YEAR] and [[dwelling]]; see README)";
    CliCompletions => "Toon een script dat de shell laat aanvullen (bijv. `verhuurd completions bash > /etc/bash_completion.d/verhuurd`)",
        "Print a shell completion script (e.g. `verhuurd completions bash > /etc/bash_completion.d/verhuurd`)";
    CliCompletionsUsage => "verhuurd completions [OPTIES] <SHELL>", "verhuurd completions [OPTIONS] <SHELL>";
    CliShell => "De shell: bash, zsh, fish, elvish of powershell", "The shell: bash, zsh, fish, elvish or powershell";
    CliMan => "Toon de handleiding in roff (bijv. `verhuurd man > /usr/local/share/man/man1/verhuurd.1`)",
        "Print the manual page in roff (e.g. `verhuurd man > /usr/local/share/man/man1/verhuurd.1`)";
    CliManUsage => "verhuurd man [OPTIES]", "verhuurd man [OPTIONS]";
    ManName => "NAAM", "NAME";
    ManSynopsis => "OVERZICHT", "SYNOPSIS";
    ManDescription => "BESCHRIJVING", "DESCRIPTION";
    ManExtra => "VOORBEELDEN", "EXAMPLES";
    ManVersion => "VERSIE", "VERSION";
    Version => "{0} (ingebouwde regels: belastingjaren {1}{2}{3})", "{0} (rules built in: tax years {1}{2}{3})";
    VersionProvisional => ", {0} voorlopig", ", {0} provisional";
    VersionBill => "; box 3-wetsvoorstel over het werkelijke rendement vanaf {0}", "; Box 3 bill on actual returns from {0}";
    VersionNone => "geen", "none";

    // ---- `verhuurd rules [YEAR]`: the parameters in force
    RlTitle => "Regels voor belastingjaar {0} ({1})", "Rules for tax year {0} ({1})";
    RlBuiltIn => "ingebouwd: {0}", "built-in {0}";
    RlWhatIf => "wat-als-bestand {0}", "what-if {0}";
    RlWithWhatIf => "{0}, met wat-als-bestand {1}", "{0} with what-if {1}";
    RlProvisional => "VOORLOPIG: deze cijfers zijn nog geen wet; het standaardbelastingjaar is het laatste vastgestelde jaar.",
        "PROVISIONAL: these figures are not settled law yet; the default tax year is the latest settled one.";
    RlProvisionalMark => " VOORLOPIG", " PROVISIONAL";
    RlStatus => "Stand van zaken: {0}", "Status: {0}";
    RlInEnglish => "(in het Engels) “{0}”", "{0}";
    RlNote => "toelichting: {0}", "note: {0}";
    RlCite => "{0} [zekerheid {1}]", "{0} [confidence {1}]";
    RlCiteNote => "{0} [zekerheid {1}] ({2})", "{0} [confidence {1}] ({2})";
    RlLeegwaarderatio => "Leegwaarderatio — {0} [{1}]", "Leegwaarderatio — {0} [{1}]";
    RlBracket => "jaarhuur {0} {1} van de WOZ", "jaarhuur {0} {1} of WOZ";
    RlTemporary => "tijdelijk huurcontract", "temporary contract";
    RlRelated => "verbonden huurder tegen een niet-zakelijke huur", "related-party tenant at a rent not at arm's length";
    RlTableApplies => "de tabel geldt", "the table applies";
    RlRentDeemed => "huur gesteld op {0} van de WOZ", "rent deemed {0} of WOZ";
    RlFullWoz => "100% van de WOZ", "100% of WOZ";
    RlException => "{0}: {1} — {2}", "{0}: {1} — {2}";
    RlUnsplit => "gebouw niet gesplitst in appartementsrechten: WOZ − {0} — {1}", "building not split into apartment rights: WOZ − {0} — {1}";
    RlPartlyLet => "deels verhuurd: de ratio alleen over het verhuurde deel — {0}", "partly let: the ratio on the let part only — {0}";
    RlNotLet => "niet verhuurd op 1 januari: de volle WOZ voor het jaar — {0}", "not let on 1 January: full WOZ for the year — {0}";
    RlBox3 => "Box 3", "Box 3";
    RlHeffingsvrij => "heffingsvrij vermogen (per persoon)", "heffingsvrij vermogen (per person)";
    RlSchuldendrempel => "schuldendrempel (per persoon)", "schuldendrempel (per person)";
    RlBank => "rendement banktegoeden", "rendement banktegoeden";
    RlOther => "rendement overige bezittingen", "rendement overige bezittingen";
    RlDebts => "rendement schulden", "rendement schulden";
    RlTarief => "tarief", "tarief";
    RlGreen => "vrijstelling groene beleggingen", "vrijstelling groene beleggingen";
    RlCarried => " (niet vastgelegd voor {0}: overgenomen van {1})", " (not defined for {0}: carried from {1})";
    RlNotBefore => " (niet vastgelegd voor {0}: de regels beginnen in {1} en gelden niet met terugwerkende kracht)", " (not defined for {0}: the rules start in {1} and do not apply before)";
    RlTransfer => "Overdrachtsbelasting{0}", "Overdrachtsbelasting{0}";
    RlOwnHome => "eigen woning (hoofdverblijf)", "own main residence";
    RlOtherDwellings => "andere woningen (verhuur, belegging)", "other dwellings (let, investment)";
    RlStarterCap => "woningwaardegrens startersvrijstelling", "starter exemption cap";
    RlRentIncrease => "Maximale huurverhoging (sociaal vanaf 1 juli; midden en vrije sector per kalenderjaar vanaf 1 januari){0}",
        "Maximum rent increase (social from 1 July; middle and free sector per calendar year from 1 January){0}";
    RlSocial => "sociaal", "social";
    RlMiddle => "midden", "middle";
    RlFree => "vrije sector", "free";
    RlWws => "WWS{0} — {1}", "WWS{0} — {1}";
    RlWwsSectors => "sociale sector tot en met {0} punten, middensector tot en met {1}, daarboven vrije sector", "social sector up to {0} points, middle up to {1}, free above";
    RlWwsTable => "tabel van de maximale huur: data/wws-max-rent.csv kolom {0}; {1} per punt boven 250", "maximum rent table: data/wws-max-rent.csv column {0}; {1} per point above 250";
    RlWwsWoz => "WOZ-punten: WOZ / {0} + (WOZ / m²) / {1}; minimale WOZ {2}; hoogstens {3} van het totaal vanaf {4} punten, de begrensde punten naar beneden afgerond op hele punten",
        "WOZ points: WOZ / {0} + (WOZ / m²) / {1}; minimum WOZ {2}; at most {3} of the total from {4} points, the capped points rounded down to whole points";
    RlWwsKamers => "WWS voor een kamer (onzelfstandige woonruimte, [wws] met units): data/wws-kamers.toml — {0}", "WWS for a room (onzelfstandige woonruimte, [wws] with units): data/wws-kamers.toml — {0}";
    RlHandboek => "Waarde verhuurd: Handboek modelmatig waarderen marktwaarde, editie peildatum 31-12-{0} (de nieuwste vastgelegde vóór {1}): data/handboek.toml — {2}", "Value let: Handboek modelmatig waarderen marktwaarde, edition peildatum 31-12-{0} (the newest recorded before {1}): data/handboek.toml — {2}";
    RlHandboekNone => "Waarde verhuurd: geen editie van het Handboek modelmatig waarderen marktwaarde vastgelegd vóór {0} (data/handboek.toml)", "Value let: no edition of the Handboek modelmatig waarderen marktwaarde recorded before {0} (data/handboek.toml)";
    RlHbDcfYears => "DCF-periode (jaren)", "DCF period (years)";
    RlHbInflatie => "prijsinflatie (%)", "price inflation (%)";
    RlHbLoon => "loonstijging (%)", "wage growth (%)";
    RlHbBouw => "bouwkostenstijging (%)", "building cost growth (%)";
    RlHbLeeg => "leegwaardestijging (%)", "vacant value growth (%)";
    RlHbRisicovrij => "risicovrije rente (%)", "risk-free rate (%)";
    RlHbOpslag => "vastgoedopslag (%)", "real-estate premium (%)";
    RlHbReferentie => "disconteringsvoet referentieobject (%)", "reference object's discount rate (%)";
    RlHbBelastingen => "belastingen en verzekeringen (% WOZ)", "taxes and insurance (% of WOZ)";
    RlHbDerving => "huurderving (%)", "rent loss (%)";
    RlHbUitpond1 => "uitponden jaar 1: opslag mutatiekans", "selling on, year 1: turnover + (points)";
    RlHbUitpond6 => "uitponden jaar 6–15: % mutatiekans", "selling on, years 6–15: % of turnover";
    RlHbSplitsing => "juridische splitsingskosten", "legal splitting costs";
    RlHbVerkoop => "verkoopkosten (% leegwaarde)", "selling costs (% of vacant value)";
    RlHbVeroudering => "verouderingskosten (% leegwaarde)", "ageing costs (% of vacant value)";
    RlHbOverdracht => "overdrachtskosten buiten belasting (%)", "transfer costs beside the tax (%)";
    RlHbPeriods => "bouwperioden (instandhouding EGW/MGW, effect disconteringsvoet): {0} — {1}", "build periods (maintenance EGW/MGW, effect on the discount rate): {0} — {1}";
    RlHbTypes => "EGW: mutatieonderhoud {0}, beheer {1}, effect {2}; MGW: mutatieonderhoud {3}, beheer {4}, effect {5} — {6}", "EGW: change of tenant {0}, management {1}, effect {2}; MGW: change of tenant {3}, management {4}, effect {5} — {6}";
    RlHbRegions => "regio's (effect disconteringsvoet): Noord {0}, Oost {1}, Zuid {2}, West {3} — {4}", "regions (effect on the discount rate): North {0}, East {1}, South {2}, West {3} — {4}";
    RlHbNotEstablished => "editie peildatum 31-12-{0}: parameters niet vastgelegd — {1}", "edition peildatum 31-12-{0}: parameters not recorded — {1}";
    RlWwsKamersTable => "maximale huurprijs van een kamer per punt, kolom {0} van data/wws-kamers-max-rent.csv — {1}:", "maximum rent of a room by points, column {0} of data/wws-kamers-max-rent.csv — {1}:";
    RlWwsKamersWoz => "boven 250 punten {0} per punt; WOZ-punten {1} boven, {3} binnen en {4} onder {2} van het COROP-gemiddelde per m² (data/wws-corop.csv)", "above 250 points {0} a point; WOZ points {1} above, {3} within and {4} below {2} of the COROP average per m² (data/wws-corop.csv)";
    RlWwsRooms => "WWS per vertrek ([wws]-sectie): data/wws-stelsel.toml — {0}", "WWS room by room ([wws] section): data/wws-stelsel.toml — {0}";
    RlWwsRegime => "huurcontracten getekend vóór {0} kennen geen middensector — {1}", "leases signed before {0} have no middle sector — {1}";
    RlWozFactors => "WOZ-factoren per waardepeildatum: {0}", "WOZ factors by valuation date: {0}";
    RlWr => "Box 3 op werkelijk rendement (wetsvoorstel 36 748, geen wet) — {0}", "Box 3 on actual returns (bill 36 748, not law) — {0}";
    RlWrTarief => "tarief", "tarief (rate)";
    RlWrHeffingvrij => "heffingvrij resultaat per persoon", "heffingvrij resultaat per person";
    RlWrDrempel => "verliesdrempel per persoon", "verliesdrempel (loss threshold) per person";
    RlWrBack => "verlies achterwaarts (jaren)", "loss carry-back (years)";
    RlWrRule => "{0}: {1} — {2}", "{0}: {1} — {2}";
    RlYes => "ja", "yes";
    RlNo => "nee", "no";
    RlWrForward => "verlies voorwaarts", "loss carry-forward";
    RlWrCosts => "kosten aftrekbaar", "costs deductible";
    RlWrInterest => "rente aftrekbaar", "interest deductible";
    RlWrStart => "beginwaarde met leegwaarderatio", "start value with the leegwaarderatio";
    RlWrBijtelling => "vastgoedbijtelling", "vastgoedbijtelling (notional income)";
    RlBijtelling => "{0} van de WOZ-waarde waar dat meer is dan de huur, voor een woning zonder huurbescherming (tijdelijk contract, of minder dan {1} van het jaar verhuurd)", "{0} of the WOZ value where that exceeds the rent, for a dwelling without rent protection (a temporary lease, or let less than {1} of the year)";
    RlScenarios => "Voorstellen voor {0}, geen wet (what-if-bestanden; het plan toont ook het antwoord eronder):", "Proposals for {0}, not law (what-if files; the plan also shows its answer under each):";
    RlScenario => "{0} — verhuurd --rules {0}", "{0} — verhuurd --rules {0}";
    RlScenarioParam => "{0} = {1} — {2} [zekerheid {3}]{4}", "{0} = {1} — {2} [confidence {3}]{4}";
    RlUpgradeCost => "Kosten van een labelverbetering, euro per m² gebruiksoppervlakte, prijzen van {0}, niet geïndexeerd (data/checks.toml; zonder offerte): {1}",
        "Cost of a label upgrade, euros per m² of usable area, prices of {0}, not indexed (data/checks.toml; without a quote): {1}";
    RlUpgradeFrom => "van {0}: {1}", "from {0}: {1}";
    RlUpgradeSubsidy => "min SVOH-subsidie", "less SVOH subsidy";
    RlSources => "Bronnen", "Sources";

    // ---- the names of figures in the derivation (the `figure` of a step)
    FPart => "{0}: {1}", "{0}: {1}";
    FPerson => "{0} ({1})", "{0} ({1})";
    FWithProperty => "met de woning", "with the property";
    FWithoutProperty => "zonder de woning", "without the property";
    FHouseholdAll => "huishouden met alle woningen", "household with all properties";
    FHouseholdNone => "huishouden zonder de woningen", "household without the properties";
    FGreenAbove => "groene beleggingen boven de vrijstelling", "green investments above the exemption";
    FDeductibleDebts => "aftrekbare schulden", "deductible debts";
    FActualReturn => "werkelijk rendement", "actual return";
    FActualReturnRent => "werkelijk rendement: huur", "actual return: rent";
    FActualReturnEnd => "werkelijk rendement: waarde aan het eind van het jaar", "actual return: value at the end of the year";
    FActualReturnAssumption => "werkelijk rendement: aanname", "actual return: assumption";
    FHouseholdActualAssumption => "werkelijk rendement van het huishouden: aanname", "household actual return: assumption";
    FVacantSaleCosts => "lege verkoop: kosten van het beëindigen van de huur", "vacant sale: costs of ending the lease";
    FStressInterest => "stress: rente +1 procentpunt", "stress: interest +1 point";
    FStressVacancy => "stress: een maand leegstand", "stress: one month vacancy";
    FStressUpgrade => "stress: verduurzaming nu", "stress: energy upgrade now";
    FSurfacePoints => "punten voor de oppervlakte", "surface points";
    FLabelPoints => "punten voor het energielabel", "energy label points";
    FFittingsAssumed => "punten voor voorzieningen (aangenomen)", "fittings points (assumed)";
    FWozPoints => "punten voor de WOZ-waarde", "WOZ points";
    FPointsEstimated => "punten (geschat)", "points (estimated)";
    FWozForRatio => "WOZ voor de ratio", "WOZ for the ratio";
    FLetPart => "verhuurd deel van de WOZ-waarde", "let part of the WOZ value";
    FBand => "marktband", "band";
    FSellProceeds => "nu verkopen: opbrengst", "sell now: proceeds";
    FSellNetWorth => "verkopen: vermogen aan het eind", "sell: net worth at the end";
    FKeepNetWorth => "verhuren: vermogen aan het eind", "keep: net worth at the end";
    FRulesCarried => "regels doorgetrokken", "rules carried";
    FBill => "wetsvoorstel", "bill";
    FRegime => "{0}: regime {1}", "{0}: {1} regime";
    FBijtelling => "{0}: vastgoedbijtelling {1}", "{0}: vastgoedbijtelling {1}";
    XBijtelling => "{0} van de WOZ-waarde {1}: de woning is niet verhuurd met huurbescherming (een tijdelijk contract, of minder dan {2} van het jaar verhuurd), dus telt dit forfaitaire inkomen in het resultaat in plaats van de lagere huur", "{0} of the WOZ value {1}: the dwelling is not let with rent protection (a temporary lease, or let less than {2} of the year), so this notional income counts in the result instead of the lower rent";
    FStartValue => "{0}: beginwaarde van de woning", "{0}: start value of the dwelling";
    FGainTax => "{0}: belasting op de winst bij de verkoop", "{0}: tax on the gain at the sale";
    FKeepThenSell => "{0}: verhuren tot het eind van {1}, dan verkopen", "{0}: keep to the end of {1}, then sell";
    FUitpondVacant => "uitponden: huurder vertrekt in {0}, leeg verkocht", "uitponden: tenant leaves in {0}, sold vacant";
    FUitpondLet => "uitponden: huurder blijft tot het eind van {0}, verhuurd verkocht", "uitponden: tenant stays to the end of {0}, sold let";
    XUitpondTerm => "kans {0} × vermogen aan het eind {1}", "chance {0} × net worth at the end {1}";
    FUitpondExpected => "uitponden: verwacht vermogen aan het eind", "uitponden: expected net worth at the end";
    XUitpondExpected => "som van de kans × het vermogen per uitkomst, bij een kans van {0} per jaar dat de huurder vertrekt; verkoopjaar 10e–90e percentiel {1}–{2}", "sum of chance × net worth over the outcomes, at a chance of {0} per year that the tenant leaves; sale year 10th–90th percentile {1}–{2}";
    FProRataShare => "aandeel naar rato: {0}", "pro-rata share: {0}";
    FMarginalTax => "marginale belasting: {0}", "marginal tax: {0}";
    FProRataOther => "aandeel naar rato: overig vermogen", "pro-rata share: other wealth";
    HBv => "Privé of in een bv (overdracht op 1 januari {0}; {1})", "Privately or in a BV (transfer on 1 January {0}; {1})";
    BvTransferTax => "overdrachtsbelasting bij de inbreng", "transfer tax on the move";
    BvTransferGainTax => "box 3 op de winst bij de inbreng", "Box 3 on the gain of the move";
    BvNetWorth => "vermogen aan het eind, bv ({0})", "net worth at the end, BV ({0})";
    BvPrivate => "vermogen aan het eind, privé houden ({0})", "net worth at the end, keep privately ({0})";
    BvSellNow => "vermogen aan het eind, nu verkopen ({0})", "net worth at the end, sell now ({0})";
    BvBreakEven => "bv haalt privé in vanaf ({0})", "BV overtakes private from ({0})";
    BvNever => "niet binnen het plan", "not within the plan";
    FBv => "bv ({0}): {1}", "BV ({0}): {1}";
    XBvTransferTax => "{0} × {1} (overdracht op 1 januari {2})", "{0} × {1} (transfer on 1 January {2})";
    FBvPaidIn => "gestort kapitaal", "paid-in capital";
    XBvPaidIn => "prijs {0} − lening {1} + overdrachtsbelasting {2} + notaris {3} + oprichting {4}: wat de eigenaar naast de lening in de bv inbrengt (de verkrijgingsprijs van de aandelen)", "price {0} − loan {1} + transfer tax {2} + notary {3} + incorporation {4}: what the owner brings into the BV beside its loan (the acquisition price of the shares)";
    XBvGainTax => "onder het wetsvoorstel is de inbreng een verkoop: de belasting van het plan op de winst, de prijs {0} min de beginwaarde, in het jaar van de inbreng", "under the bill the move is a sale: the plan's tax on the gain, the price {0} less the start value, in the year of the move";
    FBvVpbYear => "vpb {0}", "Vpb {0}";
    XBvVpbYear => "huur {0} − kosten {1} − lopende kosten {2} − afgetrokken rente {3} (ruimte {4} van de EBITDA, {5} doorgeschoven) − afschrijving {6} (bodemwaarde {7}) = {8} belastbaar", "rent {0} − costs {1} − running costs {2} − interest deducted {3} (room {4} of the EBITDA, {5} carried) − depreciation {6} (bodemwaarde {7}) = {8} taxable";
    FBvVpbEnd => "vpb bij liquidatie", "Vpb at the liquidation";
    XBvVpbEnd => "het laatste jaar ({0}), met de winst {1} op de verkoop voor {2}", "the last year ({0}), with the gain {1} on the sale at {2}";
    FBvBox2End => "box 2 bij liquidatie", "Box 2 at the liquidation";
    XBvBox2End => "(uitkering {0} − gestort kapitaal {1}) in box 2", "(distribution {0} − paid-in capital {1}) in Box 2";
    XBvBox2EndPartners => "(uitkering {0} − gestort kapitaal {1}) in box 2, gelijk verdeeld over de fiscale partners", "(distribution {0} − paid-in capital {1}) in Box 2, split evenly between the fiscal partners";
    FBvNetWorth => "vermogen aan het eind", "net worth at the end";
    XBvNetWorth => "eigen geld {0} + uitkering {1} − box 2 {2}: alles in geld, na alle belasting", "own money {0} + distribution {1} − Box 2 {2}: everything in money, after all tax";
    BvNoTransferTax => "geen regels voor de overdrachtsbelasting van {0}: de bv-route is niet berekend", "no transfer tax rules for {0}: the BV route is not computed";
    BvNoYear => "de bv-route heeft geen jaar", "the BV route has no year";
    BvOutsidePlan => "bv.transfer_year {0} ligt buiten het plan ({1}–{2}): de bv-route is niet berekend", "bv.transfer_year {0} lies outside the plan ({1}–{2}): the BV route is not computed";
    BvNmSubstantialInterest => "ander inkomen van de eigenaar uit aanmerkelijk belang, en andere activiteiten van de bv", "the owner's other income from a substantial interest, and a BV's other activities";
    BvNmFiscaleEenheid => "een fiscale eenheid met andere vennootschappen", "a fiscale eenheid with other companies";
    BvNmNoFacility => "een faciliteit om de woningen zonder belasting in een bv te brengen (er bestaat geen doorschuiffaciliteit; de inbreng wordt belast als een verkoop)", "a facility to move the dwellings into a BV without tax (no doorschuiffaciliteit exists; the transfer is taxed as a sale)";
    BvNmOwnMoney => "box 3 over het eigen geld van de eigenaar naast de bv, en het loon van de eigenaar uit de bv (gebruikelijk loon)", "Box 3 on the owner's own money beside the BV, and the owner's salary from the BV (gebruikelijk loon)";
    BvNmLosses => "de grens op verliesverrekening in de vpb boven 1.000.000, en een box 2-verlies bij liquidatie", "the limit on setting off Vpb losses above 1,000,000, and a Box 2 loss at the liquidation";
    BvNmRepayment => "aflossen van de hypotheek van de bv (aflossingsvrij) en rente op de schuld van de eigenaar door de inbreng", "repayment of the BV's mortgage (interest only) and interest on the owner's debt of the move";
    BvPolicyRetain => "winst blijft in de bv", "profit kept in the BV";
    BvPolicyDistribute => "winst elk jaar uitgekeerd", "profit paid out each year";
    ColPrivateTax => "belasting privé", "tax private";
    ColBvTax => "belasting bv", "tax BV";
    BvNotModelled => "Niet gemodelleerd: ander inkomen uit aanmerkelijk belang en andere activiteiten van de bv; een fiscale eenheid; een faciliteit om de woningen belastingvrij in te brengen (er bestaat geen doorschuiffaciliteit: de inbreng is een verkoop); box 3 over het eigen geld naast de bv en gebruikelijk loon; de grens op verliesverrekening in de vpb boven 1.000.000 en een box 2-verlies bij liquidatie; aflossen van de hypotheek van de bv (aflossingsvrij).", "Not modelled: other income from a substantial interest and a BV's other activities; a fiscale eenheid; a facility to move the dwellings in without tax (no doorschuiffaciliteit exists: the transfer is a sale); Box 3 on the owner's own money beside the BV and a director's salary (gebruikelijk loon); the limit on Vpb loss relief above 1,000,000 and a Box 2 loss at the liquidation; repaying the BV's mortgage (interest only).";
}
