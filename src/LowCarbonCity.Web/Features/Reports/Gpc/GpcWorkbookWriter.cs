using System.Globalization;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports.Excel;
using G = LowCarbonCity.Web.Features.Reports.Gpc.GpcReportTexts;
using K = LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.SummaryKeys;
using T = LowCarbonCity.Web.Features.Reports.Pdf.PdfReportTexts;

namespace LowCarbonCity.Web.Features.Reports.Gpc;

/// <summary>
/// The GPC report as a workbook in Thai or English: a summary (the inventory, the totals by reporting level and by
/// sector), the sectors x scopes table, one row per cell (figure, notation key and why, which totals it counts in) and
/// the emissions by gas. Every table has a frozen header and a filter; names are written out, never codes. t CO2e are
/// kept to the gram and shown by the one display rule's format. The summary's column A holds the inventory workbook's
/// stable keys, the same in both languages.
/// </summary>
public static class GpcWorkbookWriter
{
    /// <summary>Columns of the sectors x scopes sheet (1-based).</summary>
    public static class TableColumns
    {
        public const int Reference = 1;
        public const int Sector = 2;
        public const int Row = 3;
        public const int Scope1 = 4;
        public const int Scope2 = 5;
        public const int Scope3 = 6;
    }

    /// <summary>Columns of the cells sheet (1-based).</summary>
    public static class CellColumns
    {
        public const int Reference = 1;
        public const int Sector = 2;
        public const int Row = 3;
        public const int Scope = 4;
        public const int Co2eT = 5;
        public const int NotationKey = 6;
        public const int Meaning = 7;
        public const int Explanation = 8;
        public const int Basic = 9;
        public const int BasicPlus = 10;
        public const int Territorial = 11;
    }

    /// <summary>Columns of the by-gas sheet (1-based); t of each gas, then t CO2e.</summary>
    public static class GasColumns
    {
        public const int Reference = 1;
        public const int Co2T = 2;
        public const int Ch4T = 3;
        public const int N2OT = 4;
        public const int Co2Co2eT = 5;
        public const int Ch4Co2eT = 6;
        public const int N2OCo2eT = 7;
        public const int FluorinatedCo2eT = 8;
        public const int UnsplitCo2eT = 9;
        public const int TotalCo2eT = 10;
        public const int BiogenicCo2T = 11;
    }

    public static string[] SheetNames(ReportLanguage l) =>
    [
        l.Pick("สรุป", "Summary"),
        l.Pick("ตาราง GPC", "GPC table"),
        l.Pick("รายช่อง", "Cells"),
        l.Pick("ตามชนิดก๊าซ", "By gas"),
    ];

    public static ReportFile Write(GpcReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        var l = ReportEdge.LanguageOf(culture);
        var names = SheetNames(l);
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = report.GeneratedAt.UtcDateTime;
        workbook.Properties.Title = G.Title(l) + " " + l.Pick(report.Cover.OrganisationNameTh, report.Cover.OrganisationNameEn);
        WriteSummary(workbook.AddWorksheet(names[0]), report, l);
        WriteTable(workbook.AddWorksheet(names[1]), report, l);
        WriteCells(workbook.AddWorksheet(names[2]), report, l);
        WriteGases(workbook.AddWorksheet(names[3]), report, l);
        return new ReportFile(GpcPdfWriter.FileName(report.Cover, l, "xlsx"), ReportFile.XlsxContentType, workbook.ToBytes());
    }

    private static IXLCell Tonnes(this IXLCell cell, decimal? kg) => cell.Number(kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);

