using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using DomainUnit = LowCarbonCity.Domain.Quantities.Unit;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// The fields of an activity line as a form or the API sends them: an annual quantity (<c>amount</c>) or twelve
/// <c>monthlyValues</c>, in a unit of the category (<c>unitCode</c>); or a notation key with its explanation. Optional
/// GPC sub-sector (city inventories), custom factor, method parameters (JSON), data source and quality. A missing
/// category is refused, never guessed.
/// </summary>
// Every rule on these fields lives in LineIntake (through ToDraft); method parameters are read by MethodParametersJson.
public sealed record LineInput
{
    public ActivityCategory? Category { get; init; }

    /// <summary>City inventories only; null means the category's default sub-sector.</summary>
    public GpcSubsector? GpcSubsector { get; init; }

    /// <summary>The annual quantity; leave empty when <c>monthlyValues</c> are given.</summary>
    [Display(Name = "Annual quantity")]
    public decimal? Amount { get; init; }

    /// <summary>Twelve monthly quantities (January first) instead of <c>amount</c>; null or all empty for an annual value.</summary>
    public IReadOnlyList<decimal?>? MonthlyValues { get; init; }

    [Display(Name = "Unit")]
    public string? UnitCode { get; init; }

    [Display(Name = "Notation key")]
    public NotationKey? NotationKey { get; init; }

    [Display(Name = "Notation key explanation")]
    public string? NotationExplanation { get; init; }

    [Display(Name = "Description")]
    public string? Description { get; init; }

    [Display(Name = "Data source")]
    public string? DataSource { get; init; }

    [Display(Name = "Data quality")]
    public DataQuality DataQuality { get; init; } = DataQuality.Medium;

    /// <summary>Why the quantity differs from last year's by more than 30 %; the editor requires it then, the API stores it as given.</summary>
    [Display(Name = "Change explanation")]
    public string? ChangeExplanation { get; init; }

    /// <summary>A factor of the user's own instead of the edition's; null (or every field empty) for none.</summary>
    public CustomFactorInput? CustomFactor { get; init; }

    /// <summary>
    /// Method parameters as JSON text (landfill, wastewater, refrigerant screening...), in the shape of the method's
    /// <c>...Parameters</c> schema (<c>GET /api/v1/categories</c> lists each category's); empty for factor-based categories.
    /// </summary>
    public string? ParametersJson { get; init; }

    /// <summary>Solid-waste disposal lines: the organisation's disposal site.</summary>
    public Guid? SolidWasteSiteId { get; init; }

    /// <summary>Whether monthly values were entered (any of the twelve).</summary>
    public bool HasMonthlyValues => MonthlyValues is { } m && m.Any(v => v is not null);

    /// <summary>The fields as <see cref="LineIntake"/> reads them (names as text, so an undefined value is refused by name).</summary>
    public LineDraft ToDraft() => new()
    {
        Category = Category?.ToString(),
        GpcSubsector = GpcSubsector?.ToString(),
        Amount = Amount,
        MonthlyValues = HasMonthlyValues ? MonthlyValues : null,
        Unit = UnitCode,
        NotationKey = NotationKey?.ToString(),
        NotationExplanation = NotationExplanation,
        Description = Description,
        DataSource = DataSource,
        DataQuality = DataQuality.ToString(),
        ChangeExplanation = ChangeExplanation,
        CustomFactor = CustomFactor is { IsEmpty: false } f ? new CustomFactorDraft(f.Gas?.ToString(), f.KgPerUnit, f.PerUnitCode, f.Justification) : null,
        ParametersJson = ParametersJson,
    };
}

/// <summary>A custom factor as entered: <c>kgPerUnit</c> kg of <c>gas</c> per one <c>perUnitCode</c>, with a justification.</summary>
public sealed record CustomFactorInput
{
    public Domain.Factors.Gas? Gas { get; init; }

    [Display(Name = "Custom factor")]
    public decimal? KgPerUnit { get; init; }

    public string? PerUnitCode { get; init; }

    [Display(Name = "Justification")]
    public string? Justification { get; init; }

    /// <summary>True when nothing was entered (a form always posts the empty fields).</summary>
    public bool IsEmpty => Gas is null && KgPerUnit is null && string.IsNullOrWhiteSpace(PerUnitCode) && string.IsNullOrWhiteSpace(Justification);
}

