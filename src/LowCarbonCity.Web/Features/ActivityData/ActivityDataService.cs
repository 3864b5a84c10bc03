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
/// The fields of an activity line as a form or the API sends them: an annual quantity (<see cref="Amount"/>), or
/// twelve <see cref="MonthlyValues"/>, both in <see cref="UnitCode"/>; or a notation key with its explanation.
/// Optionally a custom factor with its justification and method parameters (JSON).
/// </summary>
public sealed record LineInput
{
    public ActivityCategory Category { get; init; }

    public GpcSubsector? GpcSubsector { get; init; }

    [Range(0, 1e20)]
    public decimal? Amount { get; init; }

    [StringLength(16)]
    public string? UnitCode { get; init; }

    public NotationKey? NotationKey { get; init; }

    [StringLength(ActivityLine.MaxTextLength)]
    public string? NotationExplanation { get; init; }

    [StringLength(ActivityLine.MaxTextLength)]
    public string? Description { get; init; }

    [StringLength(ActivityLine.MaxTextLength)]
    public string? DataSource { get; init; }

    public DataQuality DataQuality { get; init; } = DataQuality.Medium;

    /// <summary>Twelve monthly values (January first) in <see cref="UnitCode"/>, instead of <see cref="Amount"/>.</summary>
    [Length(12, 12)]
    public IReadOnlyList<decimal>? MonthlyValues { get; init; }

    /// <summary>A factor that overrides the edition's for this line, with a written justification.</summary>
    public CustomFactorInput? CustomFactor { get; init; }

    /// <summary>Method parameters as JSON (landfill, wastewater, refrigerant screening...; see calculation-method.md).</summary>
    [StringLength(ActivityLine.MaxTextLength)]
    public string? ParametersJson { get; init; }

    /// <summary>
    /// Whether <see cref="CustomFactor"/> and <see cref="ParametersJson"/> replace the line's (the API sends the whole
    /// line); false keeps them, for forms that do not show them.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool ReplacesFactorAndParameters { get; init; }
}

/// <summary>A custom factor: kg of <see cref="Gas"/> per <see cref="PerUnitCode"/>, with why it is used.</summary>
public sealed record CustomFactorInput
{
    public Domain.Factors.Gas Gas { get; init; } = Domain.Factors.Gas.CO2e;

    [Range(0, 1e20)]
    public decimal KgPerUnit { get; init; }

    [Required, StringLength(16)]
    public string PerUnitCode { get; init; } = string.Empty;

    [Required, StringLength(ActivityLine.MaxTextLength)]
    public string Justification { get; init; } = string.Empty;
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

/// <summary>
/// Adds, changes and deletes activity lines through the domain methods, only while the inventory is editable and
/// only for the LAO's municipal officers. A change made on a stale line version is a Conflict and keeps the other
/// person's data. After each change the <see cref="IInventoryCalculator"/> runs, inside the same SaveChanges.
/// </summary>
public sealed class ActivityDataService(AppDbContext db, ResourceGuard guard, IInventoryCalculator calculator, TimeProvider clock)
{
    internal const string StaleLineMessage =
        "Someone else changed this line after you opened it. Your change was not saved; reload to see theirs and try again.";

    /// <summary>The inventory a line belongs to, or null (ids carry no data; callers still check rights on the inventory).</summary>
    public async Task<Guid?> InventoryOfLineAsync(Guid lineId, CancellationToken ct) =>
        await db.ActivityLines.AsNoTracking().Where(l => l.Id == lineId).Select(l => (Guid?)l.InventoryId).FirstOrDefaultAsync(ct);

    public async Task<Result<LineRef>> AddLineAsync(ClaimsPrincipal user, Guid inventoryId, LineInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (inventory, failure) = await LoadEditableAsync(user, inventoryId, ct);
        if (inventory is null)
        {
            return failure!.As<LineRef>();
        }

        try
        {
            var line = Create(inventoryId, input);
            Apply(line, input);
            inventory.AddLine(line, clock.GetUtcNow());
            db.ActivityLines.Add(line);
            return await SaveAsync(inventory, () => new LineRef(line.Id, line.Version), "Someone else changed this inventory meanwhile. Reload and try again.", ct);
        }
        catch (DomainRuleException e)
        {
            return Result<LineRef>.Invalid(e.Field, e.Message);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Result<LineRef>.Invalid(nameof(LineInput.ParametersJson), e.Message);
        }
    }

