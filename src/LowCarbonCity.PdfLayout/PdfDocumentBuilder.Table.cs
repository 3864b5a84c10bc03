using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

public sealed partial class PdfDocumentBuilder
{
    /// <summary>A table of plain rows; see <see cref="Table(TableDefinition, IEnumerable{TableRow})"/>.</summary>
    public void Table(TableDefinition table, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Table(table, rows.Select(r => new TableRow(r)));
    }

    /// <summary>
    /// A table across the content width. Cells wrap within their column; a row never splits across pages; when a
    /// row does not fit, a new page starts and the header row is drawn again at its top.
    /// </summary>
    public void Table(TableDefinition table, IEnumerable<TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = table.ResolveWidths(ContentWidth);
        var header = LayoutRow(table, widths, table.Columns.Select(c => c.Header).ToList(), table.HeaderStyle);
        var first = true;
        foreach (var row in rows)
        {
            if (row.Cells.Count != table.Columns.Count)
            {
                throw new ArgumentException($"A row has {row.Cells.Count} cells; the table has {table.Columns.Count} columns.", nameof(rows));
            }

            var style = row.Emphasis ? table.CellStyle.AsBold() : table.CellStyle;
            var cells = LayoutRow(table, widths, row.Cells, style);
            if (first)
            {
                EnsureSpace(header.Height + cells.Height);
                DrawRow(table, widths, header, table.HeaderStyle, table.HeaderBackground, isHeader: true);
                first = false;
            }
            else if (cells.Height > RemainingHeight)
            {
                NewPage();
                DrawRow(table, widths, header, table.HeaderStyle, table.HeaderBackground, isHeader: true);
            }

            DrawRow(table, widths, cells, style, row.Emphasis ? table.EmphasisBackground : null, isHeader: false);
        }

        if (first)
        {
            EnsureSpace(header.Height);
            DrawRow(table, widths, header, table.HeaderStyle, table.HeaderBackground, isHeader: true);
        }

        _cursorY += TextStyle.Body.Size * 0.5f;
    }

    private RowLayout LayoutRow(TableDefinition table, IReadOnlyList<float> widths, IReadOnlyList<string> cells, TextStyle style)
    {
        var lines = new List<IReadOnlyList<WrappedLine>>(cells.Count);
        var maxLines = 1;
        for (var i = 0; i < cells.Count; i++)
        {
            var wrapped = Wrapper.Wrap(cells[i] ?? string.Empty, style, Math.Max(1, widths[i] - (2 * table.CellPaddingX)));
            lines.Add(wrapped);
            maxLines = Math.Max(maxLines, wrapped.Count);
        }

        return new RowLayout(lines, (maxLines * style.LineHeight) + (2 * table.CellPaddingY));
    }

    private void DrawRow(TableDefinition table, IReadOnlyList<float> widths, RowLayout row, TextStyle style, SKColor? background, bool isHeader)
    {
        var top = _cursorY;
        var left = ContentLeft;
        var right = ContentLeft + ContentWidth;
        var bottom = top + row.Height;
        if (background is { } fill)
        {
            CurrentPage.Add(canvas => Fill(canvas, new SKRect(left, top, right, bottom), fill));
        }

        var x = ContentLeft;
        for (var i = 0; i < widths.Count; i++)
        {
            // Headers of numeric columns line up with their numbers.
            var alignment = table.Columns[i].Alignment;
            DrawLines(row.Cells[i], style, x + table.CellPaddingX, widths[i] - (2 * table.CellPaddingX), top + table.CellPaddingY, alignment);
            x += widths[i];
        }

        var rule = table.RuleColor;
        var weight = isHeader ? 0.8f : 0.3f;
        CurrentPage.Add(canvas => Line(canvas, left, bottom, right, bottom, rule, weight));
        if (isHeader)
        {
            CurrentPage.Add(canvas => Line(canvas, left, top, right, top, rule, weight));
        }

        _cursorY = bottom;
    }

    private sealed record RowLayout(IReadOnlyList<IReadOnlyList<WrappedLine>> Cells, float Height);
}
