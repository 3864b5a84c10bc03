using System.Globalization;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Reports.Template;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Reports;

/// <summary>
/// The offline template of one inventory: download, upload for a preview (every bad cell, or the changes), then
/// confirm. The confirm form carries the checked file back (base64, bounded) with the inventory version the preview
/// showed, so nothing is stored between the two steps. Rights and rules are the service's.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = TemplateFileCheck.MaxBytes * 2, ValueLengthLimit = TemplateFileCheck.MaxBytes * 2)]
[RequestSizeLimit(TemplateFileCheck.MaxBytes * 3)]
public sealed class TemplateModel(TemplateService templates) : PageModel
{
    public Guid InventoryId { get; private set; }

    public TemplateTarget? Target { get; private set; }

    public TemplatePreview? Preview { get; private set; }

    /// <summary>The checked file, for the confirm form.</summary>
    public string? FileContent { get; private set; }

    public TemplateImportResult? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        InventoryId = id;
        return await DescribeAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, string? lang, CancellationToken ct)
    {
        InventoryId = id;
        var result = await templates.DownloadAsync(User, id, InventoryModel.CultureOf(lang), ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        return File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
    }

    /// <summary>Checks the upload; cell messages come in the page's language (the request culture).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid id, IFormFile? upload, CancellationToken ct)
    {
        InventoryId = id;
        var content = await ReadAsync(upload, ct);
        var result = await templates.PreviewAsync(User, id, content, CultureInfo.CurrentUICulture, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Preview = result.Value!;
        await DescribeAsync(id, ct);
        FileContent = Preview.CanImport ? Convert.ToBase64String(content) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, string? content, int version, CancellationToken ct)
    {
        InventoryId = id;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? string.Empty);
        }
        catch (FormatException)
        {
            bytes = [];
        }

        var result = await templates.ImportAsync(User, id, bytes, version, CultureInfo.CurrentUICulture, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Imported = result.Value!;
        await DescribeAsync(id, ct);
        return Page();
    }

    /// <summary>Loads the page header (View checked by the service); a failure result, or null when shown.</summary>
    private async Task<IActionResult?> DescribeAsync(Guid id, CancellationToken ct)
    {
        var result = await templates.DescribeAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Target = result.Value;
        return null;
    }

    /// <summary>A row's value as the preview shows it: "1,500 kWh", a notation key by name, or a dash for none.</summary>
    public static string Value(TemplateValue? value) => value switch
    {
        { NotationKey: { } key } => Inventories.EditorTexts.Notation(key),
        { Amount: { } amount } => Display.Amount(amount, value.UnitCode),
        _ => "–",
    };

    /// <summary>The other fields a row changes, by their labels in the page's language.</summary>
    public static string Fields(IReadOnlyList<string> fields) =>
        string.Join(", ", fields.Select(f => LineMessages.FieldLabel(f, CultureInfo.CurrentUICulture) ?? f));

    /// <summary>A difference in t CO2e with its sign (kg in, the one display rounding out).</summary>
    public static string Difference(decimal kg) => (kg > 0 ? "+" : string.Empty) + Display.Tonnes(kg / 1000m);

    /// <summary>Reads at most one byte more than the limit, so the service sees an oversized file as such without buffering it all.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null)
        {
            return [];
        }

        await using var stream = upload.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > TemplateFileCheck.MaxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
