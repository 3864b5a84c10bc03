using System.Security.Claims;
using System.Text.Json.Serialization;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>A mass or an activity amount with its unit beside it (the API never sends a bare number).</summary>
public sealed record Measure(decimal Value, string Unit)
{
    public const string KgCo2e = "kgCO2e";

    public static Measure Co2e(decimal kg) => new(kg, KgCo2e);
}

public sealed record GasResultSummary(Gas Gas, Measure Mass, decimal Gwp, Measure Co2e, bool IsMemo, decimal? FactorKgPerUnit, string? FactorPerUnit, string? FactorSource);

public sealed record LineResultSummary(
    Guid LineId, LinePart Part, ActivityCategory Category, EmissionScope Scope, string? GpcReference,
    Measure? ConvertedQuantity, Measure? Co2e, Measure MemoCo2e, NotationKey? NotationKey, bool UsesCustomFactor,
    string Formula, IReadOnlyList<GasResultSummary> Gases)
{
    /// <summary>The formula language-free, for the pages to render in the reader's language (<see cref="FormulaRenderer"/>); the API gives <see cref="Formula"/>.</summary>
    [JsonIgnore]
    public string? Derivation { get; init; }

    /// <summary>The formula in the request's language.</summary>
    public string FormulaText() => FormulaRenderer.Render(Formula, Derivation);
}

public sealed record ScopeTotal(EmissionScope Scope, Measure Co2e);

public sealed record InventoryResults(
    Guid InventoryId, string? FactorEditionCode, string? GwpSetCode, Measure Total, IReadOnlyList<ScopeTotal> ByScope, Measure Memo,
    IReadOnlyList<LineResultSummary> Lines);

/// <summary>Reads the results stored with the data (never recalculates): per line and part, and the inventory's totals.</summary>
public sealed class StoredResultsService(AppDbContext db, ResourceGuard guard)
{
    public async Task<Result<InventoryResults>> GetAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<InventoryResults>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<InventoryResults>.Forbidden();
        }

        var rows = await db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).Where(r => r.InventoryId == inventoryId).ToListAsync(ct);
        var lines = rows.OrderBy(r => r.Category).ThenBy(r => r.LineId).ThenBy(r => r.Part).Select(r => new LineResultSummary(
                r.LineId, r.Part, r.Category, r.Scope, r.GpcReference,
                r.ConvertedAmount is { } amount && r.ConvertedUnit is { } unit ? new Measure(amount, unit.Code) : null,
                r.Co2eKg is { } co2e ? Measure.Co2e(co2e) : null,
                Measure.Co2e(r.MemoCo2eKg), r.NotationKey, r.UsesCustomFactor, r.Formula,
                r.Gases.OrderBy(g => g.Gas).Select(g => new GasResultSummary(
                    g.Gas, new Measure(g.MassKg, "kg"), g.Gwp, Measure.Co2e(g.Co2eKg), g.IsMemo, g.FactorKgPerUnit, g.FactorPerUnit?.Code, g.FactorSource)).ToList())
            {
                Derivation = r.Derivation,
            })
            .ToList();
        var byScope = rows.Where(r => r.Co2eKg is not null).GroupBy(r => r.Scope).OrderBy(g => g.Key)
            .Select(g => new ScopeTotal(g.Key, Measure.Co2e(g.Sum(r => r.Co2eKg!.Value)))).ToList();
        return Result<InventoryResults>.Ok(new InventoryResults(
            inventoryId, rows.FirstOrDefault()?.FactorEditionCode, rows.FirstOrDefault()?.GwpSetCode,
            Measure.Co2e(rows.Sum(r => r.Co2eKg ?? 0m)), byScope, Measure.Co2e(rows.Sum(r => r.MemoCo2eKg)), lines));
    }

    /// <summary>
    /// How each gas's factor of one line's results is cited for a reader, as the reports cite it
    /// (<see cref="Reports.ReportCitation.OfLineFactor"/>), by part and gas. Only for a caller that has read the inventory.
    /// </summary>
    public async Task<IReadOnlyDictionary<(LinePart Part, Gas Gas), Reports.ReportCitation>> CitationsAsync(
        Guid inventoryId, IReadOnlyList<LineResultSummary> results, string? customJustification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!results.Any(r => r.Gases.Any(g => g.FactorKgPerUnit is not null)))
        {
            return new Dictionary<(LinePart, Gas), Reports.ReportCitation>();
        }

        var edition = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors)
            .SingleAsync(e => db.Inventories.Any(i => i.Id == inventoryId && i.FactorEditionId == e.Id), ct);
        return results.SelectMany(r => r.Gases.Where(g => g.FactorKgPerUnit is not null).Select(g => (Result: r, Gas: g)))
            .DistinctBy(x => (x.Result.Part, x.Gas.Gas))
            .ToDictionary(
                x => (x.Result.Part, x.Gas.Gas),
                x => Reports.ReportCitation.OfLineFactor(edition, x.Result.Category, x.Gas.Gas, x.Gas.FactorKgPerUnit, x.Gas.FactorPerUnit, x.Result.UsesCustomFactor, customJustification));
    }
}
