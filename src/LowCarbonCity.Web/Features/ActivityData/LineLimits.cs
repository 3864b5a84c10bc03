using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// How many activity lines an inventory holds and one bulk call (the API's bulk upsert, a template import) sends at
/// most; docs/performance.md shows what a write costs up to these sizes. A larger inventory or call is refused
/// with a message naming the limit, before anything changes.
/// </summary>
public static class LineLimits
{
    /// <summary>Lines per inventory.</summary>
    public const int PerInventory = 5_000;

    /// <summary>Lines added or changed per bulk call (the template holds as many rows).</summary>
    public const int PerBulkCall = 2_000;

    /// <summary>The field the refusal is keyed by.</summary>
    public const string Field = "lines";

    /// <summary>
    /// The refusal, or null when <paramref name="adding"/> new lines fit in the inventory and the call's
    /// <paramref name="sent"/> lines fit in one bulk call (0 for a single-line write).
    /// </summary>
    public static async Task<LineFailure?> CheckAsync(AppDbContext db, Guid inventoryId, int adding, int sent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (sent > PerBulkCall)
        {
            return new LineFailure(Field, LineCodes.TooManyInCall, [PerBulkCall, sent]);
        }

        if (adding == 0)
        {
            return null;
        }

        var existing = await db.ActivityLines.CountAsync(l => l.InventoryId == inventoryId, ct);
        return existing + adding <= PerInventory
            ? null
            : new LineFailure(Field, LineCodes.TooManyInInventory, [PerInventory, existing, adding]);
    }
}