    public async Task<Result<LineRef>> UpdateLineAsync(ClaimsPrincipal user, Guid lineId, int expectedVersion, LineInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var inventoryId = await db.ActivityLines.AsNoTracking().Where(l => l.Id == lineId).Select(l => (Guid?)l.InventoryId).FirstOrDefaultAsync(ct);
        if (inventoryId is null)
        {
            return Result<LineRef>.NotFound();
        }

        var (inventory, failure) = await LoadEditableAsync(user, inventoryId.Value, ct);
        if (inventory is null)
        {
            return failure!.As<LineRef>();
        }

        var line = inventory.Lines.First(l => l.Id == lineId);
        if (line.Version != expectedVersion)
        {
            return Result<LineRef>.Conflict(StaleLineMessage);
        }

        if (line.Category != input.Category)
        {
            return Result<LineRef>.Invalid(nameof(input.Category), "A line's category cannot change; delete the line and add a new one.");
        }

        try
        {
            db.Entry(line).Property(l => l.Version).OriginalValue = expectedVersion;
            Apply(line, input);
            inventory.Touch(clock.GetUtcNow());
            return await SaveAsync(inventory, () => new LineRef(line.Id, line.Version), StaleLineMessage, ct);
        }
        catch (DomainRuleException e)
        {
            return Result<LineRef>.Invalid(e.Field, e.Message);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Result<LineRef>.Invalid(nameof(LineInput.ParametersJson), e.Message);
        }
    }

