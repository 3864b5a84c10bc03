using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>A column width: a fixed number of points, or a share of what the fixed columns leave.</summary>
public readonly record struct ColumnWidth(float Value, bool IsFixed)
{
    public static ColumnWidth Fixed(float points) => new(points, true);

    public static ColumnWidth Proportional(float weight) => new(weight, false);
}

/// <summary>A table column: header text, width and alignment (right for numbers).</summary>
public sealed record TableColumn(string Header, ColumnWidth Width, TextAlignment Alignment = TextAlignment.Left);

/// <summary>One body row; <paramref name="Emphasis"/> prints it bold on a tinted background (e.g. a total).</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Emphasis = false);

/// <summary>How a table looks. The header row is repeated at the top of every page the table spans.</summary>
public sealed record TableDefinition
{
    public TableDefinition(IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        Columns = columns;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public TextStyle HeaderStyle { get; init; } = TextStyle.Body.WithSize(9).AsBold();

    public TextStyle CellStyle { get; init; } = TextStyle.Body.WithSize(9);

    public SKColor HeaderBackground { get; init; } = new(0xE8, 0xF0, 0xE8);

    public SKColor EmphasisBackground { get; init; } = new(0xF3, 0xF3, 0xF3);

    public SKColor RuleColor { get; init; } = new(0xBB, 0xBB, 0xBB);

    /// <summary>Horizontal padding inside a cell, in points.</summary>
    public float CellPaddingX { get; init; } = 4;

    /// <summary>Vertical padding inside a cell, in points.</summary>
    public float CellPaddingY { get; init; } = 1.5f;

    /// <summary>Column widths in points for a table <paramref name="totalWidth"/> wide.</summary>
    public IReadOnlyList<float> ResolveWidths(float totalWidth)
    {
        var fixedSum = Columns.Where(c => c.Width.IsFixed).Sum(c => c.Width.Value);
        var weightSum = Columns.Where(c => !c.Width.IsFixed).Sum(c => c.Width.Value);
        var rest = totalWidth - fixedSum;
        if (rest < -0.01f || (weightSum > 0 && rest <= 0))
        {
            throw new ArgumentException("The fixed column widths do not fit the page.");
        }

        return Columns.Select(c => c.Width.IsFixed ? c.Width.Value : weightSum > 0 ? rest * c.Width.Value / weightSum : 0).ToList();
    }
}
