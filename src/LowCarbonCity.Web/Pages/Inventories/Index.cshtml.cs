using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>The inventories the user may see, what awaits them, and a form to open a new inventory.</summary>
public sealed class IndexModel(InventoryService inventories, OrganisationDirectory directory) : PageModel
{
    public IReadOnlyList<InventorySummary> Mine { get; private set; } = [];

    public IReadOnlyList<InventorySummary> Awaiting { get; private set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    [BindProperty]
    public CreateInventoryInput Create { get; set; } = new() { Year = 2024 };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(ct);
        }

        var result = await inventories.CreateAsync(User, Create, ct);
        return await this.FailureAsync(result, () => OnGetAsync(ct), nameof(Create))
            ?? RedirectToPage("/Inventories/Detail", new { id = result.Value });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Mine = await inventories.ListAsync(User, ct);
        Awaiting = await inventories.AwaitingAsync(User, ct);
        Organisations = await directory.ListOrganisationsAsync(ct);
    }
}
