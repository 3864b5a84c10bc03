using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// Everything a report of one inventory shows, read from the stored results (docs/conventions.md R1): the PDF and Excel
/// writers render it and never calculate. Masses are kg, unrounded; the <c>…T</c> properties are the same values
/// in tonnes, also unrounded. Writers round at the edge with an explicit <see cref="MidpointRounding"/>.
/// Names come in Thai and English so one model serves both languages.
/// </summary>
public sealed record ReportModel(
    ReportCover Cover,
    ReportTotals Totals,
    IReadOnlyList<ReportGpcCell> GpcCells,
    IReadOnlyList<ReportGroupTotal> ByGroup,
    IReadOnlyList<ReportTrendPoint> Trend,
    IReadOnlyList<ReportLine> Lines,
    IReadOnlyList<ReportFactorUsed> FactorsUsed,
    IReadOnlyList<ReportMemoItem> MemoItems,
    IReadOnlyList<ReportDataQuality> DataQuality,
    IReadOnlyList<ReportReviewStep> ReviewHistory,
    IReadOnlyList<ReportAuditEntry> Audit,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The target and plan of the organisation (or its province), if one exists.</summary>
    public ReportTarget? Target { get; init; }

    /// <summary>Period, preparer, signatories and logo from the organisation's report profile (defaults when it has none).</summary>
    public ReportSignOff SignOff { get; init; } = ReportSignOff.None;

    /// <summary>Population and area of the inventory's year, when recorded for that year (the roll-ups' rule: same year only).</summary>
    public ReportYearContext? YearContext { get; init; }

    /// <summary>The verification statement once TGO has certified it (the inventory is Verified): the reports carry it.</summary>
    public Features.Verification.StatementView? Verification { get; init; }

    /// <summary>A copy for anyone to read (<see cref="ForPublic"/>): writers leave out what it does not hold and say so.</summary>
    public bool IsPublicCopy { get; init; }

    /// <summary>
    /// The report as the public may read it once the inventory is published: the figures, method, lines and factors, and
    /// the certified statement (a verification body's statement is issued to be relied on by readers), but no person of
    /// the organisation and nothing unpublished. Left out: the preparer, contact and signatories (personal data the
    /// organisation gave for its own signed copy, not for publication), the review record and the audit trail (who did
    /// what and the reviewers' reasons belong to the workflow, and name staff), the trend's years that are not published
    /// (<paramref name="publishedYears"/>) and the target section (its gap series counts years whether published or not;
    /// the public page shows the target from published figures only). Taken out of the model rather than skipped by the
    /// writer, so no writer can print them.
    /// </summary>
    public ReportModel ForPublic(IReadOnlyCollection<int> publishedYears) => this with
    {
        ReviewHistory = [],
        Audit = [],
        SignOff = SignOff with { PreparerName = null, PreparerPosition = null, ContactPhone = null, ContactEmail = null, Signatories = [] },
        Trend = Trend.Where(p => p.IsThisInventory || publishedYears.Contains(p.Year)).ToList(),
        Target = null,
        IsPublicCopy = true,
    };
}

/// <summary>What the organisation's report profile adds to an official report.</summary>
public sealed record ReportSignOff(
    ReportingPeriod Period, string? PreparerName, string? PreparerPosition, string? ContactPhone, string? ContactEmail,
    IReadOnlyList<Signatory> Signatories, byte[]? Logo)
{
    /// <summary>An organisation with no profile: calendar year, nobody named, no logo.</summary>
    public static ReportSignOff None { get; } = new(ReportingPeriod.CalendarYear, null, null, null, null, [], null);
}

/// <summary>
/// The organisation's population and area in the inventory's year and the inventory's total (kg CO2e), with the
/// intensities the report prints, unrounded: kg per person and t per km² (null without the figure), as the roll-ups divide.
/// </summary>
public sealed record ReportYearContext(int? Population, decimal? AreaKm2, decimal TotalKg)
{
    public decimal? PerPersonKg => Population is > 0 and var p ? TotalKg / p : null;

    public decimal? PerKm2T => AreaKm2 is > 0 and var a ? TotalKg / 1000m / a : null;
}

