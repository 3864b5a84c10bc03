using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Targets;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Publication;

/// <summary>
/// The reduction target that applies to a published inventory (the organisation's own, else its province's), as the
/// public may read it. Progress rests on published figures only: for an organisation target, its published years of
/// the target's kind (the covered scopes and sectors, from the totals kept with the results), put through the same
/// gap arithmetic and verdict as the targets pages (<see cref="GapCalculator"/>, <see cref="TargetVerdict"/>). A province
/// target counts every organisation of the province, most of them unpublished: the public sees its terms, not progress.
/// </summary>
public sealed record PublicTarget(TargetSummary Target, decimal? BaseYearTonnes, decimal? TargetTonnes, int? LatestYear, decimal? LatestTonnes, TargetVerdict? Verdict)
{
    /// <summary>How far the latest published year is below the base year, percent (negative when above); null without both.</summary>
    public decimal? ReductionSoFarPercent => BaseYearTonnes is > 0m and var b && LatestTonnes is { } latest && LatestYear != Target.BaseYear
        ? (b - latest) / b * 100m
        : null;

    /// <summary>Reads the target of <paramref name="organisationId"/> for <paramref name="kind"/>; null when none applies.</summary>
    public static async Task<PublicTarget?> ReadAsync(AppDbContext db, TargetService targets, int organisationId, InventoryKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(targets);
        var provinceId = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.ProvinceId).FirstOrDefaultAsync(ct);
        var target = await db.Targets.AsNoTracking().Include(t => t.Measures)
            .Where(t => t.InventoryKind == kind
                && ((t.ScopeKind == TargetScopeKind.Organisation && t.OrganisationId == organisationId)
                    || (t.ScopeKind == TargetScopeKind.Province && t.ProvinceId == provinceId)))
            .OrderBy(t => t.ScopeKind == TargetScopeKind.Organisation ? 0 : 1)
            .FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return null;
        }

        var summary = await targets.Project(db.Targets.AsNoTracking().Where(t => t.Id == target.Id)).SingleAsync(ct);
        if (target.ScopeKind != TargetScopeKind.Organisation)
        {
            return new PublicTarget(summary, null, null, null, null, null);
        }

        var actual = await PublishedTonnesAsync(db, target, organisationId, ct);
        var series = GapCalculator.Calculate(target, actual, new Dictionary<int, decimal>());
        var verdict = TargetVerdict.Of(series, year => new TargetCoverage(actual.ContainsKey(year) ? 1 : 0, 1));
        var latest = series.Years.LastOrDefault(y => y.Actual is not null);
        return new PublicTarget(summary, series.BaseYearTonnes, series.TargetTonnes, latest?.Year, latest?.Actual, verdict);
    }

    /// <summary>t CO2e per published year of the organisation, of the target's kind, years, scopes and sectors.</summary>
    private static async Task<IReadOnlyDictionary<int, decimal>> PublishedTonnesAsync(AppDbContext db, Target target, int organisationId, CancellationToken ct)
    {
        int from = target.BaseYear, to = target.TargetYear;
        var kind = target.InventoryKind;
        var scopes = target.Scopes.ToList();
        var sectors = target.Sectors.ToList();
        var published = PublicInventoryReader.Published(db).Where(i => i.OrganisationId == organisationId && i.Kind == kind && i.Year >= from && i.Year <= to);
        var rows = await db.InventoryTotals.AsNoTracking()
            .Where(t => published.Any(i => i.Id == t.InventoryId) && scopes.Contains(t.Scope))
            .Select(t => new { t.Year, t.Sector, t.Co2eKg })
            .ToListAsync(ct);
        return rows.Where(r => sectors.Count == 0 || sectors.Contains(r.Sector))
            .GroupBy(r => r.Year)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Co2eKg) / 1000m);
    }
}
