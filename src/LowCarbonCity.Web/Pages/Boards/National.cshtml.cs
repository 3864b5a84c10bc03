using System.Text.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Boards;
using LowCarbonCity.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Boards;

/// <summary>
/// The national board: one view of the year's reported emissions (<c>?view=</c> province, region, sector, scope or
/// year; <c>?kind=</c> CFO or GPC) as a chart, then the same rows as a table with kg per person and the downloads of
/// exactly those rows; below, every province's completeness ranked by <c>?sort=</c>, and the targets panel.
/// </summary>
public sealed class NationalModel(BoardQueries boards, NationalViewQueries views, BoardTargetQueries boardTargets, Features.Reports.RollupAppendixService appendices) : PageModel
{
    public NationalBoard Board { get; private set; } = null!;

    /// <summary>The chosen view's rows, as the chart, the table and the downloads show them.</summary>
    public NationalViewTable View { get; private set; } = null!;

    /// <summary>How many provinces and organisations have a target, and every province target with its status.</summary>
    public NationalTargets Targets { get; private set; } = new(0, 0, []);

    public string ChartJson { get; private set; } = "{}";

    /// <summary>The GWP sets of the inventories in the view's totals (named beside them; several are warned).</summary>
    public IReadOnlyList<(Features.Reports.NamedCode Set, int Inventories)> GwpSets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, NationalView view = NationalView.Province, InventoryKind kind = InventoryKind.Organisation, NationalSort sort = NationalSort.Total, CancellationToken ct = default)
    {
        if (await LoadAsync(year, view, kind, sort, ct) is { } failure)
        {
            return failure;
        }

        var targets = await boardTargets.NationalAsync(User, ct);
        if (await this.FailureAsync(targets, () => Task.FromResult<IActionResult>(Page())) is { } refused)
        {
            return refused;
        }

        Targets = targets.Value!;
        GwpSets = await appendices.GwpSetsAsync(User, new Features.Reports.RollupFilter(View.FromYear == View.ToYear ? View.FromYear : null, View.Kind), ct);
        ChartJson = JsonSerializer.Serialize(new
        {
            label = Resources.Texts.Instance["Board_ChartLabel"].Value,
            view = new
            {
                labels = View.Rows.Select(r => r.Label),
                values = View.Rows.Select(r => Math.Round(r.Tonnes, 3, MidpointRounding.AwayFromZero)),
            },
        });
        return Page();
    }

    /// <summary>The view on screen as a workbook: same query, same rows, same names.</summary>
    public Task<IActionResult> OnGetExcelAsync(int? year, NationalView view = NationalView.Province, InventoryKind kind = InventoryKind.Organisation, CancellationToken ct = default) =>
        DownloadAsync(year, view, kind, NationalViewFiles.Excel, ct);

    /// <summary>The view on screen as CSV: same query, same rows, same names.</summary>
    public Task<IActionResult> OnGetCsvAsync(int? year, NationalView view = NationalView.Province, InventoryKind kind = InventoryKind.Organisation, CancellationToken ct = default) =>
        DownloadAsync(year, view, kind, NationalViewFiles.Csv, ct);

    private async Task<IActionResult> DownloadAsync(int? year, NationalView view, InventoryKind kind, Func<NationalViewTable, ReportFile> write, CancellationToken ct)
    {
        if (await LoadAsync(year, view, kind, NationalSort.Total, ct) is { } failure)
        {
            return failure;
        }

        var file = write(View);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The board (years, completeness) and the chosen view; an unknown view, kind or sort falls back to the default.</summary>
    private async Task<IActionResult?> LoadAsync(int? year, NationalView view, InventoryKind kind, NationalSort sort, CancellationToken ct)
    {
        view = Enum.IsDefined(view) ? view : NationalView.Province;
        kind = Enum.IsDefined(kind) ? kind : InventoryKind.Organisation;
        var result = await boards.NationalAsync(User, year, Enum.IsDefined(sort) ? sort : NationalSort.Total, kind, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Board = result.Value!;
        var table = await views.ViewAsync(User, view, kind, Board.Year, Board.Years, ct);
        if (await this.FailureAsync(table, () => Task.FromResult<IActionResult>(Page())) is { } refused)
        {
            return refused;
        }

        View = table.Value!;
        return null;
    }
}
