using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// Builds report models from stored results (STYLE.md R1): never recalculates. Checks View on the inventory's
/// organisation before reading anything; roll-ups are filtered to the user's organisations inside the query and
/// summed in SQL (on SQLite through EF's decimal aggregate functions, tested on both providers).
/// </summary>
public sealed class ReportService(AppDbContext db, UserAccess access, ResourceGuard guard, TimeProvider clock, Targets.TargetGapService targetGaps)
{
    public async Task<Result<ReportModel>> BuildAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<ReportModel>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<ReportModel>.Forbidden();
        }

        var cover = await (from i in db.Inventories.AsNoTracking()
                           join e in db.EmissionFactorEditions on i.FactorEditionId equals e.Id
                           join g in db.GwpSets on i.GwpSetCode equals g.Code
                           where i.Id == inventoryId
                           select new ReportCover(
                               i.Id, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Organisation.Type,
                               i.Organisation.Province!.Code, i.Organisation.Province.NameTh, i.Organisation.Province.NameEn, i.Organisation.Province.Region,
                               i.Year, i.Kind, i.Status, i.Version, e.Code, e.NameTh, e.NameEn, e.Source, g.Code, g.Name)).SingleAsync(ct);
        var organisationId = resource.OrganisationId;

        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        var results = await db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).Where(r => r.InventoryId == inventoryId).ToListAsync(ct);
        var reportLines = BuildLines(lines, results);

        var totals = Totals(cover.Kind, results.Select(r => new ResultSum(r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial, r.Co2eKg ?? 0m, r.MemoCo2eKg)));
        var byGroup = Groups(cover.Kind, results.Select(r => new ResultSum(r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial, r.Co2eKg ?? 0m, r.MemoCo2eKg)));
        var cells = cover.Kind == InventoryKind.City ? GpcCells(lines, results) : [];

        var trendInventories = await db.Inventories.AsNoTracking().Where(i => i.OrganisationId == organisationId && i.Kind == cover.Kind)
            .Select(i => new { i.Id, i.Year, i.Status }).ToListAsync(ct);
        var trendSums = (await SumResultsAsync(db.ActivityLineResults.Where(r => db.Inventories.Any(i => i.Id == r.InventoryId && i.OrganisationId == organisationId && i.Kind == cover.Kind)), ct))
            .ToLookup(s => s.InventoryId);
        var trend = trendInventories
            .Select(i => new ReportTrendPoint(
                i.Year, i.Status,
                trendSums[i.Id].Where(x => x.Scope == EmissionScope.Scope1).Sum(x => x.Co2eKg),
                trendSums[i.Id].Where(x => x.Scope == EmissionScope.Scope2).Sum(x => x.Co2eKg),
                trendSums[i.Id].Where(x => x.Scope == EmissionScope.Scope3).Sum(x => x.Co2eKg),
                i.Id == inventoryId))
            .OrderBy(t => t.Year).ToList();

        var factors = reportLines
            .SelectMany(l => l.Gases.Where(g => g.FactorKgPerUnit is not null && g.FactorPerUnitCode is not null)
                .Select(g => new ReportFactorUsed(l.Category, l.CategoryNameTh, l.CategoryNameEn, g.Gas, g.FactorKgPerUnit!.Value, g.FactorPerUnitCode!, g.FactorSource ?? string.Empty, l.UsesCustomFactor, g.Gwp)))
            .Distinct()
            .OrderBy(f => f.Category).ThenBy(f => f.Gas).ThenBy(f => f.PerUnitCode, StringComparer.Ordinal)
            .ToList();

        var memo = reportLines.Where(l => l.MemoCo2eKg != 0m)
            .Select(l => new ReportMemoItem(l.LineId, l.CategoryNameTh, l.CategoryNameEn, l.Description, l.Gases.Where(g => g.IsMemo).Select(g => g.Gas).Distinct().ToList(), l.MemoCo2eKg))
            .ToList();

        var qualityOfLine = lines.ToDictionary(l => l.Id, l => l.DataQuality);
        var quality = lines.GroupBy(l => l.DataQuality)
            .Select(g => new ReportDataQuality(g.Key, g.Count(), results.Where(r => qualityOfLine.GetValueOrDefault(r.LineId) == g.Key).Sum(r => r.Co2eKg ?? 0m)))
            .OrderBy(q => q.Quality).ToList();

        var history = (await (from c in db.InventoryStatusChanges.AsNoTracking()
                              join u in db.Users on c.UserId equals u.Id
                              where c.InventoryId == inventoryId
                              select new ReportReviewStep(c.From, c.To, u.DisplayName ?? u.Email ?? u.Id, c.Reason, c.At)).ToListAsync(ct))
            .OrderBy(h => h.At).ToList();

        var audit = await (from a in db.AuditEntries.AsNoTracking()
                           join u in db.Users on a.UserId equals u.Id into users
                           from u in users.DefaultIfEmpty()
                           where a.InventoryId == inventoryId
                           orderby a.Id
                           select new ReportAuditEntry(a.At, u == null ? null : u.DisplayName ?? u.Email, a.EntityType, a.EntityId, a.Action, a.OldValues, a.NewValues))
            .ToListAsync(ct);

        var target = await ReportTargetAsync(resource.OrganisationId, cover.Kind, ct);
        return Result<ReportModel>.Ok(new ReportModel(
            cover, totals, cells, byGroup, trend, reportLines, factors, memo, quality, history, audit, clock.GetUtcNow()) { Target = target });
    }

    /// <summary>The target of the organisation (else of its province) for the inventory's kind, with its gap series.</summary>
    private async Task<ReportTarget?> ReportTargetAsync(int organisationId, InventoryKind kind, CancellationToken ct)
    {
        if (await targetGaps.GapForOrganisationAsync(organisationId, kind, ct) is not { } gap)
        {
            return null;
        }

        var t = gap.Target;
        return new ReportTarget(
            t.ScopeKind,
            t.ScopeKind == Domain.Targets.TargetScopeKind.Organisation ? t.OrganisationNameTh ?? string.Empty : t.ProvinceNameTh,
            t.ScopeKind == Domain.Targets.TargetScopeKind.Organisation ? t.OrganisationNameEn ?? string.Empty : t.ProvinceNameEn,
            t.InventoryKind, t.BaseYear, t.TargetYear, t.ReductionKind, t.ReductionValue, t.Scopes, gap.BaseYearTonnes, gap.TargetTonnes, t.MeasureCount, gap.Years);
    }

    /// <summary>
    /// One row per inventory the user may see (filtered in SQL), with scope, BASIC/BASIC+/territorial and sector
    /// totals summed in SQL over the stored results, grouped per inventory, category, scope and GPC cell.
    /// </summary>
    public async Task<RollupModel> RollupAsync(ClaimsPrincipal user, RollupFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var visible = await access.VisibleOrganisationsAsync(user, ct);
        var inventories = db.Inventories.AsNoTracking().Where(i => visible.Any(o => o.Id == i.OrganisationId));
        if (filter.Year is { } year)
        {
            inventories = inventories.Where(i => i.Year == year);
        }

        if (filter.Kind is { } kind)
        {
            inventories = inventories.Where(i => i.Kind == kind);
        }

        var headers = await (from i in inventories
                             join e in db.EmissionFactorEditions on i.FactorEditionId equals e.Id
                             select new
                             {
                                 i.Id, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Organisation.Type,
                                 ProvinceCode = i.Organisation.Province!.Code, ProvinceNameTh = i.Organisation.Province.NameTh,
                                 ProvinceNameEn = i.Organisation.Province.NameEn, i.Organisation.Province.Region,
                                 i.Year, i.Kind, i.Status, EditionCode = e.Code,
                             }).ToListAsync(ct);

        var byInventory = (await SumResultsAsync(db.ActivityLineResults.Where(r => inventories.Any(i => i.Id == r.InventoryId)), ct))
            .ToLookup(s => s.InventoryId, s => s.Sum);

        var rows = headers
            .OrderBy(h => h.Year).ThenBy(h => h.ProvinceCode, StringComparer.Ordinal).ThenBy(h => h.Code, StringComparer.Ordinal).ThenBy(h => h.Kind)
            .Select(h =>
            {
                var parts = byInventory[h.Id].ToList();
                var t = Totals(h.Kind, parts);
                return new RollupRow(
                    h.Id, h.Code, h.NameTh, h.NameEn, h.Type, h.ProvinceCode, h.ProvinceNameTh, h.ProvinceNameEn, h.Region,
                    h.Year, h.Kind, h.Status, h.EditionCode, t.Scope1Kg, t.Scope2Kg, t.Scope3Kg, t.MemoKg, t.BasicKg, t.BasicPlusKg, t.TerritorialKg,
                    Groups(h.Kind, parts));
            })
            .ToList();
        var byProvince = rows.GroupBy(r => new { r.Year, r.Kind, r.ProvinceCode, r.ProvinceNameTh, r.ProvinceNameEn })
            .Select(g => Sum(g.Key.Year, g.Key.Kind, g.Key.ProvinceCode, g.Key.ProvinceNameTh, g.Key.ProvinceNameEn, g.ToList()))
            .ToList();
        var byYear = rows.GroupBy(r => new { r.Year, r.Kind })
            .Select(g => Sum(g.Key.Year, g.Key.Kind, null, null, null, g.ToList()))
            .ToList();
        return new RollupModel(filter, rows, byProvince, byYear, clock.GetUtcNow());
    }

    private static RollupTotal Sum(int year, InventoryKind kind, string? provinceCode, string? provinceTh, string? provinceEn, List<RollupRow> rows)
    {
        var city = rows.Where(r => r.Kind == InventoryKind.City).ToList();
        return new RollupTotal(
            year, kind, provinceCode, provinceTh, provinceEn, rows.Count,
            rows.Sum(r => r.Scope1Kg), rows.Sum(r => r.Scope2Kg), rows.Sum(r => r.Scope3Kg), rows.Sum(r => r.MemoKg),
            city.Count == 0 ? null : city.Sum(r => r.BasicKg ?? 0m),
            city.Count == 0 ? null : city.Sum(r => r.BasicPlusKg ?? 0m),
            city.Count == 0 ? null : city.Sum(r => r.TerritorialKg ?? 0m));
    }

    /// <summary>
    /// Sums stored results per inventory, category, scope and GPC cell. PostgreSQL sums in SQL (exact numeric).
    /// SQLite keeps decimals as text and its SUM works in floating point (off in the ninth decimal, seen in the
    /// report tests), so there the query projects only the needed columns and the sums are exact decimal sums here.
    /// SQLite is the embedded, single-municipality default; national roll-ups run on PostgreSQL (DESIGN.md section 4).
    /// </summary>
    private async Task<List<(Guid InventoryId, EmissionScope Scope, decimal Co2eKg, ResultSum Sum)>> SumResultsAsync(IQueryable<Domain.Inventory.ActivityLineResult> results, CancellationToken ct)
    {
        results = results.AsNoTracking();
        if (db.Database.IsSqlite())
        {
            var raw = await results
                .Select(r => new { r.InventoryId, r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial, r.Co2eKg, r.MemoCo2eKg })
                .ToListAsync(ct);
            return raw.GroupBy(r => new { r.InventoryId, r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial })
                .Select(g => Entry(g.Key.InventoryId, new ResultSum(g.Key.Category, g.Key.Scope, g.Key.GpcReference, g.Key.InBasic, g.Key.InBasicPlus, g.Key.InTerritorial,
                    g.Sum(x => x.Co2eKg ?? 0m), g.Sum(x => x.MemoCo2eKg))))
                .ToList();
        }

        var sums = await (from r in results
                          group r by new { r.InventoryId, r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial } into g
                          select new
                          {
                              g.Key.InventoryId, g.Key.Category, g.Key.Scope, g.Key.GpcReference, g.Key.InBasic, g.Key.InBasicPlus, g.Key.InTerritorial,
                              Co2eKg = g.Sum(x => x.Co2eKg),
                              MemoKg = g.Sum(x => x.MemoCo2eKg),
                          }).ToListAsync(ct);
        return sums.Select(s => Entry(s.InventoryId, new ResultSum(s.Category, s.Scope, s.GpcReference, s.InBasic, s.InBasicPlus, s.InTerritorial, s.Co2eKg ?? 0m, s.MemoKg))).ToList();

        static (Guid, EmissionScope, decimal, ResultSum) Entry(Guid inventoryId, ResultSum sum) => (inventoryId, sum.Scope, sum.Co2eKg, sum);
    }

    /// <summary>A stored result (or a SQL sum of several) as the totals need it.</summary>
    private sealed record ResultSum(ActivityCategory Category, EmissionScope Scope, string? GpcReference, bool InBasic, bool InBasicPlus, bool InTerritorial, decimal Co2eKg, decimal MemoKg);

    private static ReportTotals Totals(InventoryKind kind, IEnumerable<ResultSum> parts)
    {
        var list = parts.ToList();
        var city = kind == InventoryKind.City;
        return new ReportTotals(
            list.Where(p => p.Scope == EmissionScope.Scope1).Sum(p => p.Co2eKg),
            list.Where(p => p.Scope == EmissionScope.Scope2).Sum(p => p.Co2eKg),
            list.Where(p => p.Scope == EmissionScope.Scope3).Sum(p => p.Co2eKg),
            list.Sum(p => p.MemoKg),
            city ? list.Where(p => p.InBasic).Sum(p => p.Co2eKg) : null,
            city ? list.Where(p => p.InBasicPlus).Sum(p => p.Co2eKg) : null,
            city ? list.Where(p => p.InTerritorial).Sum(p => p.Co2eKg) : null);
    }

    private static List<ReportGroupTotal> Groups(InventoryKind kind, IEnumerable<ResultSum> parts) =>
        parts.GroupBy(p => ReportNames.GroupOf(kind, p.Category, p.GpcReference))
            .Select(g => new ReportGroupTotal(
                g.Key.Key, g.Key.Th, g.Key.En,
                g.Where(p => p.Scope == EmissionScope.Scope1).Sum(p => p.Co2eKg),
                g.Where(p => p.Scope == EmissionScope.Scope2).Sum(p => p.Co2eKg),
                g.Where(p => p.Scope == EmissionScope.Scope3).Sum(p => p.Co2eKg)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    private static List<ReportLine> BuildLines(List<ActivityLine> lines, List<Domain.Inventory.ActivityLineResult> results)
    {
        var byLine = results.ToLookup(r => r.LineId);
        var rows = new List<ReportLine>();
        foreach (var line in lines.OrderBy(l => l.Category).ThenBy(l => l.Description, StringComparer.Ordinal).ThenBy(l => l.Id))
        {
            var definition = line.Definition;
            var parts = byLine[line.Id].OrderBy(r => r.Part).ToList();
            if (parts.Count == 0)
            {
                rows.Add(Row(line, definition, null));
            }

            rows.AddRange(parts.Select(part => Row(line, definition, part)));
        }

        return rows;
    }

    private static ReportLine Row(ActivityLine line, CategoryDefinition definition, Domain.Inventory.ActivityLineResult? part) =>
        new(
            line.Id,
            part?.Part ?? Domain.Calculation.LinePart.Activity,
            line.Category,
            definition.NameTh,
            definition.NameEn,
            definition.Group,
            part?.GpcReference,
            part?.Scope ?? definition.CfoScope,
            line.Description,
            line.Amount,
            line.Unit?.Code,
            line.Unit?.NameTh,
            line.Unit?.NameEn,
            line.MonthlyValues,
            part?.ConvertedAmount,
            part?.ConvertedUnit?.Code,
            part is null ? [] : part.Gases.Select(g => new ReportGas(g.Gas, g.FactorKgPerUnit, g.FactorPerUnit?.Code, g.FactorSource, g.Gwp, g.MassKg, g.Co2eKg, g.IsMemo)).ToList(),
            part?.Co2eKg,
            part?.MemoCo2eKg ?? 0m,
            part?.UsesCustomFactor ?? line.CustomFactor is not null,
            line.CustomFactor?.Justification,
            line.DataSource,
            line.DataQuality,
            line.NotationKey,
            line.NotationExplanation,
            part?.Formula,
            part?.InBasic ?? false,
            part?.InBasicPlus ?? false,
            part?.InTerritorial ?? false);

    private static List<ReportGpcCell> GpcCells(List<ActivityLine> lines, List<Domain.Inventory.ActivityLineResult> results)
    {
        var lineById = lines.ToDictionary(l => l.Id);
        return results.Where(r => r.GpcReference is not null)
            .GroupBy(r => r.GpcReference!)
            .Select(g =>
            {
                var first = g.First();
                var keyed = g.Where(r => r.NotationKey is not null).ToList();
                var withValue = g.Where(r => r.Co2eKg is not null).ToList();
                return new ReportGpcCell(
                    g.Key,
                    ReportNames.SectorOfReference(g.Key) ?? GpcSector.OtherScope3,
                    first.Scope,
                    withValue.Count == 0 ? null : withValue.Sum(r => r.Co2eKg!.Value),
                    keyed.Select(r => r.NotationKey!.Value).Distinct().OrderBy(k => k).ToList(),
                    keyed.Select(r => lineById.TryGetValue(r.LineId, out var l) ? l.NotationExplanation : null).OfType<string>().Distinct().ToList(),
                    g.Any(r => r.InBasic),
                    g.Any(r => r.InBasicPlus),
                    g.Any(r => r.InTerritorial));
            })
            .OrderBy(c => c.Reference, GpcReferenceComparer.Instance)
            .ToList();
    }
}

/// <summary>Orders GPC references as the GPC table does: I.1.1 &lt; I.2.1 &lt; I.4.4 &lt; II.1.1 &lt; VI.1.</summary>
public sealed class GpcReferenceComparer : IComparer<string>
{
    public static GpcReferenceComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).Split('.');
        var b = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = i == 0 ? Roman(a[i]).CompareTo(Roman(b[i])) : Number(a[i]).CompareTo(Number(b[i]));
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int Roman(string s) => s switch { "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6, _ => 99 };

    private static int Number(string s) => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 99;
}
