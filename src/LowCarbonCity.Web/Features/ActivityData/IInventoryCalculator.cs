using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// Hook for the calculation engine: called by <see cref="ActivityDataService"/> after every successful change to an
/// inventory's activity data, before the one SaveChanges, so stored results change in the same transaction.
/// </summary>
public interface IInventoryCalculator
{
    /// <summary>Replaces every result of the inventory; it comes with its lines loaded and tracked.</summary>
    Task RecalculateAsync(Inventory inventory, CancellationToken ct);

    /// <summary>
    /// Replaces the results of <paramref name="lines"/> only (tracked: added, changed or deleted) and moves the
    /// inventory's totals by the difference: the cost of a change does not grow with the inventory's size.
    /// </summary>
    Task RecalculateLinesAsync(Inventory inventory, IReadOnlyCollection<ActivityLine> lines, CancellationToken ct);
}