    private static void WriteSummary(IXLWorksheet ws, GpcReport r, ReportLanguage l)
    {
        var c = r.Cover;
        ws.Widths(18, 40, 18, 18, 18, 18, 18, 18);
        ws.Column(1).Style.Font.FontColor = XLColor.Gray;
        var title = ws.Cell(1, 2).Text(G.Title(l));
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        var row = 3;
        void Info(string key, string label, Action<IXLCell> value)
        {
            ws.Cell(row, 1).Text(key);
            ws.Cell(row, 2).Text(label);
            value(ws.Cell(row, 3));
            row++;
        }

        Info(K.Organisation, l.Pick("องค์กร", "Organisation"), x => x.Text(l.Pick(c.OrganisationNameTh, c.OrganisationNameEn)));
        Info(K.OrganisationCode, l.Pick("รหัสองค์กร", "Organisation code"), x => x.Text(c.OrganisationCode));
        Info(K.Province, l.Pick("จังหวัด", "Province"), x => x.Text(l.Pick(c.ProvinceNameTh, c.ProvinceNameEn)));
        Info(K.YearCe, l.Pick("ปี ค.ศ.", "Year (CE)"), x => x.Integer(c.Year));
        Info(K.YearBe, l.Pick("ปี พ.ศ.", "Year (BE)"), x => x.Integer(c.YearBe));
        Info("standard", l.Pick("มาตรฐาน", "Standard"), x => x.Text(G.Standard(l)));
        Info(K.Status, l.Pick("สถานะ", "Status"), x => x.Text(T.Status(c.Status, l)));
        Info(K.Edition, l.Pick("ชุดค่าการปล่อย", "Factor edition"), x => x.Text(c.FactorEditionCode));
        Info(K.EditionName, l.Pick("ชื่อชุดค่าการปล่อย", "Factor edition name"), x => x.Text(l.Pick(c.FactorEditionNameTh, c.FactorEditionNameEn)));
        Info(K.GwpSet, l.Pick("ค่าศักยภาพในการทำให้โลกร้อน", "GWP set"), x => x.Text(l.Pick(c.GwpSetNameTh, c.GwpSetNameEn)));
        Info(K.GeneratedOn, l.Pick("จัดทำเมื่อ (เวลาประเทศไทย)", "Generated on (Thailand time)"), x => x.ThaiTime(r.GeneratedAt));
        row++;

        var t = r.Totals;
        ws.Cell(row, 2).Text(G.TotalsHeading(l) + " (" + T.Unit(l) + ")").Style.Font.Bold = true;
        row++;
        Info(K.Basic, "BASIC", x => x.Tonnes(t.BasicKg));
        Info(K.BasicPlus, "BASIC+", x => x.Tonnes(t.BasicPlusKg));
        Info(K.Territorial, G.Territorial(l), x => x.Tonnes(t.TerritorialKg));
        Info(K.Scope1, T.Scope(EmissionScope.Scope1, l), x => x.Tonnes(t.Scope1Kg));
        Info(K.Scope2, T.Scope(EmissionScope.Scope2, l), x => x.Tonnes(t.Scope2Kg));
        Info(K.Scope3, T.Scope(EmissionScope.Scope3, l), x => x.Tonnes(t.Scope3Kg));
        Info(K.Memo, T.MemoHeading(l), x => x.Tonnes(t.MemoKg));
        row++;

        ws.Cell(row, 2).Text(G.SectorsHeading(l) + " (" + T.Unit(l) + ")").Style.Font.Bold = true;
        row++;
        ws.Header(row, string.Empty, l.Pick("ภาค", "Sector"), T.Scope(EmissionScope.Scope1, l), T.Scope(EmissionScope.Scope2, l), T.Scope(EmissionScope.Scope3, l),
            "BASIC", "BASIC+", l.Pick("ภายในขอบเขตพื้นที่", "Territorial"));
        row++;
        foreach (var s in r.Sectors)
        {
            ws.Cell(row, 1).Text("sector." + (int)s.Sector);
            ws.Cell(row, 2).Text(G.Sector(s.Sector, l));
            ws.Cell(row, 3).Tonnes(s.Scope1Kg);
            ws.Cell(row, 4).Tonnes(s.Scope2Kg);
            ws.Cell(row, 5).Tonnes(s.Scope3Kg);
            ws.Cell(row, 6).Tonnes(s.BasicKg);
            ws.Cell(row, 7).Tonnes(s.BasicPlusKg);
            ws.Cell(row, 8).Tonnes(s.TerritorialKg);
            row++;
        }
    }

    private static void WriteTable(IXLWorksheet ws, GpcReport r, ReportLanguage l)
    {
        ws.Header(1, G.Reference(l), l.Pick("ภาค", "Sector"), l.Pick("ภาคย่อย", "Sub-sector"),
            T.Scope(EmissionScope.Scope1, l) + " (" + T.Unit(l) + ")", T.Scope(EmissionScope.Scope2, l) + " (" + T.Unit(l) + ")", T.Scope(EmissionScope.Scope3, l) + " (" + T.Unit(l) + ")");
        ws.SheetView.FreezeRows(1);
        ws.Widths(12, 34, 52, 18, 18, 18);
        var row = 2;
        foreach (var x in r.Rows)
        {
            ws.Cell(row, TableColumns.Reference).Text(G.RowReference(x));
            ws.Cell(row, TableColumns.Sector).Text(G.Sector(x.Sector, l));
            ws.Cell(row, TableColumns.Row).Text(G.Row(x, l));
            Value(ws.Cell(row, TableColumns.Scope1), x.Scope1);
            Value(ws.Cell(row, TableColumns.Scope2), x.Scope2);
            Value(ws.Cell(row, TableColumns.Scope3), x.Scope3);
            row++;
        }

        ws.Range(1, 1, Math.Max(row - 1, 1), TableColumns.Scope3).SetAutoFilter();
        ws.Cell(row + 1, 1).Text(G.NotEnteredLegend(l));

        static void Value(IXLCell cell, GpcReportCell? c)
        {
            switch (c)
            {
                case null:
                    break;
                case { Co2eKg: { } kg }:
                    cell.Tonnes(kg);
                    break;
                case { NotationKeys.Count: > 0 }:
                    cell.Text(string.Join(", ", c.NotationKeys)).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    break;
                default:
                    cell.Text(G.NotEntered).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    break;
            }
        }
    }