/// <summary>One line of a bulk upsert: a new line (no id) or a change to an existing one at the version the caller saw.</summary>
public sealed record LineUpsert
{
    public Guid? Id { get; init; }

    public int? Version { get; init; }

    [Required]
    public LineInput Line { get; init; } = new();
}

/// <summary>A line with every field it carries (units always beside the quantities).</summary>
public sealed record LineDetail(
    Guid Id, Guid InventoryId, ActivityCategory Category, GpcSubsector? GpcSubsector, string? Description,
    decimal? Amount, string? UnitCode, IReadOnlyList<decimal>? MonthlyValues,
    NotationKey? NotationKey, string? NotationExplanation, string? DataSource, DataQuality DataQuality,
    CustomFactorInput? CustomFactor, string? ParametersJson, int Version)
{
    public static LineDetail From(ActivityLine l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(
            l.Id, l.InventoryId, l.Category, l.GpcSubsector, l.Description, l.Amount, l.Unit?.Code, l.MonthlyValues,
            l.NotationKey, l.NotationExplanation, l.DataSource, l.DataQuality,
            l.CustomFactor is { } f ? new CustomFactorInput { Gas = f.Gas, KgPerUnit = f.KgPerUnit, PerUnitCode = f.PerUnit.Code, Justification = f.Justification } : null,
            l.ParametersJson, l.Version);
    }
}

/// <summary>A saved line: its id and the version to send with the next change.</summary>
public sealed record LineRef(Guid Id, int Version);

/// <summary>One line to add (no <see cref="LineId"/>) or change, in a batch; <see cref="Label"/> names it in errors (e.g. a sheet row).</summary>
public sealed record LineChange(Guid? LineId, LineInput Input, string Label);

/// <summary>
/// Adds, changes and deletes activity lines through the domain methods, only while the inventory is editable and
/// only for the LAO's municipal officers. A change made on a stale line version is a Conflict and keeps the other
/// person's data. After each change the <see cref="IInventoryCalculator"/> runs, inside the same SaveChanges.
/// </summary>
public sealed class ActivityDataService(AppDbContext db, ResourceGuard guard, IInventoryCalculator calculator, LastYearLineReader lastYear, TimeProvider clock)
{
    internal const string StaleLineMessage =
        "Someone else changed this line after you opened it. Your change was not saved; reload to see theirs and try again.";

    /// <summary>The inventory a line belongs to, or null (ids carry no data; callers still check rights on the inventory).</summary>
    public async Task<Guid?> InventoryOfLineAsync(Guid lineId, CancellationToken ct) =>
        await db.ActivityLines.AsNoTracking().Where(l => l.Id == lineId).Select(l => (Guid?)l.InventoryId).FirstOrDefaultAsync(ct);

    public Task<Result<LineRef>> AddLineAsync(ClaimsPrincipal user, Guid inventoryId, LineInput input, CancellationToken ct) =>
        AddLineAsync(user, inventoryId, input, requireChangeExplanation: false, ct);

