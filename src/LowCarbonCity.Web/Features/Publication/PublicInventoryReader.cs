using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Publication;

/// <summary>One published inventory in the public list.</summary>
public sealed record PublicListEntry(
    string OrganisationCode, string NameTh, string NameEn, OrganisationType Type, string ProvinceCode, string ProvinceNameTh, string ProvinceNameEn,
    int Year, InventoryKind Kind, InventoryStatus Status, decimal TotalKg);

/// <summary>A province with published inventories, for the list's filter.</summary>
public sealed record PublicProvince(string Code, string NameTh, string NameEn, int Count);

/// <summary>kg CO2e of one scope and sector of a published inventory (full precision; pages round for display).</summary>
public sealed record PublicCell(EmissionScope Scope, CategoryGroup Sector, decimal Kg);

/// <summary>kg CO2e by scope or by sector.</summary>
public sealed record PublicShare<TKey>(TKey Key, decimal Kg);

/// <summary>A published year of the same organisation and kind, for the trend.</summary>
public sealed record PublicYear(int Year, InventoryStatus Status, decimal TotalKg);

/// <summary>What an anonymous reader sees of one published inventory.</summary>
public sealed record PublicInventory(
    string OrganisationCode, string NameTh, string NameEn, OrganisationType Type, string ProvinceNameTh, string ProvinceNameEn,
    int Year, InventoryKind Kind, InventoryStatus Status, DateTimeOffset PublishedAt,
    string EditionCode, string EditionNameTh, string EditionNameEn, string GwpSetCode, string GwpNameTh, string GwpNameEn,
    IReadOnlyList<PublicCell> Cells, ReportYearContext? YearContext, IReadOnlyList<PublicYear> Trend)
{
    public decimal TotalKg => Cells.Sum(c => c.Kg);

    public IReadOnlyList<PublicShare<EmissionScope>> ByScope =>
        Cells.GroupBy(c => c.Scope).OrderBy(g => g.Key).Select(g => new PublicShare<EmissionScope>(g.Key, g.Sum(c => c.Kg))).ToList();

    public IReadOnlyList<PublicShare<CategoryGroup>> BySector =>
        Cells.GroupBy(c => c.Sector).OrderBy(g => g.Key).Select(g => new PublicShare<CategoryGroup>(g.Key, g.Sum(c => c.Kg))).ToList();

    /// <summary>The inventory, for the downloads (its report and statement); never shown.</summary>
    public Guid InventoryId { get; init; }

    /// <summary>The verification statement once TGO has certified it (the inventory is Verified).</summary>
    public Verification.StatementView? Statement { get; init; }

    /// <summary>The reduction target that applies, with progress from published figures only.</summary>
    public PublicTarget? Target { get; init; }
}

/// <summary>
/// Reads published inventories for anonymous readers: only what <see cref="Published"/> lets through (published and
/// still approved or verified), from the totals summary kept with the results (a few rows per inventory), never the
/// lines, the evidence, the comments or who did what; with the statement once TGO has certified it and the target that
/// applies (<see cref="PublicTarget"/>: progress from published years only). What it reads is kept by the boards' cache (dropped after any
/// save touching inventories, publishing and withdrawing included, and after 30 seconds at most), so a public page
/// costs no query while nothing changes; searches filter the kept list in memory, so no reader's input makes a key.
/// </summary>
public sealed class PublicInventoryReader(AppDbContext db, Boards.BoardCache cache, Targets.TargetService targets)
{
    /// <summary>The inventories anyone may read: the one rule of the public pages and the open data.</summary>
    public static IQueryable<Inventory> Published(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Inventories.AsNoTracking().Where(i => i.PublishedAt != null
            && (i.Status == InventoryStatus.Approved || i.Status == InventoryStatus.Verified));
    }

    /// <summary>Published inventories, newest year first, optionally of one province and matching a name or code.</summary>
    public async Task<IReadOnlyList<PublicListEntry>> ListAsync(string? provinceCode, string? search, CancellationToken ct)
    {
        IEnumerable<PublicListEntry> all = await cache.GetOrComputeAsync("public:list", () => ReadListAsync(ct));
        if (!string.IsNullOrWhiteSpace(provinceCode))
        {
            all = all.Where(e => e.ProvinceCode == provinceCode);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            all = all.Where(e => e.NameTh.Contains(term, StringComparison.CurrentCultureIgnoreCase)
                || e.NameEn.Contains(term, StringComparison.OrdinalIgnoreCase) || e.OrganisationCode.Equals(term, StringComparison.OrdinalIgnoreCase));
        }

        return all.ToList();
    }

    private async Task<IReadOnlyList<PublicListEntry>> ReadListAsync(CancellationToken ct)
    {
        var rows = await Published(db)
            .Select(i => new
            {
                i.Id, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Organisation.Type,
                ProvinceCode = i.Organisation.Province!.Code, ProvinceNameTh = i.Organisation.Province.NameTh, ProvinceNameEn = i.Organisation.Province.NameEn,
                i.Year, i.Kind, i.Status,
            })
            .ToListAsync(ct);
        var totals = await TotalsAsync(rows.Select(r => r.Id).ToList(), ct);
        return rows
            .Select(r => new PublicListEntry(r.Code, r.NameTh, r.NameEn, r.Type, r.ProvinceCode, r.ProvinceNameTh, r.ProvinceNameEn, r.Year, r.Kind, r.Status,
                totals.GetValueOrDefault(r.Id)))
            .OrderByDescending(e => e.Year).ThenBy(e => e.ProvinceCode, StringComparer.Ordinal).ThenBy(e => e.OrganisationCode, StringComparer.Ordinal).ThenBy(e => e.Kind)
            .ToList();
    }

