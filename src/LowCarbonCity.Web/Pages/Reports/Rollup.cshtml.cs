using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Reports;

/// <summary>The roll-up of the inventories the user may see (the service filters in SQL), on the page and as Excel or CSV.</summary>
public sealed class RollupModelPage(ReportService reports, RollupAppendixService appendices) : PageModel
{
    public RollupModel Rollup { get; private set; } = null!;

    /// <summary>The GWP sets of the counted inventories; more than one is said beside the totals.</summary>
    public IReadOnlyList<(NamedCode Set, int Inventories)> GwpSets { get; private set; } = [];

    /// <summary>The page; its form's year is typed in the user's calendar (the download links carry the Common Era year).</summary>
    public async Task<IActionResult> OnGetAsync([ModelBinder(typeof(CalendarYearBinder))] int? year, InventoryKind? kind, CancellationToken ct)
    {
        Rollup = await reports.RollupAsync(User, new RollupFilter(year, kind), ct);
        GwpSets = await appendices.GwpSetsAsync(User, new RollupFilter(year, kind), ct);
        return Page();
    }

    /// <summary>The workbook streamed from the database query to the response (ADR 0008).</summary>
    public async Task<IActionResult> OnGetExcelAsync(int? year, InventoryKind? kind, string? lang, CancellationToken ct)
    {
        var filter = new RollupFilter(year, kind);
        var culture = InventoryModel.CultureOf(lang);
        // The appendix (completeness, intensities, notes) is small: read before the rows start streaming.
        var appendix = await appendices.BuildAsync(User, filter, ct);
        return new StreamedFileResult(
            RollupWorkbookWriter.FileName(filter, culture),
            ReportFile.XlsxContentType,
            (body, token) => RollupWorkbookWriter.WriteAsync(reports.StreamRollupAsync(User, filter, token), culture, body, token, appendix));
    }

    public async Task<IActionResult> OnGetCsvAsync(int? year, InventoryKind? kind, string? lang, CancellationToken ct)
    {
        var file = ReportCsvWriter.Write(await reports.RollupAsync(User, new RollupFilter(year, kind), ct), InventoryModel.CultureOf(lang));
        return File(file.Content, file.ContentType, file.FileName);
    }
}
