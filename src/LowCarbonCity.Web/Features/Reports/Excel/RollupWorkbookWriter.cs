using System.Globalization;
using ClosedXML.Excel;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// The provincial or national roll-up workbook: one row per inventory (flat, filterable, ready for pivot tables),
/// then sheets by province, sector (long format: inventory × sector × scope), scope (long format) and year.
/// Renders a <see cref="RollupModel"/>; never calculates (STYLE.md R1).
/// </summary>
public static class RollupWorkbookWriter
{
    /// <summary>Columns of the inventories sheet (1-based).</summary>
    public static class Columns
    {
        public const int Year = 1;
        public const int YearBe = 2;
        public const int ProvinceCode = 3;
        public const int Province = 4;
        public const int Region = 5;
        public const int OrganisationCode = 6;
        public const int Organisation = 7;
        public const int OrganisationType = 8;
        public const int Kind = 9;
        public const int Status = 10;
        public const int Edition = 11;
        public const int Scope1T = 12;
        public const int Scope2T = 13;
        public const int Scope3T = 14;
        public const int TotalT = 15;
        public const int MemoT = 16;
        public const int BasicT = 17;
        public const int BasicPlusT = 18;
        public const int TerritorialT = 19;
    }

    public static string[] SheetNames(ReportLanguage l) =>
    [
        l.Pick("บัญชีทั้งหมด", "Inventories"),
        l.Pick("รายจังหวัด", "By province"),
        l.Pick("รายภาค", "By sector"),
        l.Pick("รายขอบเขต", "By scope"),
        l.Pick("รายปี", "By year"),
    ];

    public static ReportFile Write(RollupModel model, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = ReportEdge.LanguageOf(culture);
        var names = SheetNames(l);
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = model.GeneratedAt.UtcDateTime;
        WriteInventories(workbook.AddWorksheet(names[0]), model, l);
        WriteTotals(workbook.AddWorksheet(names[1]), model.ByProvince, l, withProvince: true);
        WriteSectors(workbook.AddWorksheet(names[2]), model, l);
        WriteScopes(workbook.AddWorksheet(names[3]), model, l);
        WriteTotals(workbook.AddWorksheet(names[4]), model.ByYear, l, withProvince: false);
        return new ReportFile(ReportFileNames.Rollup(model.Filter, l, "xlsx"), ReportFile.XlsxContentType, workbook.ToBytes());
    }

