using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Boards;

/// <summary>How the national board groups its figures (query string <c>view</c>).</summary>
public enum NationalView
{
    Province,
    Region,
    /// <summary>Category groups for a CFO inventory, GPC sectors (I-VI) for a city one.</summary>
    Sector,
    Scope,
    /// <summary>Every year with inventories, oldest first.</summary>
    Year,
}

/// <summary>One line of a national view: its key (a code, for files and tests), its name in the request's language, tonnes and kg per person.</summary>
public sealed record NationalViewRow(string Key, string Label, decimal Tonnes, decimal? KgPerPerson);

/// <summary>A national view as the board shows it and its downloads write it: the same rows, the same names.</summary>
public sealed record NationalViewTable(
    NationalView View, InventoryKind Kind, int FromYear, int ToYear, IReadOnlyList<NationalViewRow> Rows, decimal? TotalTonnes, decimal? TotalKgPerPerson);

/// <summary>
/// The national board's views: a roll-up (<see cref="RollupService"/>, so the counted statuses and the kg-per-person
/// rule are the roll-ups' own) grouped by the one dimension the view names, with names in the request's language.
/// National users only; the roll-up is kept by <see cref="BoardCache"/> like the board's other figures (it is the
/// same for every national user), the names are looked up per request.
/// </summary>
public sealed class NationalViewQueries(RollupService rollups, UserAccess access, BoardCache cache, AppDbContext db)
{
    public async Task<Result<NationalViewTable>> ViewAsync(
        ClaimsPrincipal user, NationalView view, InventoryKind kind, int year, IReadOnlyList<int> years, CancellationToken ct)
    {
        if (!(await access.ScopeOfAsync(user, ct)).IsNational)
        {
            return Result<NationalViewTable>.Forbidden();
        }

        var (from, to) = view == NationalView.Year && years.Count > 0 ? (years.Min(), years.Max()) : (year, year);
        var dimension = view switch
        {
            NationalView.Province => RollupDimension.Province,
            NationalView.Region => RollupDimension.Region,
            NationalView.Sector => kind == InventoryKind.City ? RollupDimension.GpcSector : RollupDimension.Sector,
            NationalView.Scope => RollupDimension.Scope,
            _ => RollupDimension.Year,
        };
        var grouped = await cache.GetOrComputeAsync($"national-view:{dimension}:{kind}:{from}:{to}", async () =>
        {
            var result = await rollups.RollUpAsync(user, new RollupQuery { FromYear = from, ToYear = to, Kind = kind, GroupBy = [dimension] }, CancellationToken.None);
            return result.Value ?? throw new InvalidOperationException("A national roll-up of valid years cannot fail.");
        });
        var overall = await cache.GetOrComputeAsync($"national-view::{kind}:{from}:{to}", async () =>
        {
            var result = await rollups.RollUpAsync(user, new RollupQuery { FromYear = from, ToYear = to, Kind = kind }, CancellationToken.None);
            return result.Value ?? throw new InvalidOperationException("A national roll-up of valid years cannot fail.");
        });

        var provinces = view == NationalView.Province
            ? await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => Pages.Display.Pick(p.NameTh, p.NameEn), StringComparer.Ordinal, ct)
            : [];
        var t = Resources.Texts.Instance;
        var rows = grouped.Rows.Select(r => new NationalViewRow(
                KeyOf(r, view), LabelOf(r, view, provinces, t), r.Co2e.Value / 1000m, r.PerCapita?.Value))
            .ToList();
        // Scopes and years read in their own order; the rest from the largest emitter down, as a ranking.
        rows = view is NationalView.Scope or NationalView.Year
            ? rows
            : rows.OrderByDescending(r => r.Tonnes).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var whole = overall.Rows.Count == 0 ? null : overall.Rows[0];
        return Result<NationalViewTable>.Ok(new NationalViewTable(
            view, kind, from, to, rows, whole is null ? null : whole.Co2e.Value / 1000m, whole?.PerCapita?.Value));
    }

    private static string KeyOf(RollupRow r, NationalView view) => view switch
    {
        NationalView.Province => r.ProvinceCode ?? string.Empty,
        NationalView.Region => r.Region?.ToString() ?? string.Empty,
        NationalView.Sector => r.Sector?.ToString() ?? r.GpcSector ?? string.Empty,
        NationalView.Scope => r.Scope?.ToString() ?? string.Empty,
        _ => r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The row's name as the pages say it (the same resource keys as the rest of the boards), never a code.</summary>
    private static string LabelOf(RollupRow r, NationalView view, IReadOnlyDictionary<string, string> provinces, Resources.Texts t) => view switch
    {
        NationalView.Province => provinces.GetValueOrDefault(r.ProvinceCode ?? string.Empty, r.ProvinceCode ?? string.Empty),
        NationalView.Region => t["Region_" + r.Region].Value,
        NationalView.Sector when r.Sector is { } sector => t["Board_Sector_" + sector].Value,
        NationalView.Sector => Reports.ReportNames.SectorOfReference(r.GpcSector) is { } gpc ? t["Editor_Sector_" + gpc].Value : t["Board_SectorUnassigned"].Value,
        NationalView.Scope => t["Scope_" + r.Scope].Value,
        _ => r.Year is { } y ? Pages.Display.Year(y) : string.Empty,
    };
}
