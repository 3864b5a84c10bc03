using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports.Pdf;

namespace LowCarbonCity.Web.Features.Reports.Gpc;

/// <summary>The words of the GPC report, in Thai and English, shared by its PDF and workbook.</summary>
public static class GpcReportTexts
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Title(ReportLanguage l) => l.Pick("รายงานบัญชีก๊าซเรือนกระจกระดับเมือง ตามมาตรฐาน GPC", "City greenhouse-gas inventory, GPC reporting");

    public static string Standard(ReportLanguage l) => l.Pick(
        "Global Protocol for Community-Scale Greenhouse Gas Inventories (GPC) ฉบับ 1.1",
        "Global Protocol for Community-Scale Greenhouse Gas Inventories (GPC), version 1.1");

    public static string TableHeading(ReportLanguage l) => l.Pick("การปล่อยตามภาคและขอบเขต", "Emissions by sector and scope");

    public static string TotalsHeading(ReportLanguage l) => l.Pick("ผลรวมตามระดับการรายงาน", "Totals by reporting level");

    public static string SectorsHeading(ReportLanguage l) => l.Pick("ผลรวมตามภาค", "Totals by sector");

    public static string GasHeading(ReportLanguage l) => l.Pick("การปล่อยแยกตามชนิดก๊าซ", "Emissions by gas");

    public static string KeysHeading(ReportLanguage l) => l.Pick("สัญลักษณ์แทนค่าและคำอธิบาย", "Notation keys and explanations");

    public static string Reference(ReportLanguage l) => l.Pick("เลขอ้างอิง GPC", "GPC ref.");

    public static string Territorial(ReportLanguage l) => l.Pick("ภายในขอบเขตพื้นที่ (ขอบเขตที่ 1)", "Territorial (scope 1)");

    /// <summary>What a cell with nothing entered shows, and the legend that says so.</summary>
    public const string NotEntered = "–";

    public static string NotEnteredLegend(ReportLanguage l) => l.Pick(
        "– = ยังไม่ได้กรอกข้อมูล (GPC กำหนดให้ทุกช่องมีตัวเลขหรือสัญลักษณ์แทนค่า) · ช่องว่าง = GPC ไม่มีช่องนี้",
        "– = nothing entered (GPC asks for a figure or a notation key in every cell) · blank = GPC has no such cell");

    /// <summary>The sector's name with its numeral: "I พลังงานอยู่กับที่".</summary>
    public static string Sector(GpcSector sector, ReportLanguage l) => l.Pick(ReportNames.Of(sector).Th, ReportNames.Of(sector).En);

    /// <summary>The sub-sector's name as the editor shows it; the waste row of x.3 says what it holds.</summary>
    public static string Row(GpcReportRow row, ReportLanguage l)
    {
        ArgumentNullException.ThrowIfNull(row);
        var name = Resources.Texts.Instance.Get("Editor_Gpc_" + row.Subsector, l == ReportLanguage.Thai ? Thai : English);
        return row.Kind == GpcRowKind.WasteFromOutside
            ? name + l.Pick(" (ของเสียจากนอกเมืองที่บำบัดในเมือง)", " (waste from outside the city, treated in it)")
            : name;
    }

    /// <summary>The row's reference: the sub-sector's, or the x.3 cell's for waste from outside (<c>III.1.3</c>).</summary>
    public static string RowReference(GpcReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Kind == GpcRowKind.WasteFromOutside && row.Scope1 is { } c ? c.Reference : row.Reference;
    }

    /// <summary>A cell as the table prints it: its t CO2e (the display rule), else its keys, else the not-entered mark; null for no cell.</summary>
    public static string CellText(GpcReportCell? cell, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return cell switch
        {
            null => string.Empty,
            { Co2eT: { } t } => f.Tonnes(t),
            { NotationKeys.Count: > 0 } => string.Join(", ", cell.NotationKeys),
            _ => NotEntered,
        };
    }

    /// <summary>Why a cell carries a key: the municipality's explanation, or for an implied IE where the figure is.</summary>
    public static string Explanation(GpcKeyNote note, ReportLanguage l)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.IncludedIn is { } cell
            ? l.Pick($"ความสูญเสียในระบบสายส่งและจำหน่ายรวมอยู่ใน {cell} แล้ว (ค่าการปล่อยของไฟฟ้าจากระบบสายส่งรวมความสูญเสียนี้ไว้)",
                $"T&D losses are included in {cell} (the grid electricity factor contains them)")
            : note.Explanation ?? string.Empty;
    }

    /// <summary>Which cells each total adds, from the cells' own placement: "BASIC: I.1.1, I.1.2, ...".</summary>
    public static IEnumerable<string> LevelLegend(GpcReport report, ReportLanguage l)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = report.Cells.ToList();
        static string Refs(IEnumerable<GpcReportCell> c) => string.Join(", ", c.Select(x => x.Reference));
        yield return "BASIC: " + Refs(cells.Where(c => c.InBasic));
        yield return "BASIC+: " + l.Pick("BASIC และ ", "BASIC and ") + Refs(cells.Where(c => c.InBasicPlus && !c.InBasic));
        yield return Territorial(l) + ": " + l.Pick("ทุกช่องของขอบเขตที่ 1 ", "every scope 1 cell ") + "(" + Refs(cells.Where(c => c.InTerritorial)) + ")";
    }

    public static string Yes(ReportLanguage l) => l.Pick("ใช่", "Yes");
}