    /// <summary>
    /// Adds a line; with <paramref name="requireChangeExplanation"/> (the editor) a quantity more than 30 % away from
    /// last year's needs <see cref="LineInput.ChangeExplanation"/> (<see cref="LastYearComparison"/>).
    /// </summary>
    public async Task<Result<LineRef>> AddLineAsync(ClaimsPrincipal user, Guid inventoryId, LineInput input, bool requireChangeExplanation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (inventory, failure) = await LoadEditableAsync(user, inventoryId, ct);
        if (inventory is null)
        {
            return failure!.As<LineRef>();
        }

        if (await LineLimits.CheckAsync(db, inventoryId, adding: 1, sent: 0, ct) is { } limit)
        {
            return Result<LineRef>.Invalid([limit]);
        }

        (var errors, input) = await ValidateAsync(inventory, input, requireChangeExplanation, ct);
        if (errors.Count > 0)
        {
            return Result<LineRef>.Invalid(errors);
        }

        try
        {
            var line = Create(inventoryId, input);
            Apply(line, input);
            inventory.AddLine(line, clock.GetUtcNow());
            db.ActivityLines.Add(line);
            return await SaveAsync(inventory, [line], () => new LineRef(line.Id, line.Version), "Someone else changed this inventory meanwhile. Reload and try again.", ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return Result<LineRef>.Invalid([Refusal(e)]);
        }
    }

    public Task<Result<LineRef>> UpdateLineAsync(ClaimsPrincipal user, Guid lineId, int expectedVersion, LineInput input, CancellationToken ct) =>
        UpdateLineAsync(user, lineId, expectedVersion, input, requireChangeExplanation: false, ct);

    /// <summary>
    /// Changes a line on the version the user saw; with <paramref name="requireChangeExplanation"/> (the editor) a
    /// quantity more than 30 % away from last year's needs <see cref="LineInput.ChangeExplanation"/>.
    /// </summary>
    public async Task<Result<LineRef>> UpdateLineAsync(ClaimsPrincipal user, Guid lineId, int expectedVersion, LineInput input, bool requireChangeExplanation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (inventory, line, failure) = await LoadLineAsync(user, lineId, expectedVersion, ct);
        if (inventory is null || line is null)
        {
            return failure!;
        }

        (var errors, input) = await ValidateAsync(inventory, input, requireChangeExplanation, ct, lineId);
        if (errors.Count > 0)
        {
            return Result<LineRef>.Invalid(errors);
        }

        if (line.Category != input.Category)
        {
            return Result<LineRef>.Invalid([new LineFailure(LineFields.Category, LineCodes.CategoryChanged)]);
        }

        try
        {
            db.Entry(line).Property(l => l.Version).OriginalValue = expectedVersion;
            Apply(line, input);
            inventory.Touch(clock.GetUtcNow());
            return await SaveAsync(inventory, [line], () => new LineRef(line.Id, line.Version), StaleLineMessage, ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return Result<LineRef>.Invalid([Refusal(e)]);
        }
    }

    /// <summary>
    /// Adds and changes several lines at once (the offline template's import): the same rights, status and domain
    /// rules as one line at a time, on the inventory as the user last saw it (<paramref name="expectedInventoryVersion"/>),
    /// one recalculation and one SaveChanges, so everything is saved or nothing is. Errors are keyed by each
    /// change's label. Returns the inventory's new version.
    /// </summary>
    public async Task<Result<int>> ApplyChangesAsync(ClaimsPrincipal user, Guid inventoryId, int expectedInventoryVersion, IReadOnlyList<LineChange> changes, CancellationToken ct)
    {
        var staged = await StageChangesAsync(user, inventoryId, expectedInventoryVersion, changes, ct);
        if (staged.Failure is { } failure)
        {
            return failure;
        }

        var inventory = staged.Inventory!;
        db.Entry(inventory).Property(i => i.Version).OriginalValue = expectedInventoryVersion;
        inventory.Touch(clock.GetUtcNow());
        var saved = await SaveAsync(inventory, staged.Touched, () => new LineRef(inventory.Id, inventory.Version), StaleInventoryMessage, ct);
        return saved.IsOk ? Result<int>.Ok(inventory.Version) : saved.As<int>();
    }

    /// <summary>
    /// What <see cref="ApplyChangesAsync"/> would do with the same changes, without saving: the same checks and the
    /// same recalculation, staged and measured (each change's kg CO2e before and after, the totals by scope), then
    /// discarded. A change that cannot be applied or calculated is refused here exactly as the import would be.
    /// </summary>
    public async Task<Result<ChangeEffects>> MeasureChangesAsync(ClaimsPrincipal user, Guid inventoryId, int expectedInventoryVersion, IReadOnlyList<LineChange> changes, CancellationToken ct)
    {
        var totalsBefore = await db.InventoryTotals.AsNoTracking().Where(t => t.InventoryId == inventoryId)
            .GroupBy(t => t.Scope).Select(g => new { Scope = g.Key, Kg = g.Sum(t => t.Co2eKg) }).ToDictionaryAsync(g => g.Scope, g => g.Kg, ct);
        var staged = await StageChangesAsync(user, inventoryId, expectedInventoryVersion, changes, ct);
        if (staged.Failure is { } failure)
        {
            return failure.As<ChangeEffects>();
        }

        try
        {
            await calculator.RecalculateLinesAsync(staged.Inventory!, staged.Touched, ct);
            return Result<ChangeEffects>.Ok(ChangeEffects.FromStaged(db.ChangeTracker, staged.LineOfLabel, totalsBefore));
        }
        catch (Domain.Calculation.CalculationException e)
        {
            var refusal = new LineFailure(FieldOf(e.Field), e.Code, e.Arguments);
            return Result<ChangeEffects>.Invalid([staged.LabelOf(e.LineId) is { } label ? refusal.At(label) : refusal]);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private const string StaleInventoryMessage =
        "Someone else changed this inventory after you prepared the import. Nothing was imported; upload the file again to see the changes.";

    /// <summary>A batch applied to the tracked inventory and lines, not yet calculated or saved; or why it cannot be.</summary>
    private sealed record StagedChanges(Inventory? Inventory, List<ActivityLine> Touched, Dictionary<string, Guid> LineOfLabel, Result<int>? Failure)
    {
        public string? LabelOf(Guid? lineId) => LineOfLabel.FirstOrDefault(p => p.Value == lineId).Key;
    }

    /// <summary>Checks and applies a batch to the tracked entities (all or nothing: any refusal clears the context).</summary>
    private async Task<StagedChanges> StageChangesAsync(ClaimsPrincipal user, Guid inventoryId, int expectedInventoryVersion, IReadOnlyList<LineChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var lineOfLabel = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var (inventory, failure) = await LoadEditableAsync(user, inventoryId, ct);
        if (inventory is null)
        {
            return new StagedChanges(null, [], lineOfLabel, failure!.As<int>());
        }

        if (inventory.Version != expectedInventoryVersion)
        {
            return new StagedChanges(null, [], lineOfLabel, Result<int>.Conflict(StaleInventoryMessage));
        }

        if (await LineLimits.CheckAsync(db, inventoryId, changes.Count(c => c.LineId is null), changes.Count, ct) is { } limit)
        {
            return new StagedChanges(null, [], lineOfLabel, Result<int>.Invalid([limit]));
        }

        var errors = new List<LineFailure>();
        var now = clock.GetUtcNow();
        var existing = await LinesAsync(inventoryId, changes.Select(c => c.LineId), ct);
        var touched = new List<ActivityLine>();
        foreach (var change in changes)
        {
            try
            {
                if (change.LineId is { } lineId)
                {
                    var line = existing.GetValueOrDefault(lineId);
                    if (line is null || line.Category != change.Input.Category)
                    {
                        errors.Add(new LineFailure(change.Label, LineCodes.CategoryChanged));
                        continue;
                    }

                    Apply(line, change.Input, keepMonthsWhenTotalUnchanged: true);
                    touched.Add(line);
                    lineOfLabel[change.Label] = line.Id;
                }
                else
                {
                    var line = Create(inventoryId, change.Input);
                    Apply(line, change.Input);
                    inventory.AddLine(line, now);
                    db.ActivityLines.Add(line);
                    touched.Add(line);
                    lineOfLabel[change.Label] = line.Id;
                }
            }
            catch (DomainRuleException e)
            {
                errors.Add(Refusal(e).At(change.Label));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new StagedChanges(null, [], lineOfLabel, Result<int>.Invalid(errors));
        }

        return new StagedChanges(inventory, touched, lineOfLabel, null);
    }

    public async Task<Result<LineRef>> DeleteLineAsync(ClaimsPrincipal user, Guid lineId, int expectedVersion, CancellationToken ct)
    {
        var (inventory, line, failure) = await LoadLineAsync(user, lineId, expectedVersion, ct);
        if (inventory is null || line is null)
        {
            return failure!;
        }

        db.Entry(line).Property(l => l.Version).OriginalValue = expectedVersion;
        inventory.RemoveLine(line, clock.GetUtcNow());
        db.ActivityLines.Remove(line);
        return await SaveAsync(inventory, [line], () => new LineRef(line.Id, line.Version), StaleLineMessage, ct);
    }

    /// <summary>One line, for whoever may view its inventory.</summary>
    public async Task<Result<LineDetail>> GetLineAsync(ClaimsPrincipal user, Guid lineId, CancellationToken ct)
    {
        var inventoryId = await InventoryOfLineAsync(lineId, ct);
        if (inventoryId is null)
        {
            return Result<LineDetail>.NotFound();
        }

        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId.Value, ct);
        if (resource is null || !await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<LineDetail>.Forbidden();
        }

        var line = await db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == lineId, ct);
        return Result<LineDetail>.Ok(LineDetail.From(line));
    }

    /// <summary>The lines of an inventory, for whoever may view it, by category.</summary>
    public async Task<Result<IReadOnlyList<LineDetail>>> ListLinesAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<IReadOnlyList<LineDetail>>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<IReadOnlyList<LineDetail>>.Forbidden();
        }

        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        return Result<IReadOnlyList<LineDetail>>.Ok(lines.OrderBy(l => l.Category).ThenBy(l => l.Id).Select(LineDetail.From).ToList());
    }

    /// <summary>
    /// Adds and changes many lines at once, all or nothing: every line is checked (shape, domain rules, then the
    /// calculation), every bad one is reported under <c>lines[index].field</c>, and nothing is saved unless all are
    /// good. One SaveChanges, so data and results commit together. A line at a stale version is a Conflict.
    /// </summary>
    public async Task<Result<IReadOnlyList<LineRef>>> UpsertLinesAsync(ClaimsPrincipal user, Guid inventoryId, IReadOnlyList<LineUpsert> lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (inventory, failure) = await LoadEditableAsync(user, inventoryId, ct);
        if (inventory is null)
        {
            return failure!.As<IReadOnlyList<LineRef>>();
        }

        if (lines.Count == 0)
        {
            return Result<IReadOnlyList<LineRef>>.Invalid("lines", "Send at least one line.");
        }

        if (await LineLimits.CheckAsync(db, inventoryId, lines.Count(l => l?.Id is null), lines.Count, ct) is { } limit)
        {
            return Result<IReadOnlyList<LineRef>>.Invalid([limit]);
        }

                var errors = new List<LineFailure>();
        void Error(int index, LineFailure failure) => errors.Add(failure.At($"lines[{index}].{failure.Field}"));

        var now = clock.GetUtcNow();
        var touched = new List<ActivityLine>();
        var existingLines = await LinesAsync(inventoryId, lines.Select(l => l?.Id), ct);
        var indexOf = new Dictionary<Guid, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var item = lines[i];
            var input = item.Line;
            if (input is null)
            {
                Error(i, new LineFailure("Line", LineCodes.LineRequired));
                continue;
            }

            // Every field checked first (shape and domain rules, as for a single line), so one answer names every bad line.
            (var lineErrors, input) = await ValidateAsync(inventory, input, requireChangeExplanation: false, ct);
            if (lineErrors.Count > 0)
            {
                lineErrors.ForEach(f => Error(i, f));
                continue;
            }

            try
            {
                ActivityLine line;
                if (item.Id is { } id)
                {
                    var existing = existingLines.GetValueOrDefault(id);
                    if (existing is null)
                    {
                        Error(i, new LineFailure("Id", LineCodes.LineUnknown));
                        continue;
                    }

                    if (item.Version is not { } version)
                    {
                        Error(i, new LineFailure("Version", LineCodes.VersionRequired));
                        continue;
                    }

                    if (existing.Version != version)
                    {
                        db.ChangeTracker.Clear();
                        return Result<IReadOnlyList<LineRef>>.Conflict($"lines[{i}]: {StaleLineMessage}");
                    }

                    if (existing.Category != input.Category)
                    {
                        Error(i, new LineFailure(LineFields.Category, LineCodes.CategoryChanged));
                        continue;
                    }

                    db.Entry(existing).Property(l => l.Version).OriginalValue = version;
                    line = existing;
                    Apply(line, input);
                }
                else
                {
                    line = Create(inventoryId, input);
                    Apply(line, input);
                    inventory.AddLine(line, now);
                    db.ActivityLines.Add(line);
                }

                touched.Add(line);
                indexOf[line.Id] = i;
            }
            catch (DomainRuleException e)
            {
                Error(i, Refusal(e));
            }
        }

        if (errors.Count == 0)
        {
            inventory.Touch(now);
            try
            {
                await calculator.RecalculateLinesAsync(inventory, touched, ct);
            }
            catch (Domain.Calculation.CalculationException e)
            {
                var refusal = new LineFailure(FieldOf(e.Field), e.Code, e.Arguments);
                errors.Add(e.LineId is { } lineId && indexOf.TryGetValue(lineId, out var index) ? refusal.At($"lines[{index}].{refusal.Field}") : refusal);
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<IReadOnlyList<LineRef>>.Invalid(errors);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<IReadOnlyList<LineRef>>.Conflict(StaleLineMessage);
        }

        return Result<IReadOnlyList<LineRef>>.Ok(touched.Select(l => new LineRef(l.Id, l.Version)).ToList());
    }

    /// <summary>
    /// The editable inventory of a line and the line itself, at the version the user saw: NotFound, Forbidden,
    /// Invalid (locked) or Conflict (stale) otherwise.
    /// </summary>
    private async Task<(Inventory? Inventory, ActivityLine? Line, Result<LineRef>? Failure)> LoadLineAsync(
        ClaimsPrincipal user, Guid lineId, int expectedVersion, CancellationToken ct)
    {
        if (await InventoryOfLineAsync(lineId, ct) is not { } inventoryId)
        {
            return (null, null, Result<LineRef>.NotFound());
        }

        var (inventory, failure) = await LoadEditableAsync(user, inventoryId, ct);
        if (inventory is null)
        {
            return (null, null, failure!.As<LineRef>());
        }

        var line = await db.ActivityLines.FirstAsync(l => l.Id == lineId, ct);
        return line.Version == expectedVersion
            ? (inventory, line, null)
            : (null, null, Result<LineRef>.Conflict(StaleLineMessage));
    }

    private async Task<(Inventory? Inventory, Result<bool>? Failure)> LoadEditableAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return (null, Result<bool>.NotFound());
        }

