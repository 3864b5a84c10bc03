using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Targets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Targets;

/// <summary>The targets the user may see, and a form to create one where the user may keep targets.</summary>
public sealed class IndexModel(TargetService targets, OrganisationDirectory directory) : PageModel
{
    public IReadOnlyList<TargetSummary> Targets { get; private set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public IReadOnlyList<ProvinceSummary> Provinces { get; private set; } = [];

    public bool CanCreate { get; private set; }

    [BindProperty]
    public TargetInput Create { get; set; } = new()
    {
        BaseYear = 2019, TargetYear = 2030, ReductionValue = 21m, BauRatePercent = 3m, Scopes = [EmissionScope.Scope1, EmissionScope.Scope2],
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Targets = await targets.ListAsync(User, ct);
        CanCreate = await targets.CanCreateAsync(User, null, ct);
        if (CanCreate)
        {
            Organisations = (await directory.ListOrganisationsAsync(ct)).Where(o => Domain.Organisations.OrganisationTypeRules.KeepsInventories(o.Type)).ToList();
            Provinces = await directory.ListProvincesAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        // The right first (for the organisation or province named, else anywhere), then the form's shape.
        if (!await targets.CanCreateAsync(User, Create, ct))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return await OnGetAsync(ct);
        }

        var result = await targets.CreateAsync(User, Create, ct);
        return await this.FailureAsync(result, () => OnGetAsync(ct), nameof(Create))
            ?? this.WithSuccess(RedirectToPage("/Targets/Detail", new { targetId = result.Value!.TargetId }), "Targets_Saved");
    }
}
