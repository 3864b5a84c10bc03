using System.Security.Claims;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.EmissionFactors;

/// <summary>What publishing an edition did to the existing inventories.</summary>
/// <param name="Code">The new edition.</param>
/// <param name="Moved">Editable inventories re-pinned to it.</param>
/// <param name="Recalculated">Of those, recalculated (stored results replaced).</param>
/// <param name="NotCalculable">Editable inventories the new edition cannot calculate (a factor it lacks): they keep their edition.</param>
public sealed record PublishedEdition(string Code, int Moved, int Recalculated, int NotCalculable);

/// <summary>
/// Publishes an edition (<see cref="FactorEditionService.PublishAsync"/>) and adopts it (docs/design.md section 2): every editable
/// (Draft or Returned) inventory of a year for which <see cref="FactorEditionSelector"/> now picks the new edition is
/// re-pinned to it (audited as any basis change) and recalculated (<see cref="RecalculationService"/>). Submitted,
/// approved and verified inventories keep their edition and results; an inventory the new edition cannot calculate
/// keeps its edition too. One method for the publish page and the API.
/// </summary>
public sealed class EditionAdoptionService(
    AppDbContext db, FactorEditionService editions, InventoryCalculationService calculator, RecalculationService recalculation,
    TimeProvider clock, ILogger<EditionAdoptionService> logger)
{
    /// <summary>Inventories re-pinned per save.</summary>
    public const int BatchSize = 200;

    public async Task<Result<PublishedEdition>> PublishAsync(ClaimsPrincipal user, PublishEditionInput header, string csv, CancellationToken ct)
    {
        var published = await editions.PublishAsync(user, header, csv, ct);
        if (!published.IsOk)
        {
            return published.As<PublishedEdition>();
        }

        var code = published.Value!;
        var edition = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).SingleAsync(e => e.Code == code, ct);
        var ids = await CandidatesAsync(edition, ct);
        var moved = new List<Guid>();
        var notCalculable = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var (m, n) = await MoveAsync(batch, edition, ct);
            moved.AddRange(m);
            notCalculable += n;
        }

        var summary = await recalculation.RecalculateAsync(moved, progress: null, ct);
        logger.LogInformation(
            "Factor edition {Edition} adopted: {Moved} editable inventories moved, {Recalculated} recalculated, {NotCalculable} not calculable with it",
            code, moved.Count, summary.Recalculated, notCalculable);
        return Result<PublishedEdition>.Ok(new PublishedEdition(code, moved.Count, summary.Recalculated, notCalculable));
    }

    /// <summary>Editable inventories pinned to another edition, of the years in the edition's validity for which the selector picks it.</summary>
    private async Task<List<Guid>> CandidatesAsync(EmissionFactorEdition edition, CancellationToken ct)
    {
        int id = edition.Id, from = edition.ValidFromYear, to = edition.ValidToYear ?? int.MaxValue;
        var candidates = db.Inventories.AsNoTracking().Where(i => i.FactorEditionId != id && i.Year >= from && i.Year <= to
            && (i.Status == InventoryStatus.Draft || i.Status == InventoryStatus.Returned));
        var all = await db.EmissionFactorEditions.AsNoTracking().ToListAsync(ct);
        var years = (await candidates.Select(i => i.Year).Distinct().ToListAsync(ct)).Where(y => Picks(all, y, edition.Code)).ToList();
        return years.Count == 0 ? [] : await candidates.Where(i => years.Contains(i.Year)).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
    }

    private static bool Picks(IReadOnlyList<EmissionFactorEdition> all, int year, string code)
    {
        try
        {
            return FactorEditionSelector.ForYear(all, year).Code == code;
        }
        catch (InvalidOperationException)
        {
            // Two editions start the same year: the selector cannot choose, so nothing moves for that year.
            return false;
        }
    }

    /// <summary>
    /// Re-pins the inventories the edition can calculate, in one save; when someone changed one meanwhile (a stale
    /// version), each is retried alone and a conflicting one is left as it is.
    /// </summary>
    private async Task<(List<Guid> Moved, int NotCalculable)> MoveAsync(Guid[] ids, EmissionFactorEdition edition, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var inventories = await db.Inventories.Include(i => i.Lines).AsSplitQuery().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var moved = new List<Guid>();
        var notCalculable = 0;
        var now = clock.GetUtcNow();
        foreach (var inventory in inventories.Where(i => i.IsEditable && i.FactorEditionId != edition.Id))
        {
            try
            {
                await calculator.CalculateWithAsync(inventory, edition, ct);
            }
            catch (CalculationException e)
            {
                notCalculable++;
                logger.LogWarning("Inventory {InventoryId} keeps its edition: {Edition} cannot calculate it ({Reason})", inventory.Id, edition.Code, e.Message);
                continue;
            }

            inventory.ChangeBasis(edition.Id, inventory.GwpSetCode, now);
            moved.Add(inventory.Id);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (ids.Length > 1)
        {
            moved.Clear();
            notCalculable = 0;
            foreach (var one in ids)
            {
                var (m, n) = await MoveAsync([one], edition, ct);
                moved.AddRange(m);
                notCalculable += n;
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Inventory {InventoryId} changed while {Edition} was published; it keeps its edition", ids[0], edition.Code);
            moved.Clear();
        }

        db.ChangeTracker.Clear();
        return (moved, notCalculable);
    }
}
