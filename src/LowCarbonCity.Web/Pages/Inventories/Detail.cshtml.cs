using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// The inventory editor: lines grouped by scope and category (organisations) or GPC sector and sub-sector (cities),
/// each with its emissions, formula and last year's value; a line saves on its own (plain post, or htmx swapping
/// only its card); evidence files; comments. The workflow moves have their own pages: Submit (checklist), Review (comments, return,
/// approve, verify, reopen).
/// </summary>
public sealed class DetailModel(
    InventoryService inventories, InventoryWorkflowService workflow, ActivityDataService activity,
    StoredResultsService results, EvidenceService evidence, Texts texts) : PageModel
{
    public EditorView Editor { get; private set; } = null!;

    public InventoryDetail Detail => Editor.Detail;

    /// <summary>The line being saved (a card's form).</summary>
    [BindProperty]
    public LineInput Line { get; set; } = new();

    [BindProperty]
    public Guid LineId { get; set; }

    [BindProperty]
    public int ExpectedVersion { get; set; }

    /// <summary>The add-line form.</summary>
    [BindProperty]
    public LineInput New { get; set; } = new();

    [BindProperty]
    public AddCommentInput Comment { get; set; } = new();

    /// <summary>The line whose save failed: its card shows what was posted, its errors, or the conflict.</summary>
    public Guid? PostedLineId { get; private set; }

    public string? LineConflict { get; private set; }

    public bool IsHtmx => Request.Headers["HX-Request"] == "true";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(detail, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var stored = await results.GetAsync(User, id, ct);
        var lastYear = await activity.LastYearAsync(User, id, ct);
        var files = await evidence.ListAsync(User, id, ct);
        Editor = EditorView.Build(detail.Value!, stored.Value, lastYear.Value ?? new Dictionary<ActivityCategory, Domain.Quantities.Quantity>(), files.Value ?? [], texts);
        return Page();
    }

    /// <summary>Saves one line on the version its form was loaded with; htmx gets only the line's card back.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        KeepModelStateOf(nameof(Line), nameof(LineId), nameof(ExpectedVersion));
        if (await activity.InventoryOfLineAsync(LineId, ct) != id)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayLineAsync(id, ct);
        }

        var result = await activity.UpdateLineAsync(User, LineId, ExpectedVersion, Line, requireChangeExplanation: true, ct);
        if (result.Status == Features.Shared.ResultStatus.Conflict)
        {
            LineConflict = ServiceMessages.Translate(result.Message ?? texts["Common_Conflict"].Value);
            return await RedisplayLineAsync(id, ct);
        }

        if (await this.FailureAsync(result, () => RedisplayLineAsync(id, ct), nameof(Line)) is { } failure)
        {
            return failure;
        }

        if (IsHtmx)
        {
            ModelState.Clear();
            await OnGetAsync(id, ct);
            return Card(LineId);
        }

        TempData["Flash"] = texts["Editor_Saved"].Value;
        return RedirectToPage(null, null, new { id }, "line-" + LineId);
    }

    public async Task<IActionResult> OnPostAddLineAsync(Guid id, CancellationToken ct)
    {
        KeepModelStateOf(nameof(New));
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(id, ct);
        }

        var result = await activity.AddLineAsync(User, id, New, requireChangeExplanation: true, ct);
        if (await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(New)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = texts["Editor_Added"].Value;
        return RedirectToPage(null, null, new { id }, "line-" + result.Value!.Id);
    }

    /// <summary>Uploads an evidence file (PDF, PNG or JPEG, at most <see cref="EvidenceService.MaxBytes"/>) for the inventory or one of its lines.</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, Guid? evidenceLineId, CancellationToken ct)
    {
        KeepModelStateOf();
        var result = await evidence.UploadAsync(User, id, evidenceLineId, file?.FileName, file?.Length, file is null ? null : file.OpenReadStream, ct);
        if (await this.FailureAsync(result, () => OnGetAsync(id, ct)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = texts["Editor_EvidenceUploaded"].Value;
        return RedirectToPage(null, null, new { id }, "evidence");
    }

    public async Task<IActionResult> OnPostDeleteEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        KeepModelStateOf();
        var file = await evidence.DownloadAsync(User, evidenceId, ct);
        if (file.IsOk && file.Value!.Summary.InventoryId != id)
        {
            return NotFound();
        }

        var result = await evidence.DeleteAsync(User, evidenceId, ct);
        if (await this.FailureAsync(result, () => OnGetAsync(id, ct)) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = texts["Editor_EvidenceDeleted"].Value;
        return RedirectToPage(null, null, new { id }, "evidence");
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        var result = await evidence.DownloadAsync(User, evidenceId, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(NotFound())) is { } failure)
        {
            return failure;
        }

        var content = result.Value!;
        return content.Summary.InventoryId == id ? File(content.Content, content.Summary.ContentType, content.Summary.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        KeepModelStateOf(nameof(Comment));
        var result = await workflow.CommentAsync(User, Comment with { InventoryId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Comment)) ?? this.WithSuccess(RedirectToPage(new { id }), "Workflow_CommentAdded");
    }

    /// <summary>
    /// Every form of the page binds into its own property, so a post validates the others' (empty) ones too: only
    /// the posted form's entries stay in ModelState (their errors and typed values).
    /// </summary>
    private void KeepModelStateOf(params string[] prefixes)
    {
        foreach (var key in ModelState.Keys.ToList())
        {
            if (key.Length > 0 && !prefixes.Any(p => key == p || key.StartsWith(p + ".", StringComparison.Ordinal) || key.StartsWith(p + "[", StringComparison.Ordinal)))
            {
                ModelState.Remove(key);
            }
        }
    }

    /// <summary>The page (or, for htmx, the card) again with what the user typed into the line, its errors or the conflict.</summary>
    private async Task<IActionResult> RedisplayLineAsync(Guid id, CancellationToken ct)
    {
        PostedLineId = LineId;
        var page = await OnGetAsync(id, ct);
        return page is PageResult && IsHtmx ? Card(LineId) : page;
    }

    private IActionResult Card(Guid lineId)
    {
        var card = Editor.Cards.FirstOrDefault(c => c.Line.Id == lineId);
        return card is null ? NotFound() : Partial("_LineCard", Decorate(card));
    }

    /// <summary>The card as the page shows it: with the posted values and the conflict when it is the line just saved.</summary>
    public LineCard Decorate(LineCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Line.Id == PostedLineId ? card with { Posted = true, Conflict = LineConflict } : card;
    }
}
