using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>One line of a <see cref="LineChart"/>: a value per category (null: no point, the line breaks there).</summary>
public sealed record LineSeries(string Name, IReadOnlyList<double?> Values, SKColor? Color = null, bool Dashed = false);

/// <summary>
/// Lines over shared categories (years), with a value axis from zero (or the lowest value, if negative) to the highest
/// value, the axis' end values printed as given, and the series legend below. Values only place points.
/// </summary>
public sealed record LineChart(string? Title, IReadOnlyList<string> Categories, IReadOnlyList<LineSeries> Series)
{
    /// <summary>Total height in points, title and legend included.</summary>
    public float Height { get; init; } = 220;

    public TextStyle LabelStyle { get; init; } = TextStyle.Body.WithSize(8);

    /// <summary>The text printed at the top of the value axis (the caller rounds it); none when null.</summary>
    public string? MaxText { get; init; }
}
