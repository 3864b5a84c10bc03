using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using DomainUnit = LowCarbonCity.Domain.Quantities.Unit;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>The fields of an activity line as a form or the API sends them (an annual quantity, or a notation key).</summary>
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
    }

    /// <summary>
    /// Adds and changes several lines at once (the offline template's import): the same rights, status and domain
    /// rules as one line at a time, on the inventory as the user last saw it (<paramref name="expectedInventoryVersion"/>),
    /// one recalculation and one SaveChanges, so everything is saved or nothing is. Errors are keyed by each
    /// change's label. Returns the inventory's new version.
    /// </summary>
    public async Task<Result<int>> ApplyChangesAsync(ClaimsPrincipal user, Guid inventoryId, int expectedInventoryVersion, IReadOnlyList<LineChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var (inventory, failure) = await LoadEditableAsync(user, inventoryId, ct);
        if (inventory is null)
        {
            return failure!.As<int>();
        }

        const string staleInventory = "Someone else changed this inventory after you prepared the import. Nothing was imported; upload the file again to see the changes.";
        if (inventory.Version != expectedInventoryVersion)
        {
            return Result<int>.Conflict(staleInventory);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            try
            {
                if (change.LineId is { } lineId)
                {
                    var line = inventory.Lines.FirstOrDefault(l => l.Id == lineId);
                    if (line is null || line.Category != change.Input.Category)
                    {
                        errors[change.Label] = ["The line is not part of this inventory, or its category changed."];
                        continue;
                    }

                    Apply(line, change.Input, keepMonthsWhenTotalUnchanged: true);
                }
                else
                {
                    var line = Create(inventoryId, change.Input);
                    Apply(line, change.Input);
                    inventory.AddLine(line, now);
                    db.ActivityLines.Add(line);
                }
            }
            catch (DomainRuleException e)
            {
                errors[change.Label] = [e.Message];
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Invalid(errors);
        }

        db.Entry(inventory).Property(i => i.Version).OriginalValue = expectedInventoryVersion;
        inventory.Touch(now);
        var saved = await SaveAsync(inventory, () => new LineRef(inventory.Id, inventory.Version), staleInventory, ct);
        return saved.IsOk ? Result<int>.Ok(inventory.Version) : saved.As<int>();
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

        return ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, input.Category, new Domain.Quantities.Quantity(RequireAmount(input), RequireUnit(input)));
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
            var quantity = new Domain.Quantities.Quantity(RequireAmount(input), RequireUnit(input));
            // An import carries annual totals: a monthly line whose total did not change keeps its months.
            var keepMonths = keepMonthsWhenTotalUnchanged && line.IsMonthly && line.Quantity == quantity;
            if (!keepMonths && (line.IsMonthly || line.Quantity != quantity))
            {
                line.SetAnnualQuantity(quantity);
            }
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
