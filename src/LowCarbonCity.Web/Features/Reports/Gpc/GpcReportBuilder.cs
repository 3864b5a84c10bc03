using System.Security.Claims;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Shared;

namespace LowCarbonCity.Web.Features.Reports.Gpc;

/// <summary>
/// The GPC report of one City inventory, from the report model of its stored results (<see cref="ReportService"/>:
/// it checks View and never recalculates). Where each stored result counts (cell, BASIC, BASIC+, territorial) is what
/// the engine stored with it; the cells GPC reports that hold no result get their reference, scope and totals from the
/// engine's own placement rules (<see cref="ScopeRules.CityPlacement"/>), never restated here.
/// </summary>
public sealed class GpcReportService(ReportService reports)
{
    /// <summary>Refused for an Organisation (CFO) inventory, keyed on <c>kind</c> (translated on pages).</summary>
    public const string NotCityMessage = "A GPC report is made for City inventories only; this is an Organisation (CFO) inventory, whose reports are the inventory PDF, workbook and CSV.";

    public async Task<Result<GpcReport>> BuildAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var result = await reports.BuildAsync(user, inventoryId, ct);
        if (!result.IsOk)
        {
            return result.As<GpcReport>();
        }

        return result.Value!.Cover.Kind == InventoryKind.City
            ? Result<GpcReport>.Ok(GpcReportBuilder.Build(result.Value))
            : Result<GpcReport>.Invalid("kind", NotCityMessage);
    }
}

/// <summary>Turns a City inventory's <see cref="ReportModel"/> into the GPC table (see <see cref="GpcReportService"/>).</summary>
public static class GpcReportBuilder
{
    public static GpcReport Build(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Cover.Kind != InventoryKind.City)
        {
            throw new ArgumentException("A GPC report is for a City inventory.", nameof(model));
        }

        var placed = model.Lines.Where(l => l.GpcReference is not null).ToList();
        var byCell = placed.ToLookup(l => l.GpcReference!, StringComparer.Ordinal);
        var rows = Layout().Select(r => new GpcReportRow(r.Subsector, r.Reference, r.Kind,
                Cell(r.Scope1, byCell), Cell(r.Scope2, byCell), Cell(r.Scope3, byCell)))
            .ToList();