/// <summary>Cover data: who, where, when, what kind, in what status, on what factor basis.</summary>
public sealed record ReportCover(
    Guid InventoryId,
    string OrganisationCode,
    string OrganisationNameTh,
    string OrganisationNameEn,
    OrganisationType OrganisationType,
    string ProvinceCode,
    string ProvinceNameTh,
    string ProvinceNameEn,
    Region Region,
    int Year,
    InventoryKind Kind,
    InventoryStatus Status,
    int Version,
    string FactorEditionCode,
    string FactorEditionNameTh,
    string FactorEditionNameEn,
    string GwpSetCode,
    string GwpSetNameTh,
    string GwpSetNameEn,
    ReportCitation GwpSetSource)
{
    /// <summary>The Buddhist Era year (Gregorian + 543), as Thai reports print it.</summary>
    public int YearBe => Year + 543;
}

/// <summary>
/// Totals, kg CO2e. Scope 1 + 2 + 3 for every kind; for a City inventory also BASIC, BASIC+ and territorial (null
/// for an Organisation inventory). Memo items are outside every total.
/// </summary>
public sealed record ReportTotals(decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal MemoKg, decimal? BasicKg, decimal? BasicPlusKg, decimal? TerritorialKg)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;

    public decimal Scope1T => Scope1Kg / 1000m;

    public decimal Scope2T => Scope2Kg / 1000m;

    public decimal Scope3T => Scope3Kg / 1000m;

    public decimal MemoT => MemoKg / 1000m;

    public decimal TotalT => TotalKg / 1000m;

    public decimal? BasicT => BasicKg / 1000m;

    public decimal? BasicPlusT => BasicPlusKg / 1000m;

    public decimal? TerritorialT => TerritorialKg / 1000m;
}

/// <summary>One cell of the GPC table (City inventories): CO2e or only notation keys, and which totals it counts in.</summary>
public sealed record ReportGpcCell(
    string Reference,
    GpcSector Sector,
    EmissionScope Scope,
    decimal? Co2eKg,
    IReadOnlyList<NotationKey> NotationKeys,
    IReadOnlyList<string> Notes,
    bool InBasic,
    bool InBasicPlus,
    bool InTerritorial)
{
    public decimal? Co2eT => Co2eKg / 1000m;
}

/// <summary>A chart bar: a category group (Organisation) or a GPC sector (City), split by scope.</summary>
public sealed record ReportGroupTotal(string Key, string NameTh, string NameEn, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;

    public decimal TotalT => TotalKg / 1000m;
}

/// <summary>One year of the organisation's inventories of the same kind (this one included), from stored results.</summary>
public sealed record ReportTrendPoint(int Year, InventoryStatus Status, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, bool IsThisInventory)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;

    public decimal TotalT => TotalKg / 1000m;
}

/// <summary>
/// One stored result part of one activity line (most lines have one part; City grid electricity also has its
/// T&amp;D-loss part), with the line's own data. A line without stored results has one row with no CO2e.
/// </summary>
public sealed record ReportLine(
    Guid LineId,
    LinePart Part,
    ActivityCategory Category,
    string CategoryNameTh,
    string CategoryNameEn,
    CategoryGroup Group,
    string? GpcReference,
    EmissionScope Scope,
    string? Description,
    decimal? Amount,
    string? UnitCode,
    string? UnitNameTh,
    string? UnitNameEn,
    IReadOnlyList<decimal>? MonthlyValues,
    decimal? ConvertedAmount,
    string? ConvertedUnitCode,
    IReadOnlyList<ReportGas> Gases,
    decimal? Co2eKg,
    decimal MemoCo2eKg,
    bool UsesCustomFactor,
    string? CustomFactorJustification,
    string? DataSource,
    DataQuality DataQuality,
    NotationKey? NotationKey,
    string? NotationExplanation,
    string? Formula,
    bool InBasic,
    bool InBasicPlus,
    bool InTerritorial)
{
    public decimal? Co2eT => Co2eKg / 1000m;

    public decimal MemoCo2eT => MemoCo2eKg / 1000m;

    /// <summary>The stored result's formula language-free (null for a row calculated before it was stored).</summary>
    public string? Derivation { get; init; }

    /// <summary>The formula in the report's language (<see cref="Calculation.FormulaRenderer"/>).</summary>
    public string? FormulaIn(ReportLanguage language) => Formula is null ? null : Calculation.FormulaRenderer.Render(Formula, Derivation, language);
}

/// <summary>One gas of a line: the factor (value per unit and source), GWP, mass and CO2e.</summary>
public sealed record ReportGas(Gas Gas, decimal? FactorKgPerUnit, string? FactorPerUnitCode, string? FactorSource, decimal Gwp, decimal MassKg, decimal Co2eKg, bool IsMemo);