    public async Task<Result<LineRef>> DeleteLineAsync(ClaimsPrincipal user, Guid lineId, int expectedVersion, CancellationToken ct)
    {
        var inventoryId = await db.ActivityLines.AsNoTracking().Where(l => l.Id == lineId).Select(l => (Guid?)l.InventoryId).FirstOrDefaultAsync(ct);
        if (inventoryId is null)
        {
            return Result<LineRef>.NotFound();
        }

        var (inventory, failure) = await LoadEditableAsync(user, inventoryId.Value, ct);
        if (inventory is null)
        {
            return failure!.As<LineRef>();
        }

        var line = inventory.Lines.First(l => l.Id == lineId);
        if (line.Version != expectedVersion)
        {
            return Result<LineRef>.Conflict(StaleLineMessage);
        }

        db.Entry(line).Property(l => l.Version).OriginalValue = expectedVersion;
        inventory.RemoveLine(line, clock.GetUtcNow());
        db.ActivityLines.Remove(line);
        return await SaveAsync(inventory, () => new LineRef(line.Id, line.Version), StaleLineMessage, ct);
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

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(int index, string field, string message) =>
            errors[$"lines[{index}].{field}"] = errors.TryGetValue($"lines[{index}].{field}", out var m) ? [.. m, message] : [message];

        var now = clock.GetUtcNow();
        var touched = new List<ActivityLine>();
        var indexOf = new Dictionary<Guid, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var item = lines[i];
            var input = item.Line;
            if (input is null)
            {
                Error(i, "Line", "The line's fields are required.");
                continue;
            }

            // Shape first (lengths, ranges), so that a bulk call reports every bad line in one answer.
            var shape = new List<ValidationResult>();
            Validator.TryValidateObject(input, new ValidationContext(input), shape, validateAllProperties: true);
            if (input.CustomFactor is { } customFactor)
            {
                var nested = new List<ValidationResult>();
                Validator.TryValidateObject(customFactor, new ValidationContext(customFactor), nested, validateAllProperties: true);
                shape.AddRange(nested.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => $"{nameof(LineInput.CustomFactor)}.{m}"))));
            }

            if (shape.Count > 0)
            {
                foreach (var r in shape)
                {
                    Error(i, r.MemberNames.FirstOrDefault() ?? "Line", r.ErrorMessage ?? "Invalid.");
                }

                continue;
            }

            try
            {
                ActivityLine line;
                if (item.Id is { } id)
                {
                    var existing = inventory.Lines.FirstOrDefault(l => l.Id == id);
                    if (existing is null)
                    {
                        Error(i, "Id", "No line with this id in this inventory.");
                        continue;
                    }

                    if (item.Version is not { } version)
                    {
                        Error(i, "Version", "Send the version of the line you changed.");
                        continue;
                    }

                    if (existing.Version != version)
                    {
                        db.ChangeTracker.Clear();
                        return Result<IReadOnlyList<LineRef>>.Conflict($"lines[{i}]: {StaleLineMessage}");
                    }

                    if (existing.Category != input.Category)
                    {
                        Error(i, nameof(input.Category), "A line's category cannot change; delete the line and add a new one.");
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
                Error(i, e.Field, e.Message);
            }
            catch (System.Text.Json.JsonException e)
            {
                Error(i, nameof(LineInput.ParametersJson), e.Message);
            }
        }

        if (errors.Count == 0)
        {
            inventory.Touch(now);
            try
            {
                await calculator.RecalculateAsync(inventory, ct);
            }
            catch (Domain.Calculation.CalculationException e)
            {
                var key = e.LineId is { } lineId && indexOf.TryGetValue(lineId, out var index) ? $"lines[{index}].{e.Field}" : e.Field;
                errors[key] = [e.Message];
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

        var inventory = await db.Inventories.Include(i => i.Lines).FirstAsync(i => i.Id == inventoryId, ct);
        if (!inventory.IsEditable)
        {
            return (null, Result<bool>.Invalid("Status", $"The inventory is {inventory.Status} and cannot be edited; it must be reopened first."));
        }

        return (inventory, null);
    }

    private async Task<Result<LineRef>> SaveAsync(Inventory inventory, Func<LineRef> value, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await calculator.RecalculateAsync(inventory, ct);
        }
        catch (Domain.Calculation.CalculationException e)
        {
            // The line cannot be calculated (no factor for that unit, bad method parameters): nothing is saved.
            db.ChangeTracker.Clear();
            return Result<LineRef>.Invalid(e.Field, e.Message);
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

    private static ActivityLine Create(Guid inventoryId, LineInput input)
    {
        if (input.NotationKey is { } key)
        {
            return ActivityLine.WithNotationKey(Guid.NewGuid(), inventoryId, input.Category, key, input.NotationExplanation ?? string.Empty);
        }

        if (input.MonthlyValues is { } monthly)
        {
            return ActivityLine.WithMonthlyQuantities(Guid.NewGuid(), inventoryId, input.Category, monthly, RequireUnit(input));
        }

        return ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, input.Category, new Domain.Quantities.Quantity(RequireAmount(input), RequireUnit(input)));
    }

    private static void Apply(ActivityLine line, LineInput input)
    {
        var replaceFactor = input.ReplacesFactorAndParameters || input.CustomFactor is not null;
        if (replaceFactor && line.CustomFactor is not null)
        {
            // Cleared first so that a new unit and a new factor are checked against each other, not the old ones.
            line.UseCustomFactor(null);
        }

        if (input.NotationKey is { } key)
        {
            if (line.NotationKey != key || line.NotationExplanation != input.NotationExplanation?.Trim())
            {
                line.SetNotationKey(key, input.NotationExplanation ?? string.Empty);
            }
        }
        else if (input.MonthlyValues is { } monthly)
        {
            if (monthly.Count != 12)
            {
                throw new DomainRuleException(nameof(LineInput.MonthlyValues), "months.count", "Monthly data needs exactly twelve values.");
            }

            var unit = RequireUnit(input);
            if (!line.IsMonthly || line.Unit != unit || !line.MonthlyValues!.SequenceEqual(monthly))
            {
                line.SetMonthlyQuantities(monthly, unit);
            }
        }
        else
        {
            var quantity = new Domain.Quantities.Quantity(RequireAmount(input), RequireUnit(input));
            if (line.IsMonthly || line.Quantity != quantity)
            {
                line.SetAnnualQuantity(quantity);
            }
        }

        if (replaceFactor && input.CustomFactor is { } factor)
        {
            if (!DomainUnit.TryFromCode(factor.PerUnitCode, out var perUnit))
            {
                throw new DomainRuleException("CustomFactor.PerUnitCode", "unit.unknown", "Choose the unit the custom factor is per.");
            }

            line.UseCustomFactor(new CustomFactor(factor.Gas, factor.KgPerUnit, perUnit, factor.Justification));
        }

        if (input.ReplacesFactorAndParameters && line.ParametersJson != (string.IsNullOrWhiteSpace(input.ParametersJson) ? null : input.ParametersJson))
        {
            // Parsed now so that bad parameters are reported on this field, before anything is calculated.
            Domain.Calculation.MethodParametersJson.Parse(line.Definition.Method, input.ParametersJson);
            line.SetParameters(input.ParametersJson, line.SolidWasteSiteId);
        }

        line.Describe(input.Description, input.DataSource, input.DataQuality);
        if (line.GpcSubsector != input.GpcSubsector)
        {
            line.PlaceInGpc(input.GpcSubsector);
        }
    }

    private static decimal RequireAmount(LineInput input) =>
        input.Amount ?? throw new DomainRuleException(nameof(LineInput.Amount), "required", "Enter a quantity or choose a notation key.");

    private static DomainUnit RequireUnit(LineInput input) =>
        DomainUnit.TryFromCode(input.UnitCode, out var unit)
            ? unit
            : throw new DomainRuleException(nameof(LineInput.UnitCode), "unit.unknown", "Choose a unit.");
}