        // A result in a cell GPC's table does not have (the engine accepts, e.g., grid energy in I.7) gets a row of its own.
        var laidOut = rows.SelectMany(r => r.Cells).Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in byCell.Where(g => !laidOut.Contains(g.Key)).OrderBy(g => g.Key, GpcReferenceComparer.Instance))
        {
            var first = extra.First();
            var placement = new GpcPlacement(SubsectorOf(extra.Key), null, extra.Key, first.Scope, first.InBasic, first.InBasicPlus, first.InTerritorial);
            var cell = Cell(placement, byCell)!;
            rows.Add(new GpcReportRow(placement.Subsector, extra.Key, GpcRowKind.Subsector,
                cell.Scope == EmissionScope.Scope1 ? cell : null, cell.Scope == EmissionScope.Scope2 ? cell : null, cell.Scope == EmissionScope.Scope3 ? cell : null));
        }

        rows = rows.Select(ImplyLossesIncluded).OrderBy(r => r.Reference, GpcReferenceComparer.Instance).ThenBy(r => r.Kind).ToList();

        var sectors = Enum.GetValues<GpcSector>().Select(sector =>
            {
                var g = placed.Where(l => GpcSubsectors.SectorOf(SubsectorOf(l.GpcReference!)) == sector).ToList();
                return new GpcSectorTotal(
                    sector,
                    g.Where(l => l.Scope == EmissionScope.Scope1).Sum(l => l.Co2eKg ?? 0m),
                    g.Where(l => l.Scope == EmissionScope.Scope2).Sum(l => l.Co2eKg ?? 0m),
                    g.Where(l => l.Scope == EmissionScope.Scope3).Sum(l => l.Co2eKg ?? 0m),
                    g.Where(l => l.InBasic).Sum(l => l.Co2eKg ?? 0m),
                    g.Where(l => l.InBasicPlus).Sum(l => l.Co2eKg ?? 0m),
                    g.Where(l => l.InTerritorial).Sum(l => l.Co2eKg ?? 0m));
            })
            .ToList();

        var byGas = placed.Where(l => l.Co2eKg is not null || l.MemoCo2eKg != 0m)
            .GroupBy(l => l.GpcReference!, StringComparer.Ordinal)
            .Select(g => Gases(g.Key, g.SelectMany(l => l.Gases)))
            .OrderBy(g => g.Reference, GpcReferenceComparer.Instance)
            .ToList();

        return new GpcReport(model.Cover, rows, sectors, model.Totals, byGas, model.GeneratedAt) { Source = model };
    }

    /// <summary>The sub-sector whose reference begins the cell reference (the longest: <c>I.4.4</c> before <c>I.4</c>).</summary>
    public static GpcSubsector SubsectorOf(string reference) =>
        Enum.GetValues<GpcSubsector>()
            .Where(s => reference == GpcSubsectors.Reference(s) || reference.StartsWith(GpcSubsectors.Reference(s) + ".", StringComparison.Ordinal))
            .OrderByDescending(s => GpcSubsectors.Reference(s).Length)
            .First();

    private static GpcReportCell? Cell(GpcPlacement? placement, ILookup<string, ReportLine> byCell)
    {
        if (placement is null)
        {
            return null;
        }

        var lines = byCell[placement.Reference].ToList();
        var figures = lines.Where(l => l.Co2eKg is not null).ToList();
        var keyed = lines.Where(l => l.NotationKey is not null).ToList();
        return new GpcReportCell(
            placement.Reference,
            lines.Count > 0 ? lines[0].Scope : placement.Scope,
            figures.Count > 0 ? figures.Sum(l => l.Co2eKg!.Value) : null,
            keyed.Select(l => l.NotationKey!.Value).Distinct().Order().ToList(),
            keyed.Select(l => new GpcKeyNote(l.NotationKey!.Value, l.NotationExplanation)).Distinct().ToList(),
            lines.Count > 0 ? lines.Any(l => l.InBasic) : placement.InBasic,
            lines.Count > 0 ? lines.Any(l => l.InBasicPlus) : placement.InBasicPlus,
            lines.Count > 0 ? lines.Any(l => l.InTerritorial) : placement.InTerritorial);
    }

    /// <summary>
    /// Stored inventories carry no T&amp;D loss share, so the losses stay in the grid-energy figure (x.2) and the engine
    /// reports the x.3 cell as IE (<see cref="ScopeRules.LossesIncludedCell"/>); no result row is stored for it.
    /// </summary>
    private static GpcReportRow ImplyLossesIncluded(GpcReportRow row)
    {
        if (row.Scope3 is { IsEntered: false } x3 && row.Scope2 is { Co2eKg: not null } x2
            && ScopeRules.LossesIncludedCell(GridEnergy(row.Subsector))?.Reference == x3.Reference)
        {
            return row with { Scope3 = x3 with { NotationKeys = [NotationKey.IE], Notes = [new GpcKeyNote(NotationKey.IE, null, x2.Reference)] } };
        }

        return row;
    }

    private static GpcGasRow Gases(string reference, IEnumerable<ReportGas> gases)
    {
        var list = gases.ToList();
        decimal Mass(params Gas[] g) => list.Where(x => !x.IsMemo && g.Contains(x.Gas)).Sum(x => x.MassKg);
        decimal Co2e(params Gas[] g) => list.Where(x => !x.IsMemo && g.Contains(x.Gas)).Sum(x => x.Co2eKg);
        Gas[] co2 = [Gas.CO2Fossil];
        Gas[] ch4 = [Gas.CH4Fossil, Gas.CH4NonFossil];
        Gas[] n2o = [Gas.N2O];
        var fluorinated = list.Where(x => !x.IsMemo && !co2.Contains(x.Gas) && !ch4.Contains(x.Gas) && !n2o.Contains(x.Gas) && x.Gas != Gas.CO2e).Sum(x => x.Co2eKg);
        return new GpcGasRow(
            reference, Mass(co2), Mass(ch4), Mass(n2o), Co2e(co2), Co2e(ch4), Co2e(n2o), fluorinated, Co2e(Gas.CO2e),
            list.Where(x => !x.IsMemo).Sum(x => x.Co2eKg),
            list.Where(x => x.Gas == Gas.CO2Biogenic).Sum(x => x.MassKg));
    }

    /// <summary>A cell of GPC's table as the engine places it: the reference, scope and totals of a kind of emission in a sub-sector.</summary>
    private sealed record LayoutRow(GpcSubsector Subsector, string Reference, GpcRowKind Kind, GpcPlacement? Scope1, GpcPlacement? Scope2, GpcPlacement? Scope3);

    private static GpcPlacement InBoundary(GpcSubsector s) =>
        ScopeRules.CityPlacement(ActivityCategory.StationaryNaturalGas, s, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity);

    private static GpcPlacement GridEnergy(GpcSubsector s) =>
        ScopeRules.CityPlacement(ActivityCategory.GridElectricity, s, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity);

    private static GpcPlacement? TransmissionLossCell(GpcSubsector s) => s switch
    {
        // GPC's table has no x.3 cell for fugitive emissions or off-road transport.
        GpcSubsector.FugitiveCoal or GpcSubsector.FugitiveOilGas or GpcSubsector.OffRoad or GpcSubsector.EnergyGenerationSuppliedToGrid => null,
        _ => ScopeRules.CityPlacement(ActivityCategory.GridElectricity, s, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.TransmissionAndDistributionLosses),
    };

    private static GpcPlacement Waste(GpcSubsector s, WasteTreatmentBoundary boundary) =>
        ScopeRules.CityPlacement(ActivityCategory.SolidWasteDisposal, s, boundary, LinePart.Activity);

    /// <summary>
    /// The rows and cells of GPC's reporting table (GPC v1.1, emissions by scope and sector): which cells a sub-sector
    /// has is GPC's layout; each cell's reference, scope and totals come from the engine's placement.
    /// </summary>
    private static IEnumerable<LayoutRow> Layout()
    {
        foreach (var s in Enum.GetValues<GpcSubsector>())
        {
            var reference = GpcSubsectors.Reference(s);
            switch (GpcSubsectors.SectorOf(s))
            {
                case GpcSector.StationaryEnergy or GpcSector.Transportation when s == GpcSubsector.EnergyGenerationSuppliedToGrid:
                    yield return new LayoutRow(s, reference, GpcRowKind.Subsector, InBoundary(s), null, null);
                    break;
                case GpcSector.StationaryEnergy or GpcSector.Transportation:
                    var hasGrid = s is not (GpcSubsector.FugitiveCoal or GpcSubsector.FugitiveOilGas);
                    yield return new LayoutRow(s, reference, GpcRowKind.Subsector, InBoundary(s), hasGrid ? GridEnergy(s) : null, TransmissionLossCell(s));
                    break;
                case GpcSector.Waste:
                    var inCity = Waste(s, WasteTreatmentBoundary.GeneratedAndTreatedInCity);
                    var outside = Waste(s, WasteTreatmentBoundary.GeneratedInCityTreatedOutside);
                    var fromOutside = Waste(s, WasteTreatmentBoundary.GeneratedOutsideTreatedInCity);
                    yield return new LayoutRow(s, reference, GpcRowKind.Subsector, inCity, outside.Scope == EmissionScope.Scope2 ? outside : null, outside.Scope == EmissionScope.Scope3 ? outside : null);
                    yield return new LayoutRow(s, reference, GpcRowKind.WasteFromOutside, fromOutside, null, null);
                    break;
                case GpcSector.Ippu or GpcSector.Afolu:
                    yield return new LayoutRow(s, reference, GpcRowKind.Subsector, InBoundary(s), null, null);
                    break;
                case GpcSector.OtherScope3:
                    yield return new LayoutRow(s, reference, GpcRowKind.Subsector, null, null,
                        ScopeRules.CityPlacement(ActivityCategory.TapWaterMwa, s, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity));
                    break;
            }
        }
    }
}
