using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// Writes one worksheet part with <see cref="OpenXmlWriter"/> (SAX: nothing but the current cell in memory): a
/// frozen header row, explicit column widths, then rows of inline strings and numbers, then an optional auto-filter.
/// Numbers are numbers (rounded at the edge, invariant culture, the tonne format); text is an inline string, never
/// parsed. Style indexes come from <see cref="XlPackage.Styles"/>.
/// </summary>
internal sealed class SheetStreamWriter : IDisposable
{
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly InlineString InlineStringElement = new();
    private readonly OpenXmlWriter _writer;
    private readonly int _columns;
    private int _row;

    /// <param name="output">Where the sheet's XML goes.</param>
    /// <param name="widths">Column widths in characters.</param>
    /// <param name="header">The header row's titles.</param>
    /// <param name="hidden">1-based columns kept for programs (codes, keys) and hidden from readers.</param>
    public SheetStreamWriter(Stream output, double[] widths, string[] header, IReadOnlySet<int>? hidden = null)
    {
        _writer = OpenXmlWriter.Create(output, Encoding.UTF8);
        _columns = header.Length;
        _writer.WriteStartDocument();
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        var cols = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true, Hidden = hidden?.Contains(i + 1) == true ? true : null });
        }

        _writer.WriteElement(cols);
        _writer.WriteStartElement(new SheetData());
        BeginRow();
        for (var i = 0; i < header.Length; i++)
        {
            Text(i + 1, header[i], XlPackage.HeaderStyle);
        }

        EndRow();
    }

    /// <summary>Rows written so far, the header included.</summary>
    public int Rows => _row;

    public void BeginRow()
    {
        _row++;
        _writer.WriteStartElement(RowElement, [new OpenXmlAttribute("r", string.Empty, _row.ToString(CultureInfo.InvariantCulture))]);
    }

    public void EndRow() => _writer.WriteEndElement();

    public void Text(int column, string? text, uint style = 0)
    {
        var attributes = new List<OpenXmlAttribute>(3) { Reference(column), new("t", string.Empty, "inlineStr") };
        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        _writer.WriteStartElement(CellElement, attributes);
        _writer.WriteStartElement(InlineStringElement);
        _writer.WriteElement(new Text(XmlSafe(text ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve });
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    public void Integer(int column, int value) => Value(column, value.ToString(CultureInfo.InvariantCulture), 0);

    public void Long(int column, long value) => Value(column, value.ToString(CultureInfo.InvariantCulture), 0);

    /// <summary>A figure already in its unit (kg per person, t per km²), kept to <see cref="ReportEdge.TonneDecimals"/> decimals, shown as tonnes are.</summary>
    public void Decimal(int column, decimal? value)
    {
        if (value is { } v)
        {
            Value(column, ReportEdge.Round(v, ReportEdge.TonneDecimals).ToString("0.############", CultureInfo.InvariantCulture), XlPackage.TonneStyle);
        }
    }

    /// <summary>Tonnes from kilograms, rounded to <see cref="ReportEdge.TonneDecimals"/>; null leaves the cell empty.</summary>
    public void Tonnes(int column, decimal? kg)
    {
        if (kg is { } v)
        {
            Value(column, ReportEdge.Round(v / 1000m, ReportEdge.TonneDecimals).ToString("0.############", CultureInfo.InvariantCulture), XlPackage.TonneStyle);
        }
    }

    /// <summary>Closes the sheet data, adds the auto-filter over the used range if asked, and ends the part.</summary>
    public void Finish(bool autoFilter)
    {
        _writer.WriteEndElement();
        if (autoFilter && _row > 1)
        {
            _writer.WriteElement(new AutoFilter { Reference = FilterRange });
        }

        _writer.WriteEndElement();
        _writer.Close();
    }

    /// <summary>The used range, e.g. <c>A1:S17</c>.</summary>
    public string FilterRange => "A1:" + ColumnName(_columns) + _row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    public void Dispose() => _writer.Dispose();

    private void Value(int column, string value, uint style)
    {
        var attributes = new List<OpenXmlAttribute>(2) { Reference(column) };
        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        _writer.WriteStartElement(CellElement, attributes);
        _writer.WriteElement(new CellValue(value));
        _writer.WriteEndElement();
    }

    private OpenXmlAttribute Reference(int column) => new("r", string.Empty, ColumnName(column) + _row.ToString(CultureInfo.InvariantCulture));

    /// <summary>Drops characters XML cannot carry (control characters, lone surrogates) instead of failing the download.</summary>
    private static string XmlSafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(text[i]) && !(i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])))
            {
                return Clean(text);
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        return text;

        static string Clean(string s)
        {
            var b = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                if (XmlConvert.IsXmlChar(s[i]))
                {
                    b.Append(s[i]);
                }
                else if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]))
                {
                    b.Append(s[i]).Append(s[i + 1]);
                    i++;
                }
            }

            return b.ToString();
        }
    }
}
