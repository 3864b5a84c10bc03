using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// The inventory editor: one compact table per scope and category (organisations) or GPC sector and sub-sector
/// (cities), a row per line with its quantity, the same line's value last year, the change and its emissions; a
/// row's details (months, notation key, custom factor, formula, evidence) load on demand. A line saves on its own:
/// a plain post, or editor.js's fetch, answered with the page (whose live parts the script swaps in), the errors
/// (422) or the conflict (409). Evidence files; comments. The workflow moves have their own pages: Submit (checklist), Review (comments, return,
/// approve, verify, reopen). The GWP set the inventory is calculated with is shown and, while it is editable, can be
/// switched (which recalculates every line).
/// </summary>
public sealed class DetailModel(
    InventoryService inventories, InventoryWorkflowService workflow, ActivityDataService activity,
    StoredResultsService results, EvidenceService evidence, LastYearLineReader lastYearLines, InventoryBasisService basis, DisposalSiteReader disposalSites, Texts texts) : PageModel
{
    public EditorView Editor { get; private set; } = null!;

    /// <summary>The inventory's GWP set and the sets on offer.</summary>
    public InventoryGwpChoice Gwp { get; private set; } = null!;

    /// <summary>The GWP set chosen in the switch form.</summary>
    [BindProperty]
    public string? GwpSetCode { get; set; }

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

    /// <summary>The method fields of the add-line form (landfill, wastewater): turned into the line's parameters.</summary>
    [BindProperty]
    public MethodFormInput NewMethod { get; set; } = new();

    /// <summary>The method fields of a line's details.</summary>
    [BindProperty]
    public MethodFormInput LineMethod { get; set; } = new();

    [BindProperty]
    public AddCommentInput Comment { get; set; } = new();

    /// <summary>The organisation's disposal sites and the inventory year, for the method forms.</summary>
    public MethodFormContext Methods { get; private set; } = new([], 0);

    /// <summary>The line whose save failed: its card shows what was posted, its errors, or the conflict.</summary>
    public Guid? PostedLineId { get; private set; }

    public string? LineConflict { get; private set; }

    /// <summary>A save sent by editor.js (fetch): answered with the page, or the errors or conflict as JSON, never a redirect.</summary>
    public bool IsFetch => Request.Headers.XRequestedWith == "fetch";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(detail, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        var stored = await results.GetAsync(User, id, ct);
        var s = detail.Value!.Summary;
        var lastYear = await lastYearLines.ForAsync(s.OrganisationId, s.Kind, s.Year,
            detail.Value.Lines.Select(l => new LineKey(l.Id, l.PreviousLineId, l.Category, l.Description, l.SolidWasteSiteId)).ToList(), ct);
        var files = await evidence.ListAsync(User, id, ct);
        Editor = EditorView.Build(detail.Value!, stored.Value, lastYear, files.Value ?? [], texts);
        Gwp = (await basis.GwpChoiceAsync(User, id, ct)).Value!;
        // A row's details name the set by its name too (the partial sees the page's view data).
        ViewData[nameof(GwpSetName)] = Gwp.Current;
        Methods = new MethodFormContext(await disposalSites.OfOrganisationAsync(s.OrganisationId, ct), s.Year, s.OrganisationId);
        ViewData[MethodFormContext.Key] = Methods;
        if (PostedLineId is { } posted && Editor.Cards.FirstOrDefault(c => c.Line.Id == posted) is { } postedCard)
        {
            await AddCitationsAsync(id, postedCard, ct);
        }

        return Page();
    }

    /// <summary>Switches the GWP set on the version the page was loaded with and recalculates every line in the same save.</summary>
    public async Task<IActionResult> OnPostGwpSetAsync(Guid id, CancellationToken ct)
    {
        KeepModelStateOf(nameof(GwpSetCode), nameof(ExpectedVersion));
        if (string.IsNullOrWhiteSpace(GwpSetCode))
        {
            ModelState.AddModelError(nameof(GwpSetCode), texts["Editor_GwpSetRequired"].Value);
            return await OnGetAsync(id, ct);
        }

        var result = await basis.ChangeBasisAsync(User, new ChangeBasisInput(id, ExpectedVersion, null, GwpSetCode), ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct)) ?? this.WithSuccess(RedirectToPage(null, null, new { id }, "gwp-set"), "Editor_GwpSetChanged");
    }

    /// <summary>Saves one line on the version its form was loaded with; htmx gets only the line's card back.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        KeepModelStateOf(nameof(Line), nameof(LineId), nameof(ExpectedVersion), nameof(LineMethod));
        if (await activity.InventoryOfLineAsync(LineId, ct) != id)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayLineAsync(id, ct);
        }

        var detail = await inventories.GetAsync(User, id, ct);
        if (detail.Value?.Lines.FirstOrDefault(l => l.Id == LineId) is not { } stored)
        {
            return await SavedAsync(id, detail.As<LineRef>(), ct);
        }

        // The parameters come from the method form (categories without one keep theirs); a site only for landfill. A
        // line posted without its category is refused by the intake, never given the stored one.
        var category = Line.Category;
        var input = await WithMethodAsync(Line, LineMethod, stored.ParametersJson, stored.SolidWasteSiteId, detail.Value.Summary, ct);
        if (input.Failures.Count > 0)
        {
            return await SavedAsync(id, MethodFailures.Place(ModelState, Features.Shared.Result<LineRef>.Invalid(input.Failures), category, nameof(LineMethod)), ct);
        }

        var result = await activity.UpdateLineAsync(User, LineId, ExpectedVersion, input.Line, requireChangeExplanation: true, ct);
        return await SavedAsync(id, MethodFailures.Place(ModelState, result, category, nameof(LineMethod)), ct);
    }

    /// <summary>The line with the parameters its method form makes (<see cref="MethodForm.Apply"/>), with the organisation's sites.</summary>
    private async Task<(LineInput Line, IReadOnlyList<Domain.Inventory.LineFailure> Failures)> WithMethodAsync(
        LineInput line, MethodFormInput form, string? storedJson, Guid? storedSiteId, InventorySummary inventory, CancellationToken ct) =>
        MethodForm.Apply(line, form, storedJson, storedSiteId, await disposalSites.OfOrganisationAsync(inventory.OrganisationId, ct), inventory.Year);

    /// <summary>
    /// Saves the quantity and unit typed into a row (and a change explanation when one was sent); every other field
    /// stays as stored. A copied line awaiting its value needs nothing else.
    /// </summary>
    public async Task<IActionResult> OnPostQuickAsync(Guid id, CancellationToken ct)
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

        var detail = await inventories.GetAsync(User, id, ct);
        if (detail.Value?.Lines.FirstOrDefault(l => l.Id == LineId) is not { } s)
        {
            return await SavedAsync(id, detail.As<LineRef>(), ct);
        }

        var input = new LineInput
        {
            Category = s.Category, GpcSubsector = s.GpcSubsector, Description = s.Description, Amount = Line.Amount, UnitCode = Line.UnitCode,
            DataSource = s.DataSource, DataQuality = s.DataQuality, CustomFactor = s.CustomFactor, ParametersJson = s.ParametersJson,
            SolidWasteSiteId = s.SolidWasteSiteId, ChangeExplanation = Request.Form.ContainsKey("Line.ChangeExplanation") ? Line.ChangeExplanation : s.ChangeExplanation,
        };
        if (s.ParametersJson is null && s.SolidWasteSiteId is not null && Domain.Inventory.ActivityCategories.Get(s.Category).Method == Domain.Inventory.CalculationMethod.SolidWasteDisposal)
        {
            // A landfill line copied with its site only (the site's history had last year's deposit, not this year's):
            // saved as its details would save it unchanged, with the composition they show (IPCC defaults), so this
            // year's tonnes have a degradable carbon content.
            var form = MethodForm.FromParametersJson(s.Category, null, detail.Value.Summary.Year);
            var (withForm, failures) = await WithMethodAsync(input, form, null, s.SolidWasteSiteId, detail.Value.Summary, ct);
            input = failures.Count == 0 ? withForm : input;
        }

        return await SavedAsync(id, await activity.UpdateLineAsync(User, LineId, ExpectedVersion, input, requireChangeExplanation: true, ct), ct);
    }

    /// <summary>A row's details (loaded when the row is opened).</summary>
    public async Task<IActionResult> OnGetLineDetailsAsync(Guid id, Guid lineId, CancellationToken ct)
    {
        var page = await OnGetAsync(id, ct);
        if (page is not PageResult)
        {
            return page;
        }

        var card = Editor.Cards.FirstOrDefault(c => c.Line.Id == lineId);
        if (card is null)
        {
            return NotFound();
        }

        // With the page's view data (the GWP set's name, the organisation's sites for the method forms, the factors'
        // citations), which Partial(name, model) would drop.
        await AddCitationsAsync(id, card, ct);
        return new PartialViewResult { ViewName = "_LineDetails", ViewData = new ViewDataDictionary<LineCard>(ViewData, card) };
    }

    /// <summary>The citations of a line's factors, as the reports print them, for its details.</summary>
    private async Task AddCitationsAsync(Guid id, LineCard card, CancellationToken ct) =>
        ViewData[LineCard.CitationsKey] = await results.CitationsAsync(id, card.Results, card.Line.CustomFactor?.Justification, ct);

    /// <summary>After a line's save: the page again (fetch) or a redirect to the line; the errors or the conflict otherwise.</summary>
    private async Task<IActionResult> SavedAsync(Guid id, Features.Shared.Result<LineRef> result, CancellationToken ct)
    {
        if (result.Status == Features.Shared.ResultStatus.Conflict)
        {
            LineConflict = ServiceMessages.Translate(result.Message ?? texts["Common_Conflict"].Value);
            return IsFetch ? StatusCode(StatusCodes.Status409Conflict, new { conflict = LineConflict }) : await RedisplayLineAsync(id, ct);
        }

        if (await this.FailureAsync(result, () => RedisplayLineAsync(id, ct), nameof(Line)) is { } failure)
        {
            return failure;
        }

        if (IsFetch)
        {
            ModelState.Clear();
            return await OnGetAsync(id, ct);
        }

        TempData["Flash"] = texts["Editor_Saved"].Value;
        return RedirectToPage(null, null, new { id }, "line-" + LineId);
    }

    public async Task<IActionResult> OnPostAddLineAsync(Guid id, CancellationToken ct)
    {
        KeepModelStateOf(nameof(New), nameof(NewMethod));
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(id, ct);
        }

        var detail = await inventories.GetAsync(User, id, ct);
        if (await this.FailureAsync(detail, () => OnGetAsync(id, ct)) is { } refused)
        {
            return refused;
        }

        // A new line's parameters come from its method form only: nothing stored, no JSON posted. The own-factor
        // fields post their preselected gas (and a unit) even when left alone: without a value or a source they are no factor.
        var ownFactor = New.CustomFactor is { KgPerUnit: null } f && string.IsNullOrWhiteSpace(f.Justification) ? null : New.CustomFactor;
        var (input, formFailures) = await WithMethodAsync(New with { ParametersJson = null, CustomFactor = ownFactor }, NewMethod, null, null, detail.Value!.Summary, ct);
        var result = formFailures.Count > 0
            ? Features.Shared.Result<LineRef>.Invalid(formFailures)
            : await activity.AddLineAsync(User, id, input, requireChangeExplanation: true, ct);
        result = MethodFailures.Place(ModelState, result, New.Category, nameof(NewMethod));
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

    /// <summary>The page again with what the user typed into the line and its errors; for fetch, the errors by field (422).</summary>
    private async Task<IActionResult> RedisplayLineAsync(Guid id, CancellationToken ct)
    {
        if (IsFetch)
        {
            var errors = ModelState.Where(e => e.Value!.Errors.Count > 0)
                .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
            return new UnprocessableEntityObjectResult(new { errors });
        }

        PostedLineId = LineId;
        return await OnGetAsync(id, ct);
    }

    /// <summary>The add-line form's fields of one method, with what was typed and its errors after a refused add.</summary>
    public MethodFieldsView NewMethodView(MethodSection section) => new(
        section, NewMethod, nameof(NewMethod), "new-", null, Methods.Sites, nameof(New) + "." + nameof(LineInput.SolidWasteSiteId), New.SolidWasteSiteId,
        k => ModelState.TryGetValue(k, out var entry) ? entry.AttemptedValue : null,
        k => ModelState.TryGetValue(k, out var entry) ? entry.Errors.Select(x => x.ErrorMessage) : [])
    { OrganisationId = Methods.OrganisationId };

    /// <summary>The card as the page shows it: with the posted values and the conflict when it is the line just saved.</summary>
    public LineCard Decorate(LineCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Line.Id == PostedLineId ? card with { Posted = true, Conflict = LineConflict } : card;
    }
}
