using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Calculation;

namespace LowCarbonCity.Web.Features.RollUps;

/// <summary>What a roll-up can be grouped by.</summary>
public enum RollupDimension
{
    Region,
    Province,
    /// <summary>The category group (stationary combustion, electricity, waste...).</summary>
    Sector,
    /// <summary>The GPC sector: the first part of the GPC reference (I, II, III...).</summary>
    GpcSector,
    Scope,
    Year,
    /// <summary>The organisation type (city municipality, subdistrict administrative organisation...).</summary>
    OrganisationType,
}

/// <summary>A roll-up request: years, inventory kind, and the grouping (empty: one national total per year range).</summary>
public sealed record RollupQuery
{
    public int? Year { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public InventoryKind Kind { get; init; } = InventoryKind.Organisation;

    public IReadOnlyList<RollupDimension> GroupBy { get; init; } = [];
}

/// <summary>
/// One group's total. Keys not grouped by are null. Only groups with stored results appear: no data is never zero.
/// <paramref name="Population"/> and <paramref name="AreaKm2"/> are summed over the reporting organisations of the
/// row's region/province/type/year cell (organisation-years when several years fall in one row); the intensities
/// are null unless every one of those organisations has the figure for that year (a partial sum would mislead).
/// </summary>
public sealed record RollupRow(
    Region? Region, string? ProvinceCode, CategoryGroup? Sector, string? GpcSector, EmissionScope? Scope, int? Year,
    Measure Co2e, OrganisationType? OrganisationType = null, long? Population = null, Measure? PerCapita = null,
    decimal? AreaKm2 = null, Measure? PerKm2 = null);

/// <summary>
/// Who reported, per region/province/organisation type (as grouped) and year: organisations that keep
/// inventories (expected), those whose inventory is reported (submitted, approved, verified), those with none
/// reported (missing: never counted as zero emissions), those with no inventory at all, and inventories per status.
/// </summary>
public sealed record Completeness(
    Region? Region, string? ProvinceCode, int Year, int ExpectedOrganisations, int ReportingOrganisations, int MissingOrganisations,
    OrganisationType? OrganisationType = null, int WithoutInventory = 0, IReadOnlyDictionary<InventoryStatus, int>? ByStatus = null);

/// <summary>The total of one year of the range (the trend); a year with nothing reported is absent, not zero.</summary>
public sealed record YearTotal(int Year, Measure Co2e);

public sealed record RollupReport(
    int FromYear, int ToYear, InventoryKind Kind, IReadOnlyList<RollupDimension> GroupBy, IReadOnlyList<InventoryStatus> CountedStatuses,
    Measure Total, IReadOnlyList<RollupRow> Rows, IReadOnlyList<Completeness> Completeness, IReadOnlyList<YearTotal>? Trend = null);
