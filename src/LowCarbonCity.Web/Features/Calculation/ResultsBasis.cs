using LowCarbonCity.Web.Data;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>An inventory's basis as stored results are matched against it: its pinned edition's code and its GWP set.</summary>
public sealed class InventoryBasis
{
    public Guid InventoryId { get; init; }

    public string EditionCode { get; init; } = "";

    public string GwpSetCode { get; init; } = "";
}

/// <summary>
/// Whether an inventory's stored results are on its basis: every line that has a value (a quantity or a notation key;
/// a line awaiting its value has no result) has a result calculated with the inventory's edition and GWP set. They are
/// not when a basis change was saved and its recalculation did not finish (the process stopped between the two, as
/// publishing an edition re-pins inventories in one save and recalculates them in others). One rule for the write
/// path, which then recalculates the whole inventory once, and for the recovery at start, which recalculates every
/// such inventory.
/// </summary>
public static class ResultsBasis
{
    /// <summary>The inventories of <paramref name="bases"/> whose results are not all on their basis.</summary>
    public static IQueryable<Guid> OffBasis(AppDbContext db, IQueryable<InventoryBasis> bases)
    {
        ArgumentNullException.ThrowIfNull(db);
        return bases
            .Where(b => db.ActivityLines.Any(l => l.InventoryId == b.InventoryId && (l.Amount != null || l.NotationKey != null)
                && !db.ActivityLineResults.Any(r => r.LineId == l.Id && r.FactorEditionCode == b.EditionCode && r.GwpSetCode == b.GwpSetCode)))
            .Select(b => b.InventoryId);
    }

    /// <summary>Every stored inventory on the basis it is pinned to.</summary>
    public static IQueryable<InventoryBasis> Stored(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from i in db.Inventories
               join e in db.EmissionFactorEditions on i.FactorEditionId equals e.Id
               select new InventoryBasis { InventoryId = i.Id, EditionCode = e.Code, GwpSetCode = i.GwpSetCode };
    }
}
