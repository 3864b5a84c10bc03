using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.RollUps;

/// <summary>What a published figure is for; each purpose counts the inventory statuses <see cref="Counted.Statuses"/> names.</summary>
public enum CountingPurpose
{
    /// <summary>Totals over every organisation the user may see: <c>/api/v1/rollups</c>, the national board, the roll-up page, workbook and CSV.</summary>
    NationalTotals,

    /// <summary>A province's totals: the province board and the national board's row of each province.</summary>
    ProvinceTotals,

    /// <summary>
    /// Figures over years: the roll-up's trend, the inventory report's trend against earlier years and a target's
    /// actual emissions per year (organisation or province).
    /// </summary>
    Trend,

    /// <summary>Who reported: an organisation with an inventory counted here is reporting; the others are missing, never zero.</summary>
    Completeness,
}

/// <summary>
/// The one definition of which inventories count in a published figure (docs/adr/0013-what-counts.md). Every
/// purpose counts the inventories a municipality has submitted and that are not back with it: submitted, approved
/// and verified. A draft or a returned inventory is the municipality's working copy: it counts nowhere, so a year with
/// only drafts is missing (no figure), never its draft's figure and never zero. Submitted figures are counted but not
/// final (<see cref="IsFinal"/>): every table and trend that shows one labels it with its status.
/// </summary>
public static class Counted
{
    private static readonly InventoryStatus[] Reported = [InventoryStatus.Submitted, InventoryStatus.Approved, InventoryStatus.Verified];

    /// <summary>The statuses that count for <paramref name="purpose"/>, as a list a LINQ query can send to SQL.</summary>
    public static IReadOnlyList<InventoryStatus> Statuses(CountingPurpose purpose) => purpose switch
    {
        CountingPurpose.NationalTotals or CountingPurpose.ProvinceTotals or CountingPurpose.Trend or CountingPurpose.Completeness => Reported,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static bool Counts(CountingPurpose purpose, InventoryStatus status) => Statuses(purpose).Contains(status);

    /// <summary>Approved by the province (or verified by TGO): the figure will not change unless reopened. Others are labelled.</summary>
    public static bool IsFinal(InventoryStatus status) => status is InventoryStatus.Approved or InventoryStatus.Verified;
}