/// <summary>
/// A distinct factor the inventory used, with its citation for a reader (<see cref="ReportCitation"/>: the edition's
/// publication, or the justification of a custom factor).
/// </summary>
public sealed record ReportFactorUsed(ActivityCategory Category, string CategoryNameTh, string CategoryNameEn, Gas Gas, decimal KgPerUnit, string PerUnitCode, ReportCitation Source, bool IsCustom, decimal Gwp);

/// <summary>A memo item: CO2e reported outside the totals (biogenic CO2, HCFC-22).</summary>
public sealed record ReportMemoItem(Guid LineId, string CategoryNameTh, string CategoryNameEn, string? Description, IReadOnlyList<Gas> Gases, decimal Co2eKg)
{
    public decimal Co2eT => Co2eKg / 1000m;
}

/// <summary>How many lines (and how much CO2e) have each data-quality rating.</summary>
public sealed record ReportDataQuality(DataQuality Quality, int LineCount, decimal Co2eKg)
{
    public decimal Co2eT => Co2eKg / 1000m;
}

/// <summary>One status move of the review workflow.</summary>
public sealed record ReportReviewStep(InventoryStatus From, InventoryStatus To, string User, string? Reason, DateTimeOffset At);

/// <summary>One audit-trail entry of the inventory.</summary>
public sealed record ReportAuditEntry(DateTimeOffset At, string? User, string EntityType, string EntityId, string Action, string? OldValues, string? NewValues);

/// <summary>Which inventories a roll-up covers: a year (or every year) and a kind (or both).</summary>
public sealed record RollupFilter(int? Year, InventoryKind? Kind = null);

/// <summary>
/// The provincial or national roll-up: one row per counted inventory the user may see (<see cref="RollUps.Counted"/>:
/// never a draft or a returned one), ready for pivot tables, and the totals by province and by year (summed by the
/// service, so writers only render). <see cref="NotCounted"/> says how many inventories of the filter were left out,
/// per status, without their figures.
/// </summary>
public sealed record RollupModel(
    RollupFilter Filter,
    IReadOnlyList<RollupRow> Rows,
    IReadOnlyList<RollupTotal> ByProvince,
    IReadOnlyList<RollupTotal> ByYear,
    DateTimeOffset GeneratedAt)
{
    public IReadOnlyDictionary<InventoryStatus, int> NotCounted { get; init; } = new Dictionary<InventoryStatus, int>();
}

/// <summary>
/// Sums over several inventories of one kind and year (and one province for <see cref="RollupModel.ByProvince"/>;
/// the province fields are null in <see cref="RollupModel.ByYear"/>). BASIC is null when no City inventory is included.
/// <see cref="NotFinalCount"/> of the inventories are counted but not final (submitted, not yet approved): writers label it.
/// </summary>
public sealed record RollupTotal(
    int Year,
    InventoryKind Kind,
    string? ProvinceCode,
    string? ProvinceNameTh,
    string? ProvinceNameEn,
    int InventoryCount,
    decimal Scope1Kg,
    decimal Scope2Kg,
    decimal Scope3Kg,
    decimal MemoKg,
    decimal? BasicKg,
    decimal? BasicPlusKg,
    decimal? TerritorialKg,
    int NotFinalCount = 0)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;
}

/// <summary>
/// One inventory in a roll-up. Scope and GPC totals are sums over stored results done in SQL; <see cref="BySector"/>
/// splits the total by category group (Organisation) or GPC sector (City).
/// </summary>
public sealed record RollupRow(
    Guid InventoryId,
    string OrganisationCode,
    string OrganisationNameTh,
    string OrganisationNameEn,
    OrganisationType OrganisationType,
    string ProvinceCode,
    string ProvinceNameTh,
    string ProvinceNameEn,
    Region Region,
    int Year,
    InventoryKind Kind,
    InventoryStatus Status,
    string FactorEditionCode,
    decimal Scope1Kg,
    decimal Scope2Kg,
    decimal Scope3Kg,
    decimal MemoKg,
    decimal? BasicKg,
    decimal? BasicPlusKg,
    decimal? TerritorialKg,
    IReadOnlyList<ReportGroupTotal> BySector)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;
}

/// <summary>A file for download: deterministic name, content type and bytes.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";
}
