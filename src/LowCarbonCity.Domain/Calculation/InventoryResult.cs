using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// The result of a whole inventory (docs/conventions.md C2): one or more <see cref="LineResult"/> per activity record, in the
/// order of the records, and the totals of the inventory's kind. Masses are kg, unrounded.
/// </summary>
public sealed record InventoryResult(
    InventoryKind Kind,
    int Year,
    string FactorEditionCode,
    string GwpSetCode,
    IReadOnlyList<LineResult> Lines,
    OrganisationTotals? Organisation,
    CityTotals? City);

/// <summary>Which part of an activity line a result is. Most lines have one part, <see cref="Activity"/>.</summary>
public enum LinePart
{
    /// <summary>The activity itself.</summary>
    Activity,

    /// <summary>City inventories: the T&amp;D-loss share of a grid-electricity line (GPC x.3, BASIC+).</summary>
    TransmissionAndDistributionLosses,

    /// <summary>The upstream of a grid-electricity line (scope 3), when <see cref="CalculationBasis.IncludeElectricityUpstream"/>.</summary>
    ElectricityUpstream,
}

/// <summary>The factor a gas mass came from.</summary>
/// <param name="KgPerUnit">kg of the gas per one <paramref name="PerUnit"/>.</param>
/// <param name="PerUnit">The factor's activity unit (the activity was converted into it).</param>
/// <param name="Source">The factor's citation, or the custom factor's justification.</param>
/// <param name="EditionCode">The edition the factor belongs to; null for a custom factor or a method.</param>
/// <param name="IsCustom">The user supplied the factor for this line.</param>
/// <param name="Gas">The gas the factor is for.</param>
public sealed record FactorUsed(decimal KgPerUnit, Unit PerUnit, string Source, string? EditionCode, bool IsCustom, Gas Gas);

/// <summary>The mass of one gas on one line and its CO2-equivalent under the basis' GWP set.</summary>
/// <param name="Gas">The gas.</param>
/// <param name="MassKg">Mass in kg, unrounded.</param>
/// <param name="Gwp">The GWP used (1 for CO2 and for factors published in CO2e).</param>
/// <param name="Co2eKg">MassKg × Gwp.</param>
/// <param name="IsMemo">Biogenic CO2 or a Montreal-protocol gas: reported, never in the totals.</param>
/// <param name="Factor">The factor used; null when a method (waste, wastewater) produced the mass.</param>
public sealed record GasEmission(Gas Gas, decimal MassKg, decimal Gwp, decimal Co2eKg, bool IsMemo, FactorUsed? Factor);

/// <summary>
/// One part of one activity line (docs/conventions.md C2): where it counts, the converted quantity, every gas, CO2e in and
/// outside the totals, and a formula with the numbers filled in.
/// </summary>
/// <param name="LineId">The activity record's line id.</param>
/// <param name="Part">Which part of the line this is.</param>
/// <param name="Category">The activity category.</param>
/// <param name="Scope">The scope (CFO: from the catalogue; City: from the GPC rules).</param>
/// <param name="GpcReference">City inventories: the GPC reference, e.g. <c>II.1.1</c>, <c>I.4.4</c>, <c>VI.1</c>; null for a CFO.</param>
/// <param name="Quantity">The activity as entered (for a T&amp;D or screening part: the quantity the part is based on).</param>
/// <param name="ConvertedQuantity">The activity converted once into the factor's unit; null for notation keys and methods.</param>
/// <param name="Gases">Per-gas masses and CO2e.</param>
/// <param name="Co2eKg">CO2e that enters the totals; null for a notation-key line (a key is not zero).</param>
/// <param name="MemoCo2eKg">CO2e of memo gases (biogenic CO2, HCFC-22), outside the totals.</param>
/// <param name="Derivation">How the part was worked out, with the numbers, language-free (rendered in the reader's language at the edge).</param>
/// <param name="UsesCustomFactor">A custom factor replaced the edition's factors.</param>
/// <param name="NotationKey">The line's notation key, if it has no number.</param>
/// <param name="NotationExplanation">The key's explanation.</param>
/// <param name="Convention">The method convention used (e.g. "IPCC energy route (kg/TJ)").</param>
/// <param name="DataQuality">The line's data quality (lowered when a method estimated inputs).</param>
public sealed record LineResult(
    Guid LineId,
    LinePart Part,
    ActivityCategory Category,
    EmissionScope Scope,
    string? GpcReference,
    Quantity? Quantity,
    Quantity? ConvertedQuantity,
    IReadOnlyList<GasEmission> Gases,
    decimal? Co2eKg,
    decimal MemoCo2eKg,
    Derivation Derivation,
    bool UsesCustomFactor,
    NotationKey? NotationKey,
    string? NotationExplanation,
    string? Convention,
    DataQuality DataQuality)
{
    /// <summary>The derivation in English with invariant numbers: the formula text stored with the result and given by the API.</summary>
    public string Formula => Derivation.English;

    /// <summary>Mass of one gas on this line (0 when the gas does not occur).</summary>
    public decimal MassKg(Gas gas) => Gases.Where(g => g.Gas == gas).Sum(g => g.MassKg);
}

/// <summary>TGO CFO totals, kg CO2e. Memo items (biogenic CO2, HCFC-22) are outside every scope and the total.</summary>
public sealed record OrganisationTotals(decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal MemoKg)
{
    /// <summary>Scope 1 + 2 + 3.</summary>
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;

    /// <summary>Scope 1 + 2, the part TGO's LAO programme requires.</summary>
    public decimal Scope1And2Kg => Scope1Kg + Scope2Kg;
}

/// <summary>
/// One cell of the GPC table (a sub-sector and scope digit, e.g. <c>I.1.2</c>): its CO2e, or only notation keys.
/// </summary>
/// <param name="Reference">GPC reference, e.g. <c>I.1.1</c>, <c>I.4.4</c>, <c>III.1.2</c>, <c>IV.2</c>, <c>VI.1</c>.</param>
/// <param name="Subsector">The sub-sector.</param>
/// <param name="Scope">The cell's scope.</param>
/// <param name="Co2eKg">Sum of the lines' CO2e; null when the cell carries only notation keys.</param>
/// <param name="NotationKeys">Distinct notation keys of the cell's lines (and IE for T&amp;D left inside x.2).</param>
/// <param name="Notes">Explanations of the keys.</param>
/// <param name="InBasic">Counts in BASIC.</param>
/// <param name="InBasicPlus">Counts in BASIC+.</param>
/// <param name="InTerritorial">Counts in the territorial (scope 1) total.</param>
public sealed record GpcCell(
    string Reference,
    GpcSubsector Subsector,
    EmissionScope Scope,
    decimal? Co2eKg,
    IReadOnlyList<NotationKey> NotationKeys,
    IReadOnlyList<string> Notes,
    bool InBasic,
    bool InBasicPlus,
    bool InTerritorial);

/// <summary>GPC v1.1 totals (docs/domain/methodology.md 3.3), kg CO2e. Cells are in GPC order.</summary>
public sealed record CityTotals(
    IReadOnlyList<GpcCell> Cells,
    decimal BasicKg,
    decimal BasicPlusKg,
    decimal TerritorialKg,
    decimal Scope1Kg,
    decimal Scope2Kg,
    decimal Scope3Kg,
    decimal MemoKg)
{
    /// <summary>The cell with a reference, or null when no line falls in it.</summary>
    public GpcCell? Cell(string reference) => Cells.FirstOrDefault(c => string.Equals(c.Reference, reference, StringComparison.Ordinal));
}
