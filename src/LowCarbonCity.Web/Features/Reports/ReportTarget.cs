using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// The target that applies to a report's inventory (its organisation's, else its province's) with the gap chart
/// series in t CO2e, unrounded (computed by <see cref="GapCalculator"/> from stored results, never by a writer).
/// </summary>
public sealed record ReportTarget(
    TargetScopeKind ScopeKind,
    string PlaceTh,
    string PlaceEn,
    InventoryKind InventoryKind,
    int BaseYear,
    int TargetYear,
    ReductionKind ReductionKind,
    decimal ReductionValue,
    IReadOnlyList<EmissionScope> Scopes,
    decimal? BaseYearT,
    decimal? TargetT,
    int MeasureCount,
    IReadOnlyList<GapYear> Years)
{
    /// <summary>Years whose actual counts a submitted inventory, not yet approved: the writer labels them.</summary>
    public IReadOnlySet<int> NotFinalYears { get; init; } = new HashSet<int>();
}
