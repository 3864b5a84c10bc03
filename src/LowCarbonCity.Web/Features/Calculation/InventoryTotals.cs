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

    /// <summary>The row a line value is summed into: its category group, GPC sector and scope.</summary>
    public readonly record struct Key(CategoryGroup Sector, string? GpcSector, EmissionScope Scope);

    public static IEnumerable<InventoryTotal> For(
        Guid inventoryId, int organisationId, int year, InventoryKind kind, InventoryStatus status, IEnumerable<LineValue> lines) =>
        lines.Where(l => l.Co2eKg is not null)
            .GroupBy(KeyOf)
            .OrderBy(g => g.Key.Sector).ThenBy(g => g.Key.GpcSector, StringComparer.Ordinal).ThenBy(g => g.Key.Scope)
            .Select(g => new InventoryTotal(inventoryId, organisationId, year, kind, status, g.Key.Sector, g.Key.GpcSector, g.Key.Scope,
                g.Sum(l => AsStored(l.Co2eKg!.Value)), g.Count()));

    public static Key KeyOf(LineValue line) => new(ActivityCategories.Get(line.Category).Group, GpcSectorOf(line.GpcReference), line.Scope);

    public static Key KeyOf(InventoryTotal row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Sector, row.GpcSector, row.Scope);
    }

    /// <summary>
    /// Brings an inventory's summary <paramref name="rows"/> (tracked) from the old values of some lines to their new
    /// values, without reading the other lines: each group's row gets the difference (values as stored, so the sum is
    /// exactly what <see cref="For"/> gives for all lines). Returns the rows to add (a group that had no line with a
    /// value) and the rows to remove (a group left with none), as <see cref="For"/> would have neither.
    /// </summary>
    public static (IReadOnlyList<InventoryTotal> Added, IReadOnlyList<InventoryTotal> Emptied) Update(
        IReadOnlyList<InventoryTotal> rows, Inventory inventory, IEnumerable<LineValue> removed, IEnumerable<LineValue> added)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(added);
        var changes = new Dictionary<Key, (decimal Co2eKg, int Lines)>();
        void Change(LineValue line, int sign)
        {
            if (line.Co2eKg is { } co2e)
            {
                var key = KeyOf(line);
                var (sum, count) = changes.GetValueOrDefault(key);
                changes[key] = (sum + (sign * AsStored(co2e)), count + sign);
            }
        }

        foreach (var line in removed)
        {
            Change(line, -1);
        }

        foreach (var line in added)
        {
            Change(line, +1);
        }

        var byKey = rows.ToDictionary(KeyOf);
        var addedRows = new List<InventoryTotal>();
        var emptied = new List<InventoryTotal>();
        foreach (var (key, (co2e, count)) in changes.OrderBy(c => c.Key.Sector).ThenBy(c => c.Key.GpcSector, StringComparer.Ordinal).ThenBy(c => c.Key.Scope))
        {
            if (byKey.TryGetValue(key, out var row))
            {
                row.Add(co2e, count);
                if (row.Lines <= 0)
                {
                    emptied.Add(row);
                }
            }
            else if (count > 0)
            {
                addedRows.Add(new InventoryTotal(inventory.Id, inventory.OrganisationId, inventory.Year, inventory.Kind, inventory.Status,
                    key.Sector, key.GpcSector, key.Scope, co2e, count));
            }
        }

        return (addedRows, emptied);
    }

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
