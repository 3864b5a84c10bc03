using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages;

/// <summary>The public home page: the provinces and organisations on the platform.</summary>
[AllowAnonymous]
public sealed class IndexModel(OrganisationDirectory directory) : PageModel
{
    public IReadOnlyList<ProvinceSummary> Provinces { get; private set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Provinces = await directory.ListProvincesAsync(ct);
        Organisations = await directory.ListOrganisationsAsync(ct);
    }
}
