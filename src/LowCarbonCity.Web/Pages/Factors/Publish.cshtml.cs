using LowCarbonCity.Web.Features.EmissionFactors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Factors;

/// <summary>TGO analysts publish a new edition: metadata plus a CSV file of factors (bounded in size and type).</summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class PublishModel(FactorEditionService editions) : PageModel
{
    public const int MaxUploadBytes = 1_000_000;

    private static readonly string[] CsvContentTypes = ["text/csv", "text/plain", "application/vnd.ms-excel", "application/csv"];

    [BindProperty]
    public PublishEditionInput Input { get; set; } = new() { ValidFromYear = 2026 };

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the CSV file of factors.");
        }
        else if (Upload.Length > MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file is larger than {MaxUploadBytes / 1000} kB.");
        }
        else if (!Path.GetExtension(Upload.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                 || !CsvContentTypes.Contains(Upload.ContentType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Upload), "Upload a .csv file (text/csv).");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string csv;
        using (var reader = new StreamReader(Upload!.OpenReadStream(), System.Text.Encoding.UTF8))
        {
            csv = await reader.ReadToEndAsync(ct);
        }

        var result = await editions.PublishAsync(User, Input, csv, ct);
        if (result.Status == Features.Shared.ResultStatus.Invalid && result.Errors.ContainsKey("Csv"))
        {
            foreach (var message in result.Errors["Csv"])
            {
                ModelState.AddModelError(nameof(Upload), message);
            }

            return Page();
        }

        return await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input))
            ?? RedirectToPage("/Factors/Detail", new { code = result.Value });
    }
}
