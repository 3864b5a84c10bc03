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

/// <summary>What a roll-up can be grouped by.</summary>
public enum RollupDimension
{
    Region,
    Province,
    /// <summary>The category group (stationary combustion, electricity, waste...).</summary>
    Sector,
    /// <summary>The GPC sector: the first part of the GPC reference (I, II, III...).</summary>
    GpcSector,
    Scope,
    Year,
}

/// <summary>A roll-up request: years, inventory kind, and the grouping (empty: one national total per year range).</summary>
public sealed record RollupQuery
{
    public int? Year { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public InventoryKind Kind { get; init; } = InventoryKind.Organisation;

    public IReadOnlyList<RollupDimension> GroupBy { get; init; } = [];
}

/// <summary>One group's total. Keys not grouped by are null. Only groups with stored results appear: no data is never zero.</summary>
public sealed record RollupRow(
    Region? Region, string? ProvinceCode, CategoryGroup? Sector, string? GpcSector, EmissionScope? Scope, int? Year,
    Measure Co2e);

/// <summary>Who reported, per region/province (as grouped) and year: organisations that keep inventories vs those that reported.</summary>
public sealed record Completeness(Region? Region, string? ProvinceCode, int Year, int ExpectedOrganisations, int ReportingOrganisations, int MissingOrganisations);

public sealed record RollupReport(
    int FromYear, int ToYear, InventoryKind Kind, IReadOnlyList<RollupDimension> GroupBy, IReadOnlyList<InventoryStatus> CountedStatuses,
    Measure Total, IReadOnlyList<RollupRow> Rows, IReadOnlyList<Completeness> Completeness);

/// <summary>
/// Totals over stored results (DESIGN.md section 2), summed in SQL, never by loading inventories: by region,
/// province, sector, GPC sector, scope and year, over the inventories the user may see that were reported
/// (submitted, approved or verified), with completeness. Sector and GPC sector are grouped in SQL by category and
/// GPC reference, then the few aggregated rows are folded into their group here (the mapping lives in code).
/// </summary>
public sealed class RollupService(AppDbContext db, UserAccess access)
{
    public const int MaxYears = 50;

    public static readonly IReadOnlyList<InventoryStatus> Reported = [InventoryStatus.Submitted, InventoryStatus.Approved, InventoryStatus.Verified];

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
        bool By(RollupDimension d) => dims.Contains(d);
        var byRegion = By(RollupDimension.Region);
        var byProvince = By(RollupDimension.Province);
        var byCategory = By(RollupDimension.Sector);
        var byGpc = By(RollupDimension.GpcSector);
        var byScope = By(RollupDimension.Scope);
        var byYear = By(RollupDimension.Year);
        int fromYear = from.Value, toYear = to.Value;
        var kind = query.Kind;
        var reported = Reported.ToList();

        var visible = await access.VisibleOrganisationsAsync(user, ct);
        var inventories = db.Inventories.AsNoTracking().Where(i =>
            visible.Any(o => o.Id == i.OrganisationId) && i.Kind == kind && i.Year >= fromYear && i.Year <= toYear && reported.Contains(i.Status));

        var results = from r in db.ActivityLineResults.AsNoTracking()
                      join i in inventories on r.InventoryId equals i.Id
                      where r.Co2eKg != null
                      select new
                      {
                          Region = byRegion ? (Region?)i.Organisation!.Province!.Region : null,
                          Province = byProvince ? i.Organisation!.Province!.Code : null,
                          Category = byCategory ? (ActivityCategory?)r.Category : null,
                          Gpc = byGpc ? r.GpcReference : null,
                          Scope = byScope ? (EmissionScope?)r.Scope : null,
                          Year = byYear ? (int?)i.Year : null,
                          r.Co2eKg,
                      };
        var grouped = await results
            .GroupBy(x => new { x.Region, x.Province, x.Category, x.Gpc, x.Scope, x.Year })
            .Select(g => new
            {
                g.Key,
                Co2eKg = g.Sum(x => x.Co2eKg!.Value),
            })
            .ToListAsync(ct);

