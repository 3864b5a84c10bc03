using System.Globalization;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Reports;

/// <summary>One inventory's report: totals on the page, downloads as PDF, Excel or CSV in Thai or English (the service checks View).</summary>
public sealed class InventoryModel(ReportService reports, Features.Reports.Gpc.GpcReportService gpc) : PageModel
{
    public ReportModel Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await reports.BuildAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Report = result.Value!;
        return Page();
    }

    public Task<IActionResult> OnGetExcelAsync(Guid id, string? lang, CancellationToken ct) =>
        DownloadAsync(id, m => InventoryWorkbookWriter.Write(m, CultureOf(lang)), ct);

    public Task<IActionResult> OnGetPdfAsync(Guid id, string? lang, CancellationToken ct) =>
        DownloadAsync(id, m => Features.Reports.Pdf.InventoryPdfWriter.Write(m, CultureOf(lang)), ct);

    public Task<IActionResult> OnGetCsvAsync(Guid id, string? lang, CancellationToken ct) =>
        DownloadAsync(id, m => ReportCsvWriter.Write(m, CultureOf(lang)), ct);

    public Task<IActionResult> OnGetGpcPdfAsync(Guid id, string? lang, CancellationToken ct) =>
        GpcDownloadAsync(id, r => Features.Reports.Gpc.GpcPdfWriter.Write(r, CultureOf(lang)), ct);

    public Task<IActionResult> OnGetGpcExcelAsync(Guid id, string? lang, CancellationToken ct) =>
        GpcDownloadAsync(id, r => Features.Reports.Gpc.GpcWorkbookWriter.Write(r, CultureOf(lang)), ct);

    /// <summary>The report language asked for: Thai for <c>th</c>, English otherwise.</summary>
    internal static CultureInfo CultureOf(string? lang) =>
        string.Equals(lang, "th", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("th-TH") : CultureInfo.InvariantCulture;

    private async Task<IActionResult> DownloadAsync(Guid id, Func<ReportModel, ReportFile> write, CancellationToken ct)
    {
        var result = await reports.BuildAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var file = write(result.Value!);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The GPC report of a City inventory; asked of an Organisation inventory, the page again with why, as a 400.</summary>
    private async Task<IActionResult> GpcDownloadAsync(Guid id, Func<Features.Reports.Gpc.GpcReport, ReportFile> write, CancellationToken ct)
    {
        var result = await gpc.BuildAsync(User, id, ct);
        if (await this.FailureAsync(result, async () =>
            {
                Report = (await reports.BuildAsync(User, id, ct)).Value!;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }) is { } failure)
        {
            return failure;
        }

        var file = write(result.Value!);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
