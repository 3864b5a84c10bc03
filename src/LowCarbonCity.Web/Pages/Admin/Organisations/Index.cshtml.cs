using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Organisations;

/// <summary>The directory of organisations for administrators (the /Admin folder policy; the service checks again on every change).</summary>
public sealed class IndexModel(OrganisationDirectory directory) : PageModel
{
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Organisations = await directory.ListOrganisationsAsync(ct);
}
