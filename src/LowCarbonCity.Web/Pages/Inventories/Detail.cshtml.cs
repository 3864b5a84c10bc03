using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One inventory: lines, status, history, comments, and the forms the user's rights allow.</summary>
public sealed class DetailModel(InventoryService inventories, InventoryWorkflowService workflow, ActivityDataService activity) : PageModel
{
    public InventoryDetail Detail { get; private set; } = null!;

    /// <summary>What the shared line fields need: any unit (the category is chosen in the same form); GPC sub-sectors for cities.</summary>
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary FieldsViewData =>
        new(ViewData) { ["FixedCategory"] = false, ["City"] = Detail.Summary.Kind == Domain.Inventory.InventoryKind.City };

    [BindProperty]
    public LineInput Line { get; set; } = new();

    [BindProperty]
    public TransitionInput Transition { get; set; } = new();

    [BindProperty]
    public AddCommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Detail = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAddLineAsync(Guid id, CancellationToken ct)
    {
        var result = await activity.AddLineAsync(User, id, Line, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Line)) ?? RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        var result = await workflow.CommentAsync(User, Comment with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Comment)) ?? RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => MoveAsync(id, workflow.SubmitAsync, ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) => MoveAsync(id, workflow.ReturnAsync, ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => MoveAsync(id, workflow.ApproveAsync, ct);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) => MoveAsync(id, workflow.VerifyAsync, ct);

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) => MoveAsync(id, workflow.ReopenAsync, ct);

    private async Task<IActionResult> MoveAsync(
        Guid id,
        Func<System.Security.Claims.ClaimsPrincipal, TransitionInput, CancellationToken, Task<Features.Shared.Result<int>>> move,
        CancellationToken ct)
    {
        var result = await move(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Transition)) ?? RedirectToPage(new { id });
    }
}
