using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace LowCarbonCity.Web.Features.EmissionFactors;

/// <summary>
/// Turns an uploaded factor list into the CSV text of <see cref="Domain.Factors.FactorEditionCsv"/>: a .csv file as
/// UTF-8 text, or the first worksheet of an .xlsx workbook (same header in row 1; numbers read invariantly), so
/// both go through the same validation with the same row and column numbers.
/// </summary>
public static class FactorListFile
{
    public const int MaxBytes = 1_000_000;

    /// <summary>Rows read from a workbook at most (a factor list has a few hundred).</summary>
    public const int MaxRows = 10_000;

    public static readonly IReadOnlyList<string> CsvContentTypes = ["text/csv", "text/plain", "application/vnd.ms-excel", "application/csv"];

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Whether the file name and content type are a CSV or an xlsx list.</summary>
    public static bool IsAccepted(string fileName, string contentType)
    {
        var extension = Path.GetExtension(fileName);
        var type = contentType.Split(';')[0].Trim();
        return (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) && CsvContentTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            || (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) && (type.Equals(XlsxContentType, StringComparison.OrdinalIgnoreCase) || type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The list as CSV text; null when an .xlsx file is not a readable workbook.</summary>
    public static string? ToCsv(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
#pragma warning disable CA1031 // Any failure to open means "not a workbook"; the user is told so.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var used = sheet.RangeUsed();
            if (used is null)
            {
                return string.Empty;
            }

            var csv = new StringBuilder();
            var lastColumn = used.LastColumn().ColumnNumber();
            var lastRow = Math.Min(used.LastRow().RowNumber(), MaxRows);
            for (var row = 1; row <= lastRow; row++)
            {
                var fields = Enumerable.Range(1, lastColumn).Select(c => Field(sheet.Cell(row, c)));
                csv.Append(string.Join(',', fields)).Append('\n');
            }

            return csv.ToString();
        }
    }

    private static string Field(IXLCell cell)
    {
        var text = cell.DataType == XLDataType.Number && cell.TryGetValue<decimal>(out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : cell.GetFormattedString().Trim();
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
