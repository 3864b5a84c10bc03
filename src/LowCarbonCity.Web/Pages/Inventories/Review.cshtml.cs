using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One comment thread on the review page (the partial _CommentThread).</summary>
public sealed record CommentThreadView(ReviewModel Page, CommentSummary Comment);

/// <summary>
/// The review page: every line beside the same line last year (value, change), its change explanation, data quality,
/// evidence, custom factor and comments, filtered on the server (<see cref="ReviewFilter"/>, from the query string);
/// comment threads (add, reply); for the provincial officer of the province the return (with a reason) and the
/// approve confirmation (<c>?confirm=approve</c>: totals by scope, the largest changes, the open comments, then the
/// post that locks the data); for an approved inventory TGO's verify confirmation and the reopen (with a reason).
/// Anyone who may view the inventory sees it (the municipal officer reads and answers the reviewer's comments here);
/// the services check every action.
/// </summary>
public sealed class ReviewModel(InventoryReviewReader reviews, InventoryWorkflowService workflow, EvidenceService evidence) : PageModel
{
    /// <summary>The query value that opens the approve confirmation.</summary>
    public const string ConfirmApprove = "approve";

    /// <summary>The query value that opens the verify confirmation.</summary>
    public const string ConfirmVerify = "verify";

    public ReviewContext Review { get; private set; } = null!;

    public InventoryDetail Detail => Review.Detail;

    /// <summary>The confirmation shown (<see cref="ConfirmApprove"/> or <see cref="ConfirmVerify"/>), when the user may make that move; otherwise null.</summary>
    public string? Confirm { get; private set; }

    [BindProperty]
    public TransitionInput Transition { get; set; } = new();

    [BindProperty]
    public AddCommentInput Comment { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, [FromQuery] ReviewFilter? filter, [FromQuery] string? confirm, CancellationToken ct)
    {
        // A filter value that is not true/false (a hand-edited link) just leaves that filter off; it is no error to show.
        ModelState.Clear();
        return LoadAsync(id, filter ?? new ReviewFilter(), confirm, ct);
    }

    /// <summary>An evidence file of this inventory, opened in the browser (inline) beside the line; View is checked by the service.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        var result = await evidence.DownloadAsync(User, evidenceId, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(NotFound())) is { } failure)
        {
            return failure;
        }

        var content = result.Value!;
        if (content.Summary.InventoryId != id)
        {
            return NotFound();
        }

        // Inline, so the browser shows the bill or photo in the tab the link opened; the stored type was sniffed at upload.
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = content.Summary.FileName }.ToString();
        return File(content.Content, content.Summary.ContentType);
    }

    private async Task<IActionResult> LoadAsync(Guid id, ReviewFilter filter, string? confirm, CancellationToken ct)
    {
        var review = await reviews.ReadAsync(User, id, filter, ct);
        if (await this.FailureAsync(review, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Review = review.Value!;
        var perms = Detail.Permissions;
        Confirm = confirm switch
        {
            ConfirmApprove when perms.CanReview && Detail.Summary.Status == InventoryStatus.Submitted => ConfirmApprove,
            ConfirmVerify when perms.CanVerify => ConfirmVerify,
            _ => null,
        };
        Transition = Transition with { InventoryId = id, ExpectedVersion = Detail.Summary.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Comment));
        var result = await workflow.CommentAsync(User, Comment with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => LoadAsync(id, new ReviewFilter(), null, ct), nameof(Comment))
            ?? Done(id, "Workflow_CommentAdded", $"comment-{result.Value}");
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.ReturnAsync(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => LoadAsync(id, new ReviewFilter(), null, ct), nameof(Transition))
            ?? Done(id, "Workflow_Returned", null);
    }

    /// <summary>Approves from the confirmation; the reason (needed while comments are unanswered) goes to the status history.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.ApproveAsync(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => LoadAsync(id, new ReviewFilter(), ConfirmApprove, ct), nameof(Transition))
            ?? Done(id, "Workflow_Approved", null);
    }

    /// <summary>TGO verifies an approved inventory from the confirmation (a reason while comments are unanswered).</summary>
    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.VerifyAsync(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => LoadAsync(id, new ReviewFilter(), ConfirmVerify, ct), nameof(Transition))
            ?? Done(id, "Workflow_Verified", null);
    }

    /// <summary>Reopens an approved (province) or verified (TGO) inventory for correction, with a reason.</summary>
    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct)
    {
        Only(nameof(Transition));
        var result = await workflow.ReopenAsync(User, Transition with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => LoadAsync(id, new ReviewFilter(), null, ct), nameof(Transition))
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
