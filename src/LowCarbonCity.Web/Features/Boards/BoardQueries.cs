using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Boards;

/// <summary>
/// One organisation of a province board: its inventory of the year, if any (null: not started, never zero), and
/// whether anyone can enter its data (<paramref name="HasAccount"/>: a municipal officer is a member), since an LAO
/// without an account cannot start and the province must ask for one rather than chase the LAO.
/// </summary>
public sealed record BoardOrganisationRow(
    int OrganisationId, string Code, string NameTh, string NameEn, OrganisationType Type,
    Guid? InventoryId, InventoryStatus? Status, decimal? Co2eTonnes, bool HasAccount = true)
{
    /// <summary>No inventory this year although someone could start one.</summary>
    public bool NotStarted => Status is null && HasAccount;

    /// <summary>No inventory and no municipal officer to start one: the province asks for an account first.</summary>
    public bool NoAccount => Status is null && !HasAccount;
}

/// <summary>A province total for one scope or one sector (category group), over the reported inventories.</summary>
public sealed record BoardTotal<TKey>(TKey Key, decimal Co2eTonnes);

/// <summary>The province board of a year: every organisation that keeps inventories, and the reported totals.</summary>
public sealed record ProvinceBoard(
    string ProvinceCode, string ProvinceNameTh, string ProvinceNameEn, int Year, IReadOnlyList<int> Years,
    IReadOnlyList<BoardOrganisationRow> Organisations,
    IReadOnlyList<BoardTotal<EmissionScope>> ByScope, IReadOnlyList<BoardTotal<CategoryGroup>> BySector, decimal? ReportedTonnes);

/// <summary>One province of the national board.</summary>
public sealed record NationalBoardRow(
    string ProvinceCode, string NameTh, string NameEn, Region Region, int Organisations,
    IReadOnlyDictionary<InventoryStatus, int> ByStatus, int NotStarted, int Reporting, decimal? ReportedTonnes)
{
    /// <summary>Reporting organisations (submitted, approved or verified) as a share of those that keep inventories; null when none do.</summary>
    public decimal? CompletenessPercent => Organisations == 0 ? null : Math.Round(100m * Reporting / Organisations, 1, MidpointRounding.AwayFromZero);
}

/// <summary>What the national board can be ranked by (query string <c>sort</c>).</summary>
public enum NationalSort
{
    Total,
    Completeness,
    Organisations,
    Reporting,
    Province,
}

public sealed record NationalBoard(int Year, IReadOnlyList<int> Years, NationalSort Sort, IReadOnlyList<NationalBoardRow> Provinces, decimal? ReportedTonnes);

/// <summary>
/// The provincial and national boards, aggregated in SQL over the per-inventory summary of the stored
/// results (`inventory_totals`, ADR 0009) and inventory headers
/// (never loading inventories). Provincial officers see their own province; TGO analysts and
/// administrators any. Totals count the inventories <see cref="Counted"/> counts, as roll-ups do.
/// Access is checked on every request; the figures behind it are kept briefly by <see cref="BoardCache"/> (ADR 0010).
/// </summary>
public sealed class BoardQueries(AppDbContext db, UserAccess access, TimeProvider clock, BoardCache cache)
{
    public async Task<Result<ProvinceBoard>> ProvinceAsync(ClaimsPrincipal user, string? provinceCode, int? year, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        if (!scope.IsNational && scope.ProvinceIds.Count == 0)
        {
            return Result<ProvinceBoard>.Forbidden();
        }

        var allowed = scope.IsNational ? db.Provinces.AsNoTracking() : db.Provinces.AsNoTracking().Where(p => scope.ProvinceIds.Contains(p.Id));
        var province = string.IsNullOrWhiteSpace(provinceCode)
            ? await allowed.OrderBy(p => p.Code).FirstOrDefaultAsync(ct)
            : await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == provinceCode, ct);
        if (province is null)
        {
            return Result<ProvinceBoard>.NotFound();
        }

        if (!scope.IsNational && !scope.ProvinceIds.Contains(province.Id))
        {
            return Result<ProvinceBoard>.Forbidden();
        }

