using System.Security.Claims;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.EmissionFactors;

/// <summary>One category's total over the previewed inventories: stored now, and with the new edition (tonnes CO2e).</summary>
public sealed record CategoryChange(ActivityCategory Category, decimal CurrentTonnes, decimal NewTonnes)
{
    public decimal ChangeTonnes => NewTonnes - CurrentTonnes;
}

/// <summary>An inventory the new edition cannot calculate (a factor it lacks, a unit that does not fit), with the engine's reason.</summary>
public sealed record PreviewFailure(Guid InventoryId, string OrganisationCode, int Year, string Reason);

/// <summary>
/// How totals would change if the inventories of the edition's years were recalculated with it: per category and
/// in total, over the inventories it can calculate.
/// </summary>
public sealed record EditionPreview(
    string Code, int ValidFromYear, int? ValidToYear, int FactorCount, int Inventories, int LockedInventories, bool Truncated,
    IReadOnlyList<CategoryChange> Categories, IReadOnlyList<PreviewFailure> Failures)
{
    public decimal CurrentTonnes => Categories.Sum(c => c.CurrentTonnes);

    public decimal NewTonnes => Categories.Sum(c => c.NewTonnes);

    public decimal ChangeTonnes => NewTonnes - CurrentTonnes;
}

/// <summary>
/// The preview before publishing an edition: validates like <see cref="FactorEditionService.PublishAsync"/>,
/// then runs the engine over the existing inventories of the affected years with the unsaved edition and compares
/// with their stored results. Nothing is saved.
/// </summary>
public sealed class EditionPreviewService(AppDbContext db, FactorEditionService editions, InventoryCalculationService calculator)
{
    /// <summary>The most inventories a preview recalculates (the rest are left out and the preview says so).</summary>
    public const int MaxInventories = 500;

    public async Task<Result<EditionPreview>> PreviewAsync(ClaimsPrincipal user, PublishEditionInput header, string csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!await editions.CanPublishAsync(user))
        {
            return Result<EditionPreview>.Forbidden();
        }

        var (errors, factors) = await editions.ValidateAsync(header, csv, ct);
        if (errors.Count > 0)
        {
            return Result<EditionPreview>.Invalid(errors);
        }

        var edition = new EditionHeader(header.Code.Trim(), header.NameEn.Trim(), header.NameTh.Trim(), header.Source.Trim(), header.ValidFromYear, header.ValidToYear, header.DefaultGwpSetCode, "upload")
            .ToEdition(factors);
        int from = header.ValidFromYear, to = header.ValidToYear ?? int.MaxValue;
        var inventories = await db.Inventories.AsNoTracking().Include(i => i.Lines)
            .Where(i => i.Year >= from && i.Year <= to)
            .OrderBy(i => i.Year).ThenBy(i => i.Id)
            .Take(MaxInventories + 1)
            .ToListAsync(ct);
        var truncated = inventories.Count > MaxInventories;
        inventories = inventories.Take(MaxInventories).ToList();
        var codes = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code }).ToDictionaryAsync(o => o.Id, o => o.Code, ct);

        var newKg = new Dictionary<ActivityCategory, decimal>();
        var calculated = new List<Guid>();
        var failures = new List<PreviewFailure>();
        foreach (var inventory in inventories)
        {
            InventoryResult result;
            try
            {
                result = await calculator.CalculateWithAsync(inventory, edition, ct);
            }
            catch (CalculationException e)
            {
                failures.Add(new PreviewFailure(inventory.Id, codes.GetValueOrDefault(inventory.OrganisationId, "?"), inventory.Year, e.Message));
                continue;
            }

            calculated.Add(inventory.Id);
            foreach (var line in result.Lines.Where(l => l.Co2eKg is not null))
            {
                newKg[line.Category] = newKg.GetValueOrDefault(line.Category) + line.Co2eKg!.Value;
            }
        }

        var currentKg = await db.ActivityLineResults.AsNoTracking()
            .Where(r => calculated.Contains(r.InventoryId) && r.Co2eKg != null)
            .GroupBy(r => r.Category)
            .Select(g => new { g.Key, Kg = g.Sum(r => r.Co2eKg!.Value) })
            .ToDictionaryAsync(g => g.Key, g => g.Kg, ct);
        var categories = currentKg.Keys.Union(newKg.Keys).Order()
            .Select(c => new CategoryChange(c, currentKg.GetValueOrDefault(c) / 1000m, newKg.GetValueOrDefault(c) / 1000m))
            .ToList();
        return Result<EditionPreview>.Ok(new EditionPreview(
            edition.Code, edition.ValidFromYear, edition.ValidToYear, factors.Count, calculated.Count,
            inventories.Count(i => i.IsLocked && calculated.Contains(i.Id)), truncated, categories, failures));
    }
}
