using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One activity line: edit or delete it on the version the user saw, and its comments with replies.</summary>
public sealed class LineModel(InventoryService inventories, ActivityDataService activity, InventoryWorkflowService workflow) : PageModel
{
    public Guid InventoryId { get; private set; }

    public LineSummary? Current { get; private set; }

    public IReadOnlyList<CommentSummary> Comments { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanComment { get; private set; }

    public bool IsCity { get; private set; }

    /// <summary>What the line fields need: city inventories offer GPC sub-sectors.</summary>
    public ViewDataDictionary FieldsViewData => new(ViewData) { ["City"] = IsCity };

    [BindProperty]
    public LineInput Line { get; set; } = new();

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty]
    public AddCommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var inventoryId = await activity.InventoryOfLineAsync(id, ct);
        if (inventoryId is null)
        {
            return NotFound();
        }

        var result = await inventories.GetAsync(User, inventoryId.Value, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var detail = result.Value!;
        InventoryId = inventoryId.Value;
        Current = detail.Lines.First(l => l.Id == id);
        Comments = detail.Comments.Where(c => c.LineId == id).ToList();
        CanEdit = detail.Permissions.CanEdit;
        CanComment = detail.Permissions.CanComment;
        IsCity = detail.Summary.Kind == InventoryKind.City;
        if (!ModelState.IsValid || Request.Method == HttpMethods.Get)
        {
            ExpectedVersion = Current.Version;
            Line = new LineInput
            {
                Category = Current.Category, GpcSubsector = Current.GpcSubsector, Amount = Current.MonthlyValues is null ? Current.Amount : null,
                MonthlyValues = Current.MonthlyValues?.Select(v => (decimal?)v).ToList(), UnitCode = Current.UnitCode,
                NotationKey = Current.NotationKey, NotationExplanation = Current.NotationExplanation, Description = Current.Description,
                DataSource = Current.DataSource, DataQuality = Current.DataQuality, CustomFactor = Current.CustomFactor,
                ParametersJson = Current.ParametersJson, SolidWasteSiteId = Current.SolidWasteSiteId, ChangeExplanation = Current.ChangeExplanation,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await activity.UpdateLineAsync(User, id, ExpectedVersion, Line, requireChangeExplanation: true, ct);
        return await this.FailureAsync(result, () => Redisplay(id, ct), nameof(Line))
            ?? this.WithSuccess(RedirectToPage("/Inventories/Detail", new { id = await activity.InventoryOfLineAsync(id, ct) }), "Editor_Saved");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var inventoryId = await activity.InventoryOfLineAsync(id, ct);
        var result = await activity.DeleteLineAsync(User, id, ExpectedVersion, ct);
        return await this.FailureAsync(result, () => Redisplay(id, ct)) ?? this.WithSuccess(RedirectToPage("/Inventories/Detail", new { id = inventoryId }), "Editor_LineDeleted");
    }

    /// <summary>A comment on this line, or a reply to one of its comments.</summary>
    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        var inventoryId = await activity.InventoryOfLineAsync(id, ct);
        if (inventoryId is null)
        {
            return NotFound();
        }

        var result = await workflow.CommentAsync(User, Comment with { InventoryId = inventoryId.Value, LineId = id }, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct), nameof(Comment)) ?? this.WithSuccess(RedirectToPage(new { id }), "Workflow_CommentAdded");
    }

    private async Task<IActionResult> Redisplay(Guid id, CancellationToken ct)
    {
        var posted = Line;
        var result = await OnGetAsync(id, ct);
        Line = posted;
        return result;
    }
}
