using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace LowCarbonCity.Web.Pages.Admin.Organisations;

/// <summary>Corrects an organisation: code, names, type, province, and one year's population and area.</summary>
public sealed class EditModel(OrganisationDirectory directory, OrganisationAdminService organisations) : OrganisationFormModel(directory)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await organisations.GetAsync(User, id, ct);
        if (await this.FailureAsync(result, () => ShowAsync(ct)) is { } failure)
        {
            return failure;
        }

        var o = result.Value!;
        Input = new OrganisationInput
        {
            Code = o.Code, NameTh = o.NameTh, NameEn = o.NameEn, Type = o.Type, ProvinceCode = o.ProvinceCode,
            Population = o.Population, AreaKm2 = o.AreaKm2, ContextYear = o.ContextYear,
        };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var result = await organisations.UpdateAsync(User, id, Input, ct);
        if (await this.FailureAsync(result, () => ShowAsync(ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = Resources.Texts.Instance["Common_Saved"].Value;
        return RedirectToPage("/Admin/Organisations/Index");
    }
}
