using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One activity line: edit or delete it on the version the user saw, and its comments with replies.</summary>
public sealed class LineModel(InventoryService inventories, ActivityDataService activity, InventoryWorkflowService workflow, DisposalSiteReader disposalSites) : PageModel
{
    public Guid InventoryId { get; private set; }

    public LineSummary? Current { get; private set; }

    public IReadOnlyList<CommentSummary> Comments { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanComment { get; private set; }

    public bool IsCity { get; private set; }

    /// <summary>The organisation's disposal sites and the inventory's year, for the method form.</summary>
    public MethodFormContext Methods { get; private set; } = new([], 0);

    /// <summary>What the line fields need: city inventories offer GPC sub-sectors; the line's method form.</summary>
    public ViewDataDictionary FieldsViewData => new(ViewData) { ["City"] = IsCity, ["MethodView"] = MethodView(readOnly: false) };

    /// <summary>The method fields of the line (landfill, wastewater).</summary>
    [BindProperty]
    public MethodFormInput LineMethod { get; set; } = new();

    /// <summary>The line's method form (fields, or read-only values), or null when its category has none.</summary>
    public MethodFieldsView? MethodView(bool readOnly) => Current is { } c && MethodForm.SectionOf(ActivityCategories.Get(c.Category).Method) is { } section
        ? new MethodFieldsView(
            section, Request.Method == HttpMethods.Get ? MethodForm.FromParametersJson(c.Category, c.ParametersJson, Methods.Year) : LineMethod,
            nameof(LineMethod), "line-", null, Methods.Sites, nameof(Line) + "." + nameof(LineInput.SolidWasteSiteId), Line.SolidWasteSiteId ?? c.SolidWasteSiteId,
            k => ModelState.TryGetValue(k, out var entry) ? entry.AttemptedValue : null,
            k => ModelState.TryGetValue(k, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [])
        { ReadOnly = readOnly, OrganisationId = Methods.OrganisationId }
        : null;

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
        Methods = new MethodFormContext(await disposalSites.OfOrganisationAsync(detail.Summary.OrganisationId, ct), detail.Summary.Year, detail.Summary.OrganisationId);
        if (!ModelState.IsValid || Request.Method == HttpMethods.Get)
        {
            ExpectedVersion = Current.Version;
            // A screening refrigerant line's quantity comes from its charge and leak rate: not shown as a typed amount.
            var screening = ActivityCategories.Get(Current.Category).Method == CalculationMethod.Refrigerant && Current.ParametersJson is not null;
            Line = new LineInput
            {
                Category = Current.Category, GpcSubsector = Current.GpcSubsector, Amount = Current.MonthlyValues is null && !screening ? Current.Amount : null,
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
        var inventoryId = await activity.InventoryOfLineAsync(id, ct);
        var detail = inventoryId is { } i ? await inventories.GetAsync(User, i, ct) : Features.Shared.Result<InventoryDetail>.NotFound();
        if (await this.FailureAsync(detail, () => Redisplay(id, ct)) is { } refused)
        {
            return refused;
        }

        // The parameters come from the method form (categories without one keep theirs); a site only for landfill.
        var stored = detail.Value!.Lines.First(l => l.Id == id);
        var (input, failures) = MethodForm.Apply(Line, LineMethod, stored.ParametersJson, stored.SolidWasteSiteId,
            await disposalSites.OfOrganisationAsync(detail.Value.Summary.OrganisationId, ct), detail.Value.Summary.Year);
        var result = failures.Count > 0
            ? Features.Shared.Result<LineRef>.Invalid(failures)
            : await activity.UpdateLineAsync(User, id, ExpectedVersion, input, requireChangeExplanation: true, ct);
        return await this.FailureAsync(MethodFailures.Place(ModelState, result, Line.Category, nameof(LineMethod)), () => Redisplay(id, ct), nameof(Line))
            ?? this.WithSuccess(RedirectToPage("/Inventories/Detail", new { id = inventoryId }), "Editor_Saved");
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