        if (!await guard.AllowsAsync(user, resource, Operations.EditActivity))
        {
            return (null, Result<bool>.Forbidden());
        }

        // Without its lines: a write loads only the lines it changes, so it costs the same whatever the inventory's size.
        var inventory = await db.Inventories.FirstAsync(i => i.Id == inventoryId, ct);
        if (!inventory.IsEditable)
        {
            return (null, Result<bool>.Invalid("Status", $"The inventory is {inventory.Status} and cannot be edited; it must be reopened first."));
        }

        return (inventory, null);
    }

    /// <summary>The inventory's lines with these ids, tracked; no other line is loaded.</summary>
    private async Task<Dictionary<Guid, ActivityLine>> LinesAsync(Guid inventoryId, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.ActivityLines.Where(l => l.InventoryId == inventoryId && wanted.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
    }

    private async Task<Result<LineRef>> SaveAsync(
        Inventory inventory, IReadOnlyCollection<ActivityLine> changed, Func<LineRef> value, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await calculator.RecalculateLinesAsync(inventory, changed, ct);
        }
        catch (Domain.Calculation.CalculationException e)
        {
            // The line cannot be calculated (no factor for that unit, bad method parameters): nothing is saved.
            db.ChangeTracker.Clear();
            return Result<LineRef>.Invalid([new LineFailure(FieldOf(e.Field), e.Code, e.Arguments)]);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<LineRef>.Conflict(conflictMessage);
        }

        return Result<LineRef>.Ok(value());
    }

    /// <summary>
    /// Every rule a line's input must meet (empty when valid): the line's own rules (<see cref="LineIntake"/>), then
    /// the two that need the database: last year's value (the 30 % rule, with <paramref name="requireChangeExplanation"/>)
    /// and the organisation's disposal site. Checked before anything changes, so an invalid input saves nothing.
    /// Returns the input as it is stored: a refrigerant screening line with the quantity the intake derived.
    /// </summary>
    private async Task<(List<LineFailure> Failures, LineInput Input)> ValidateAsync(
        Inventory inventory, LineInput input, bool requireChangeExplanation, CancellationToken ct, Guid? lineId = null)
    {
        var intake = LineIntake.Check(input.ToDraft(), inventory.Kind);
        if (intake.Line is { Parameters: Domain.Calculation.Refrigerants.RefrigerantScreeningParameters, Quantity: { } derived })
        {
            input = input with { Amount = derived.Value, UnitCode = derived.Unit.Code, MonthlyValues = null };
        }

        var failures = intake.Failures.ToList();
        if (intake.Line is { Quantity: { } quantity } && requireChangeExplanation && string.IsNullOrWhiteSpace(input.ChangeExplanation)
            && LastYearComparison.NeedsExplanation((await lastYear.ForInputAsync(inventory, lineId, input, ct))?.Quantity, quantity))
        {
            failures.Add(new LineFailure(LineFields.ChangeExplanation, LineCodes.ChangeExplanationRequired));
        }

        if (input.SolidWasteSiteId is { } siteId
            && !await db.SolidWasteSites.AnyAsync(s => s.Id == siteId && s.OrganisationId == inventory.OrganisationId, ct))
        {
            failures.Add(new LineFailure(LineFields.SolidWasteSite, LineCodes.SiteUnknown));
        }

        return (failures, input);
    }

    /// <summary>A domain guard that fired after validation (a bug, not the user's fault), as the same coded failure.</summary>
    private static LineFailure Refusal(DomainRuleException e) => new(FieldOf(e.Field), e.Code, e.Arguments);

    /// <summary>The input field a domain or engine error is about (they name the entity's fields).</summary>
    internal static string FieldOf(string field) => LineFields.OfDomain(field);

    private static ActivityLine Create(Guid inventoryId, LineInput input)
    {
        if (input.NotationKey is { } key)
        {
            return ActivityLine.WithNotationKey(Guid.NewGuid(), inventoryId, input.Category!.Value, key, input.NotationExplanation ?? string.Empty);
        }

        return input.HasMonthlyValues
            ? ActivityLine.WithMonthlyQuantities(Guid.NewGuid(), inventoryId, input.Category!.Value, Months(input), RequireUnit(input))
            : ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, input.Category!.Value, new Domain.Quantities.Quantity(RequireAmount(input), RequireUnit(input)));
    }

    private static void Apply(ActivityLine line, LineInput input, bool keepMonthsWhenTotalUnchanged = false)
    {
        if (input.NotationKey is { } key)
        {
            if (line.NotationKey != key || line.NotationExplanation != input.NotationExplanation?.Trim())
            {
                line.SetNotationKey(key, input.NotationExplanation ?? string.Empty);
            }
        }
        else
        {
            var factor = ToCustomFactor(input.CustomFactor);
            if (line.CustomFactor is not null && line.CustomFactor != factor)
            {
                // Cleared first, so a new unit and a new factor per that unit can change together.
                line.UseCustomFactor(null);
            }

            var unit = RequireUnit(input);
            if (input.HasMonthlyValues)
            {
                var months = Months(input);
                if (!line.IsMonthly || line.Unit != unit || !line.MonthlyValues!.SequenceEqual(months))
                {
                    line.SetMonthlyQuantities(months, unit);
                }
            }
            else
            {
                var quantity = new Domain.Quantities.Quantity(RequireAmount(input), unit);
                // An import carries annual totals: a monthly line whose total did not change keeps its months.
                var keepMonths = keepMonthsWhenTotalUnchanged && line.IsMonthly && line.Quantity == quantity;
                if (!keepMonths && (line.IsMonthly || line.Quantity != quantity))
                {
                    line.SetAnnualQuantity(quantity);
                }
            }

            if (line.CustomFactor != factor)
            {
                line.UseCustomFactor(factor);
            }
        }

        line.Describe(input.Description, input.DataSource, input.DataQuality);
        if (!keepMonthsWhenTotalUnchanged)
        {
            // An import carries no explanations: the ones given in the editor stay.
            line.ExplainChange(input.ChangeExplanation);
        }
        if (line.GpcSubsector != input.GpcSubsector)
        {
            line.PlaceInGpc(input.GpcSubsector);
        }

        var parameters = string.IsNullOrWhiteSpace(input.ParametersJson) ? null : input.ParametersJson.Trim();
        if (line.ParametersJson != parameters || line.SolidWasteSiteId != input.SolidWasteSiteId)
        {
            line.SetParameters(parameters, input.SolidWasteSiteId);
        }
    }

    private static List<decimal> Months(LineInput input) => input.MonthlyValues!.Select(v => v ?? 0m).ToList();

    private static CustomFactor? ToCustomFactor(CustomFactorInput? input) =>
        input is null || input.IsEmpty
            ? null
            : new CustomFactor(
                input.Gas ?? throw new DomainRuleException("CustomFactor.Gas", "required", "Choose the custom factor's gas."),
                input.KgPerUnit ?? throw new DomainRuleException("CustomFactor.KgPerUnit", "required", "Enter the custom factor."),
                DomainUnit.TryFromCode(input.PerUnitCode, out var perUnit)
                    ? perUnit
                    : throw new DomainRuleException("CustomFactor.PerUnitCode", "unit.unknown", "Choose the unit the custom factor is per."),
                input.Justification ?? string.Empty);

    private static decimal RequireAmount(LineInput input) =>
        input.Amount ?? throw new DomainRuleException(nameof(LineInput.Amount), "required", "Enter a quantity or choose a notation key.");

    private static DomainUnit RequireUnit(LineInput input) =>
        DomainUnit.TryFromCode(input.UnitCode, out var unit)
            ? unit
            : throw new DomainRuleException(nameof(LineInput.UnitCode), "unit.unknown", "Choose a unit.");
}
