using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One comment thread on the review page (the partial _CommentThread).</summary>
public sealed record CommentThreadView(ReviewModel Page, CommentSummary Comment);

/// <summary>
/// The review page: the lines with their stored totals and comment threads (add, reply), and for the provincial
/// officer of the province the return (with a reason) and approve forms; for an approved inventory, TGO's verify and
/// the reopen (with a reason) of whoever may reopen it. Anyone who may view the inventory sees it
/// (the municipal officer reads and answers the reviewer's comments here); the services check every action.
/// </summary>
public sealed class ReviewModel(InventoryService inventories, StoredResultsService results, InventoryWorkflowService workflow) : PageModel
{
    public InventoryDetail Detail { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, decimal> LineTotalsKg { get; private set; } = new Dictionary<Guid, decimal>();

    public decimal TotalKg { get; private set; }

    [BindProperty]
    public TransitionInput Transition { get; set; } = new();

    [BindProperty]
    public AddCommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(detail, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var stored = await results.GetAsync(User, id, ct);
        if (await this.FailureAsync(stored, () => Task.FromResult<IActionResult>(Page())) is { } refused)
        {
            return refused;
        }

        Detail = detail.Value!;
        LineTotalsKg = stored.Value!.Lines.GroupBy(l => l.LineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Co2e?.Value ?? 0m));
        TotalKg = stored.Value.Total.Value;
        Transition = new TransitionInput { InventoryId = id, ExpectedVersion = Detail.Summary.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Comment));
        var result = await workflow.CommentAsync(User, Comment with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Comment))
            ?? Done(id, "Workflow_CommentAdded", $"comment-{result.Value}");
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.ReturnAsync(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Transition))
            ?? Done(id, "Workflow_Returned", null);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.ApproveAsync(User, Transition with { InventoryId = id, Reason = null }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Transition))
            ?? Done(id, "Workflow_Approved", null);
    }

    /// <summary>TGO verifies an approved inventory.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.VerifyAsync(User, Transition with { InventoryId = id, Reason = null }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Transition))
            ?? Done(id, "Workflow_Verified", null);
    }

    /// <summary>Reopens an approved (province) or verified (TGO) inventory for correction, with a reason.</summary>
    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.ReopenAsync(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Transition))
            ?? Done(id, "Workflow_Reopened", null);
    }

    public IEnumerable<CommentSummary> Thread(Guid? lineId) =>
        Detail.Comments.Where(c => c.ParentId is null && c.LineId == lineId);

    public IEnumerable<CommentSummary> Replies(Guid commentId) => Detail.Comments.Where(c => c.ParentId == commentId);

    public string CategoryName(ActivityCategory category)
    {
        var definition = ActivityCategories.Get(category);
        return Display.Pick(definition.NameTh, definition.NameEn);
    }

    /// <summary>Both forms bind on every post; only the posted form's fields are judged (the services validate them).</summary>
    private void Only(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private RedirectToPageResult Done(Guid id, string flashKey, string? fragment)
    {
        TempData["Flash"] = Texts.Instance[flashKey].Value;
        return RedirectToPage("/Inventories/Review", null, new { id }, fragment);
    }
}
