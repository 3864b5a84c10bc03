using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

public sealed partial class PdfDocumentBuilder
{
    private static readonly SKColor AxisColor = new(0x66, 0x66, 0x66);

    /// <summary>A single-series bar chart, kept whole on one page. Bar lengths are proportional to the values.</summary>
    public void BarChart(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ValidateItems(chart.Items);
        EnsureSpace(chart.Height);
        var start = _cursorY;
        var top = ChartTitle(chart.Title);
        var bottom = Math.Min(start + chart.Height, ContentBottom);
        if (chart.Orientation == BarOrientation.Horizontal)
        {
            HorizontalBars(chart, top, bottom);
        }
        else
        {
            VerticalBars(chart, top, bottom);
        }

        _cursorY = bottom + (TextStyle.Body.Size * 0.8f);
    }

    /// <summary>A pie chart with its legend to the right, kept whole on one page. Slices start at 12 o'clock, clockwise.</summary>
    public void PieChart(PieChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ValidateItems(chart.Items);
        EnsureSpace(chart.Height);
        var start = _cursorY;
        var top = ChartTitle(chart.Title);
        var bottom = Math.Min(start + chart.Height, ContentBottom);
        var diameter = Math.Min(bottom - top, ContentWidth * 0.45f);
        var circle = SKRect.Create(ContentLeft, top, diameter, diameter);
        var total = chart.Items.Sum(i => i.Value);
        var slices = new List<(float Start, float Sweep, SKColor Color)>();
        var angle = -90f;
        for (var i = 0; i < chart.Items.Count; i++)
        {
            var sweep = total > 0 ? (float)(chart.Items[i].Value / total * 360) : 0;
            slices.Add((angle, sweep, ChartPalette.For(chart.Items[i], i)));
            angle += sweep;
        }

        CurrentPage.Add(canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
            using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColors.White, StrokeWidth = 1 };
            foreach (var (from, sweep, color) in slices.Where(s => s.Sweep > 0))
            {
                paint.Color = color;
                using var path = new SKPath();
                if (sweep >= 359.99f)
                {
                    path.AddOval(circle);
                }
                else
                {
                    path.MoveTo(circle.MidX, circle.MidY);
                    path.ArcTo(circle, from, sweep, false);
                    path.Close();
                }

                canvas.DrawPath(path, paint);
                canvas.DrawPath(path, edge);
            }
        });

        var legendLeft = ContentLeft + diameter + 20;
        var legendWidth = ContentLeft + ContentWidth - legendLeft;
        Legend(chart.Items, chart.LabelStyle, legendLeft, legendWidth, top, bottom);
        _cursorY = bottom + (TextStyle.Body.Size * 0.8f);
    }

    /// <summary>
    /// Horizontal stacked bars, kept whole on one page: segment lengths are proportional to the values, on one scale
    /// for all bars; the series legend runs below the bars.
    /// </summary>
    public void StackedBarChart(StackedBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Series.Count == 0)
        {
            throw new ArgumentException("A stacked bar chart needs at least one series.", nameof(chart));
        }

        foreach (var bar in chart.Bars)
        {
            if (bar.Values.Count != chart.Series.Count)
            {
                throw new ArgumentException($"Bar '{bar.Label}' has {bar.Values.Count} values; the chart has {chart.Series.Count} series.", nameof(chart));
            }

            ValidateItems(bar.Values.Select(v => new ChartItem(bar.Label, v)).ToList());
        }

        var style = chart.LabelStyle;
        var colors = chart.SeriesColors is { Count: > 0 } c ? c : ChartPalette.Colors;
        EnsureSpace(chart.Height);
        var start = _cursorY;
        var top = ChartTitle(chart.Title);
        var bottom = Math.Min(start + chart.Height, ContentBottom);
        var legend = chart.Series.Select((name, i) => (Label: name, Color: colors[i % colors.Count])).ToList();
        var legendHeight = MeasureLegendRows(legend, style);
        var plotBottom = bottom - legendHeight - 6;

        var n = Math.Max(1, chart.Bars.Count);
        var band = (plotBottom - top) / n;
        var labelWidth = Math.Min(
            ContentWidth * 0.35f,
            chart.Bars.Select(b => ShapedText.Measure(_fonts, b.Label, style)).DefaultIfEmpty(0).Max() + 6);
        var totalWidth = chart.Bars.Select(b => ShapedText.Measure(_fonts, b.TotalText ?? string.Empty, style)).DefaultIfEmpty(0).Max() + 6;
        var plotLeft = ContentLeft + labelWidth + 4;
        var plotWidth = Math.Max(10, ContentLeft + ContentWidth - totalWidth - plotLeft);
        var max = chart.Bars.Select(b => b.Values.Sum()).DefaultIfEmpty(0).Max();
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var bandTop = top + (i * band);
            var labelLines = Wrapper.Wrap(bar.Label, style, labelWidth - 6);
            DrawLines(labelLines, style, ContentLeft, labelWidth - 6, bandTop + ((band - (labelLines.Count * style.LineHeight)) / 2), TextAlignment.Right);
            var barHeight = band * 0.65f;
            var y = bandTop + ((band - barHeight) / 2);
            var x = plotLeft;
            for (var s = 0; s < bar.Values.Count; s++)
            {
                var length = max > 0 ? (float)(bar.Values[s] / max) * plotWidth : 0;
                var segment = SKRect.Create(x, y, length, barHeight);
                var color = colors[s % colors.Count];
                if (length > 0)
                {
                    CurrentPage.Add(canvas => Fill(canvas, segment, color));
                }

                x += length;
            }

            if (bar.TotalText is { Length: > 0 } totalText)
            {
                AddLine(totalText, style, x + 4, totalWidth, bandTop + ((band - style.LineHeight) / 2), TextAlignment.Left);
            }
        }

        var axisX = plotLeft;
        CurrentPage.Add(canvas => Line(canvas, axisX, top, axisX, plotBottom, AxisColor, 0.8f));
        DrawLegendRows(legend, style, plotBottom + 6);
        _cursorY = bottom + (TextStyle.Body.Size * 0.8f);
    }

    private static void ValidateItems(IReadOnlyList<ChartItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(i => i.Value < 0 || double.IsNaN(i.Value) || double.IsInfinity(i.Value)))
        {
            throw new ArgumentException("Chart values must be finite and not negative.", nameof(items));
        }
    }

    /// <summary>Draws the title (if any) at the cursor and returns the top of the plot area.</summary>
    private float ChartTitle(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return _cursorY;
        }

        var style = TextStyle.Heading3.WithSize(11);
        var lines = Wrapper.Wrap(title, style, ContentWidth);
        DrawLines(lines, style, ContentLeft, ContentWidth, _cursorY, TextAlignment.Left);
        return _cursorY + (lines.Count * style.LineHeight) + 4;
    }

    private void HorizontalBars(BarChart chart, float top, float bottom)
    {
        var style = chart.LabelStyle;
        var n = Math.Max(1, chart.Items.Count);
        var band = (bottom - top) / n;
        var labelWidth = Math.Min(
            ContentWidth * 0.35f,
            chart.Items.Select(i => ShapedText.Measure(_fonts, i.Label, style)).DefaultIfEmpty(0).Max() + 6);
        var valueWidth = chart.Items.Select(i => ShapedText.Measure(_fonts, i.ValueText ?? string.Empty, style)).DefaultIfEmpty(0).Max() + 6;
        var plotLeft = ContentLeft + labelWidth + 4;
        var plotWidth = Math.Max(10, ContentLeft + ContentWidth - valueWidth - plotLeft);
        var max = chart.Items.Select(i => i.Value).DefaultIfEmpty(0).Max();
        for (var i = 0; i < chart.Items.Count; i++)
        {
            var item = chart.Items[i];
            var bandTop = top + (i * band);
            var labelLines = Wrapper.Wrap(item.Label, style, labelWidth - 6);
            var labelTop = bandTop + ((band - (labelLines.Count * style.LineHeight)) / 2);
            DrawLines(labelLines, style, ContentLeft, labelWidth - 6, labelTop, TextAlignment.Right);

            var length = max > 0 ? (float)(item.Value / max) * plotWidth : 0;
            var barHeight = band * 0.65f;
            var bar = SKRect.Create(plotLeft, bandTop + ((band - barHeight) / 2), length, barHeight);
            var color = item.Color ?? chart.BarColor;
            CurrentPage.Add(canvas => Fill(canvas, bar, color));
            if (item.ValueText is { Length: > 0 } valueText)
            {
                AddLine(valueText, style, bar.Right + 4, valueWidth, bandTop + ((band - style.LineHeight) / 2), TextAlignment.Left);
            }
        }

        var axisX = plotLeft;
        CurrentPage.Add(canvas => Line(canvas, axisX, top, axisX, bottom, AxisColor, 0.8f));
    }

    private void VerticalBars(BarChart chart, float top, float bottom)
    {
        var style = chart.LabelStyle;
        var n = Math.Max(1, chart.Items.Count);
        var band = ContentWidth / n;
        var labels = chart.Items.Select(i => Wrapper.Wrap(i.Label, style, Math.Max(1, band - 4))).ToList();
        var labelHeight = (labels.Select(l => l.Count).DefaultIfEmpty(1).Max() * style.LineHeight) + 2;
        var valueHeight = style.LineHeight;
        var axisY = bottom - labelHeight;
        var plotTop = top + valueHeight;
        var plotHeight = Math.Max(10, axisY - plotTop);
        var max = chart.Items.Select(i => i.Value).DefaultIfEmpty(0).Max();
        for (var i = 0; i < chart.Items.Count; i++)
        {
            var item = chart.Items[i];
            var bandLeft = ContentLeft + (i * band);
            var barWidth = Math.Min(band * 0.6f, 60);
            var height = max > 0 ? (float)(item.Value / max) * plotHeight : 0;
            var bar = new SKRect(bandLeft + ((band - barWidth) / 2), axisY - height, bandLeft + ((band + barWidth) / 2), axisY);
            var color = item.Color ?? chart.BarColor;
            CurrentPage.Add(canvas => Fill(canvas, bar, color));
            if (item.ValueText is { Length: > 0 } valueText)
            {
                AddLine(valueText, style, bandLeft, band, bar.Top - valueHeight, TextAlignment.Center);
            }

            DrawLines(labels[i], style, bandLeft + 2, band - 4, axisY + 2, TextAlignment.Center);
        }

        var left = ContentLeft;
        var right = ContentLeft + ContentWidth;
        CurrentPage.Add(canvas => Line(canvas, left, axisY, right, axisY, AxisColor, 0.8f));
    }

    private void Legend(IReadOnlyList<ChartItem> items, TextStyle style, float left, float width, float top, float bottom)
    {
        var swatch = style.Size;
        var textLeft = left + swatch + 6;
        var textWidth = Math.Max(10, width - swatch - 6);
        var y = top;
        for (var i = 0; i < items.Count && y < bottom; i++)
        {
            var item = items[i];
            var text = item.ValueText is { Length: > 0 } v ? $"{item.Label}  {v}" : item.Label;
            var lines = Wrapper.Wrap(text, style, textWidth);
            var box = SKRect.Create(left, y + ((style.LineHeight - swatch) / 2), swatch, swatch);
            var color = ChartPalette.For(item, i);
            CurrentPage.Add(canvas => Fill(canvas, box, color));
            DrawLines(lines, style, textLeft, textWidth, y, TextAlignment.Left);
            y += (lines.Count * style.LineHeight) + 3;
        }
    }

    /// <summary>Height of a legend laid out in rows across the content width.</summary>
    private float MeasureLegendRows(List<(string Label, SKColor Color)> items, TextStyle style) =>
        items.Count == 0 ? 0 : (LegendRowPositions(items, style).Max(p => p.Row) + 1) * style.LineHeight;

    private void DrawLegendRows(List<(string Label, SKColor Color)> items, TextStyle style, float top)
    {
        var swatch = style.Size;
        foreach (var (x, row, index, width) in LegendRowPositions(items, style))
        {
            var y = top + (row * style.LineHeight);
            var box = SKRect.Create(x, y + ((style.LineHeight - swatch) / 2), swatch, swatch);
            var color = items[index].Color;
            CurrentPage.Add(canvas => Fill(canvas, box, color));
            AddLine(items[index].Label, style, x + swatch + 4, width, y, TextAlignment.Left);
        }
    }

    private IEnumerable<(float X, int Row, int Index, float TextWidth)> LegendRowPositions(List<(string Label, SKColor Color)> items, TextStyle style)
    {
        var swatch = style.Size;
        var x = ContentLeft;
        var row = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var textWidth = Math.Min(ShapedText.Measure(_fonts, items[i].Label, style), ContentWidth - swatch - 4);
            var itemWidth = swatch + 4 + textWidth;
            if (x > ContentLeft && x + itemWidth > ContentLeft + ContentWidth)
            {
                row++;
                x = ContentLeft;
            }

            yield return (x, row, i, textWidth);
            x += itemWidth + 16;
        }
    }
}
