using System.Globalization;
using System.Security.Claims;
using System.Text;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.RollUps;

/// <summary>
/// Totals over stored results (docs/design.md section 2), summed in SQL, never by loading inventories: by region,
/// province, organisation type, sector, GPC sector, scope and year, over the inventories the user may see that were
/// counted (<see cref="Counted"/>: submitted, approved or verified), with per capita and per km² intensities, completeness and the
/// trend. Reads the <see cref="InventoryTotal"/> summary (a few rows per inventory, kept with the line results),
/// so a national year is a few hundred thousand rows, not millions of lines.
/// </summary>
public sealed class RollupService(AppDbContext db, UserAccess access, IServiceScopeFactory scopes)
{
    public const int MaxYears = 50;

    public const string PerPerson = "kgCO2e/person";

    public const string PerSquareKilometre = "kgCO2e/km2";

    public async Task<Result<RollupReport>> RollUpAsync(ClaimsPrincipal user, RollupQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = query.FromYear ?? query.Year;
        var to = query.ToYear ?? query.Year;
        if (from is null || to is null)
        {
            return Result<RollupReport>.Invalid(nameof(query.Year), "Give a year, or fromYear and toYear.");
        }

        if (to < from || to - from >= MaxYears)
        {
            return Result<RollupReport>.Invalid(nameof(query.ToYear), $"toYear must be from fromYear to fromYear + {MaxYears - 1}.");
        }

        var dims = query.GroupBy.Distinct().ToList();
        var g = new Grouping(dims);
        int fromYear = from.Value, toYear = to.Value;
        var kind = query.Kind;
        var reported = Counted.Statuses(CountingPurpose.NationalTotals).ToList();

        var caller = await access.ScopeOfAsync(user, ct);
        var national = caller.IsNational;
        var visible = UserAccess.VisibleOrganisations(db, caller);

        // The summary rows of the reported inventories of the years, joined to the organisations the caller may see
        // (all of them for a national user): the summary carries its inventory's kind, year and status, so no
        // inventory is read (docs/adr/0011-status-in-the-summary.md).
        var reportedTotals = from t in db.InventoryTotals.AsNoTracking()
                             where t.Kind == kind && t.Year >= fromYear && t.Year <= toYear && reported.Contains(t.Status)
                             join o in visible on t.OrganisationId equals o.Id
                             select new { Total = t, Organisation = o };

        // The years' scan (intensities and completeness) runs on a second connection while this one runs the main
        // aggregate: PostgreSQL works on both at once (docs/performance.md, national roll-up).
        await using var second = scopes.CreateAsyncScope();
        var scanDb = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var scanning = YearScanAsync(scanDb, Visible(scanDb, caller).Where(i => i.Kind == kind && i.Year >= fromYear && i.Year <= toYear), g, fromYear, toYear, ct);

        var totals = from x in reportedTotals
                     let t = x.Total
                     let o = x.Organisation
                     select new
                     {
                         Region = g.Region ? (Region?)o.Province!.Region : null,
                         Province = g.Province ? o.Province!.Code : null,
                         Type = g.Type ? (OrganisationType?)o.Type : null,
                         Sector = g.Sector ? (CategoryGroup?)t.Sector : null,
                         Gpc = g.Gpc ? t.GpcSector : null,
                         Scope = g.Scope ? (EmissionScope?)t.Scope : null,
                         Year = g.Year ? (int?)t.Year : null,
                         t.Co2eKg,
                     };
        var grouping = totals
            .GroupBy(x => new { x.Region, x.Province, x.Type, x.Sector, x.Gpc, x.Scope, x.Year })
            .Select(x => new { x.Key, Co2eKg = x.Sum(y => y.Co2eKg) })
            .ToListAsync(ct);
        await Task.WhenAll(grouping, scanning);
        var grouped = await grouping;

        // One scan of the years' inventories gives both the intensities (population and area of the reporting ones)
        // and the completeness counts (every status), instead of two queries over the same rows.
        var scan = await scanning;
        var intensities = Intensities(scan, g);

        var rows = grouped
            .Select(x =>
            {
                var cell = intensities.GetValueOrDefault((x.Key.Region, x.Key.Province, x.Key.Type, x.Key.Year));
                return new RollupRow(x.Key.Region, x.Key.Province, x.Key.Sector, x.Key.Gpc, x.Key.Scope, x.Key.Year, Measure.Co2e(x.Co2eKg), x.Key.Type,
                    cell?.Population, cell?.Population is > 0 ? new Measure(x.Co2eKg / cell.Population.Value, PerPerson) : null,
                    cell?.AreaKm2, cell?.AreaKm2 is > 0 ? new Measure(x.Co2eKg / cell.AreaKm2.Value, PerSquareKilometre) : null);
            })
            .OrderBy(r => r.Year).ThenBy(r => r.Region).ThenBy(r => r.ProvinceCode, StringComparer.Ordinal).ThenBy(r => r.OrganisationType)
            .ThenBy(r => r.Sector).ThenBy(r => r.GpcSector, StringComparer.Ordinal).ThenBy(r => r.Scope)
            .ToList();
        var total = rows.Sum(r => r.Co2e.Value);
        var trend = await TrendAsync(rows, reportedTotals.Select(x => x.Total), g, fromYear, toYear, total, ct);
        var statuses = scan.Where(c => c.KeepsInventories)
            .Select(c => new RollupCompleteness.StatusCount(c.Region, c.Province, c.Type, c.Year, c.Status, c.Count)).ToList();
        var completeness = await RollupCompleteness.ComputeAsync(visible, statuses, g, fromYear, toYear, ct);
        return Result<RollupReport>.Ok(new RollupReport(fromYear, toYear, kind, dims, Counted.Statuses(CountingPurpose.NationalTotals), Measure.Co2e(total), rows, completeness, trend));
    }

