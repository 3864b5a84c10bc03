using System.Security.Claims;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>A change of the factor edition and/or GWP set an inventory is calculated with.</summary>
/// <param name="InventoryId">The inventory.</param>
/// <param name="ExpectedVersion">The inventory version the user saw; a stale one is a Conflict.</param>
/// <param name="FactorEditionCode">The edition to pin; null keeps the current one.</param>
/// <param name="GwpSetCode">The GWP set to use; null keeps the current one.</param>
public sealed record ChangeBasisInput(Guid InventoryId, int ExpectedVersion, string? FactorEditionCode, string? GwpSetCode);

/// <summary>A GWP set as a reader sees it: code, Thai and English names, citation.</summary>
public sealed record GwpSetName(string Code, string NameTh, string NameEn, string Source, string SourceTh)
{
    /// <summary>The set's source as the reports cite it, in Thai or English.</summary>
    public Reports.ReportCitation Citation => Reports.ReportCitation.OfGwpSet(SourceTh, Source);
}

/// <summary>The GWP set an inventory is calculated with and the sets it may switch to.</summary>
/// <param name="Current">The inventory's set.</param>
/// <param name="Default">The default of the inventory's kind (the convention of its reporting framework).</param>
/// <param name="Sets">Every set, by code.</param>
/// <param name="Version">The inventory version (a switch sends it back).</param>
public sealed record InventoryGwpChoice(GwpSetName Current, string Default, IReadOnlyList<GwpSetName> Sets, int Version);

/// <summary>
/// Pins another factor edition or GWP set on an editable inventory (overriding the edition chosen by year) and
/// recalculates its stored results in the same save: switching AR5 to AR6 changes CO2e and nothing else.
/// </summary>
public sealed class InventoryBasisService(AppDbContext db, ResourceGuard guard, InventoryCalculationService calculator, TimeProvider clock)
{
    public const string StaleMessage =
        "Someone else changed this inventory after you opened it. Nothing was saved; reload and try again.";

    /// <summary>The inventory's GWP set, its kind's default and the sets on offer, for whoever may see the inventory.</summary>
    public async Task<Result<InventoryGwpChoice>> GwpChoiceAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<InventoryGwpChoice>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<InventoryGwpChoice>.Forbidden();
        }

        var inventory = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Join(db.EmissionFactorEditions, i => i.FactorEditionId, e => e.Id, (i, e) => new { i.GwpSetCode, i.Kind, i.Version, e.DefaultGwpSetCode })
            .SingleAsync(ct);
        var sets = await db.GwpSets.AsNoTracking().OrderBy(g => g.Code).Select(g => new GwpSetName(g.Code, g.NameTh, g.NameEn, g.Source, g.SourceTh)).ToListAsync(ct);
        return Result<InventoryGwpChoice>.Ok(new InventoryGwpChoice(
            sets.Single(s => s.Code == inventory.GwpSetCode), GwpConventions.DefaultFor(inventory.Kind, inventory.DefaultGwpSetCode), sets, inventory.Version));
    }

    public async Task<Result<int>> ChangeBasisAsync(ClaimsPrincipal user, ChangeBasisInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, input.InventoryId, ct);
        if (resource is null)
        {
            return Result<int>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.EditActivity))
        {
            return Result<int>.Forbidden();
        }

        var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == input.InventoryId, ct);
        if (inventory.Version != input.ExpectedVersion)
        {
            return Result<int>.Conflict(StaleMessage);
        }

        if (!inventory.IsEditable)
        {
            return Result<int>.Invalid("Status", $"The inventory is {inventory.Status} and cannot be edited; it must be reopened first.");
        }

        var editionId = inventory.FactorEditionId;
        if (input.FactorEditionCode is not null)
        {
            var edition = await db.EmissionFactorEditions.AsNoTracking().Where(e => e.Code == input.FactorEditionCode).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
            if (edition is null)
            {
                return Result<int>.Invalid(nameof(input.FactorEditionCode), $"Unknown factor edition '{input.FactorEditionCode}'.");
            }

            editionId = edition.Value;
        }

        var gwp = input.GwpSetCode ?? inventory.GwpSetCode;
        if (!await db.GwpSets.AnyAsync(g => g.Code == gwp, ct))
        {
            return Result<int>.Invalid(nameof(input.GwpSetCode), $"Unknown GWP set '{gwp}'.");
        }

        db.Entry(inventory).Property(i => i.Version).OriginalValue = input.ExpectedVersion;
        inventory.ChangeBasis(editionId, gwp, clock.GetUtcNow());
        try
        {
            await calculator.StageResultsAsync(inventory, ct);
        }
        catch (CalculationException e)
        {
            // Nothing is saved: the inventory keeps its set and results. The refusal is coded, so it reads in the user's language.
            db.ChangeTracker.Clear();
            return Result<int>.Invalid([new LineFailure(nameof(input.GwpSetCode), e.Code, e.Arguments)]);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Conflict(StaleMessage);
        }

        return Result<int>.Ok(inventory.Version);
    }
}
