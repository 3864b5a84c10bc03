using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Targets;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Targets;

/// <summary>
/// One target: its figures and edit form, its reduction measures (add, edit, delete) and the gap chart with its table.
/// Every handler asks the service for the right to change the target before judging the form.
/// </summary>
public sealed class DetailModel(TargetService targets, TargetGapService gaps) : PageModel
{
    [FromRoute]
    public int TargetId { get; set; }

    public TargetDetail Target { get; private set; } = null!;

    public TargetGap Gap { get; private set; } = null!;

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    [BindProperty]
    public MeasureInput Measure { get; set; } = new();

    /// <summary>The measure being edited (query on GET, form field on post); null: the form adds one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? MeasureId { get; set; }

    /// <summary>The target version a delete button was rendered with.</summary>
    [BindProperty]
    public int ExpectedVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        if (loaded is not null)
        {
            return loaded;
        }

        Fill(input: true, measure: true);
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) =>
        WriteAsync(nameof(Input), () => targets.UpdateAsync(User, TargetId, Input, ct), ct);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var check = await targets.CheckEditAsync(User, TargetId, ct);
        if (await this.FailureAsync(check, () => RedisplayAsync(ct)) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        var result = await targets.DeleteAsync(User, TargetId, ExpectedVersion, ct);
        if (await this.FailureAsync(result, () => RedisplayAsync(ct)) is { } failed)
        {
            return failed;
        }

        TempData["Flash"] = Texts.Instance["Targets_Deleted"].Value;
        return RedirectToPage("/Targets/Index");
    }

    public Task<IActionResult> OnPostAddMeasureAsync(CancellationToken ct) =>
        WriteAsync(nameof(Measure), () => targets.AddMeasureAsync(User, TargetId, Measure, ct), ct);

    public Task<IActionResult> OnPostUpdateMeasureAsync(CancellationToken ct) =>
        WriteAsync(nameof(Measure), () => targets.UpdateMeasureAsync(User, TargetId, MeasureId ?? 0, Measure, ct), ct);

    public Task<IActionResult> OnPostDeleteMeasureAsync(CancellationToken ct) =>
        WriteAsync(string.Empty, () => targets.DeleteMeasureAsync(User, TargetId, MeasureId ?? 0, ExpectedVersion, ct), ct);

    /// <summary>Right first, then the form's shape, then the service; afterwards back to the page (PRG).</summary>
    private async Task<IActionResult> WriteAsync(string form, Func<Task<Result<TargetWrite>>> write, CancellationToken ct)
    {
        var check = await targets.CheckEditAsync(User, TargetId, ct);
        if (await this.FailureAsync(check, () => RedisplayAsync(ct)) is { } refused)
        {
            return refused;
        }

        // Only the posted form counts: the page's other form was not sent, so its (empty) fields are no error.
        foreach (var key in ModelState.Keys.Where(k => k.Length > 0 && (form.Length == 0 || !k.StartsWith(form + ".", StringComparison.Ordinal))).ToList())
        {
            ModelState.Remove(key);
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(ct, form);
        }

        var result = await write();
        if (await this.FailureAsync(result, () => RedisplayAsync(ct, form), form) is { } failed)
        {
            return failed;
        }

        TempData["Flash"] = Texts.Instance["Targets_Saved"].Value;
        return RedirectToPage("/Targets/Detail", new { targetId = TargetId });
    }

    /// <summary>Shows the page again: the posted form keeps what was typed, the others show the stored values.</summary>
    private async Task<IActionResult> RedisplayAsync(CancellationToken ct, string posted = "")
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Fill(input: posted != nameof(Input), measure: posted != nameof(Measure));
        return Page();
    }

    private void Fill(bool input, bool measure)
    {
        var t = Target.Summary;
        if (input)
        {
            Input = new TargetInput
            {
                ScopeKind = t.ScopeKind, OrganisationId = t.OrganisationId, ProvinceId = t.ProvinceId, InventoryKind = t.InventoryKind, BaseYear = t.BaseYear,
                TargetYear = t.TargetYear, ReductionKind = t.ReductionKind, ReductionValue = t.ReductionValue, Scopes = [.. t.Scopes], Sectors = [.. t.Sectors],
                BauMethod = t.BauMethod, BauRatePercent = t.BauRatePercent, ExpectedVersion = t.Version,
            };
        }

        if (!measure)
        {
            return;
        }

        var editing = Target.Measures.FirstOrDefault(m => m.Id == MeasureId);
        MeasureId = editing?.Id;
        Measure = editing is null
            ? new MeasureInput { StartYear = t.BaseYear + 1, ExpectedVersion = t.Version }
            : new MeasureInput
            {
                Sector = editing.Sector, DescriptionTh = editing.DescriptionTh, DescriptionEn = editing.DescriptionEn, ExpectedTonnesPerYear = editing.ExpectedTonnesPerYear,
                StartYear = editing.StartYear, Status = editing.Status, ResponsibleOrganisation = editing.ResponsibleOrganisation, ProgressPercent = editing.ProgressPercent,
                ExpectedVersion = t.Version,
            };
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var detail = await targets.GetAsync(User, TargetId, ct);
        if (await this.FailureAsync(detail, () => Task.FromResult<IActionResult>(Page())) is { } failed)
        {
            return failed;
        }

        Target = detail.Value!;
        Gap = (await gaps.GetAsync(User, TargetId, ct)).Value!;
        return null;
    }
}