    /// <summary>The roll-up as CSV (UTF-8 with BOM so spreadsheet programs read Thai), invariant numbers, unit in the header.</summary>
    public static string ToCsv(RollupReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder("\uFEFFregion,province,sector,gpc_sector,scope,year,co2e_kg,organisation_type,population,co2e_kg_per_person,area_km2,co2e_kg_per_km2\n");
        foreach (var r in report.Rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{r.Region},{r.ProvinceCode},{r.Sector},{r.GpcSector},{r.Scope},{r.Year},{r.Co2e.Value},{r.OrganisationType},{r.Population},{r.PerCapita?.Value},{r.AreaKm2},{r.PerKm2?.Value}\n");
        }

        return csv.ToString();
    }

    /// <summary>Totals per year of the range: from the rows when grouped by year, else one small SQL sum per year.</summary>
    private static async Task<IReadOnlyList<YearTotal>> TrendAsync(
        List<RollupRow> rows, IQueryable<InventoryTotal> reportedTotals, Grouping g, int fromYear, int toYear, decimal total, CancellationToken ct)
    {
        if (g.Year)
        {
            return rows.GroupBy(r => r.Year!.Value).OrderBy(y => y.Key).Select(y => new YearTotal(y.Key, Measure.Co2e(y.Sum(r => r.Co2e.Value)))).ToList();
        }

        if (fromYear == toYear)
        {
            return rows.Count == 0 ? [] : [new YearTotal(fromYear, Measure.Co2e(total))];
        }

        var byYear = await (from t in reportedTotals
                            group t by t.Year into y
                            select new { Year = y.Key, Co2eKg = y.Sum(t => t.Co2eKg) }).ToListAsync(ct);
        return byYear.OrderBy(y => y.Year).Select(y => new YearTotal(y.Year, Measure.Co2e(y.Co2eKg))).ToList();
    }

