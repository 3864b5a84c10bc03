using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace LowCarbonCity.Web.Pages.Admin.Organisations;

/// <summary>Corrects an organisation: code, names, type, province, and one year's population and area.</summary>
public sealed class EditModel(OrganisationDirectory directory, OrganisationAdminService organisations, OrganisationHistory history) : OrganisationFormModel(directory)
{
    /// <summary>The organisation's recorded changes, field by field, in the page's language (newest first).</summary>
    public IReadOnlyList<Features.Reports.AuditRow> History { get; private set; } = [];

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
        return await ShowWithHistoryAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowWithHistoryAsync(id, ct);
        }

        var result = await organisations.UpdateAsync(User, id, Input, ct);
        if (await this.FailureAsync(result, () => ShowWithHistoryAsync(id, ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = Resources.Texts.Instance["Common_Saved"].Value;
        return RedirectToPage("/Admin/Organisations/Index");
    }

    private async Task<IActionResult> ShowWithHistoryAsync(int id, CancellationToken ct)
    {
        var changes = await history.OfAsync(User, id, ct);
        History = changes.IsOk ? Features.Reports.AuditRows.Of(changes.Value!, Display.IsThai ? Features.Reports.ReportLanguage.Thai : Features.Reports.ReportLanguage.English) : [];
        return await ShowAsync(ct);
    }
}
