using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// Builds the <see cref="InventoryTotal"/> summary rows of an inventory from its line results: every writer of line
/// results (the calculation service, the recalculation run, the national generator, the start-up backfill) uses
/// this one function, so the summary always equals the sum of the stored lines.
/// </summary>
public static class InventoryTotals
{
    /// <summary>One line result as the summary needs it.</summary>
    public readonly record struct LineValue(ActivityCategory Category, string? GpcReference, EmissionScope Scope, decimal? Co2eKg);

    public static IEnumerable<InventoryTotal> For(
        Guid inventoryId, int organisationId, int year, InventoryKind kind, InventoryStatus status, IEnumerable<LineValue> lines) =>
        lines.Where(l => l.Co2eKg is not null)
            .GroupBy(l => (Sector: ActivityCategories.Get(l.Category).Group, Gpc: GpcSectorOf(l.GpcReference), l.Scope))
            .OrderBy(g => g.Key.Sector).ThenBy(g => g.Key.Gpc, StringComparer.Ordinal).ThenBy(g => g.Key.Scope)
            .Select(g => new InventoryTotal(inventoryId, organisationId, year, kind, status, g.Key.Sector, g.Key.Gpc, g.Key.Scope,
                g.Sum(l => AsStored(l.Co2eKg!.Value)), g.Count()));

    /// <summary>The first part of a GPC reference (<c>II.1.1</c> → <c>II</c>).</summary>
    public static string? GpcSectorOf(string? reference) => reference is null ? null : reference.Split('.')[0];

    /// <summary>A line value as the database keeps it: numeric(28,6), half away from zero (both providers).</summary>
    public static decimal AsStored(decimal value) => Math.Round(value, AppDbContext.QuantityScale, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Fills the summary for inventories that have line results but no summary rows (databases from before the
    /// summary existed). Runs at start-up; a no-op once filled.
    /// </summary>
    public static async Task<int> BackfillAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var missing = await db.Inventories.AsNoTracking()
            .Where(i => db.ActivityLineResults.Any(r => r.InventoryId == i.Id) && !db.InventoryTotals.Any(t => t.InventoryId == i.Id))
            .Select(i => new { i.Id, i.OrganisationId, i.Year, i.Kind, i.Status })
            .ToListAsync(ct);
        foreach (var batch in missing.Chunk(500))
        {
            var ids = batch.Select(b => b.Id).ToList();
            var lines = (await db.ActivityLineResults.AsNoTracking().Where(r => ids.Contains(r.InventoryId))
                    .Select(r => new { r.InventoryId, r.Category, r.GpcReference, r.Scope, r.Co2eKg }).ToListAsync(ct))
                .ToLookup(r => r.InventoryId);
            foreach (var i in batch)
            {
                db.InventoryTotals.AddRange(For(i.Id, i.OrganisationId, i.Year, i.Kind, i.Status,
                    lines[i.Id].Select(r => new LineValue(r.Category, r.GpcReference, r.Scope, r.Co2eKg))));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return missing.Count;
    }
}
