using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// Loads what an inventory's calculation needs, calls the pure engine (docs/conventions.md C1) and stores the results, so
/// roll-ups are SQL sums. A change to some lines replaces only the results of the lines it touches and moves the
/// summary by the difference (<see cref="RecalculateLinesAsync"/>), so one write costs the same whatever the
/// inventory's size; a new factor edition or GWP set replaces them whole (<see cref="StageResultsAsync"/>).
/// </summary>
public sealed class InventoryCalculationService(AppDbContext db, TimeProvider clock, ILogger<InventoryCalculationService> logger)
    : ActivityData.IInventoryCalculator
{
    /// <summary>
    /// Calculates <paramref name="inventory"/> (its <see cref="Inventory.Lines"/> loaded and possibly changed in
    /// memory) and stages the new results in the context, replacing the old ones. The caller saves once, so data
    /// and results are committed together or not at all. Throws <see cref="CalculationException"/> naming the line
    /// when a line cannot be calculated.
    /// </summary>
    public async Task StageResultsAsync(Inventory inventory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var started = clock.GetTimestamp();
        var result = await CalculateAsync(inventory, ct);

        // The gases go with their results by the database's cascade: not loaded, so not tracked.
        db.ActivityLineResults.RemoveRange(await db.ActivityLineResults.Where(r => r.InventoryId == inventory.Id).ToListAsync(ct));
        db.InventoryTotals.RemoveRange(await db.InventoryTotals.Where(t => t.InventoryId == inventory.Id).ToListAsync(ct));
        db.InventoryTotals.AddRange(InventoryTotals.For(inventory.Id, inventory.OrganisationId, inventory.Year, inventory.Kind, inventory.Status,
            result.Lines.Select(ValueOf)));
        AddResults(inventory, result);
        logger.LogInformation(
            "Inventory {InventoryId} ({Year}, {Kind}) calculated with {Edition} and {GwpSet}: {LineCount} result lines in {ElapsedMs} ms",
            inventory.Id, inventory.Year, inventory.Kind, result.FactorEditionCode, result.GwpSetCode, result.Lines.Count,
            clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The activity-data hook: stages the new results in the caller's unit of work.</summary>
    public Task RecalculateAsync(Inventory inventory, CancellationToken ct) => StageResultsAsync(inventory, ct);

    /// <summary>
    /// Stages, in the caller's unit of work, the results of a change to <paramref name="lines"/> of
    /// <paramref name="inventory"/>: lines tracked by this context as added, changed or deleted. The results of
    /// those lines (and of the other lines of the inventory on a landfill site one of them is or was on, which share
    /// its deposit history) are replaced, the deleted lines' results removed, and the summary rows moved by the
    /// difference. The other lines are not read, so the cost does not grow with the inventory's size; each line's
    /// result depends only on the line, its site and the inventory's basis, so the stored results equal a full
    /// recalculation's. Throws <see cref="CalculationException"/> naming the line when one cannot be calculated.
    /// </summary>
    public async Task RecalculateLinesAsync(Inventory inventory, IReadOnlyCollection<ActivityLine> lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(lines);
        var started = clock.GetTimestamp();
        lines = lines.Distinct().ToList();
        var touched = lines.Select(l => l.Id).ToHashSet();
        var live = lines.Where(l => db.Entry(l).State != EntityState.Deleted).ToList();
        var edition = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors)
            .SingleAsync(e => e.Id == inventory.FactorEditionId, ct);

        // Stored results are a base to build on only if they are on the inventory's basis (ResultsBasis). A line
        // without (stored by a path that did not calculate) or a basis change whose recalculation did not finish
        // makes this write recalculate every line, once.
        var basis = db.Inventories.Where(i => i.Id == inventory.Id)
            .Select(i => new InventoryBasis { InventoryId = i.Id, EditionCode = edition.Code, GwpSetCode = inventory.GwpSetCode });
        var whole = await ResultsBasis.OffBasis(db, basis).AnyAsync(ct);
        var siteIds = lines
            .SelectMany(l => new[] { l.SolidWasteSiteId, db.Entry(l).Property(x => x.SolidWasteSiteId).OriginalValue })
            .OfType<Guid>().Distinct().ToList();
        if (whole || siteIds.Count > 0)
        {
            var others = await db.ActivityLines.AsNoTracking()
                .Where(l => l.InventoryId == inventory.Id && (whole || (l.SolidWasteSiteId != null && siteIds.Contains(l.SolidWasteSiteId.Value))))
                .ToListAsync(ct);
            live.AddRange(others.Where(l => touched.Add(l.Id)));
        }

        var result = await CalculateLinesAsync(inventory, live, edition, ct);
        var ids = touched.ToList();
        var old = await db.ActivityLineResults.Where(r => r.InventoryId == inventory.Id && (whole || ids.Contains(r.LineId))).ToListAsync(ct);
        db.ActivityLineResults.RemoveRange(old);
        var totals = await db.InventoryTotals.Where(t => t.InventoryId == inventory.Id).ToListAsync(ct);
        if (whole)
        {
            db.InventoryTotals.RemoveRange(totals);
            db.InventoryTotals.AddRange(InventoryTotals.For(inventory.Id, inventory.OrganisationId, inventory.Year, inventory.Kind, inventory.Status,
                result.Lines.Select(ValueOf)));
        }
        else
        {
            var (added, emptied) = InventoryTotals.Update(totals, inventory,
                old.Select(r => new InventoryTotals.LineValue(r.Category, r.GpcReference, r.Scope, r.Co2eKg)), result.Lines.Select(ValueOf));
            db.InventoryTotals.RemoveRange(emptied);
            db.InventoryTotals.AddRange(added);
        }

        AddResults(inventory, result);
        logger.LogInformation(
            "Inventory {InventoryId} ({Year}, {Kind}): {LineCount} lines recalculated with {Edition} and {GwpSet} in {ElapsedMs} ms",
            inventory.Id, inventory.Year, inventory.Kind, touched.Count, result.FactorEditionCode, result.GwpSetCode,
            clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Recalculates one stored inventory and saves its results.</summary>
    public async Task RecalculateAndSaveAsync(Guid inventoryId, CancellationToken ct)
    {
        var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == inventoryId, ct);
        await StageResultsAsync(inventory, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The engine's result for an inventory, without storing anything.</summary>
    public async Task<InventoryResult> CalculateAsync(Inventory inventory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var edition = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors)
            .SingleAsync(e => e.Id == inventory.FactorEditionId, ct);
        return await CalculateWithAsync(inventory, edition, ct);
    }

    /// <summary>The engine's result for an inventory with another (possibly unsaved) edition, storing nothing: a publication preview.</summary>
    public Task<InventoryResult> CalculateWithAsync(Inventory inventory, Domain.Factors.EmissionFactorEdition edition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return CalculateLinesAsync(inventory, inventory.Lines, edition, ct);
    }

    /// <summary>The engine's result for some lines of an inventory, on its basis with <paramref name="edition"/>.</summary>
    private async Task<InventoryResult> CalculateLinesAsync(
        Inventory inventory, IReadOnlyList<ActivityLine> lines, Domain.Factors.EmissionFactorEdition edition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var gwp = await db.GwpSets.AsNoTracking().SingleAsync(g => g.Code == inventory.GwpSetCode, ct);
        var siteIds = lines.Where(l => l.SolidWasteSiteId is not null).Select(l => l.SolidWasteSiteId!.Value).Distinct().ToList();
        var sites = siteIds.Count == 0
            ? new Dictionary<Guid, SolidWasteSite>()
            : await db.SolidWasteSites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var records = lines.Where(l => !l.AwaitsValue).Select(line => ToRecord(line, sites)).ToList();
        return EmissionCalculator.Calculate(records, new CalculationBasis(edition, gwp, inventory.Kind, inventory.Year));
    }

    /// <summary>An activity line as the engine sees it; landfill lines take their deposit history from their site.</summary>
    public static ActivityRecord ToRecord(ActivityLine line, IReadOnlyDictionary<Guid, SolidWasteSite> sites)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(sites);
        var parameters = MethodParametersJson.Parse(line.Definition.Method, line.ParametersJson);
        if (line.SolidWasteSiteId is { } siteId && sites.TryGetValue(siteId, out var site))
        {
            parameters = parameters is SolidWasteDisposalParameters given ? given.AtSite(site) : SolidWasteDisposalParameters.FromSite(site);
        }

        // The screening method derives the refrigerant mass from charge × leak rate: the engine takes no quantity then.
        var quantity = parameters is Domain.Calculation.Refrigerants.RefrigerantScreeningParameters ? null : line.Quantity;
        return new ActivityRecord(
            line.Id, line.Category, quantity, line.NotationKey, line.GpcSubsector, line.CustomFactor, parameters, line.DataQuality)
        {
            NotationExplanation = line.NotationExplanation,
        };
    }

    /// <summary>Adds the result rows of <paramref name="result"/>'s lines, placed in the GPC totals for a city inventory.</summary>
    private void AddResults(Inventory inventory, InventoryResult result)
    {
        var now = clock.GetUtcNow();
        var cells = result.City?.Cells.ToDictionary(c => c.Reference, StringComparer.Ordinal);
        foreach (var line in result.Lines)
        {
            var entity = ToEntity(inventory.Id, result, line, now);
            if (cells is not null && line.GpcReference is { } reference && cells.TryGetValue(reference, out var cell))
            {
                entity.PlaceInGpcTotals(cell.InBasic, cell.InBasicPlus, cell.InTerritorial);
            }

            db.ActivityLineResults.Add(entity);
        }
    }

    private static InventoryTotals.LineValue ValueOf(LineResult line) => new(line.Category, line.GpcReference, line.Scope, line.Co2eKg);

    private static ActivityLineResult ToEntity(Guid inventoryId, InventoryResult result, LineResult line, DateTimeOffset now) =>
        new(
            line.LineId,
            line.Part,
            inventoryId,
            line.Category,
            line.Scope,
            line.GpcReference,
            line.ConvertedQuantity,
            line.Co2eKg,
            line.MemoCo2eKg,
            line.Formula,
            result.FactorEditionCode,
            result.GwpSetCode,
            line.UsesCustomFactor,
            line.NotationKey,
            line.Convention,
            now,
            line.Gases.Select(g => new ActivityLineGasResult(
                g.Gas, g.MassKg, g.Gwp, g.Co2eKg, g.IsMemo, g.Factor?.KgPerUnit, g.Factor?.PerUnit, g.Factor?.Source)),
            line.Derivation.ToJson());
}
