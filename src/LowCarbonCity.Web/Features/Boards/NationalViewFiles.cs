using System.Globalization;
using ClosedXML.Excel;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;

namespace LowCarbonCity.Web.Features.Boards;

/// <summary>
/// The national board's view as a workbook or CSV: the rows the page shows, with its names and its column titles in
/// the request's language, then the total. Writes what it is given (the view is at most 77 rows); never sums or divides. Tonnes and kg per person go out at the reports' file precision (the page rounds for reading).
/// </summary>
public static class NationalViewFiles
{
    public static ReportFile Excel(NationalViewTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName(table));
        sheet.Header(1, Header(table));
        var row = 2;
        foreach (var r in table.Rows)
        {
            sheet.Cell(row, 1).Text(r.Label);
            sheet.Cell(row, 2).Number(r.Tonnes, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            sheet.Cell(row, 3).Number(r.KgPerPerson, ReportEdge.KgDecimals, XlCells.KgFormat);
            row++;
        }

        sheet.Cell(row, 1).Text(Text("Common_Total")).Style.Font.Bold = true;
        sheet.Cell(row, 2).Number(table.TotalTonnes, ReportEdge.TonneDecimals, XlCells.TonneFormat);
        sheet.Cell(row, 3).Number(table.TotalKgPerPerson, ReportEdge.KgDecimals, XlCells.KgFormat);
        sheet.Widths(36, 18, 22);
        return new ReportFile(FileName(table, "xlsx"), ReportFile.XlsxContentType, workbook.ToBytes());
    }

    public static ReportFile Csv(NationalViewTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows
            .Select(r => new CsvField[] { r.Label, ReportCsvWriter.NumberField(r.Tonnes, ReportEdge.TonneDecimals), ReportCsvWriter.NumberField(r.KgPerPerson, ReportEdge.KgDecimals) })
            .Append([Text("Common_Total"), ReportCsvWriter.NumberField(table.TotalTonnes, ReportEdge.TonneDecimals), ReportCsvWriter.NumberField(table.TotalKgPerPerson, ReportEdge.KgDecimals)]);
        return new ReportFile(FileName(table, "csv"), ReportFile.CsvContentType, ReportCsvWriter.Table(Header(table), rows));
    }

    /// <summary>The column titles the page's table has.</summary>
    public static string[] Header(NationalViewTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [Text("Board_ViewColumn_" + table.View), Text("Common_TCo2e"), Text("Board_KgPerPerson")];
    }

    private static string SheetName(NationalViewTable table) => Text("Board_View_" + table.View);

    /// <summary>e.g. <c>national_Sector_City_2024_th.xlsx</c>: ASCII, so every browser and mail client keeps it.</summary>
    private static string FileName(NationalViewTable table, string extension)
    {
        var years = table.FromYear == table.ToYear
            ? table.FromYear.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{table.FromYear}-{table.ToYear}");
        return $"national_{table.View}_{table.Kind}_{years}_{ReportEdge.LanguageOf(CultureInfo.CurrentUICulture).Code()}.{extension}";
    }

    private static string Text(string key) => Resources.Texts.Instance[key].Value;
}
