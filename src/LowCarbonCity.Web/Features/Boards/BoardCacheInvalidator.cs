using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LowCarbonCity.Web.Features.Boards;

/// <summary>
/// Drops the boards' cached figures (<see cref="BoardCache"/>) when a save adds, changes or deletes what a board
/// shows: inventories (status, year), their per-inventory totals, organisations (and their yearly population) or
/// provinces, targets and their reduction measures (the boards' targets panels), memberships (the province
/// board's "no account"), and verification bodies and statements (the public page's statement). It invalidates
/// before the save and again after it, so a board computed while the save was in flight is not kept.
/// </summary>
public sealed class BoardCacheInvalidator(BoardCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        InvalidateIfBoardsChange(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        InvalidateIfBoardsChange(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        InvalidateIfBoardsChanged(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        InvalidateIfBoardsChanged(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    private static readonly object Marker = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _pending = new();

    private void InvalidateIfBoardsChange(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var touched = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Inventory or InventoryTotal or Organisation or OrganisationYearContext or Province or Target or ReductionMeasure or OrganisationMembership
                or Domain.Verification.VerificationBody or Domain.Verification.VerificationStatement);
        if (touched)
        {
            _pending.AddOrUpdate(context, Marker);
            cache.Invalidate();
        }
    }

    private void InvalidateIfBoardsChanged(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            cache.Invalidate();
        }
    }
}