        // Category -> sector and GPC reference -> GPC sector: few aggregated rows, folded here.
        var rows = grouped
            .GroupBy(g => new
            {
                g.Key.Region, g.Key.Province,
                Sector = g.Key.Category is { } c ? (CategoryGroup?)ActivityCategories.Get(c).Group : null,
                GpcSector = byGpc ? GpcSectorOf(g.Key.Gpc) : null,
                g.Key.Scope, g.Key.Year,
            })
            .Select(g => new RollupRow(g.Key.Region, g.Key.Province, g.Key.Sector, g.Key.GpcSector, g.Key.Scope, g.Key.Year,
                Measure.Co2e(g.Sum(x => x.Co2eKg))))
            .OrderBy(r => r.Year).ThenBy(r => r.Region).ThenBy(r => r.ProvinceCode, StringComparer.Ordinal).ThenBy(r => r.Sector)
            .ThenBy(r => r.GpcSector, StringComparer.Ordinal).ThenBy(r => r.Scope)
            .ToList();
        var total = await results.SumAsync(x => x.Co2eKg!.Value, ct);
        var completeness = await CompletenessAsync(visible, inventories, byRegion, byProvince, fromYear, toYear, ct);
        return Result<RollupReport>.Ok(new RollupReport(fromYear, toYear, kind, dims, Reported, Measure.Co2e(total), rows, completeness));
    }

    /// <summary>The roll-up as CSV (UTF-8 with BOM so spreadsheet programs read Thai), invariant numbers, unit in the header.</summary>
    public static string ToCsv(RollupReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder("\uFEFFregion,province,sector,gpc_sector,scope,year,co2e_kg\n");
        foreach (var r in report.Rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.Region},{r.ProvinceCode},{r.Sector},{r.GpcSector},{r.Scope},{r.Year},{r.Co2e.Value}\n");
        }

        return csv.ToString();
    }

    private static string? GpcSectorOf(string? reference) => reference is null ? null : reference.Split('.')[0];

    private static async Task<IReadOnlyList<Completeness>> CompletenessAsync(
        IQueryable<Organisation> visible, IQueryable<Inventory> reportedInventories, bool byRegion, bool byProvince, int fromYear, int toYear, CancellationToken ct)
    {
        var keeping = Enum.GetValues<OrganisationType>().Where(OrganisationTypeRules.KeepsInventories).ToList();
        var expected = await visible.Where(o => keeping.Contains(o.Type))
            .GroupBy(o => new { Region = byRegion ? (Region?)o.Province!.Region : null, Province = byProvince ? o.Province!.Code : null })
            .Select(g => new { g.Key.Region, g.Key.Province, Count = g.Count() })
            .ToListAsync(ct);
        var reporting = await reportedInventories
            .Select(i => new { Region = byRegion ? (Region?)i.Organisation!.Province!.Region : null, Province = byProvince ? i.Organisation!.Province!.Code : null, i.Year, i.OrganisationId })
            .Distinct()
            .GroupBy(x => new { x.Region, x.Province, x.Year })
            .Select(g => new { g.Key.Region, g.Key.Province, g.Key.Year, Count = g.Count() })
            .ToListAsync(ct);
        var list = new List<Completeness>();
        for (var year = fromYear; year <= toYear; year++)
        {
            foreach (var e in expected.OrderBy(e => e.Region).ThenBy(e => e.Province, StringComparer.Ordinal))
            {
                var reported = reporting.FirstOrDefault(r => r.Region == e.Region && r.Province == e.Province && r.Year == year)?.Count ?? 0;
                list.Add(new Completeness(e.Region, e.Province, year, e.Count, reported, Math.Max(0, e.Count - reported)));
            }
        }

        return list;
    }
}
