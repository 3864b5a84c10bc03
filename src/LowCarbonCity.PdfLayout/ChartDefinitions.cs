using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>One bar or slice: a label, a value (≥ 0) and the text printed for it (already rounded by the caller).</summary>
public sealed record ChartItem(string Label, double Value, string? ValueText = null, SKColor? Color = null);

/// <summary>Bars grow to the right (<see cref="Horizontal"/>) or upwards (<see cref="Vertical"/>).</summary>
public enum BarOrientation
{
    Horizontal,
    Vertical,
}

/// <summary>A single-series bar chart.</summary>
public sealed record BarChart(string? Title, IReadOnlyList<ChartItem> Items)
{
    public BarOrientation Orientation { get; init; } = BarOrientation.Horizontal;

    /// <summary>Total height in points, title included.</summary>
    public float Height { get; init; } = 200;

    public TextStyle LabelStyle { get; init; } = TextStyle.Body.WithSize(9);

    public SKColor BarColor { get; init; } = ChartPalette.Colors[0];
}

/// <summary>A pie chart with a legend (colour, label, value text) to its right.</summary>
public sealed record PieChart(string? Title, IReadOnlyList<ChartItem> Items)
{
    /// <summary>Total height in points, title included.</summary>
    public float Height { get; init; } = 200;

    public TextStyle LabelStyle { get; init; } = TextStyle.Body.WithSize(9);
}

/// <summary>Default colours for chart items without their own.</summary>
public static class ChartPalette
{
    public static IReadOnlyList<SKColor> Colors { get; } =
    [
        new(0x2E, 0x7D, 0x32), new(0x15, 0x65, 0xC0), new(0xF9, 0xA8, 0x25), new(0xC6, 0x28, 0x28),
        new(0x6A, 0x1B, 0x9A), new(0x00, 0x83, 0x8F), new(0x8D, 0x6E, 0x63), new(0x75, 0x75, 0x75),
    ];

    public static SKColor For(ChartItem item, int index)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Color ?? Colors[index % Colors.Count];
    }
}

/// <summary>One bar of a stacked bar chart: a value per series (≥ 0) and the text printed after the bar.</summary>
public sealed record StackedBar(string Label, IReadOnlyList<double> Values, string? TotalText = null);

/// <summary>
/// Horizontal bars split into coloured segments, one per series (e.g. sectors split by scope), with a legend of the
/// series below the bars.
/// </summary>
public sealed record StackedBarChart(string? Title, IReadOnlyList<string> Series, IReadOnlyList<StackedBar> Bars)
{
    /// <summary>Total height in points, title and legend included.</summary>
    public float Height { get; init; } = 200;

    public TextStyle LabelStyle { get; init; } = TextStyle.Body.WithSize(9);

    /// <summary>Colours by series index; <see cref="ChartPalette.Colors"/> when null.</summary>
    public IReadOnlyList<SkiaSharp.SKColor>? SeriesColors { get; init; }
}
