using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// The submit step: the checklist of what is still missing (required items without data, placeholders copied from
/// last year) and the submit button, refused by <see cref="InventoryWorkflowService.SubmitAsync"/> while anything is missing.
/// </summary>
public sealed class SubmitModel(InventoryService inventories, InventoryOverviewService overview, InventoryWorkflowService workflow) : PageModel
{
    public InventorySummary Inventory { get; private set; } = null!;

    public InventoryPermissions Permissions { get; private set; } = null!;

    public SubmissionChecklist Checklist { get; private set; } = null!;

    [BindProperty]
    public TransitionInput Transition { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(detail, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var checklist = await overview.ChecklistAsync(User, id, ct);
        if (await this.FailureAsync(checklist, () => Task.FromResult<IActionResult>(Page())) is { } refused)
        {
            return refused;
        }

        Inventory = detail.Value!.Summary;
        Permissions = detail.Value.Permissions;
        Checklist = checklist.Value!;
        Transition = new TransitionInput { InventoryId = id, ExpectedVersion = Inventory.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await workflow.SubmitAsync(User, Transition with { InventoryId = id }, ct);
        if (await this.FailureAsync(result, () => RedisplayAsync(id, ct), nameof(Transition)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = Texts.Instance["Workflow_Submitted"].Value;
        return RedirectToPage("/Inventories/Index");
    }

    /// <summary>A required item in the page's language: the three CFO items have texts, GPC items show their reference.</summary>
    public static string ItemName(RequiredItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var texts = Texts.Instance;
        return item.Code switch
        {
            "cfo.electricity" => texts["Workflow_Req_cfo_electricity"].Value,
            "cfo.fuel" => texts["Workflow_Req_cfo_fuel"].Value,
            "cfo.waste" => texts["Workflow_Req_cfo_waste"].Value,
            _ when item.Code.StartsWith("gpc.", StringComparison.Ordinal) => texts["Workflow_GpcItem",
                Enum.GetValues<LowCarbonCity.Domain.Inventory.GpcSubsector>().Where(s => LowCarbonCity.Domain.Inventory.GpcSubsectors.Reference(s) == item.Code["gpc.".Length..])
                    .Select(EditorTexts.Subsector).FirstOrDefault() ?? item.Code["gpc.".Length..]].Value,
            _ => item.NameEn,
        };
    }

    public bool IsEditable => Inventory.Status is InventoryStatus.Draft or InventoryStatus.Returned;

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken ct)
    {
        // The errors are already in ModelState; showing the page again keeps them.
        await OnGetAsync(id, ct);
        return Page();
    }
}
