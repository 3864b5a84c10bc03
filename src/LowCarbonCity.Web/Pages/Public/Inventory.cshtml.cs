using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Publication;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Pdf;
using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Pages.Public;

/// <summary>
/// One published inventory for anyone: totals by scope and sector, per person, the organisation's published years,
/// the factor basis, the verification statement once certified, the reduction target, the open-data files (CSV and
/// JSON) and the PDFs: the public copy of the report (<c>?handler=Pdf&amp;lang=th</c>) and the statement
/// (<c>?handler=Statement&amp;lang=th</c>). An unpublished, withdrawn or reopened inventory is a 404, exactly like one
/// that does not exist, and so is the statement of an inventory TGO has not certified.
/// </summary>
[AllowAnonymous]
public sealed class InventoryModel(PublicInventoryReader reader, IOptions<PublicOptions> licence, ReportService reports, TimeProvider clock) : PageModel
{
    public PublicInventory Inventory { get; private set; } = null!;

    public PublicOptions Licence => licence.Value;

    public async Task<IActionResult> OnGetAsync(string code, int year, InventoryKind kind, CancellationToken ct)
    {
        if (await reader.GetAsync(code, year, kind, ct) is not { } inventory)
        {
            return NotFound();
        }

        Inventory = inventory;
        return Page();
    }

    public Task<IActionResult> OnGetCsvAsync(string code, int year, InventoryKind kind, CancellationToken ct) =>
        FileAsync(code, year, kind, "csv", "text/csv; charset=utf-8", OpenDataFile.Csv, ct);

    public Task<IActionResult> OnGetJsonAsync(string code, int year, InventoryKind kind, CancellationToken ct) =>
        FileAsync(code, year, kind, "json", "application/json", OpenDataFile.Json, ct);

    public async Task<IActionResult> OnGetPdfAsync(string code, int year, InventoryKind kind, string? lang, CancellationToken ct)
    {
        if (await reader.GetAsync(code, year, kind, ct) is not { } inventory || await reports.BuildPublishedAsync(inventory.InventoryId, ct) is not { } model)
        {
            return NotFound();
        }

        var file = InventoryPdfWriter.Write(model, Reports.InventoryModel.CultureOf(lang));
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetStatementAsync(string code, int year, InventoryKind kind, string? lang, CancellationToken ct)
    {
        if (await reader.GetAsync(code, year, kind, ct) is not { Statement: { } statement })
        {
            return NotFound();
        }

        var file = StatementPdfWriter.Write(statement, Reports.InventoryModel.CultureOf(lang), clock.GetUtcNow());
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> FileAsync(
        string code, int year, InventoryKind kind, string extension, string contentType, Func<PublicInventory, PublicOptions, byte[]> write, CancellationToken ct)
    {
        if (await reader.GetAsync(code, year, kind, ct) is not { } inventory)
        {
            return NotFound();
        }

        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{inventory.OrganisationCode}_{inventory.Year}_{inventory.Kind}.{extension}");
        return File(write(inventory, licence.Value), contentType, name);
    }
}
