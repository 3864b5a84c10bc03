using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Targets;

/// <summary>
/// A target's gap chart (<see cref="GapCalculator"/>), with actual emissions summed in SQL from stored results: per
/// year from base to target year, of the covered scopes and sectors. An organisation target counts its organisation's
/// inventories of the target's kind, a province target those of every organisation of the province; both only the
/// inventories <see cref="Counted"/> counts in a trend, as roll-ups do (a draft year stays missing). Years without
/// stored results stay null. Population (population-driven BAU): the organisation's yearly context, or for a province
/// the sum over its provincial administrative organisations (whose territory is the province).
/// </summary>
public sealed class TargetGapService(AppDbContext db, TargetAccess access, TargetService targets, TargetCoverageReader coverageReader)
{
    public async Task<Result<TargetGap>> GetAsync(ClaimsPrincipal user, int targetId, CancellationToken ct)
    {
        var rights = await access.RightsOfAsync(user, ct);
        var place = await targets.PlaceOfAsync(targetId, ct);
        if (place is null)
        {
            return Result<TargetGap>.NotFound();
        }

        if (!rights.CanView(place))
        {
            return Result<TargetGap>.Forbidden();
        }

        return Result<TargetGap>.Ok((await GapOfAsync(targetId, ct))!);
    }

    /// <summary>
    /// The gap of the target that applies to an organisation's inventories of a kind: the organisation's own target,
    /// else its province's; null when neither exists. For reports of an inventory the caller may already view.
    /// </summary>
    public async Task<TargetGap?> GapForOrganisationAsync(int organisationId, InventoryKind kind, CancellationToken ct)
    {
        var provinceId = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.ProvinceId).FirstOrDefaultAsync(ct);
        var id = await db.Targets.AsNoTracking().Where(t => t.InventoryKind == kind
                && ((t.ScopeKind == TargetScopeKind.Organisation && t.OrganisationId == organisationId)
                    || (t.ScopeKind == TargetScopeKind.Province && t.ProvinceId == provinceId)))
            .OrderBy(t => t.ScopeKind == TargetScopeKind.Organisation ? 0 : 1)
            .Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        return id is { } targetId ? await GapOfAsync(targetId, ct) : null;
    }

    private async Task<TargetGap?> GapOfAsync(int targetId, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().Include(t => t.Measures).FirstOrDefaultAsync(t => t.Id == targetId, ct);
        if (target is null)
        {
            return null;
        }

        var summary = await targets.Project(db.Targets.AsNoTracking().Where(t => t.Id == targetId)).SingleAsync(ct);
        var actual = await ActualTonnesAsync(target, ct);
        var population = await PopulationAsync(target, ct);
        var series = GapCalculator.Calculate(target, actual, population);
        var notFinalStatuses = Counted.Statuses(CountingPurpose.Trend).Where(s => !Counted.IsFinal(s)).ToList();
        var notFinal = await CountedInventories(target).Where(i => notFinalStatuses.Contains(i.Status)).Select(i => i.Year).Distinct().ToListAsync(ct);
        var coverage = await coverageReader.ForTargetAsync(target, ct);
        return new TargetGap(summary, series.BaseYearTonnes, series.TargetTonnes, series.Years)
        {
            NotFinalYears = notFinal.ToHashSet(),
            Verdict = TargetVerdict.Of(series, coverage),
            TargetBelowZero = series.TargetBelowZero,
            PlanBelowZeroYears = series.PlanBelowZeroYears,
        };
    }

    /// <summary>t CO2e per year of the covered scopes and sectors, summed in SQL; only years with stored results.</summary>
    private async Task<IReadOnlyDictionary<int, decimal>> ActualTonnesAsync(Target target, CancellationToken ct)
    {
        var inventories = CountedInventories(target);
        var scopes = target.Scopes.ToList();

        var results = from r in db.ActivityLineResults.AsNoTracking()
                      join i in inventories on r.InventoryId equals i.Id
                      where r.Co2eKg != null && scopes.Contains(r.Scope)
                      select new { i.Year, r.Category, r.Co2eKg };
        if (target.Sectors.Count > 0)
        {
            var sectors = target.Sectors;
            var categories = Enum.GetValues<ActivityCategory>().Where(c => sectors.Contains(ActivityCategories.Get(c).Group)).ToList();
            results = results.Where(x => categories.Contains(x.Category));
        }

        var sums = await results.GroupBy(x => x.Year)
            .Select(g => new { Year = g.Key, Kg = g.Sum(x => x.Co2eKg!.Value) })
            .ToListAsync(ct);
        return sums.ToDictionary(s => s.Year, s => s.Kg / 1000m);
    }

    /// <summary>The target's organisation's (or province's) inventories of its kind and years that count in a trend (<see cref="Counted"/>).</summary>
    private IQueryable<Inventory> CountedInventories(Target target)
    {
        int from = target.BaseYear, to = target.TargetYear;
        var kind = target.InventoryKind;
        var counted = Counted.Statuses(CountingPurpose.Trend).ToList();
        var inventories = db.Inventories.AsNoTracking().Where(i => i.Kind == kind && i.Year >= from && i.Year <= to && counted.Contains(i.Status));
        if (target.ScopeKind == TargetScopeKind.Organisation)
        {
            var orgId = target.OrganisationId;
            return inventories.Where(i => i.OrganisationId == orgId);
        }

        var provinceId = target.ProvinceId;
        return inventories.Where(i => i.Organisation!.ProvinceId == provinceId);
    }

    private async Task<IReadOnlyDictionary<int, decimal>> PopulationAsync(Target target, CancellationToken ct)
    {
        if (target.BauMethod != BauMethod.PopulationDriven)
        {
            return new Dictionary<int, decimal>();
        }

        var contexts = db.OrganisationYearContexts.AsNoTracking().Where(c => c.Population != null);
        if (target.ScopeKind == TargetScopeKind.Organisation)
        {
            var orgId = target.OrganisationId;
            contexts = contexts.Where(c => c.OrganisationId == orgId);
        }
        else
        {
            var provinceId = target.ProvinceId;
            var paos = db.Organisations.Where(o => o.ProvinceId == provinceId && o.Type == OrganisationType.ProvincialAdministrativeOrganisation).Select(o => o.Id);
            contexts = contexts.Where(c => paos.Contains(c.OrganisationId));
        }

        var rows = await contexts.GroupBy(c => c.Year).Select(g => new { Year = g.Key, People = g.Sum(c => (long)c.Population!.Value) }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Year, r => (decimal)r.People);
    }
}
