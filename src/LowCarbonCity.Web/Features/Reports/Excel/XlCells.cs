using ClosedXML.Excel;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// Cell helpers shared by the workbook writers: numbers go in as numbers (rounded at the edge, with a number
/// format), text as text (never parsed into a number, date or formula), widths set explicitly (AdjustToContents
/// needs GDI+, docs/dependencies.md section 2).
/// </summary>
internal static class XlCells
{
    public const string TonneFormat = Shared.DisplayRounding.TonneFormat;
    public const string KgFormat = "#,##0.00";
    public const string QuantityFormat = "#,##0.###";

    /// <summary>What a whole quantity is shown with: <see cref="QuantityFormat"/> would print "412,000." (Excel keeps the point).</summary>
    public const string WholeQuantityFormat = "#,##0";
    public const string FactorFormat = "0.0#########";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    public static IXLCell Text(this IXLCell cell, string? text)
    {
        cell.SetValue(text ?? string.Empty);
        return cell;
    }

    public static IXLCell Number(this IXLCell cell, decimal? value, int decimals, string format)
    {
        if (value is { } v)
        {
            var rounded = ReportEdge.Round(v, decimals);
            cell.SetValue(rounded);
            cell.Style.NumberFormat.Format = format == QuantityFormat && rounded == decimal.Truncate(rounded) ? WholeQuantityFormat : format;
        }

        return cell;
    }

    public static IXLCell Integer(this IXLCell cell, int value)
    {
        cell.SetValue(value);
        return cell;
    }

    /// <summary>A date and time in Thailand's time (UTC+7, no daylight saving), as every report prints it; headers name the zone.</summary>
    public static IXLCell ThaiTime(this IXLCell cell, DateTimeOffset at)
    {
        cell.SetValue(at.ToOffset(Pdf.PdfReportFormat.ThailandOffset).DateTime);
        cell.Style.NumberFormat.Format = DateTimeFormat;
        return cell;
    }

    /// <summary>A bold header row with a fill, frozen above the data.</summary>
    public static void Header(this IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            var cell = sheet.Cell(row, i + 1).Text(titles[i]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
            cell.Style.Alignment.WrapText = true;
        }
    }

    public static void Widths(this IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }

    /// <summary>Saves with formula results cached, so readers that do not calculate see the values too.</summary>
    public static byte[] ToBytes(this XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        return stream.ToArray();
    }
}
