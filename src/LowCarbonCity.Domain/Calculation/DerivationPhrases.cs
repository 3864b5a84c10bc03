using System.Collections.Frozen;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// The phrases of a <see cref="Derivation"/>: the words (and word-like equation symbols) of the formulas, by code, with
/// the English the engine stores and gives through the API. The pages and reports read each code from their resources
/// (<c>Formula_</c> + code) in the reader's language; a test checks their English equals this one.
/// </summary>
public static class DerivationPhrases
{
    public const string Memo = "memo";
    public const string Screening = "refrigerant.screening";
    public const string Note = "note";
    public const string IpccEquation = "ipcc-equation";
    public const string LandfillQuantityNotUsed = "landfill.quantity-not-used";
    public const string LandfillNoDeposit = "landfill.no-deposit";
    public const string LandfillQuantityAdded = "landfill.quantity-added";
    public const string LandfillSumOfTypes = "landfill.sum-of-types";
    public const string LandfillDecomposed = "landfill.decomposed";
    public const string LandfillNoDelay = "landfill.no-delay";
    public const string LandfillDeposits = "landfill.deposits";
    public const string LandfillFloored = "landfill.floored";
    public const string LandfillBackCast = "landfill.back-cast";
    public const string LandfillRecoveredFraction = "landfill.recovered-fraction";
    public const string LandfillDepositBackCast = "landfill.deposit-back-cast";
    public const string WastewaterPersonYears = "wastewater.person-years";
    public const string WastewaterBodPerPersonDay = "wastewater.bod-per-person-day";
    public const string WastewaterSludgeExceedsTow = "wastewater.sludge-exceeds-tow";
    public const string WastewaterSludgeExceedsCod = "wastewater.sludge-exceeds-cod";
    public const string WastewaterSludgeExceedsBod = "wastewater.sludge-exceeds-bod";
    public const string WastewaterRecoveryExceeds = "wastewater.recovery-exceeds";
    public const string WastewaterSludgeNitrogenExceeds = "wastewater.sludge-nitrogen-exceeds";
    public const string WastewaterNitrogenEquation = "wastewater.nitrogen-equation";
    public const string WastewaterEffluentNitrogen = "wastewater.effluent-nitrogen";
    public const string WastewaterPlantShare = "wastewater.plant-share";
    public const string SepticEquation = "septic.equation";
    public const string SepticEquationWithSludge = "septic.equation-with-sludge";
    public const string BiologicalHeader = "biological.header";
    public const string BiologicalComposting = "biological.composting";
    public const string BiologicalDigestion = "biological.digestion";
    public const string BasisWet = "basis.wet";
    public const string BasisDry = "basis.dry";
    public const string BiologicalFloored = "biological.floored";
    public const string IncinerationCo2Fossil = "incineration.co2-fossil";
    public const string IncinerationCo2Biogenic = "incineration.co2-biogenic";
    public const string IncinerationOpenBurning = "incineration.open-burning";
    public const string IncinerationDryMass = "incineration.dry-mass";
    public const string TonnesWet = "unit.tonnes-wet";
    public const string TonnesDry = "unit.tonnes-dry";
    public const string GramsPerTonneWet = "unit.grams-per-tonne-wet";
    public const string GramsPerTonneDry = "unit.grams-per-tonne-dry";

    private static readonly FrozenDictionary<string, string> EnglishTexts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Memo] = "memo, outside totals: {0}",
        [Screening] = "{0} kg charge × {1} leak rate/yr",
        [Note] = "Note: {0} (never negative).",
        [IpccEquation] = "(IPCC Eq {0})",
        [LandfillQuantityNotUsed] = "Line quantity {0} t not used: the deposit history already records {1} t for {2}.",
        [LandfillNoDeposit] = "No deposit in {0} (line quantity 0 t).",
        [LandfillQuantityAdded] = "Line quantity {0} t added as the bulk-MSW deposit of {1} (none in the history).",
        [LandfillSumOfTypes] = "Σ_types",
        [LandfillDecomposed] = "DDOCm_decomp",
        [LandfillNoDelay] = "(no delay)",
        [LandfillDeposits] = "deposits {0}-{1} ({2} t)",
        [LandfillFloored] = "(recovery exceeds generation: emissions set to 0, never negative)",
        [LandfillBackCast] = "Back-cast deposits contribute: low data quality.",
        [LandfillRecoveredFraction] = "f_rec",
        [LandfillDepositBackCast] = "The deposit is back-cast: low data quality.",
        [WastewaterPersonYears] = "{0} person-years",
        [WastewaterBodPerPersonDay] = "{0} g/person/day",
        [WastewaterSludgeExceedsTow] = "{0}: sludge exceeds TOW, set to 0",
        [WastewaterSludgeExceedsCod] = "sludge exceeds COD load, set to 0",
        [WastewaterSludgeExceedsBod] = "sludge exceeds BOD, set to 0",
        [WastewaterRecoveryExceeds] = "recovery exceeds generation, CH4 set to 0",
        [WastewaterSludgeNitrogenExceeds] = "sludge nitrogen exceeds effluent nitrogen, N_EFFLUENT set to 0",
        [WastewaterNitrogenEquation] = "N_EFFLUENT = P × Protein × F_NPR × F_NON-CON × F_IND-COM − N_SLUDGE",
        [WastewaterEffluentNitrogen] = "N_EFFLUENT",
        [WastewaterPlantShare] = "T_PLANT",
        [SepticEquation] = "CH4 = people × days × BOD × Bo × MCF",
        [SepticEquationWithSludge] = "CH4 = (people × days × BOD − S) × Bo × MCF",
        [BiologicalHeader] = "{0}, {1} basis (IPCC 2006 Table 4.1): ",
        [BiologicalComposting] = "Composting",
        [BiologicalDigestion] = "Anaerobic digestion",
        [BasisWet] = "wet",
        [BasisDry] = "dry",
        [BiologicalFloored] = " (recovery exceeds generation: set to 0, never negative)",
        [IncinerationCo2Fossil] = "CO2 fossil",
        [IncinerationCo2Biogenic] = "CO2 biogenic (memo)",
        [IncinerationOpenBurning] = "open burning",
        [IncinerationDryMass] = "MSW dry",
        [TonnesWet] = "t wet",
        [TonnesDry] = "t dry",
        [GramsPerTonneWet] = "g/t wet",
        [GramsPerTonneDry] = "g/t dry",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every phrase code (the resource tests check each has a text in every language).</summary>
    public static IReadOnlyCollection<string> Codes => EnglishTexts.Keys;

    /// <summary>The English template of a phrase (arguments as <c>{0}</c>, <c>{1}</c>).</summary>
    public static string English(string code) =>
        EnglishTexts.TryGetValue(code, out var text) ? text : throw new ArgumentException($"No phrase '{code}'.", nameof(code));
}
