using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// Keeps <see cref="InventoryTotal.Status"/> equal to its inventory's status: before each SaveChanges, the summary rows
/// of every inventory whose status changed follow it, in the same transaction. Every workflow move goes through a
/// tracked <see cref="Inventory.MoveTo"/> and SaveChanges, so no writer has to remember this; the bulk COPY writer
/// writes the status it read and corrects it in its own transaction (docs/adr/0011-status-in-the-summary.md).
/// </summary>
public sealed class InventoryTotalStatusSync : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Moved(eventData?.Context) is { Count: > 0 } moved)
        {
            var ids = moved.Keys.ToList();
            Follow(eventData!.Context!, moved, eventData.Context!.Set<InventoryTotal>().Where(t => ids.Contains(t.InventoryId)).ToList());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Moved(eventData?.Context) is { Count: > 0 } moved)
        {
            var ids = moved.Keys.ToList();
            Follow(eventData!.Context!, moved, await eventData.Context!.Set<InventoryTotal>().Where(t => ids.Contains(t.InventoryId)).ToListAsync(cancellationToken));
        }

        return result;
    }

    /// <summary>The inventories, already stored, whose status this save changes, with their new status.</summary>
    private static Dictionary<Guid, InventoryStatus>? Moved(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }

        context.ChangeTracker.DetectChanges();
        return context.ChangeTracker.Entries<Inventory>()
            .Where(e => e.State == EntityState.Modified && e.Property(i => i.Status).IsModified)
            .ToDictionary(e => e.Entity.Id, e => e.Entity.Status);
    }

    /// <summary>Moves the stored rows (now tracked) and any row added in this same save.</summary>
    private static void Follow(DbContext context, Dictionary<Guid, InventoryStatus> moved, List<InventoryTotal> stored)
    {
        foreach (var total in stored.Concat(context.ChangeTracker.Entries<InventoryTotal>()
                     .Where(e => e.State == EntityState.Added).Select(e => e.Entity)))
        {
            if (moved.TryGetValue(total.InventoryId, out var status))
            {
                total.Follow(status);
            }
        }
    }
}
