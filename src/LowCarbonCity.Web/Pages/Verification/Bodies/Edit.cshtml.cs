using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Verification;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Verification.Bodies;

/// <summary>
/// Registers a verification body (no id) or renews and corrects one's registration (id): TGO analysts. Dates are
/// typed day/month/year in the user's calendar (<see cref="CalendarDate"/>).
/// </summary>
public sealed class EditModel(VerificationBodyService bodies, OrganisationDirectory directory) : PageModel
{
    [BindProperty]
    public VerificationBodyInput Input { get; set; } = new();

    [BindProperty]
    public string? ValidFrom { get; set; }

    [BindProperty]
    public string? ValidUntil { get; set; }

    /// <summary>The body being renewed; null when registering a new one.</summary>
    public int? Id { get; private set; }

    public IReadOnlyList<ProvinceSummary> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var result = await bodies.GetAsync(User, existing, ct);
            if (await this.FailureAsync(result, () => ShowAsync(ct)) is { } failure)
            {
                return failure;
            }

            var b = result.Value!;
            Input = new VerificationBodyInput
            {
                Code = b.Code, NameTh = b.NameTh, NameEn = b.NameEn, ProvinceCode = b.ProvinceCode, RegistrationNumber = b.RegistrationNumber,
                ValidFrom = b.ValidFrom, ValidUntil = b.ValidUntil,
            };
            ValidFrom = CalendarDate.Input(b.ValidFrom);
            ValidUntil = CalendarDate.Input(b.ValidUntil);
        }
        else
        {
            // Only TGO registers bodies: the empty form is refused to others as the list is.
            var allowed = await bodies.ListAsync(User, ct);
            if (await this.FailureAsync(allowed, () => ShowAsync(ct)) is { } failure)
            {
                return failure;
            }
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var from = Date(ValidFrom, nameof(ValidFrom), "VerificationAccess_ValidFrom");
        var until = Date(ValidUntil, nameof(ValidUntil), "VerificationAccess_ValidUntil");
        if (id is not null)
        {
            // The code is set at registration and not posted again.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Code)}");
        }

        if (!ModelState.IsValid || from is null || until is null)
        {
            return await ShowAsync(ct);
        }

        var input = Input with { ValidFrom = from.Value, ValidUntil = until.Value };
        var result = id is { } existing ? await bodies.RenewAsync(User, existing, input, ct) : await bodies.RegisterAsync(User, input, ct);
        if (await this.FailureAsync(result, () => ShowAsync(ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        return this.WithSuccess(RedirectToPage("/Verification/Bodies/Index"), id is null ? "VerificationAccess_Registered" : "VerificationAccess_Renewed");
    }

    private DateOnly? Date(string? text, string field, string labelKey)
    {
        var date = CalendarDate.Parse(text);
        if (date is null)
        {
            ModelState.AddModelError(field, Texts.Instance["VerificationAccess_DateInvalid", Texts.Instance[labelKey].Value].Value);
        }

        return date;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Provinces = await directory.ListProvincesAsync(ct);
        return Page();
    }
}