        var board = await cache.GetOrComputeAsync(
            $"province:{province.Id}:{year}", () => ComputeProvinceAsync(province, year, CancellationToken.None));
        return Result<ProvinceBoard>.Ok(board);
    }

    /// <summary>The province board's figures (access already checked; cached by <see cref="BoardCache"/>).</summary>
    private async Task<ProvinceBoard> ComputeProvinceAsync(Province province, int? year, CancellationToken ct)
    {
        var provinceId = province.Id;
        var years = await YearsAsync(db.Inventories.Where(i => i.Organisation!.ProvinceId == provinceId), ct);
        var chosen = year ?? years[0];
        var keeping = KeepingTypes();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.ProvinceId == provinceId && keeping.Contains(o.Type))
            .OrderBy(o => o.Code)
            .Select(o => new
            {
                o.Id, o.Code, o.NameTh, o.NameEn, o.Type,
                HasAccount = db.OrganisationMemberships.Any(m => m.OrganisationId == o.Id && m.Role == Hosting.Roles.MunicipalOfficer),
            })
            .ToListAsync(ct);
        var inventories = db.Inventories.AsNoTracking()
            .Where(i => i.Organisation!.ProvinceId == provinceId && i.Year == chosen && i.Kind == InventoryKind.Organisation);
        var headers = await inventories.Select(i => new { i.Id, i.OrganisationId, i.Status }).ToListAsync(ct);
        var totals = await (from t in db.InventoryTotals.AsNoTracking()
                            join i in inventories on t.InventoryId equals i.Id
                            group t by t.InventoryId into g
                            select new { InventoryId = g.Key, Kg = g.Sum(x => x.Co2eKg) })
            .ToDictionaryAsync(x => x.InventoryId, x => x.Kg, ct);

        var rows = organisations.Select(o =>
        {
            var inventory = headers.FirstOrDefault(h => h.OrganisationId == o.Id);
            decimal? tonnes = inventory is not null && totals.TryGetValue(inventory.Id, out var kg) ? kg / 1000m : null;
            return new BoardOrganisationRow(o.Id, o.Code, o.NameTh, o.NameEn, o.Type, inventory?.Id, inventory?.Status, tonnes, o.HasAccount);
        }).ToList();

        var reported = Counted.Statuses(CountingPurpose.ProvinceTotals).ToList();
        var reportedTotals = from t in db.InventoryTotals.AsNoTracking()
                             join i in inventories on t.InventoryId equals i.Id
                             where reported.Contains(i.Status)
                             select t;
        var byScope = await reportedTotals.GroupBy(t => t.Scope)
            .Select(g => new { g.Key, Kg = g.Sum(x => x.Co2eKg) }).ToListAsync(ct);
        var bySector = (await reportedTotals.GroupBy(t => t.Sector)
                .Select(g => new { g.Key, Kg = g.Sum(x => x.Co2eKg) }).ToListAsync(ct))
            .Select(g => new BoardTotal<CategoryGroup>(g.Key, g.Kg / 1000m)).OrderBy(t => t.Key).ToList();
        decimal? total = byScope.Count == 0 ? null : byScope.Sum(s => s.Kg) / 1000m;
        return new ProvinceBoard(
            province.Code, province.NameTh, province.NameEn, chosen, years, rows,
            byScope.Select(s => new BoardTotal<EmissionScope>(s.Key, s.Kg / 1000m)).OrderBy(s => s.Key).ToList(), bySector, total);
    }

    public Task<Result<NationalBoard>> NationalAsync(ClaimsPrincipal user, int? year, NationalSort sort, CancellationToken ct) =>
        NationalAsync(user, year, sort, InventoryKind.Organisation, ct);

    /// <summary>The national board of one inventory kind (CFO or GPC): every province's status counts and reported total.</summary>
    public async Task<Result<NationalBoard>> NationalAsync(ClaimsPrincipal user, int? year, NationalSort sort, InventoryKind kind, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        if (!scope.IsNational)
        {
            return Result<NationalBoard>.Forbidden();
        }

        var figures = await cache.GetOrComputeAsync($"national:{kind}:{year}", () => ComputeNationalAsync(year, kind, CancellationToken.None));
        var ranked = (sort switch
        {
            NationalSort.Total => figures.Provinces.OrderByDescending(r => r.ReportedTonnes ?? -1m),
            NationalSort.Completeness => figures.Provinces.OrderByDescending(r => r.CompletenessPercent ?? -1m),
            NationalSort.Organisations => figures.Provinces.OrderByDescending(r => r.Organisations),
            NationalSort.Reporting => figures.Provinces.OrderByDescending(r => r.Reporting),
            NationalSort.Province => figures.Provinces.OrderBy(r => r.ProvinceCode, StringComparer.Ordinal),
        }).ThenBy(r => r.ProvinceCode, StringComparer.Ordinal).ToList();
        return Result<NationalBoard>.Ok(figures with { Sort = sort, Provinces = ranked });
    }

    /// <summary>The national board's figures, provinces in code order (access already checked; cached by <see cref="BoardCache"/>).</summary>
    private async Task<NationalBoard> ComputeNationalAsync(int? year, InventoryKind kind, CancellationToken ct)
    {
        var years = await YearsAsync(db.Inventories, ct);
        var chosen = year ?? years[0];
        var keeping = KeepingTypes();
        var reported = Counted.Statuses(CountingPurpose.ProvinceTotals).ToList();
        var reporting = Counted.Statuses(CountingPurpose.Completeness).ToList();
        var provinces = await db.Provinces.AsNoTracking()
            .Select(p => new
            {
                p.Code, p.NameTh, p.NameEn, p.Region,
                Organisations = db.Organisations.Count(o => o.ProvinceId == p.Id && keeping.Contains(o.Type)),
            })
            .ToListAsync(ct);
        var inventories = db.Inventories.AsNoTracking().Where(i => i.Year == chosen && i.Kind == kind);
        var statusCounts = await inventories
            .GroupBy(i => new { i.Organisation!.Province!.Code, i.Status })
            .Select(g => new { g.Key.Code, g.Key.Status, Count = g.Select(i => i.OrganisationId).Distinct().Count() })
            .ToListAsync(ct);
        var totals = await (from t in db.InventoryTotals.AsNoTracking()
                            join i in inventories on t.InventoryId equals i.Id
                            where reported.Contains(i.Status)
                            group t by i.Organisation!.Province!.Code into g
                            select new { Code = g.Key, Kg = g.Sum(x => x.Co2eKg) })
            .ToDictionaryAsync(x => x.Code, x => x.Kg, StringComparer.Ordinal, ct);

        var rows = provinces.Select(p =>
        {
            var counts = statusCounts.Where(s => s.Code == p.Code).ToDictionary(s => s.Status, s => s.Count);
            var started = counts.Values.Sum();
            var reportingCount = counts.Where(c => reporting.Contains(c.Key)).Sum(c => c.Value);
            decimal? tonnes = totals.TryGetValue(p.Code, out var kg) ? kg / 1000m : null;
            return new NationalBoardRow(p.Code, p.NameTh, p.NameEn, p.Region, p.Organisations, counts, Math.Max(0, p.Organisations - started), reportingCount, tonnes);
        }).OrderBy(r => r.ProvinceCode, StringComparer.Ordinal).ToList();
        decimal? total = totals.Count == 0 ? null : totals.Values.Sum() / 1000m;
        return new NationalBoard(chosen, years, NationalSort.Province, rows, total);
    }

    private static List<OrganisationType> KeepingTypes() =>
        Enum.GetValues<OrganisationType>().Where(OrganisationTypeRules.KeepsInventories).ToList();

    /// <summary>The years with inventories, newest first, always including last year (the usual year to report).</summary>
    private async Task<IReadOnlyList<int>> YearsAsync(IQueryable<Inventory> inventories, CancellationToken ct)
    {
        var years = await inventories.Select(i => i.Year).Distinct().ToListAsync(ct);
        var lastYear = clock.GetUtcNow().Year - 1;
        if (!years.Contains(lastYear))
        {
            years.Add(lastYear);
        }

        return years.OrderByDescending(y => y).ToList();
    }
}
