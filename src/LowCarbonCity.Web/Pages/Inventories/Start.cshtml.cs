using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>Starts the inventory of a year for one of the user's organisations, optionally copying last year's structure.</summary>
public sealed class StartModel(InventoryStartService starter, InventoryService inventories, InventoryOverviewService overview, TimeProvider clock) : PageModel
{
    public sealed record StartForm
    {
        [Display(Name = "Organisation to report")]
        [Range(1, int.MaxValue)]
        public int OrganisationId { get; init; }

        [Display(Name = "Inventory year")]
        [Range(1990, 2100)]
        public int Year { get; init; }

        [Display(Name = "Inventory kind")]
        public InventoryKind Kind { get; init; } = InventoryKind.Organisation;

        [Display(Name = "Copy last year's structure")]
        public bool CopyLastYear { get; init; }
    }

    [BindProperty]
    public StartForm Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Code, string NameEn, string NameTh)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await inventories.CanCreateAsync(User, null, ct))
        {
            return Forbid();
        }

        // Inventories report a finished year: last year by default, copying the one before (the usual way to start).
        Input = Input with { Year = clock.GetUtcNow().Year - 1, CopyLastYear = true };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await inventories.CanCreateAsync(User, Input.OrganisationId, ct))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var result = await starter.StartAsync(User, new StartInventoryInput
        {
            OrganisationId = Input.OrganisationId, Year = Input.Year, Kind = Input.Kind, CopyLastYear = Input.CopyLastYear,
        }, ct);
        if (await this.FailureAsync(result, () => ShowAsync(ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = Texts.Instance["Workflow_Started", Display.Year(Input.Year)].Value;
        return RedirectToPage("/Inventories/Detail", new { id = result.Value });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Organisations = await overview.EditableOrganisationsAsync(User, ct);
        return Page();
    }
}
