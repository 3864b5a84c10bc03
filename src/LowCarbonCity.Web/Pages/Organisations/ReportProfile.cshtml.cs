using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Organisations;

/// <summary>
/// What the organisation's official reports carry besides the inventory: the period a year covers, the preparer
/// and contact, up to three signatories and a logo. Its municipal officers and administrators edit it.
/// </summary>
public sealed class ReportProfileModel(ReportProfileService profiles) : PageModel
{
    [BindProperty]
    public ReportProfileInput Input { get; set; } = new();

    public ReportProfileView? View { get; private set; }

    /// <summary>Where "back" leads: the inventory the officer came from, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Inventory { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await profiles.GetAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        View = result.Value!;
        Input = View.Input;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, IFormFile? logo, bool removeLogo, CancellationToken ct)
    {
        var current = await profiles.GetAsync(User, id, ct);
        if (await this.FailureAsync(current, () => Task.FromResult<IActionResult>(Page())) is { } denied)
        {
            return denied;
        }

        View = current.Value!;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var change = LogoChange.None;
        if (logo is { Length: > 0 })
        {
            if (logo.Length > ReportProfile.MaxLogoBytes)
            {
                // Refused before reading: the bytes of an oversized file are never buffered.
                ModelState.AddModelError("Logo", Resources.Texts.Instance["ReportProfile_LogoTooLarge", ReportProfile.MaxLogoBytes / 1024].Value);
                return Page();
            }

            using var memory = new MemoryStream();
            await logo.CopyToAsync(memory, ct);
            change = new LogoChange(memory.ToArray(), false);
        }
        else if (removeLogo)
        {
            change = new LogoChange(null, true);
        }

        var result = await profiles.SaveAsync(User, id, Input, change, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input)) is { } failure)
        {
            // The logo's refusal belongs to the file field, not to Input.
            if (ModelState["Input.Logo"] is { } entry)
            {
                var messages = entry.Errors.Select(e => e.ErrorMessage).ToList();
                ModelState.Remove("Input.Logo");
                messages.ForEach(m => ModelState.AddModelError("Logo", m));
            }

            return failure;
        }

        TempData["Flash"] = Resources.Texts.Instance["Common_Saved"].Value;
        return RedirectToPage(null, null, new { id, inventory = Inventory }, null);
    }
}