    private static void WriteInventories(IXLWorksheet ws, RollupModel m, ReportLanguage l)
    {
        ws.Header(1,
            l.Pick("ปี ค.ศ.", "Year"), l.Pick("ปี พ.ศ.", "Year (BE)"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("จังหวัด", "Province"), l.Pick("ภาค", "Region"),
            l.Pick("รหัสองค์กร", "Organisation code"), l.Pick("องค์กร", "Organisation"), l.Pick("ประเภทองค์กร", "Organisation type"),
            l.Pick("ประเภทบัญชี", "Kind"), l.Pick("สถานะ", "Status"), l.Pick("ชุดค่าการปล่อย", "Factor edition"),
            l.Pick("ขอบเขต 1 t CO2e", "Scope 1 t CO2e"), l.Pick("ขอบเขต 2 t CO2e", "Scope 2 t CO2e"), l.Pick("ขอบเขต 3 t CO2e", "Scope 3 t CO2e"),
            l.Pick("รวม t CO2e", "Total t CO2e"), l.Pick("รายการบันทึก t CO2e", "Memo t CO2e"), "BASIC t CO2e", "BASIC+ t CO2e", l.Pick("ภายในพื้นที่ t CO2e", "Territorial t CO2e"));
        ws.SheetView.FreezeRows(1);
        ws.Widths(8, 9, 9, 20, 12, 14, 40, 22, 14, 12, 18, 16, 16, 16, 16, 14, 16, 16, 16);
        var row = 2;
        foreach (var r in m.Rows)
        {
            ws.Cell(row, Columns.Year).Integer(r.Year);
            ws.Cell(row, Columns.YearBe).Integer(r.Year + 543);
            ws.Cell(row, Columns.ProvinceCode).Text(r.ProvinceCode);
            ws.Cell(row, Columns.Province).Text(l.Pick(r.ProvinceNameTh, r.ProvinceNameEn));
            ws.Cell(row, Columns.Region).Text(r.Region.ToString());
            ws.Cell(row, Columns.OrganisationCode).Text(r.OrganisationCode);
            ws.Cell(row, Columns.Organisation).Text(l.Pick(r.OrganisationNameTh, r.OrganisationNameEn));
            ws.Cell(row, Columns.OrganisationType).Text(r.OrganisationType.ToString());
            ws.Cell(row, Columns.Kind).Text(r.Kind.ToString());
            ws.Cell(row, Columns.Status).Text(r.Status.ToString());
            ws.Cell(row, Columns.Edition).Text(r.FactorEditionCode);
            ws.Cell(row, Columns.Scope1T).Number(r.Scope1Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.Scope2T).Number(r.Scope2Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.Scope3T).Number(r.Scope3Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.TotalT).Number(r.TotalKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.MemoT).Number(r.MemoKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.BasicT).Number(r.BasicKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.BasicPlusT).Number(r.BasicPlusKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, Columns.TerritorialT).Number(r.TerritorialKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            row++;
        }

        if (row > 2)
        {
            ws.Range(1, 1, row - 1, Columns.TerritorialT).SetAutoFilter();
        }
    }

    private static void WriteTotals(IXLWorksheet ws, IReadOnlyList<RollupTotal> totals, ReportLanguage l, bool withProvince)
    {
        ws.Header(1,
            l.Pick("ปี ค.ศ.", "Year"), l.Pick("ประเภทบัญชี", "Kind"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("จังหวัด", "Province"),
            l.Pick("จำนวนบัญชี", "Inventories"), l.Pick("ขอบเขต 1 t CO2e", "Scope 1 t CO2e"), l.Pick("ขอบเขต 2 t CO2e", "Scope 2 t CO2e"),
            l.Pick("ขอบเขต 3 t CO2e", "Scope 3 t CO2e"), l.Pick("รวม t CO2e", "Total t CO2e"), l.Pick("รายการบันทึก t CO2e", "Memo t CO2e"), "BASIC t CO2e", "BASIC+ t CO2e",
            l.Pick("ภายในพื้นที่ t CO2e", "Territorial t CO2e"));
        ws.SheetView.FreezeRows(1);
        ws.Widths(8, 14, 9, 20, 11, 16, 16, 16, 16, 14, 16, 16, 16);
        var row = 2;
        foreach (var t in totals.OrderBy(t => t.Year).ThenBy(t => t.Kind).ThenBy(t => t.ProvinceCode, StringComparer.Ordinal))
        {
            ws.Cell(row, 1).Integer(t.Year);
            ws.Cell(row, 2).Text(t.Kind.ToString());
            if (withProvince)
            {
                ws.Cell(row, 3).Text(t.ProvinceCode);
                ws.Cell(row, 4).Text(l.Pick(t.ProvinceNameTh ?? string.Empty, t.ProvinceNameEn ?? string.Empty));
            }

            ws.Cell(row, 5).Integer(t.InventoryCount);
            ws.Cell(row, 6).Number(t.Scope1Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 7).Number(t.Scope2Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 8).Number(t.Scope3Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 9).Number(t.TotalKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 10).Number(t.MemoKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 11).Number(t.BasicKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 12).Number(t.BasicPlusKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 13).Number(t.TerritorialKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            row++;
        }
    }

    private static void WriteSectors(IXLWorksheet ws, RollupModel m, ReportLanguage l)
    {
        ws.Header(1, l.Pick("ปี ค.ศ.", "Year"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("รหัสองค์กร", "Organisation code"), l.Pick("ประเภทบัญชี", "Kind"),
            l.Pick("รหัสภาค", "Sector key"), l.Pick("ภาค/กลุ่ม", "Sector or group"), l.Pick("ขอบเขต", "Scope"), "t CO2e");
        ws.SheetView.FreezeRows(1);
        ws.Widths(8, 9, 14, 14, 26, 40, 8, 16);
        var row = 2;
        foreach (var r in m.Rows)
        {
            foreach (var g in r.BySector)
            {
                foreach (var (scope, kg) in new[] { (1, g.Scope1Kg), (2, g.Scope2Kg), (3, g.Scope3Kg) })
                {
                    if (kg == 0m)
                    {
                        continue;
                    }

                    ws.Cell(row, 1).Integer(r.Year);
                    ws.Cell(row, 2).Text(r.ProvinceCode);
                    ws.Cell(row, 3).Text(r.OrganisationCode);
                    ws.Cell(row, 4).Text(r.Kind.ToString());
                    ws.Cell(row, 5).Text(g.Key);
                    ws.Cell(row, 6).Text(l.Pick(g.NameTh, g.NameEn));
                    ws.Cell(row, 7).Integer(scope);
                    ws.Cell(row, 8).Number(kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
                    row++;
                }
            }
        }
    }

    private static void WriteScopes(IXLWorksheet ws, RollupModel m, ReportLanguage l)
    {
        ws.Header(1, l.Pick("ปี ค.ศ.", "Year"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("รหัสองค์กร", "Organisation code"), l.Pick("ประเภทบัญชี", "Kind"),
            l.Pick("ขอบเขต", "Scope"), "t CO2e");
        ws.SheetView.FreezeRows(1);
        ws.Widths(8, 9, 14, 14, 8, 16);
        var row = 2;
        foreach (var r in m.Rows)
        {
            foreach (var (scope, kg) in new[] { (1, r.Scope1Kg), (2, r.Scope2Kg), (3, r.Scope3Kg) })
            {
                ws.Cell(row, 1).Integer(r.Year);
                ws.Cell(row, 2).Text(r.ProvinceCode);
                ws.Cell(row, 3).Text(r.OrganisationCode);
                ws.Cell(row, 4).Text(r.Kind.ToString());
                ws.Cell(row, 5).Integer(scope);
                ws.Cell(row, 6).Number(kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
                row++;
            }
        }
    }
}
