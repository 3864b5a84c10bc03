using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// Loads what an inventory's calculation needs, calls the pure engine (docs/conventions.md C1) and stores the results, so
/// roll-ups are SQL sums. Results are replaced whole whenever lines, the factor edition or the GWP set change.
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

        var old = await db.ActivityLineResults.Where(r => r.InventoryId == inventory.Id).Include(r => r.Gases).ToListAsync(ct);
        db.ActivityLineResults.RemoveRange(old);
        db.InventoryTotals.RemoveRange(await db.InventoryTotals.Where(t => t.InventoryId == inventory.Id).ToListAsync(ct));
        db.InventoryTotals.AddRange(InventoryTotals.For(inventory.Id, inventory.OrganisationId, inventory.Year, inventory.Kind, inventory.Status,
            result.Lines.Select(l => new InventoryTotals.LineValue(l.Category, l.GpcReference, l.Scope, l.Co2eKg))));
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
        logger.LogInformation(
            "Inventory {InventoryId} ({Year}, {Kind}) calculated with {Edition} and {GwpSet}: {LineCount} result lines in {ElapsedMs} ms",
            inventory.Id, inventory.Year, inventory.Kind, result.FactorEditionCode, result.GwpSetCode, result.Lines.Count,
            clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The activity-data hook: stages the new results in the caller's unit of work.</summary>
    public Task RecalculateAsync(Inventory inventory, CancellationToken ct) => StageResultsAsync(inventory, ct);

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
    public async Task<InventoryResult> CalculateWithAsync(Inventory inventory, Domain.Factors.EmissionFactorEdition edition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(edition);
        var gwp = await db.GwpSets.AsNoTracking().SingleAsync(g => g.Code == inventory.GwpSetCode, ct);
        var siteIds = inventory.Lines.Where(l => l.SolidWasteSiteId is not null).Select(l => l.SolidWasteSiteId!.Value).Distinct().ToList();
        var sites = siteIds.Count == 0
            ? new Dictionary<Guid, SolidWasteSite>()
            : await db.SolidWasteSites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var records = inventory.Lines.Select(line => ToRecord(line, sites)).ToList();
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
            var given = parameters as SolidWasteDisposalParameters;
            parameters = SolidWasteDisposalParameters.FromSite(
                site,
                given?.Convention ?? LandfillConvention.IpccFirstOrderDecay,
                given?.Docf,
                given?.BulkDoc,
                given?.RecoveredCh4,
                given?.CommitmentRecoveryFraction ?? 0m);
        }

        // The screening method derives the refrigerant mass from charge × leak rate: the engine takes no quantity then.
        var quantity = parameters is Domain.Calculation.Refrigerants.RefrigerantScreeningParameters ? null : line.Quantity;
        return new ActivityRecord(
            line.Id, line.Category, quantity, line.NotationKey, line.GpcSubsector, line.CustomFactor, parameters, line.DataQuality)
        {
            NotationExplanation = line.NotationExplanation,
        };
    }

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
                g.Gas, g.MassKg, g.Gwp, g.Co2eKg, g.IsMemo, g.Factor?.KgPerUnit, g.Factor?.PerUnit, g.Factor?.Source)));
}
