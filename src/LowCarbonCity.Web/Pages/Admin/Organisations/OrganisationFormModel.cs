using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Organisations;

/// <summary>What the create and edit pages share: the bound input and the provinces to choose from.</summary>
public abstract class OrganisationFormModel(OrganisationDirectory directory) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<ProvinceSummary> Provinces { get; private set; } = [];

    protected async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Provinces = await directory.ListProvincesAsync(ct);
        return Page();
    }
}
