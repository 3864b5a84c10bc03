using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

public sealed partial class PdfDocumentBuilder
{
    /// <summary>A line chart kept whole on one page: category labels under the axis, legend below (see <see cref="PdfLayout.LineChart"/>).</summary>
    public void LineChart(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Series.Any(s => s.Values.Count != chart.Categories.Count))
        {
            throw new ArgumentException("Every series needs one value (or null) per category.", nameof(chart));
        }

        if (chart.Series.SelectMany(s => s.Values).Any(v => v is { } d && (double.IsNaN(d) || double.IsInfinity(d))))
        {
            throw new ArgumentException("Chart values must be finite.", nameof(chart));
        }

        var style = chart.LabelStyle;
        EnsureSpace(chart.Height);
        var start = _cursorY;
        var top = ChartTitle(chart.Title);
        var bottom = Math.Min(start + chart.Height, ContentBottom);
        var legend = chart.Series.Select((s, i) => (Label: s.Name, Color: s.Color ?? ChartPalette.Colors[i % ChartPalette.Colors.Count])).ToList();
        var legendHeight = MeasureLegendRows(legend, style);
        var plotBottom = bottom - legendHeight - 6 - style.LineHeight;
        var axisWidth = chart.MaxText is { } maxText ? ShapedText.Measure(_fonts, maxText, style) + 6 : 0;
        var plotLeft = ContentLeft + axisWidth;
        var plotWidth = Math.Max(10, ContentWidth - axisWidth);
        var values = chart.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var max = values.DefaultIfEmpty(0).Max();
        var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var span = max > min ? max - min : 1;
        var n = chart.Categories.Count;
        float X(int i) => n <= 1 ? plotLeft + (plotWidth / 2) : plotLeft + (plotWidth * i / (n - 1));
        float Y(double v) => plotBottom - (float)((v - min) / span * (plotBottom - top));

        var axisTop = top;
        CurrentPage.Add(canvas =>
        {
            Line(canvas, plotLeft, axisTop, plotLeft, plotBottom, AxisColor, 0.8f);
            Line(canvas, plotLeft, plotBottom, plotLeft + plotWidth, plotBottom, AxisColor, 0.8f);
        });
        if (chart.MaxText is { Length: > 0 } text)
        {
            AddLine(text, style, ContentLeft, axisWidth - 4, top - (style.LineHeight / 2), TextAlignment.Right);
            AddLine("0", style, ContentLeft, axisWidth - 4, Y(0) - (style.LineHeight / 2), TextAlignment.Right);
        }

        // Category labels: as many as fit without overlapping, always the first and the last.
        var labelWidth = chart.Categories.Select(c => ShapedText.Measure(_fonts, c, style)).DefaultIfEmpty(0).Max() + 4;
        var step = n <= 1 ? 1 : Math.Max(1, (int)Math.Ceiling(labelWidth / (plotWidth / (n - 1))));
        for (var i = 0; i < n; i++)
        {
            if (i % step == 0 || i == n - 1)
            {
                AddLine(chart.Categories[i], style, X(i) - (labelWidth / 2), labelWidth, plotBottom + 2, TextAlignment.Center);
            }
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = legend[s].Color;
            var points = series.Values.Select((v, i) => v is { } d ? new SKPoint(X(i), Y(d)) : (SKPoint?)null).ToList();
            var dashed = series.Dashed;
            CurrentPage.Add(canvas =>
            {
                using var paint = new SKPaint { Color = color, StrokeWidth = 1.6f, IsAntialias = true, Style = SKPaintStyle.Stroke };
                using var dash = dashed ? SKPathEffect.CreateDash([5, 3], 0) : null;
                paint.PathEffect = dash;
                using var dot = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
                for (var i = 0; i < points.Count; i++)
                {
                    if (points[i] is not { } p)
                    {
                        continue;
                    }

                    canvas.DrawCircle(p, 1.8f, dot);
                    if (i + 1 < points.Count && points[i + 1] is { } next)
                    {
                        canvas.DrawLine(p, next, paint);
                    }
                }
            });
        }

        DrawLegendRows(legend, style, plotBottom + style.LineHeight + 6);
        _cursorY = bottom + (TextStyle.Body.Size * 0.8f);
    }
}
