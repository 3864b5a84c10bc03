using System.Security.Claims;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Targets;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Boards;

/// <summary>
/// A province target as the boards show it: the target and its gap series (<see cref="GapCalculator"/>), and where the
/// latest year with an actual stands against the target path.
/// </summary>
public sealed record BoardTarget(TargetSummary Target, GapSeries Series)
{
    /// <summary>The latest year (base to target year) with stored results; null when there is none.</summary>
    public GapYear? Latest => Series.Years.LastOrDefault(y => y.Actual is not null);

    /// <summary>On or off track, or withheld when too few of the province's organisations reported (<see cref="TargetVerdict"/>).</summary>
    public required TargetVerdict Verdict { get; init; }

    /// <summary>Latest actual minus the target path of that year (t CO2e): positive above the path; null without a path.</summary>
    public decimal? AbovePath => Verdict.AbovePath;

    /// <summary>On track or off track; null when that cannot be told or is withheld.</summary>
    public bool? OnTrack => Verdict.Standing switch
    {
        TargetStanding.OnTrack => true,
        TargetStanding.OffTrack => false,
        _ => null,
    };

    /// <summary>Years whose actual counts a submitted inventory, not yet approved: the board labels them.</summary>
    public IReadOnlySet<int> NotFinalYears { get; init; } = new HashSet<int>();

    /// <summary>Whether <see cref="Latest"/>'s actual counts a submitted inventory, not yet approved.</summary>
    public bool LatestIsNotFinal => Latest is { } latest && NotFinalYears.Contains(latest.Year);

    /// <summary>The series in the shape of the target pages' gap chart.</summary>
    public TargetGap Gap => new(Target, Series.BaseYearTonnes, Series.TargetTonnes, Series.Years)
    {
        NotFinalYears = NotFinalYears,
        Verdict = Verdict,
        TargetBelowZero = Series.TargetBelowZero,
        PlanBelowZeroYears = Series.PlanBelowZeroYears,
    };
}

/// <summary>The targets panel of a province board.</summary>
/// <param name="Targets">The province's own targets the user may see, by inventory kind.</param>
/// <param name="OrganisationsWithTarget">Organisations of the province with a target of their own.</param>
/// <param name="CanCreate">Whether the user may create a target for the province.</param>
public sealed record ProvinceTargets(IReadOnlyList<BoardTarget> Targets, int OrganisationsWithTarget, bool CanCreate);

/// <summary>The targets panel of the national board: counts, and every province target by province code.</summary>
public sealed record NationalTargets(int ProvincesWithTarget, int OrganisationsWithTarget, IReadOnlyList<BoardTarget> Targets);

/// <summary>
/// Targets on the boards: the province targets with their gap series and on/off-track status, and how many
/// organisations have a target. The actuals of every province target come from one aggregate over the per-inventory
/// summary (`inventory_totals`, ADR 0009) of the reported inventories, grouped by province, year, kind, scope and sector,
/// then summed per target over its scopes and sectors: the same figures as <see cref="TargetGapService"/> reads from the
/// line results, without a query per province. Figures are kept by <see cref="BoardCache"/> under their own keys
/// (<c>targets:...</c>, ADR 0010); rights follow <see cref="TargetAccess"/> on every request.
/// </summary>
public sealed class BoardTargetQueries(AppDbContext db, TargetAccess access, TargetService targets, TargetCoverageReader coverage, BoardCache cache)
{
    /// <summary>The province's targets the user may see; NotFound for an unknown province code.</summary>
    public async Task<Result<ProvinceTargets>> ProvinceAsync(ClaimsPrincipal user, string provinceCode, CancellationToken ct)
    {
        var provinceId = await db.Provinces.AsNoTracking().Where(p => p.Code == provinceCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (provinceId is not { } id)
        {
            return Result<ProvinceTargets>.NotFound();
        }

        var rights = await access.RightsOfAsync(user, ct);
        var figures = await cache.GetOrComputeAsync($"targets:province:{id}", () => ComputeAsync(id, CancellationToken.None));
        var place = new TargetPlace(TargetScopeKind.Province, null, id);
        var visible = figures.Targets.Where(t => rights.CanView(new TargetPlace(t.Target.ScopeKind, t.Target.OrganisationId, t.Target.ProvinceId))).ToList();
        var organisations = rights.IsNational || rights.ProvinceIds.Contains(id) ? figures.OrganisationsWithTarget : 0;
        return Result<ProvinceTargets>.Ok(new ProvinceTargets(visible, organisations, rights.CanEdit(place)));
    }

    /// <summary>Every province target and the national counts; national users only (as the national board).</summary>
    public async Task<Result<NationalTargets>> NationalAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rights = await access.RightsOfAsync(user, ct);
        if (!rights.IsNational)
        {
            return Result<NationalTargets>.Forbidden();
        }

        return Result<NationalTargets>.Ok(await cache.GetOrComputeAsync("targets:national", () => ComputeAsync(null, CancellationToken.None)));
    }