    /// <summary>
    /// The years' inventories counted per region/province/type (as grouped), year and status, with the population and
    /// area of their organisations that year and whether the organisation's type keeps inventories.
    /// </summary>
    private static async Task<List<ScanCell>> YearScanAsync(AppDbContext db, IQueryable<Inventory> inventories, Grouping g, int fromYear, int toYear, CancellationToken ct)
    {
        var keeping = Enum.GetValues<OrganisationType>().Where(OrganisationTypeRules.KeepsInventories).ToList();

        // The contexts are filtered on the years too, so PostgreSQL hashes the years' contexts, not every year's.
        var contexts = db.OrganisationYearContexts.Where(c => c.Year >= fromYear && c.Year <= toYear);
        var cells = await (from i in inventories
                           join c in contexts on new { i.OrganisationId, i.Year } equals new { c.OrganisationId, c.Year } into cs
                           from c in cs.DefaultIfEmpty()
                           select new
                           {
                               Region = g.Region ? (Region?)i.Organisation!.Province!.Region : null,
                               Province = g.Province ? i.Organisation!.Province!.Code : null,
                               Type = g.Type ? (OrganisationType?)i.Organisation!.Type : null,
                               i.Year,
                               i.Status,
                               Keeps = keeping.Contains(i.Organisation!.Type),
                               Population = c == null ? null : c.Population,
                               Area = c == null ? null : c.AreaKm2,
                           })
            .GroupBy(x => new { x.Region, x.Province, x.Type, x.Year, x.Status, x.Keeps })
            .Select(x => new
            {
                x.Key,
                Count = x.Count(),
                WithPopulation = x.Count(y => y.Population != null),
                Population = x.Sum(y => (long?)y.Population),
                WithArea = x.Count(y => y.Area != null),
                Area = x.Sum(y => y.Area),
            })
            .ToListAsync(ct);
        return cells.Select(c => new ScanCell(c.Key.Region, c.Key.Province, c.Key.Type, c.Key.Year, c.Key.Status, c.Key.Keeps,
            c.Count, c.WithPopulation, c.Population ?? 0, c.WithArea, c.Area ?? 0m)).ToList();
    }

    /// <summary>The inventories of the organisations the caller may see (<see cref="UserAccess.VisibleOrganisations"/>), on <paramref name="context"/>.</summary>
    private static IQueryable<Inventory> Visible(AppDbContext context, AccessScope caller)
    {
        var inventories = context.Inventories.AsNoTracking();
        if (caller.IsNational)
        {
            return inventories;
        }

        var organisations = UserAccess.VisibleOrganisations(context, caller);
        return inventories.Where(i => organisations.Any(o => o.Id == i.OrganisationId));
    }

    /// <summary>Population and area of the reporting organisations per region/province/type/year cell (as grouped); a figure only when every one has it.</summary>
    private static Dictionary<(Region?, string?, OrganisationType?, int?), Intensity> Intensities(List<ScanCell> scan, Grouping g) =>
        scan.Where(c => Counted.Counts(CountingPurpose.NationalTotals, c.Status))
            .GroupBy(c => (c.Region, c.Province, c.Type, Year: g.Year ? (int?)c.Year : null))
            .ToDictionary(
                x => x.Key,
                x => new Intensity(
                    x.Sum(c => c.WithPopulation) == x.Sum(c => c.Count) ? x.Sum(c => c.Population) : null,
                    x.Sum(c => c.WithArea) == x.Sum(c => c.Count) ? x.Sum(c => c.Area) : null));

    private sealed record ScanCell(
        Region? Region, string? Province, OrganisationType? Type, int Year, InventoryStatus Status, bool KeepsInventories,
        int Count, int WithPopulation, long Population, int WithArea, decimal Area);

    private sealed record Intensity(long? Population, decimal? AreaKm2);
}

/// <summary>Which keys a roll-up groups by.</summary>
internal sealed class Grouping(IReadOnlyCollection<RollupDimension> dims)
{
    public bool Region { get; } = dims.Contains(RollupDimension.Region);

    public bool Province { get; } = dims.Contains(RollupDimension.Province);

    public bool Type { get; } = dims.Contains(RollupDimension.OrganisationType);

    public bool Sector { get; } = dims.Contains(RollupDimension.Sector);

    public bool Gpc { get; } = dims.Contains(RollupDimension.GpcSector);

    public bool Scope { get; } = dims.Contains(RollupDimension.Scope);

    public bool Year { get; } = dims.Contains(RollupDimension.Year);
}
