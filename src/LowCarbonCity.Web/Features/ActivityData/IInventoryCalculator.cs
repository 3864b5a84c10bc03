using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// Hook for the calculation engine: called by <see cref="ActivityDataService"/> after every successful change to an
/// inventory's activity data, before the one SaveChanges, so stored results change in the same transaction. The
/// inventory comes with its lines loaded and tracked.
/// </summary>
public interface IInventoryCalculator
{
    Task RecalculateAsync(Inventory inventory, CancellationToken ct);
}