    /// <summary>The province targets (of one province, or all) with their series, and the counts (access already checked).</summary>
    private async Task<NationalTargets> ComputeAsync(int? provinceId, CancellationToken ct)
    {
        var all = db.Targets.AsNoTracking();
        if (provinceId is { } only)
        {
            all = all.Where(t => t.ProvinceId == only);
        }

        var organisationsWithTarget = await all.Where(t => t.ScopeKind == TargetScopeKind.Organisation)
            .Select(t => t.OrganisationId).Distinct().CountAsync(ct);
        var provinceTargets = all.Where(t => t.ScopeKind == TargetScopeKind.Province);
        var entities = await provinceTargets.Include(t => t.Measures).AsSplitQuery().ToListAsync(ct);
        if (entities.Count == 0)
        {
            return new NationalTargets(0, organisationsWithTarget, []);
        }

        var summaries = await targets.Project(provinceTargets).ToDictionaryAsync(s => s.Id, ct);
        var actuals = await ActualTonnesAsync(entities, ct);
        var populations = await PopulationAsync(entities, ct);
        var coverages = await coverage.ForProvinceTargetsAsync(entities, ct);
        var list = entities
            .Select(t =>
            {
                var series = GapCalculator.Calculate(
                    t,
                    actuals.TryGetValue(t.Id, out var a) ? a.Tonnes : new Dictionary<int, decimal>(),
                    populations.TryGetValue(t.ProvinceId, out var p) ? p : new Dictionary<int, decimal>());
                return new BoardTarget(summaries[t.Id], series)
                {
                    NotFinalYears = actuals.TryGetValue(t.Id, out var n) ? n.NotFinalYears : new HashSet<int>(),
                    Verdict = TargetVerdict.Of(series, coverages[t.Id]),
                };
            })
            .OrderBy(t => t.Target.ProvinceCode, StringComparer.Ordinal).ThenBy(t => t.Target.InventoryKind)
            .ToList();
        return new NationalTargets(list.Select(t => t.Target.ProvinceId).Distinct().Count(), organisationsWithTarget, list);
    }

    /// <summary>
    /// t CO2e per target and year: one aggregate of the reported inventories' summary rows of the targets' provinces,
    /// kinds and years, then per target the rows of its scopes and sectors. Only years with stored results appear; the
    /// years whose rows count a submitted (not final) inventory come with them.
    /// </summary>
    private async Task<Dictionary<int, (Dictionary<int, decimal> Tonnes, HashSet<int> NotFinalYears)>> ActualTonnesAsync(IReadOnlyList<Target> provinceTargets, CancellationToken ct)
    {
        var provinceIds = provinceTargets.Select(t => t.ProvinceId).Distinct().ToList();
        var kinds = provinceTargets.Select(t => t.InventoryKind).Distinct().ToList();
        int firstYear = provinceTargets.Min(t => t.BaseYear), lastYear = provinceTargets.Max(t => t.TargetYear);
        var reported = Counted.Statuses(CountingPurpose.Trend).ToList();
        var rows = await (from t in db.InventoryTotals.AsNoTracking()
                          join o in db.Organisations on t.OrganisationId equals o.Id
                          where t.Year >= firstYear && t.Year <= lastYear && kinds.Contains(t.Kind) && provinceIds.Contains(o.ProvinceId) && reported.Contains(t.Status)
                          group t by new { o.ProvinceId, t.Year, t.Kind, t.Scope, t.Sector, t.Status } into g
                          select new { g.Key.ProvinceId, g.Key.Year, g.Key.Kind, g.Key.Scope, g.Key.Sector, g.Key.Status, Kg = g.Sum(x => x.Co2eKg) })
            .ToListAsync(ct);
        return provinceTargets.ToDictionary(
            t => t.Id,
            t =>
            {
                var own = rows.Where(r => r.ProvinceId == t.ProvinceId && r.Kind == t.InventoryKind && r.Year >= t.BaseYear && r.Year <= t.TargetYear
                    && t.Scopes.Contains(r.Scope) && (t.Sectors.Count == 0 || t.Sectors.Contains(r.Sector))).ToList();
                return (own.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Sum(r => r.Kg) / 1000m),
                    own.Where(r => !Counted.IsFinal(r.Status)).Select(r => r.Year).ToHashSet());
            });
    }

    /// <summary>Population per province and year (its provincial administrative organisations), for population-driven targets only.</summary>
    private async Task<Dictionary<int, Dictionary<int, decimal>>> PopulationAsync(IReadOnlyList<Target> provinceTargets, CancellationToken ct)
    {
        var provinceIds = provinceTargets.Where(t => t.BauMethod == BauMethod.PopulationDriven).Select(t => t.ProvinceId).Distinct().ToList();
        if (provinceIds.Count == 0)
        {
            return [];
        }

        var rows = await (from c in db.OrganisationYearContexts.AsNoTracking()
                          join o in db.Organisations on c.OrganisationId equals o.Id
                          where c.Population != null && provinceIds.Contains(o.ProvinceId) && o.Type == OrganisationType.ProvincialAdministrativeOrganisation
                          group c by new { o.ProvinceId, c.Year } into g
                          select new { g.Key.ProvinceId, g.Key.Year, People = g.Sum(c => (long)c.Population!.Value) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ProvinceId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Year, r => (decimal)r.People));
    }
}