    private static void WriteCells(IXLWorksheet ws, GpcReport r, ReportLanguage l)
    {
        ws.Header(1, G.Reference(l), l.Pick("ภาค", "Sector"), l.Pick("ภาคย่อย", "Sub-sector"), l.Pick("ขอบเขต", "Scope"), T.Unit(l),
            l.Pick("สัญลักษณ์", "Notation key"), l.Pick("ความหมาย", "Meaning"), l.Pick("คำอธิบาย", "Explanation"), "BASIC", "BASIC+", l.Pick("ภายในขอบเขตพื้นที่", "Territorial"));
        ws.SheetView.FreezeRows(1);
        ws.Widths(12, 30, 44, 14, 16, 12, 40, 50, 10, 10, 14);
        var row = 2;
        foreach (var x in r.Rows)
        {
            foreach (var c in x.Cells)
            {
                ws.Cell(row, CellColumns.Reference).Text(c.Reference);
                ws.Cell(row, CellColumns.Sector).Text(G.Sector(x.Sector, l));
                ws.Cell(row, CellColumns.Row).Text(G.Row(x, l));
                ws.Cell(row, CellColumns.Scope).Text(T.Scope(c.Scope, l));
                ws.Cell(row, CellColumns.Co2eT).Tonnes(c.Co2eKg);
                ws.Cell(row, CellColumns.NotationKey).Text(c.IsEntered ? string.Join(", ", c.NotationKeys) : G.NotEntered);
                ws.Cell(row, CellColumns.Meaning).Text(string.Join("; ", c.NotationKeys.Select(k => T.Meaning(k, l))));
                ws.Cell(row, CellColumns.Explanation).Text(string.Join("; ", c.Notes.Select(n => G.Explanation(n, l)).Where(e => e.Length > 0)));
                ws.Cell(row, CellColumns.Basic).Text(c.InBasic ? G.Yes(l) : string.Empty);
                ws.Cell(row, CellColumns.BasicPlus).Text(c.InBasicPlus ? G.Yes(l) : string.Empty);
                ws.Cell(row, CellColumns.Territorial).Text(c.InTerritorial ? G.Yes(l) : string.Empty);
                row++;
            }
        }

        ws.Range(1, 1, Math.Max(row - 1, 1), CellColumns.Territorial).SetAutoFilter();
    }

    private static void WriteGases(IXLWorksheet ws, GpcReport r, ReportLanguage l)
    {
        var unit = T.Unit(l);
        ws.Header(1, G.Reference(l), "CO₂ (t)", "CH₄ (t)", "N₂O (t)", "CO₂ (" + unit + ")", "CH₄ (" + unit + ")", "N₂O (" + unit + ")",
            "HFCs, PFCs, SF₆, NF₃ (" + unit + ")", l.Pick("ค่าที่เผยแพร่เป็น CO₂e (", "Published as CO₂e (") + unit + ")", l.Pick("รวม (", "Total (") + unit + ")",
            l.Pick("CO₂ ชีวภาพ (t)", "Biogenic CO₂ (t)"));
        ws.SheetView.FreezeRows(1);
        ws.Widths(12, 16, 14, 14, 16, 16, 16, 18, 18, 18, 16);
        var row = 2;
        void Write(GpcGasRow g, string label)
        {
            ws.Cell(row, GasColumns.Reference).Text(label);
            ws.Cell(row, GasColumns.Co2T).Tonnes(g.Co2Kg);
            ws.Cell(row, GasColumns.Ch4T).Tonnes(g.Ch4Kg);
            ws.Cell(row, GasColumns.N2OT).Tonnes(g.N2OKg);
            ws.Cell(row, GasColumns.Co2Co2eT).Tonnes(g.Co2Co2eKg);
            ws.Cell(row, GasColumns.Ch4Co2eT).Tonnes(g.Ch4Co2eKg);
            ws.Cell(row, GasColumns.N2OCo2eT).Tonnes(g.N2OCo2eKg);
            ws.Cell(row, GasColumns.FluorinatedCo2eT).Tonnes(g.FluorinatedCo2eKg);
            ws.Cell(row, GasColumns.UnsplitCo2eT).Tonnes(g.UnsplitCo2eKg);
            ws.Cell(row, GasColumns.TotalCo2eT).Tonnes(g.TotalCo2eKg);
            ws.Cell(row, GasColumns.BiogenicCo2T).Tonnes(g.BiogenicCo2Kg);
            row++;
        }

        foreach (var g in r.ByGas)
        {
            Write(g, g.Reference);
        }

        // The filter covers the cells, not the total row below them.
        ws.Range(1, 1, Math.Max(row - 1, 1), GasColumns.BiogenicCo2T).SetAutoFilter();
        Write(r.GasTotal, l.Pick("รวม", "Total"));
        ws.Row(row - 1).Style.Font.Bold = true;
    }
}
