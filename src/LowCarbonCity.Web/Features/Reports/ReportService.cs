using System.Runtime.CompilerServices;
using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// Builds report models from stored results (docs/conventions.md R1): never recalculates. Checks View on the inventory's
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

        return Result<ReportModel>.Ok(await ModelAsync(inventoryId, resource.OrganisationId, ct));
    }

    /// <summary>
    /// The public copy of a published inventory's report (<see cref="ReportModel.ForPublic"/>), for anyone; null when
    /// the inventory is not published (the public pages' one rule, <see cref="Publication.PublicInventoryReader.Published"/>).
    /// </summary>
    public async Task<ReportModel?> BuildPublishedAsync(Guid inventoryId, CancellationToken ct)
    {
        var published = Publication.PublicInventoryReader.Published(db);
        if (await published.Where(i => i.Id == inventoryId).Select(i => new { i.OrganisationId, i.Kind }).SingleOrDefaultAsync(ct) is not { } head)
        {
            return null;
        }

        var years = await published.Where(i => i.OrganisationId == head.OrganisationId && i.Kind == head.Kind).Select(i => i.Year).ToListAsync(ct);
        return (await ModelAsync(inventoryId, head.OrganisationId, ct)).ForPublic(years);
    }

    private async Task<ReportModel> ModelAsync(Guid inventoryId, int organisationId, CancellationToken ct)
    {
        var cover = await (from i in db.Inventories.AsNoTracking()
                           join e in db.EmissionFactorEditions on i.FactorEditionId equals e.Id
                           join g in db.GwpSets on i.GwpSetCode equals g.Code
                           where i.Id == inventoryId
                           select new ReportCover(
                               i.Id, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Organisation.Type,
                               i.Organisation.Province!.Code, i.Organisation.Province.NameTh, i.Organisation.Province.NameEn, i.Organisation.Province.Region,
                               i.Year, i.Kind, i.Status, i.Version, e.Code, e.NameTh, e.NameEn, g.Code, g.NameTh, g.NameEn,
                               ReportCitation.OfGwpSet(g.SourceTh, g.Source))).SingleAsync(ct);

        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        var results = await db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).Where(r => r.InventoryId == inventoryId).ToListAsync(ct);
        var reportLines = BuildLines(lines, results);

        var totals = Totals(cover.Kind, results.Select(r => new ResultSum(r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial, r.Co2eKg ?? 0m, r.MemoCo2eKg)));
        var byGroup = Groups(cover.Kind, results.Select(r => new ResultSum(r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial, r.Co2eKg ?? 0m, r.MemoCo2eKg)));
        var cells = cover.Kind == InventoryKind.City ? GpcCells(lines, results) : [];

        // The trend against earlier years: this inventory, whatever its status, and the organisation's earlier
        // inventories of the kind that count in a trend (never a draft, never a later year); writers label non-final bars.
        var counted = Counted.Statuses(CountingPurpose.Trend).ToList();
        var coverYear = cover.Year;
        var trendQuery = db.Inventories.AsNoTracking().Where(i => i.OrganisationId == organisationId && i.Kind == cover.Kind
            && (i.Id == inventoryId || (i.Year < coverYear && counted.Contains(i.Status))));
        var trendInventories = await trendQuery.Select(i => new { i.Id, i.Year, i.Status }).ToListAsync(ct);
        var trendSums = (await SumResultsAsync(db.ActivityLineResults.Where(r => trendQuery.Any(i => i.Id == r.InventoryId)), ct))
            .ToLookup(s => s.InventoryId);
        var trend = trendInventories
            .Select(i => new ReportTrendPoint(
                i.Year, i.Status,
                trendSums[i.Id].Where(x => x.Scope == EmissionScope.Scope1).Sum(x => x.Co2eKg),
                trendSums[i.Id].Where(x => x.Scope == EmissionScope.Scope2).Sum(x => x.Co2eKg),
                trendSums[i.Id].Where(x => x.Scope == EmissionScope.Scope3).Sum(x => x.Co2eKg),
                i.Id == inventoryId))
            .OrderBy(t => t.Year).ToList();

        // Each factor is cited by its edition's publication (the factor with the line's category, gas and unit), never
        // by the stored technical source; a custom factor by its justification.
        var edition = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors)
            .SingleAsync(e => db.Inventories.Any(i => i.Id == inventoryId && i.FactorEditionId == e.Id), ct);
        ReportCitation CitationOf(ReportLine line, ReportGas gas) =>
            ReportCitation.OfLineFactor(edition, line.Category, gas.Gas, gas.FactorKgPerUnit, gas.FactorPerUnitCode, line.UsesCustomFactor, line.CustomFactorJustification);
        var factors = reportLines
            .SelectMany(l => l.Gases.Where(g => g.FactorKgPerUnit is not null && g.FactorPerUnitCode is not null)
                .Select(g => new ReportFactorUsed(l.Category, l.CategoryNameTh, l.CategoryNameEn, g.Gas, g.FactorKgPerUnit!.Value, g.FactorPerUnitCode!, CitationOf(l, g), l.UsesCustomFactor, g.Gwp)))
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

        var target = await ReportTargetAsync(organisationId, cover.Kind, ct);
        var profile = await db.ReportProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        var signOff = profile is null ? ReportSignOff.None : new ReportSignOff(
            profile.Period, profile.PreparerName, profile.PreparerPosition, profile.ContactPhone, profile.ContactEmail, profile.Signatories, profile.Logo);
        var yearContext = await db.OrganisationYearContexts.AsNoTracking()
            .Where(x => x.OrganisationId == organisationId && x.Year == coverYear)
            .Select(x => new { x.Population, x.AreaKm2 }).SingleOrDefaultAsync(ct) is { } context
            ? new ReportYearContext(context.Population, context.AreaKm2, totals.TotalKg)
            : null;
        return new ReportModel(
            cover, totals, cells, byGroup, trend, reportLines, factors, memo, quality, history, audit, clock.GetUtcNow())
        {
            Target = target, SignOff = signOff, YearContext = yearContext,
            Verification = await Verification.StatementReader.CertifiedAsync(db, inventoryId, ct),
        };
    }

    /// <summary>
    /// The edition's factor a stored gas result used: same gas, unit and value (as stored, to the factor scale), the
    /// line's own category first (a line part may use another category's factor, e.g. electricity upstream); else the
    /// line category's factor of that gas and unit.
    /// </summary>
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
            t.InventoryKind, t.BaseYear, t.TargetYear, t.ReductionKind, t.ReductionValue, t.Scopes, gap.BaseYearTonnes, gap.TargetTonnes, t.MeasureCount, gap.Years)
        { NotFinalYears = gap.NotFinalYears };
    }

    /// <summary>
    /// One row per inventory the user may see (filtered in SQL), with scope, BASIC/BASIC+/territorial and sector
    /// totals summed over the stored results, and the totals by province and year. Holds every row: for the page,
    /// the CSV and tests; the workbook streams <see cref="StreamRollupAsync"/> instead.
    /// </summary>
    public async Task<RollupModel> RollupAsync(ClaimsPrincipal user, RollupFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = new List<RollupRow>();
        var totals = new RollupTotalsBuilder();
        await foreach (var row in StreamRollupAsync(user, filter, ct))
        {
            rows.Add(row);
            totals.Add(row);
        }

        rows = rows.OrderBy(h => h.Year).ThenBy(h => h.ProvinceCode, StringComparer.Ordinal).ThenBy(h => h.OrganisationCode, StringComparer.Ordinal).ThenBy(h => h.Kind).ToList();
        var counted = Counted.Statuses(CountingPurpose.NationalTotals).ToList();
        var notCounted = await Filtered(await access.VisibleOrganisationsAsync(user, ct), filter).Where(i => !counted.Contains(i.Status))
            .GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new RollupModel(filter, rows, totals.ByProvince(), totals.ByYear(), clock.GetUtcNow()) { NotCounted = notCounted };
    }

    /// <summary>The time stamp a streamed roll-up carries (the workbook's creation time).</summary>
    public DateTimeOffset Now() => clock.GetUtcNow();

    /// <summary>
    /// The roll-up rows one at a time, straight from one SQL query (inventory headers left-joined to the stored
    /// results, ordered by year, province, organisation and kind in the database's collation): nothing but the
    /// current inventory's sums is held, so the national roll-up streams in constant memory. On PostgreSQL the
    /// results are summed per inventory, category, scope and GPC cell in SQL; on SQLite (decimals as text, SUM in
    /// floating point) the result rows come as stored and are summed exactly here.
    /// </summary>
    public async IAsyncEnumerable<RollupRow> StreamRollupAsync(ClaimsPrincipal user, RollupFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counted = Counted.Statuses(CountingPurpose.NationalTotals).ToList();
        var inventories = Filtered(await access.VisibleOrganisationsAsync(user, ct), filter).Where(i => counted.Contains(i.Status));

        var results = db.ActivityLineResults.AsNoTracking().Where(r => inventories.Any(i => i.Id == r.InventoryId));
        var parts = db.Database.IsSqlite()
            ? results.Select(r => new RollupPart
            {
                InventoryId = r.InventoryId, Category = r.Category, Scope = r.Scope, GpcReference = r.GpcReference,
                InBasic = r.InBasic, InBasicPlus = r.InBasicPlus, InTerritorial = r.InTerritorial, Co2eKg = r.Co2eKg, MemoKg = r.MemoCo2eKg,
            })
            : from r in results
              group r by new { r.InventoryId, r.Category, r.Scope, r.GpcReference, r.InBasic, r.InBasicPlus, r.InTerritorial } into g
              select new RollupPart
              {
                  InventoryId = g.Key.InventoryId, Category = g.Key.Category, Scope = g.Key.Scope, GpcReference = g.Key.GpcReference,
                  InBasic = g.Key.InBasic, InBasicPlus = g.Key.InBasicPlus, InTerritorial = g.Key.InTerritorial,
                  Co2eKg = g.Sum(x => x.Co2eKg), MemoKg = g.Sum(x => x.MemoCo2eKg),
              };

        var query = from i in inventories
                    join e in db.EmissionFactorEditions on i.FactorEditionId equals e.Id
                    join p in parts on i.Id equals p.InventoryId into ps
                    from p in ps.DefaultIfEmpty()
                    orderby i.Year, i.Organisation!.Province!.Code, i.Organisation!.Code, i.Kind, i.Id
                    select new
                    {
                        i.Id, i.Organisation!.Code, i.Organisation!.NameTh, i.Organisation!.NameEn, i.Organisation!.Type,
                        ProvinceCode = i.Organisation!.Province!.Code, ProvinceNameTh = i.Organisation!.Province!.NameTh,
                        ProvinceNameEn = i.Organisation!.Province!.NameEn, i.Organisation!.Province!.Region,
                        i.Year, i.Kind, i.Status, EditionCode = e.Code,
                        PartOf = (Guid?)p!.InventoryId, Category = (ActivityCategory?)p!.Category, Scope = (EmissionScope?)p!.Scope, p!.GpcReference,
                        InBasic = (bool?)p!.InBasic, InBasicPlus = (bool?)p!.InBasicPlus, InTerritorial = (bool?)p!.InTerritorial, p!.Co2eKg, MemoKg = (decimal?)p!.MemoKg,
                    };

        RollupHeader? current = null;
        var sums = new List<ResultSum>();
        await foreach (var x in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (current is null || current.Id != x.Id)
            {
                if (current is not null)
                {
                    yield return Row(current, sums);
                    sums = [];
                }

                current = new RollupHeader(x.Id, x.Code, x.NameTh, x.NameEn, x.Type, x.ProvinceCode, x.ProvinceNameTh, x.ProvinceNameEn, x.Region, x.Year, x.Kind, x.Status, x.EditionCode);
            }

            if (x.PartOf is not null && x.Category is { } category && x.Scope is { } scope)
            {
                sums.Add(new ResultSum(category, scope, x.GpcReference, x.InBasic ?? false, x.InBasicPlus ?? false, x.InTerritorial ?? false, x.Co2eKg ?? 0m, x.MemoKg ?? 0m));
            }
        }

        if (current is not null)
        {
            yield return Row(current, sums);
        }

        static RollupRow Row(RollupHeader h, List<ResultSum> sums)
        {
            var merged = sums.GroupBy(s => new { s.Category, s.Scope, s.GpcReference, s.InBasic, s.InBasicPlus, s.InTerritorial })
                .Select(g => new ResultSum(g.Key.Category, g.Key.Scope, g.Key.GpcReference, g.Key.InBasic, g.Key.InBasicPlus, g.Key.InTerritorial, g.Sum(x => x.Co2eKg), g.Sum(x => x.MemoKg)))
                .ToList();
            var t = Totals(h.Kind, merged);
            return new RollupRow(
                h.Id, h.Code, h.NameTh, h.NameEn, h.Type, h.ProvinceCode, h.ProvinceNameTh, h.ProvinceNameEn, h.Region,
                h.Year, h.Kind, h.Status, h.EditionCode, t.Scope1Kg, t.Scope2Kg, t.Scope3Kg, t.MemoKg, t.BasicKg, t.BasicPlusKg, t.TerritorialKg,
                Groups(h.Kind, merged));
        }
    }

    /// <summary>The inventories of the visible organisations that the filter's year and kind select, any status.</summary>
    private IQueryable<Inventory> Filtered(IQueryable<Domain.Organisations.Organisation> visible, RollupFilter filter)
    {
        var inventories = db.Inventories.AsNoTracking().Where(i => visible.Any(o => o.Id == i.OrganisationId));
        if (filter.Year is { } year)
        {
            inventories = inventories.Where(i => i.Year == year);
        }

        if (filter.Kind is { } kind)
        {
            inventories = inventories.Where(i => i.Kind == kind);
        }

        return inventories;
    }

    private sealed record RollupHeader(
        Guid Id, string Code, string NameTh, string NameEn, Domain.Organisations.OrganisationType Type, string ProvinceCode, string ProvinceNameTh,
        string ProvinceNameEn, Domain.Organisations.Region Region, int Year, InventoryKind Kind, InventoryStatus Status, string EditionCode);

    /// <summary>One stored result, or a SQL sum of several, in the streamed roll-up query (a class: EF projects it in a left join).</summary>
    private sealed class RollupPart
    {
        public Guid InventoryId { get; init; }
        public ActivityCategory Category { get; init; }
        public EmissionScope Scope { get; init; }
        public string? GpcReference { get; init; }
        public bool InBasic { get; init; }
        public bool InBasicPlus { get; init; }
        public bool InTerritorial { get; init; }
        public decimal? Co2eKg { get; init; }
        public decimal MemoKg { get; init; }
    }

    /// <summary>
    /// Sums stored results per inventory, category, scope and GPC cell. PostgreSQL sums in SQL (exact numeric).
    /// SQLite keeps decimals as text and its SUM works in floating point (off in the ninth decimal, seen in the
    /// report tests), so there the query projects only the needed columns and the sums are exact decimal sums here.
    /// SQLite is the embedded, single-municipality default; national roll-ups run on PostgreSQL (docs/design.md section 4).
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
            part?.InTerritorial ?? false)
        {
            Derivation = part?.Derivation,
        };

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
