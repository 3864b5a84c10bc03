using UglyToad.PdfPig;

namespace LowCarbonCity.PdfLayout.Tests;

public class ChartTests
{
    [Fact]
    public void Charts_BarsAndPie_DrawShapesAndThaiLabelsExtract()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        builder.BarChart(new BarChart("การปล่อยตามภาค", SampleDocument.Sectors));
        builder.BarChart(new BarChart("แนวโน้มรายปี", SampleDocument.Years) { Orientation = BarOrientation.Vertical });
        builder.PieChart(new PieChart("สัดส่วนตามภาค", SampleDocument.Sectors));

        var bytes = PdfTestSupport.Save(builder, "charts.pdf");

        using var pdf = PdfDocument.Open(bytes);
        var text = PdfTestSupport.NormalizeWhitespace(string.Concat(pdf.GetPages().Select(PdfTestSupport.PageText)));
        text.Should().Contain("การปล่อยตามภาค").And.Contain("แนวโน้มรายปี").And.Contain("สัดส่วนตามภาค");
        foreach (var item in SampleDocument.Sectors.Concat(SampleDocument.Years))
        {
            text.Should().Contain(item.Label);
            text.Should().Contain(item.ValueText);
        }

        // 5 + 4 bars, 5 slices, 5 legend swatches, plus axes.
        var filled = pdf.GetPages().SelectMany(p => p.Paths).Count(p => p.IsFilled);
        filled.Should().BeGreaterThanOrEqualTo(19);
    }

    [Fact]
    public void BarChart_HorizontalBars_LengthsProportionalToValues()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options() with { Footer = null });
        ChartItem[] items = [new("หนึ่ง", 10), new("สอง", 20), new("สี่", 40)];
        builder.BarChart(new BarChart(null, items));

        using var pdf = PdfDocument.Open(builder.ToArray());
        var bars = pdf.GetPage(1).Paths.Where(p => p.IsFilled)
            .Select(p => p.GetBoundingRectangle()!.Value).OrderBy(r => r.Width).ToList();

        bars.Should().HaveCount(3);
        bars[1].Width.Should().BeApproximately(2 * bars[0].Width, 0.5);
        bars[2].Width.Should().BeApproximately(4 * bars[0].Width, 0.5);
    }

    [Fact]
    public void StackedBarChart_Segments_ProportionalOnOneScaleWithLegend()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options() with { Footer = null });
        builder.StackedBarChart(new StackedBarChart("การปล่อยตามภาคและขอบเขต", SampleDocument.Scopes,
        [
            new StackedBar("พลังงาน", [10, 20, 0], "30"),
            new StackedBar("ของเสีย", [5, 0, 10], "15"),
        ]));

        using var pdf = PdfDocument.Open(PdfTestSupport.Save(builder, "stacked-bar.pdf"));
        var page = pdf.GetPage(1);
        var text = PdfTestSupport.NormalizeWhitespace(PdfTestSupport.PageText(page));
        text.Should().Contain("การปล่อยตามภาคและขอบเขต").And.Contain("พลังงาน").And.Contain("ของเสีย");
        foreach (var scope in SampleDocument.Scopes)
        {
            text.Should().Contain(scope, "the legend names every series");
        }

        var rects = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()!.Value).ToList();
        var segments = rects.Where(r => r.Height > 20).ToList(); // legend swatches are 9 pt squares
        var widths = segments.Select(r => Math.Round(r.Width, 1)).OrderBy(w => w).ToList();
        // Segments 5, 10, 10, 20 on one scale (zeros draw nothing); legend swatches are small squares.
        widths.Should().HaveCount(4);
        widths[1].Should().BeApproximately(2 * widths[0], 0.3);
        widths[3].Should().BeApproximately(4 * widths[0], 0.3);
        rects.Count.Should().Be(4 + 3, "four segments and three legend swatches");
    }

    [Fact]
    public void StackedBarChart_WrongNumberOfValues_IsRefused()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());

        var act = () => builder.StackedBarChart(new StackedBarChart(null, ["a", "b"], [new StackedBar("x", [1])]));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void BarChart_NegativeValue_IsRefused()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());

        var act = () => builder.BarChart(new BarChart("x", [new ChartItem("removals", -5)]));

        act.Should().Throw<ArgumentException>();
    }
}
