using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// What the roll-up workbook adds to its streamed rows: completeness per province and year (who reported, who did
/// not, who has not started), emissions per person and per km² per province and year, and the notes a reader needs
/// to use the figures (editions, GWP sets, counted statuses, when and by whom). Every figure comes from
/// <see cref="RollupService"/>, the service behind <c>/api/v1/rollups</c>, so the workbook and the API agree.
/// </summary>
public sealed record RollupAppendix(
    IReadOnlyList<(InventoryKind Kind, Completeness Completeness)> Completeness,
    IReadOnlyList<(InventoryKind Kind, RollUps.RollupRow Row)> Intensities,
    IReadOnlyList<NamedCode> FactorEditions,
    IReadOnlyList<NamedCode> GwpSets,
    IReadOnlyList<InventoryStatus> CountedStatuses,
    string? GeneratedBy,
    DateTimeOffset GeneratedAt)
{
    /// <summary>Province names by code, for the completeness and intensity sheets.</summary>
    public IReadOnlyDictionary<string, NamedCode> Provinces { get; init; } = new Dictionary<string, NamedCode>();

    /// <summary>No appendix (a workbook written without one, as the benchmarks do): its sheets carry headers only.</summary>
    public static RollupAppendix Empty(DateTimeOffset at) => new([], [], [], [], Counted.Statuses(CountingPurpose.NationalTotals).ToList(), null, at);
}

/// <summary>A reference-data record by its code and its Thai and English names.</summary>
public sealed record NamedCode(string Code, string NameTh, string NameEn);

/// <summary>Builds the <see cref="RollupAppendix"/> of a roll-up filter for the user, over the years the filter covers.</summary>
public sealed class RollupAppendixService(AppDbContext db, UserAccess access, RollupService rollups, TimeProvider clock)
{
    /// <summary>
    /// The GWP sets of the inventories the filter's totals add up, with how many inventories use each: more than one
    /// means the totals mix conventions (e.g. CFO's AR5 with fossil CH4 30 and GPC's AR5 with CH4 28), which the roll-up
    /// page says beside them.
    /// </summary>
    public async Task<IReadOnlyList<(NamedCode Set, int Inventories)>> GwpSetsAsync(ClaimsPrincipal user, RollupFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var inventories = await CountedInventoriesAsync(user, filter, ct);
        var used = await inventories.GroupBy(i => i.GwpSetCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var codes = used.Select(u => u.Code).ToList();
        var names = await db.GwpSets.AsNoTracking().Where(g => codes.Contains(g.Code)).ToDictionaryAsync(g => g.Code, ct);
        return used.OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (names.TryGetValue(u.Code, out var g) ? new NamedCode(g.Code, g.NameTh, g.NameEn) : new NamedCode(u.Code, u.Code, u.Code), u.Count))
            .ToList();
    }

    /// <summary>The inventories the filter's totals count for the user: visible, of counted statuses, the filter's year and kind.</summary>
    private async Task<IQueryable<Inventory>> CountedInventoriesAsync(ClaimsPrincipal user, RollupFilter filter, CancellationToken ct)
    {
        var counted = Counted.Statuses(CountingPurpose.NationalTotals).ToList();
        var visible = await access.VisibleOrganisationsAsync(user, ct);
        var inventories = db.Inventories.AsNoTracking().Where(i => visible.Any(o => o.Id == i.OrganisationId) && counted.Contains(i.Status));
        if (filter.Year is { } only)
        {
            inventories = inventories.Where(i => i.Year == only);
        }

        if (filter.Kind is { } onlyKind)
        {
            inventories = inventories.Where(i => i.Kind == onlyKind);
        }

        return inventories;
    }

    public async Task<RollupAppendix> BuildAsync(ClaimsPrincipal user, RollupFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var counted = Counted.Statuses(CountingPurpose.NationalTotals).ToList();
        var inventories = await CountedInventoriesAsync(user, filter, ct);

        var years = await inventories.Select(i => i.Year).Distinct().ToListAsync(ct);
        var completeness = new List<(InventoryKind, Completeness)>();
        var intensities = new List<(InventoryKind, RollUps.RollupRow)>();
        if (years.Count > 0)
        {
            // The roll-up service answers at most MaxYears years at a time: the latest ones when more are stored.
            var to = filter.Year ?? years.Max();
            var from = filter.Year ?? Math.Max(years.Min(), to - RollupService.MaxYears + 1);
            foreach (var kind in filter.Kind is { } k ? [k] : Enum.GetValues<InventoryKind>())
            {
                var query = new RollupQuery { FromYear = from, ToYear = to, Kind = kind, GroupBy = [RollupDimension.Province, RollupDimension.Year] };
                var report = await rollups.RollUpAsync(user, query, ct);
                if (report.IsOk)
                {
                    completeness.AddRange(report.Value!.Completeness.Select(c => (kind, c)));
                    intensities.AddRange(report.Value.Rows.Select(r => (kind, r)));
                }
            }
        }

        var editions = await db.EmissionFactorEditions.AsNoTracking().Where(e => inventories.Any(i => i.FactorEditionId == e.Id))
            .Select(e => new NamedCode(e.Code, e.NameTh, e.NameEn)).ToListAsync(ct);
        var gwpSets = await db.GwpSets.AsNoTracking().Where(g => inventories.Any(i => i.GwpSetCode == g.Code))
            .Select(g => new NamedCode(g.Code, g.NameTh, g.NameEn)).ToListAsync(ct);
        return new RollupAppendix(
            completeness, intensities, [.. editions.OrderBy(e => e.Code, StringComparer.Ordinal)], [.. gwpSets.OrderBy(g => g.Code, StringComparer.Ordinal)], counted,
            user.Identity?.Name, clock.GetUtcNow())
        {
            Provinces = await db.Provinces.AsNoTracking().Select(p => new NamedCode(p.Code, p.NameTh, p.NameEn)).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct),
        };
    }
}
