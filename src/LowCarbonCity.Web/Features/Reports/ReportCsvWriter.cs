using System.Globalization;
using System.Text;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// CSV of the inventory lines and of the roll-up: UTF-8 with a byte-order mark (so Excel shows Thai), RFC 4180
/// quoting, invariant numbers (a point, no grouping), rounded at the edge like the workbooks. Renders only.
/// A text field that a spreadsheet would read as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or carriage return) gets a leading single quote (OWASP CSV injection advice); numbers are never changed,
/// so a negative number stays a number.
/// </summary>
public static class ReportCsvWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static readonly string[] InventoryHeader =
    [
        "line_id", "part", "category", "category_name", "gpc_reference", "scope", "description", "quantity", "unit",
        "notation_key", "notation_explanation", "t_co2e", "memo_t_co2e", "custom_factor", "data_source", "data_quality",
    ];

    public static readonly string[] RollupHeader =
    [
        "year", "province_code", "province", "region", "organisation_code", "organisation", "organisation_type", "kind", "status",
        "factor_edition", "scope1_t_co2e", "scope2_t_co2e", "scope3_t_co2e", "total_t_co2e", "memo_t_co2e", "basic_t_co2e",
        "basic_plus_t_co2e", "territorial_t_co2e",
    ];

    /// <summary>The first characters that make a spreadsheet read a cell as a formula.</summary>
    public static readonly char[] FormulaTriggers = ['=', '+', '-', '@', '\t', '\r'];

    public static ReportFile Write(ReportModel model, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = ReportEdge.LanguageOf(culture);
        var rows = model.Lines.Select(line => new CsvField[]
        {
            line.LineId.ToString("D", CultureInfo.InvariantCulture), line.Part.ToString(), line.Category.ToString(), l.Pick(line.CategoryNameTh, line.CategoryNameEn),
            line.GpcReference, ((int)line.Scope).ToString(CultureInfo.InvariantCulture), line.Description, Number(line.Amount, ReportEdge.QuantityDecimals), line.UnitCode,
            line.NotationKey?.ToString(), line.NotationExplanation, Number(line.Co2eT, ReportEdge.TonneDecimals), Number(line.MemoCo2eT, ReportEdge.TonneDecimals),
            line.UsesCustomFactor ? "true" : "false", line.DataSource, line.DataQuality.ToString(),
        });
        return new ReportFile(ReportFileNames.Inventory(model.Cover, l, "csv"), ReportFile.CsvContentType, Encode(InventoryHeader, rows));
    }

    public static ReportFile Write(RollupModel model, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = ReportEdge.LanguageOf(culture);
        var rows = model.Rows.Select(r => new CsvField[]
        {
            r.Year.ToString(CultureInfo.InvariantCulture), r.ProvinceCode, l.Pick(r.ProvinceNameTh, r.ProvinceNameEn), r.Region.ToString(), r.OrganisationCode,
            l.Pick(r.OrganisationNameTh, r.OrganisationNameEn), r.OrganisationType.ToString(), r.Kind.ToString(), r.Status.ToString(), r.FactorEditionCode,
            Number(r.Scope1Kg / 1000m, ReportEdge.TonneDecimals), Number(r.Scope2Kg / 1000m, ReportEdge.TonneDecimals), Number(r.Scope3Kg / 1000m, ReportEdge.TonneDecimals),
            Number(r.TotalKg / 1000m, ReportEdge.TonneDecimals), Number(r.MemoKg / 1000m, ReportEdge.TonneDecimals), Number(r.BasicKg / 1000m, ReportEdge.TonneDecimals),
            Number(r.BasicPlusKg / 1000m, ReportEdge.TonneDecimals), Number(r.TerritorialKg / 1000m, ReportEdge.TonneDecimals),
        });
        return new ReportFile(ReportFileNames.Rollup(model.Filter, l, "csv"), ReportFile.CsvContentType, Encode(RollupHeader, rows));
    }

    /// <summary>Any small table (a board's view) with the reports' encoding, quoting and formula neutralising.</summary>
    internal static byte[] Table(string[] header, IEnumerable<CsvField[]> rows) => Encode(header, rows);

    /// <summary>A number field as the reports write it: rounded at the edge, invariant, never neutralised.</summary>
    internal static CsvField NumberField(decimal? value, int decimals) => Number(value, decimals);

    /// <summary>Neutralises a text cell a spreadsheet would evaluate: a leading single quote before a formula trigger.</summary>
    public static string? Neutralise(string? text) =>
        text is { Length: > 0 } && text.AsSpan(0, 1).IndexOfAny(FormulaTriggers) == 0 ? "'" + text : text;

    private static CsvField Number(decimal? value, int decimals) =>
        new(value is { } v ? ReportEdge.Round(v, decimals).ToString(CultureInfo.InvariantCulture) : null, IsText: false);

    private static byte[] Encode(string[] header, IEnumerable<CsvField[]> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, [.. header.Select(h => (CsvField)h)]);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static void AppendRow(StringBuilder text, CsvField[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = (fields[i].IsText ? Neutralise(fields[i].Value) : fields[i].Value) ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }
}

/// <summary>One CSV field: text (neutralised against formula injection) or a number written as is.</summary>
internal readonly record struct CsvField(string? Value, bool IsText = true)
{
    public static implicit operator CsvField(string? value) => FromString(value);

    public static CsvField FromString(string? value) => new(value);
}
