using LowCarbonCity.Web.Features.EmissionFactors;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Factors;

/// <summary>A row, column and reason of the uploaded list that does not fit (the reason in the page's language).</summary>
public sealed record FileError(int Row, string Column, string Reason);

/// <summary>
/// TGO analysts publish a new edition in two steps: upload (CSV or .xlsx, bounded in size and type) and see the
/// validation or a preview of how the affected inventories' totals would change; then confirm, which publishes the
/// upload kept server-side under the preview's token, moves the editable inventories of its years to it and recalculates
/// them (<see cref="EditionAdoptionService"/>).
/// </summary>
[RequestSizeLimit(FactorListFile.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = FactorListFile.MaxBytes + 64 * 1024)]
public sealed class PublishModel(
    FactorEditionService editions, EditionPreviewService previews, PendingEditionStore pending, EditionAdoptionService adoption, Texts t) : PageModel
{
    [BindProperty]
    public PublishEditionInput Input { get; set; } = new() { ValidFromYear = 2026 };

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The list's problems, row by row.</summary>
    public IReadOnlyList<FileError> FileErrors { get; private set; } = [];

    /// <summary>Set once the upload is valid: what publishing would change, and the token to confirm it with.</summary>
    public EditionPreview? Preview { get; private set; }

    public string? Token { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Factors_ChooseFile"]);
        }
        else if (Upload.Length > FactorListFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), t["Factors_FileTooLarge", FactorListFile.MaxBytes / 1000]);
        }
        else if (!FactorListFile.IsAccepted(Upload.FileName, Upload.ContentType))
        {
            ModelState.AddModelError(nameof(Upload), t["Factors_WrongFileType"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await Upload!.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        var csv = FactorListFile.ToCsv(Upload.FileName, content);
        if (csv is null)
        {
            ModelState.AddModelError(nameof(Upload), t["Factors_NotAWorkbook"]);
            return Page();
        }

        var result = await previews.PreviewAsync(User, Input, csv, ct);
        if (result.Status == ResultStatus.Invalid)
        {
            FileErrors = result.Errors.Where(e => e.Key.StartsWith(FactorEditionService.FileErrorPrefix, StringComparison.Ordinal))
                .SelectMany(e => e.Value.Select(m => ToFileError(e.Key, m)))
                .OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();
            if (FileErrors.Count > 0)
            {
                ModelState.AddModelError(nameof(Upload), t["Factors_FileHasErrors", FileErrors.Count]);
            }

            var fieldErrors = result.Errors.Where(e => !e.Key.StartsWith(FactorEditionService.FileErrorPrefix, StringComparison.Ordinal)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            return fieldErrors.Count == 0
                ? Page()
                : await this.FailureAsync(Result<EditionPreview>.Invalid(fieldErrors), () => Task.FromResult<IActionResult>(Page()), nameof(Input)) ?? Page();
        }

        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input)) is { } failure)
        {
            return failure;
        }

        Preview = result.Value!;
        Token = await pending.AddAsync(UserAccess.UserIdOf(User)!, Input, csv, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? token, CancellationToken ct)
    {
        if (!await editions.CanPublishAsync(User))
        {
            return Forbid();
        }

        var upload = await pending.FindAsync(token, UserAccess.UserIdOf(User), ct);
        if (upload is null)
        {
            ModelState.AddModelError(string.Empty, t["Factors_UploadExpired"]);
            return Page();
        }

        Input = upload.Header;
        var result = await adoption.PublishAsync(User, upload.Header, upload.Csv, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input)) is { } failure)
        {
            return failure;
        }

        await pending.RemoveAsync(token!, ct);
        var published = result.Value!;
        var flash = t["Factors_PublishedMoved", published.Code, published.Moved, published.Recalculated].Value;
        TempData["Flash"] = published.NotCalculable == 0 ? flash : flash + " " + t["Factors_PublishedNotCalculable", published.NotCalculable].Value;
        return RedirectToPage("/Factors/Detail", new { code = published.Code });
    }

    private static FileError ToFileError(string key, string message)
    {
        var parts = key.Split(':', 3);
        return new FileError(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2], ServiceMessages.Translate(message));
    }
}
