using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Reports.Gpc;

/// <summary>
/// A City inventory in the layout of GPC reporting: one row per sub-sector with its scope 1, 2 and 3 cells (a figure,
/// notation keys, or nothing entered), the totals by sector, the BASIC, BASIC+ and territorial totals, and the
/// emissions of each cell by gas. Built from the stored results (<see cref="GpcReportBuilder"/>); masses are kg,
/// unrounded; writers round at the edge.
/// </summary>
public sealed record GpcReport(
    ReportCover Cover,
    IReadOnlyList<GpcReportRow> Rows,
    IReadOnlyList<GpcSectorTotal> Sectors,
    ReportTotals Totals,
    IReadOnlyList<GpcGasRow> ByGas,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The inventory's report model it was built from: the period, preparer and signatories the PDF carries too.</summary>
    public required ReportModel Source { get; init; }

    /// <summary>Every cell of the table, row by row (scope 1, 2, 3).</summary>
    public IEnumerable<GpcReportCell> Cells => Rows.SelectMany(r => r.Cells);

    /// <summary>The sum of the by-gas rows.</summary>
    public GpcGasRow GasTotal => GpcGasRow.Sum(string.Empty, ByGas);
}

/// <summary>What a GPC row is: a sub-sector, or (waste) the waste generated outside the city and treated in it (x.3).</summary>
public enum GpcRowKind
{
    Subsector,
    WasteFromOutside,
}

/// <summary>One row of the GPC table: a sub-sector's cells under scope 1, 2 and 3 (null where GPC has no such cell).</summary>
public sealed record GpcReportRow(GpcSubsector Subsector, string Reference, GpcRowKind Kind, GpcReportCell? Scope1, GpcReportCell? Scope2, GpcReportCell? Scope3)
{
    public GpcSector Sector => GpcSubsectors.SectorOf(Subsector);

    public IEnumerable<GpcReportCell> Cells => new[] { Scope1, Scope2, Scope3 }.OfType<GpcReportCell>();

    public GpcReportCell? Cell(EmissionScope scope) => scope switch
    {
        EmissionScope.Scope1 => Scope1,
        EmissionScope.Scope2 => Scope2,
        EmissionScope.Scope3 => Scope3,
    };
}

/// <summary>
/// One cell, e.g. <c>I.1.2</c>: its t CO2e (null when no line gives a figure), the notation keys of its lines with their
/// explanations, and the totals it counts in. A cell with neither figure nor key had nothing entered.
/// </summary>
public sealed record GpcReportCell(
    string Reference,
    EmissionScope Scope,
    decimal? Co2eKg,
    IReadOnlyList<NotationKey> NotationKeys,
    IReadOnlyList<GpcKeyNote> Notes,
    bool InBasic,
    bool InBasicPlus,
    bool InTerritorial)
{
    public decimal? Co2eT => Co2eKg / 1000m;

    public bool IsEntered => Co2eKg is not null || NotationKeys.Count > 0;
}

/// <summary>A notation key of a cell and why (the line's explanation; for an implied IE, where the figure is).</summary>
/// <param name="Key">The key.</param>
/// <param name="Explanation">The municipality's explanation, or null.</param>
/// <param name="IncludedIn">For the IE of T&amp;D losses left in the grid-energy figure: the cell that holds them.</param>
public sealed record GpcKeyNote(NotationKey Key, string? Explanation, string? IncludedIn = null);

/// <summary>A GPC sector's totals, kg CO2e.</summary>
public sealed record GpcSectorTotal(GpcSector Sector, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal BasicKg, decimal BasicPlusKg, decimal TerritorialKg);

/// <summary>
/// The emissions of one cell by gas: masses in kg of CO2 (fossil), CH4 and N2O with their CO2e, the fluorinated
/// gases in CO2e, what the factor's publisher gave only as CO2e (not split by gas), the total, and biogenic CO2
/// (a memo item, outside the total).
/// </summary>
public sealed record GpcGasRow(
    string Reference,
    decimal Co2Kg,
    decimal Ch4Kg,
    decimal N2OKg,
    decimal Co2Co2eKg,
    decimal Ch4Co2eKg,
    decimal N2OCo2eKg,
    decimal FluorinatedCo2eKg,
    decimal UnsplitCo2eKg,
    decimal TotalCo2eKg,
    decimal BiogenicCo2Kg)
{
    public static GpcGasRow Sum(string reference, IEnumerable<GpcGasRow> rows)
    {
        var list = rows.ToList();
        return new GpcGasRow(
            reference, list.Sum(r => r.Co2Kg), list.Sum(r => r.Ch4Kg), list.Sum(r => r.N2OKg), list.Sum(r => r.Co2Co2eKg), list.Sum(r => r.Ch4Co2eKg),
            list.Sum(r => r.N2OCo2eKg), list.Sum(r => r.FluorinatedCo2eKg), list.Sum(r => r.UnsplitCo2eKg), list.Sum(r => r.TotalCo2eKg), list.Sum(r => r.BiogenicCo2Kg));
    }
}
