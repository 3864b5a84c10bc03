using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>Opens an inventory of a year, optionally with the structure of the organisation's latest earlier one.</summary>
public sealed record StartInventoryInput
{
    public int OrganisationId { get; init; }

    public int Year { get; init; }

    public InventoryKind Kind { get; init; } = InventoryKind.Organisation;

    /// <summary>Copy the latest earlier inventory's lines (same organisation and kind) as <see cref="LinePlaceholders">placeholders</see>.</summary>
    public bool CopyLastYear { get; init; }
}

/// <summary>
/// Starts an inventory through <see cref="InventoryService.CreateAsync"/> (its rights and rules) and, when asked,
/// copies the previous year's lines (<see cref="ActivityLine.CopiedFrom"/>): everything but the value, each line
/// awaiting this year's quantity and linked to the line it came from. Results are calculated in the same SaveChanges.
/// </summary>
public sealed class InventoryStartService(AppDbContext db, InventoryService inventories, IInventoryCalculator calculator, TimeProvider clock)
{
    public async Task<Result<Guid>> StartAsync(ClaimsPrincipal user, StartInventoryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guid? previousId = null;
        if (input.CopyLastYear)
        {
            previousId = await db.Inventories.AsNoTracking()
                .Where(i => i.OrganisationId == input.OrganisationId && i.Kind == input.Kind && i.Year < input.Year)
                .OrderByDescending(i => i.Year).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        }

        var created = await inventories.CreateAsync(user, new CreateInventoryInput { OrganisationId = input.OrganisationId, Year = input.Year, Kind = input.Kind }, ct);
        if (!created.IsOk || previousId is not { } sourceId)
        {
            return created;
        }

        var source = await db.Inventories.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == sourceId, ct);
        var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == created.Value, ct);
        var now = clock.GetUtcNow();
        foreach (var old in source.Lines.OrderBy(l => l.Category).ThenBy(l => l.Description, StringComparer.Ordinal))
        {
            var line = ActivityLine.CopiedFrom(old, Guid.NewGuid(), inventory.Id);
            inventory.AddLine(line, now);
            db.ActivityLines.Add(line);
        }

        await calculator.RecalculateAsync(inventory, ct);
        await db.SaveChangesAsync(ct);
        return created;
    }
}
