using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// The stored result of one part of one activity line (docs/conventions.md C2; most lines have one part, see <see cref="LinePart"/>): scope, GPC reference, the quantity converted into the
/// factor's unit, CO2e in and outside the totals, the formula with numbers, and the edition and GWP set used.
/// Written whenever the line, the edition or the GWP set changes, so roll-ups are SQL sums.
/// </summary>
public sealed class ActivityLineResult
{
    private readonly List<ActivityLineGasResult> _gases = [];

    private ActivityLineResult()
    {
        Formula = null!;
        FactorEditionCode = null!;
        GwpSetCode = null!;
    }

    public ActivityLineResult(
        Guid lineId,
        LinePart part,
        Guid inventoryId,
        ActivityCategory category,
        EmissionScope scope,
        string? gpcReference,
        Quantity? convertedQuantity,
        decimal? co2eKg,
        decimal memoCo2eKg,
        string formula,
        string factorEditionCode,
        string gwpSetCode,
        bool usesCustomFactor,
        NotationKey? notationKey,
        string? convention,
        DateTimeOffset calculatedAt,
        IEnumerable<ActivityLineGasResult> gases,
        string? derivation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        ArgumentNullException.ThrowIfNull(gases);
        LineId = lineId;
        Part = part;
        InventoryId = inventoryId;
        Category = category;
        Scope = scope;
        GpcReference = gpcReference;
        ConvertedAmount = convertedQuantity?.Value;
        ConvertedUnit = convertedQuantity?.Unit;
        Co2eKg = co2eKg;
        MemoCo2eKg = memoCo2eKg;
        Formula = formula;
        FactorEditionCode = factorEditionCode;
        GwpSetCode = gwpSetCode;
        UsesCustomFactor = usesCustomFactor;
        NotationKey = notationKey;
        Convention = convention;
        CalculatedAt = calculatedAt;
        Derivation = derivation;
        _gases.AddRange(gases);
    }

    public long Id { get; private set; }

    public Guid LineId { get; private set; }

    public LinePart Part { get; private set; }

    public Guid InventoryId { get; private set; }

    public ActivityCategory Category { get; private set; }

    public EmissionScope Scope { get; private set; }

    /// <summary>GPC reference such as <c>II.1.1</c> (City inventories; also filled for Organisation lines).</summary>
    public string? GpcReference { get; private set; }

    public decimal? ConvertedAmount { get; private set; }

    public Unit? ConvertedUnit { get; private set; }

    /// <summary>CO2e in kg of the gases inside the totals; null for a line reported with a notation key (a key is not zero).</summary>
    public decimal? Co2eKg { get; private set; }

    /// <summary>CO2e in kg of memo gases (biogenic CO2, HCFC-22), never in totals.</summary>
    public decimal MemoCo2eKg { get; private set; }

    /// <summary>
    /// The formula in English with invariant numbers, as the engine wrote it: kept for the API and the audit, and shown
    /// as written by a row calculated before <see cref="Derivation"/> was stored.
    /// </summary>
    public string Formula { get; private set; }

    /// <summary>
    /// The same formula language-free (<see cref="Calculation.Derivation.ToJson"/>), which the pages and reports render in
    /// the reader's language; null for a row calculated before it was stored (until its inventory is recalculated).
    /// </summary>
    public string? Derivation { get; private set; }

    public string FactorEditionCode { get; private set; }

    public string GwpSetCode { get; private set; }

    public bool UsesCustomFactor { get; private set; }

    public NotationKey? NotationKey { get; private set; }

    /// <summary>The method convention, where a method has several (e.g. landfill FOD with a 6-month delay).</summary>
    public string? Convention { get; private set; }

    public DateTimeOffset CalculatedAt { get; private set; }

    /// <summary>City inventories: the GPC cell counts in BASIC (so roll-ups can sum BASIC in SQL).</summary>
    public bool InBasic { get; private set; }

    /// <summary>City inventories: the GPC cell counts in BASIC+.</summary>
    public bool InBasicPlus { get; private set; }

    /// <summary>City inventories: the GPC cell counts in the territorial (scope 1) total.</summary>
    public bool InTerritorial { get; private set; }

    public IReadOnlyList<ActivityLineGasResult> Gases => _gases;

    /// <summary>Records which GPC totals the line's cell counts in (City inventories).</summary>
    public void PlaceInGpcTotals(bool inBasic, bool inBasicPlus, bool inTerritorial)
    {
        InBasic = inBasic;
        InBasicPlus = inBasicPlus;
        InTerritorial = inTerritorial;
    }
}

/// <summary>The mass and CO2e of one gas of one line, with the factor and GWP used.</summary>
public sealed class ActivityLineGasResult
{
    private ActivityLineGasResult()
    {
    }

    public ActivityLineGasResult(Gas gas, decimal massKg, decimal gwp, decimal co2eKg, bool isMemo, decimal? factorKgPerUnit, Unit? factorPerUnit, string? factorSource)
    {
        Gas = gas;
        MassKg = massKg;
        Gwp = gwp;
        Co2eKg = co2eKg;
        IsMemo = isMemo;
        FactorKgPerUnit = factorKgPerUnit;
        FactorPerUnit = factorPerUnit;
        FactorSource = factorSource;
    }

    public long Id { get; private set; }

    public long ResultId { get; private set; }

    public Gas Gas { get; private set; }

    public decimal MassKg { get; private set; }

    public decimal Gwp { get; private set; }

    public decimal Co2eKg { get; private set; }

    public bool IsMemo { get; private set; }

    public decimal? FactorKgPerUnit { get; private set; }

    public Unit? FactorPerUnit { get; private set; }

    public string? FactorSource { get; private set; }
}
