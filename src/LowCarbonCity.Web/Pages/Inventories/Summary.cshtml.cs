using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One labelled figure of a summary table and chart, in t CO2e.</summary>
public sealed record SummaryFigure(string Key, string Label, decimal Tonnes);

/// <summary>
/// The summary of an inventory from its stored results: totals by scope, by sector (category group for an
/// organisation, GPC sector for a city) and the trend over the organisation's years of the same kind (the officer's
/// working view: drafts too, each year not yet approved labelled with its status), as tables and
/// Chart.js charts (data blocks read by wwwroot/js/inventory-summary.js).
/// </summary>
public sealed class SummaryModel(InventoryService inventories, StoredResultsService results, InventoryOverviewService overview) : PageModel
{
    public InventorySummary Inventory { get; private set; } = null!;

    public decimal TotalTonnes { get; private set; }

    public IReadOnlyList<SummaryFigure> ByScope { get; private set; } = [];

    public IReadOnlyList<SummaryFigure> BySector { get; private set; } = [];

    public IReadOnlyList<SummaryFigure> Trend { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(detail, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var stored = await results.GetAsync(User, id, ct);
        var trend = await overview.TrendAsync(User, id, ct);
        if (!stored.IsOk || !trend.IsOk)
        {
            return NotFound();
        }

        Inventory = detail.Value!.Summary;
        var texts = Texts.Instance;
        TotalTonnes = stored.Value!.Total.Value / 1000m;
        ByScope = stored.Value.ByScope
            .Select(s => new SummaryFigure(s.Scope.ToString(), texts["Scope_" + s.Scope].Value, s.Co2e.Value / 1000m)).ToList();
        var subsectors = detail.Value.Lines.ToDictionary(l => l.Id, l => l.GpcSubsector);
        BySector = stored.Value.Lines.Where(l => l.Co2e is not null)
            .GroupBy(l => SectorKey(Inventory.Kind, l.Category, subsectors.GetValueOrDefault(l.LineId)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SummaryFigure(g.Key, texts["Workflow_" + g.Key].Value, g.Sum(l => l.Co2e!.Value) / 1000m)).ToList();
        Trend = trend.Value!
            .Select(y => new SummaryFigure(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Display.Year(y.Year) + (Features.RollUps.Counted.IsFinal(y.Status) ? string.Empty : $" ({texts["Status_" + y.Status].Value})"), y.Co2eKg / 1000m)).ToList();
        return Page();
    }

    /// <summary>The figures as a chart data block: labels and values (t CO2e, 3 decimals).</summary>
    public static string ChartJson(string title, IReadOnlyList<SummaryFigure> figures) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            title,
            labels = figures.Select(f => f.Label),
            values = figures.Select(f => Math.Round(f.Tonnes, 3, MidpointRounding.AwayFromZero)),
        });

    /// <summary>"Group_Waste" for an organisation (CFO category group), "Sector_Transportation" for a city (GPC sector).</summary>
    private static string SectorKey(InventoryKind kind, ActivityCategory category, GpcSubsector? subsector)
    {
        var definition = ActivityCategories.Get(category);
        return kind == InventoryKind.City
            ? "Sector_" + GpcSubsectors.SectorOf(subsector ?? definition.DefaultGpcSubsector)
            : "Group_" + definition.Group;
    }
}
