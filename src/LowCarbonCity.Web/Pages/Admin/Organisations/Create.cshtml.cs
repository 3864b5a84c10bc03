using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace LowCarbonCity.Web.Pages.Admin.Organisations;

/// <summary>Creates an organisation.</summary>
public sealed class CreateModel(OrganisationDirectory directory, OrganisationAdminService organisations) : OrganisationFormModel(directory)
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var result = await organisations.CreateAsync(User, Input, ct);
        if (await this.FailureAsync(result, () => ShowAsync(ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = Resources.Texts.Instance["Common_Created"].Value;
        return RedirectToPage("/Admin/Organisations/Index");
    }
}