    /// <summary>The provinces with at least one published inventory.</summary>
    public async Task<IReadOnlyList<PublicProvince>> ProvincesAsync(CancellationToken ct) =>
        (await ListAsync(null, null, ct))
        .GroupBy(e => (e.ProvinceCode, e.ProvinceNameTh, e.ProvinceNameEn))
        .Select(g => new PublicProvince(g.Key.ProvinceCode, g.Key.ProvinceNameTh, g.Key.ProvinceNameEn, g.Count()))
        .OrderBy(p => p.Code, StringComparer.Ordinal)
        .ToList();

    /// <summary>One published inventory by organisation code, year and kind; null when there is none published.</summary>
    public async Task<PublicInventory?> GetAsync(string organisationCode, int year, InventoryKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organisationCode);
        // Only codes that exist in the kept list make a key: a reader typing addresses cannot grow the cache.
        if (!(await ListAsync(null, null, ct)).Any(e => e.OrganisationCode == organisationCode && e.Year == year && e.Kind == kind))
        {
            return null;
        }

        // Withdrawn between the list and this read: kept as "none" (the withdrawal's save drops the cache anyway), a 404
        // like any unpublished inventory rather than an error.
        var kept = await cache.GetOrComputeAsync(string.Create(CultureInfo.InvariantCulture, $"public:{organisationCode}:{year}:{kind}"), async () =>
            new Kept(await ReadAsync(organisationCode, year, kind, ct)));
        return kept.Inventory;
    }

    private sealed record Kept(PublicInventory? Inventory);

    private async Task<PublicInventory?> ReadAsync(string organisationCode, int year, InventoryKind kind, CancellationToken ct)
    {
        var head = await (from i in Published(db)
                          join e in db.EmissionFactorEditions on i.FactorEditionId equals e.Id
                          join g in db.GwpSets on i.GwpSetCode equals g.Code
                          where i.Organisation!.Code == organisationCode && i.Year == year && i.Kind == kind
                          select new
                          {
                              i.Id, i.OrganisationId, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Organisation.Type,
                              ProvinceNameTh = i.Organisation.Province!.NameTh, ProvinceNameEn = i.Organisation.Province.NameEn,
                              i.Year, i.Kind, i.Status, i.PublishedAt,
                              EditionCode = e.Code, EditionNameTh = e.NameTh, EditionNameEn = e.NameEn, GwpCode = g.Code, GwpNameTh = g.NameTh, GwpNameEn = g.NameEn,
                          }).SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var cells = (await db.InventoryTotals.AsNoTracking().Where(t => t.InventoryId == head.Id)
                .Select(t => new { t.Scope, t.Sector, t.Co2eKg }).ToListAsync(ct))
            .GroupBy(t => (t.Scope, t.Sector)).Select(g => new PublicCell(g.Key.Scope, g.Key.Sector, g.Sum(t => t.Co2eKg)))
            .OrderBy(c => c.Scope).ThenBy(c => c.Sector).ToList();
        var total = cells.Sum(c => c.Kg);

        var context = await db.OrganisationYearContexts.AsNoTracking()
            .Where(x => x.OrganisationId == head.OrganisationId && x.Year == year)
            .Select(x => new { x.Population, x.AreaKm2 }).SingleOrDefaultAsync(ct);

        var years = await Published(db).Where(i => i.OrganisationId == head.OrganisationId && i.Kind == kind)
            .Select(i => new { i.Id, i.Year, i.Status }).ToListAsync(ct);
        var yearTotals = await TotalsAsync(years.Select(y => y.Id).ToList(), ct);
        var trend = years.OrderBy(y => y.Year).Select(y => new PublicYear(y.Year, y.Status, yearTotals.GetValueOrDefault(y.Id))).ToList();

        return new PublicInventory(
            head.Code, head.NameTh, head.NameEn, head.Type, head.ProvinceNameTh, head.ProvinceNameEn, head.Year, head.Kind, head.Status, head.PublishedAt!.Value,
            head.EditionCode, head.EditionNameTh, head.EditionNameEn, head.GwpCode, head.GwpNameTh, head.GwpNameEn,
            cells, context is null ? null : new ReportYearContext(context.Population, context.AreaKm2, total), trend)
        {
            InventoryId = head.Id,
            Statement = await Verification.StatementReader.CertifiedAsync(db, head.Id, ct),
            Target = await PublicTarget.ReadAsync(db, targets, head.OrganisationId, kind, ct),
        };
    }

    private async Task<Dictionary<Guid, decimal>> TotalsAsync(List<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : (await db.InventoryTotals.AsNoTracking().Where(t => ids.Contains(t.InventoryId))
                .Select(t => new { t.InventoryId, t.Co2eKg }).ToListAsync(ct))
            .GroupBy(t => t.InventoryId).ToDictionary(g => g.Key, g => g.Sum(t => t.Co2eKg));
}
