using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Reports;

/// <summary>The roll-up of the inventories the user may see (the service filters in SQL), on the page and as Excel or CSV.</summary>
public sealed class RollupModelPage(ReportService reports) : PageModel
{
    public RollupModel Rollup { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year, InventoryKind? kind, CancellationToken ct)
    {
        Rollup = await reports.RollupAsync(User, new RollupFilter(year, kind), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(int? year, InventoryKind? kind, string? lang, CancellationToken ct)
    {
        var file = RollupWorkbookWriter.Write(await reports.RollupAsync(User, new RollupFilter(year, kind), ct), InventoryModel.CultureOf(lang));
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetCsvAsync(int? year, InventoryKind? kind, string? lang, CancellationToken ct)
    {
        var file = ReportCsvWriter.Write(await reports.RollupAsync(User, new RollupFilter(year, kind), ct), InventoryModel.CultureOf(lang));
        return File(file.Content, file.ContentType, file.FileName);
    }
}
