using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Targets;

/// <summary>
/// How many of the organisations a target covers reported, per year (<see cref="TargetVerdict"/> rests on it): an
/// organisation target covers its organisation; a province target the province's organisations that keep inventories
/// (the boards' completeness count). Reported means an inventory of the target's kind that counts in a trend
/// (<see cref="Counted"/>), as the actuals do. One aggregate for any number of province targets (the boards).
/// </summary>
public sealed class TargetCoverageReader(AppDbContext db)
{
    /// <summary>The coverage of one target, by year.</summary>
    public async Task<Func<int, TargetCoverage>> ForTargetAsync(Target target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.ScopeKind == TargetScopeKind.Province)
        {
            return (await ForProvinceTargetsAsync([target], ct))[target.Id];
        }

        var counted = Counted.Statuses(CountingPurpose.Trend).ToList();
        int organisationId = target.OrganisationId!.Value, from = target.BaseYear, to = target.TargetYear;
        var kind = target.InventoryKind;
        var years = await db.Inventories.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind == kind && i.Year >= from && i.Year <= to && counted.Contains(i.Status))
            .Select(i => i.Year).Distinct().ToListAsync(ct);
        return year => new TargetCoverage(years.Contains(year) ? 1 : 0, 1);
    }

    /// <summary>The coverage of each province target (by target id), from one count per province and one aggregate.</summary>
    public async Task<Dictionary<int, Func<int, TargetCoverage>>> ForProvinceTargetsAsync(IReadOnlyList<Target> provinceTargets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(provinceTargets);
        if (provinceTargets.Count == 0)
        {
            return [];
        }

        var provinceIds = provinceTargets.Select(t => t.ProvinceId).Distinct().ToList();
        var kinds = provinceTargets.Select(t => t.InventoryKind).Distinct().ToList();
        int firstYear = provinceTargets.Min(t => t.BaseYear), lastYear = provinceTargets.Max(t => t.TargetYear);
        var keeping = Enum.GetValues<OrganisationType>().Where(OrganisationTypeRules.KeepsInventories).ToList();
        var counted = Counted.Statuses(CountingPurpose.Trend).ToList();

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => provinceIds.Contains(o.ProvinceId) && keeping.Contains(o.Type))
            .GroupBy(o => o.ProvinceId).Select(g => new { ProvinceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProvinceId, g => g.Count, ct);
        var reporting = await (from i in db.Inventories.AsNoTracking()
                               join o in db.Organisations on i.OrganisationId equals o.Id
                               where provinceIds.Contains(o.ProvinceId) && kinds.Contains(i.Kind) && i.Year >= firstYear && i.Year <= lastYear && counted.Contains(i.Status)
                               group i.OrganisationId by new { o.ProvinceId, i.Kind, i.Year } into g
                               select new { g.Key.ProvinceId, g.Key.Kind, g.Key.Year, Organisations = g.Distinct().Count() })
            .ToListAsync(ct);

        return provinceTargets.ToDictionary(
            t => t.Id,
            t =>
            {
                var covered = organisations.GetValueOrDefault(t.ProvinceId);
                var byYear = reporting.Where(r => r.ProvinceId == t.ProvinceId && r.Kind == t.InventoryKind).ToDictionary(r => r.Year, r => r.Organisations);
                return (Func<int, TargetCoverage>)(year => new TargetCoverage(byYear.GetValueOrDefault(year), covered));
            });
    }
}
