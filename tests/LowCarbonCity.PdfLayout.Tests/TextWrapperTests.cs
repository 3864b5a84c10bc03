using UglyToad.PdfPig;

namespace LowCarbonCity.PdfLayout.Tests;

public class TextWrapperTests
{
    private const string LongThai =
        "เทศบาลนครเชียงใหม่มีเป้าหมายลดการปล่อยก๊าซเรือนกระจกลงร้อยละยี่สิบภายในปีพุทธศักราชสองพันห้าร้อยเจ็ดสิบสาม" +
        "โดยส่งเสริมการใช้พลังงานหมุนเวียนและการจัดการขยะอย่างยั่งยืนในชุมชน";

    private static readonly TextWrapper Wrapper = new(PdfFonts.Shared, WordBreaker.Default);

    [Theory]
    [InlineData(90f)]
    [InlineData(140f)]
    [InlineData(230f)]
    public void Wrap_LongThaiInNarrowColumn_BreaksOnlyAtWordBoundariesAndFits(float width)
    {
        var lines = Wrapper.Wrap(LongThai, TextStyle.Body, width);

        lines.Should().HaveCountGreaterThan(2);
        var words = WordBreaker.Default.WordBoundaries(LongThai);
        lines.Skip(1).Select(l => l.Start).Should().OnlyContain(start => words.Contains(start), "every break is an ICU word boundary");
        lines.Should().OnlyContain(l => l.Width <= width);
        lines.Select(l => ShapedText.Measure(PdfFonts.Shared, l.Text, TextStyle.Body)).Should().OnlyContain(w => w <= width);
        string.Concat(lines.Select(l => l.Text)).Should().Be(LongThai, "Thai has no spaces: nothing is lost or added");
    }

    [Fact]
    public void Wrap_English_BreaksAtSpacesAndDropsThem()
    {
        const string text = "Emissions by scope for the reporting year, in tonnes of carbon dioxide equivalent";

        var lines = Wrapper.Wrap(text, TextStyle.Body, 120);

        lines.Should().HaveCountGreaterThan(1);
        lines.Should().OnlyContain(l => l.Width <= 120 && !l.Text.EndsWith(' ') && !l.Text.StartsWith(' '));
        string.Join(" ", lines.Select(l => l.Text)).Should().Be(text);
    }

    [Fact]
    public void Wrap_WordWiderThanLine_SplitsAtGraphemes()
    {
        const string text = "ปี่ปี่ปี่ปี่ปี่ปี่ปี่ปี่ปี่ปี่ปี่ปี่";

        var lines = Wrapper.Wrap(text, TextStyle.Body, 20);

        lines.Should().HaveCountGreaterThan(1).And.OnlyContain(l => l.Width <= 20);
        var graphemes = WordBreaker.GraphemeBoundaries(text);
        lines.Select(l => l.Start).Should().OnlyContain(s => graphemes.Contains(s), "a mark never leaves its consonant");
        string.Concat(lines.Select(l => l.Text)).Should().Be(text);
    }

    [Fact]
    public void Wrap_NoBreakSpace_KeepsNumberWithItsUnit()
    {
        const string text = "รายงานประจำปี พ.ศ.\u00A02567 รวม 12.5\u00A0tCO₂e";
        PdfFonts.Shared.Regular.ContainsGlyphs("\u00A0").Should().BeTrue();

        foreach (var width in new[] { 60f, 80f, 100f, 120f })
        {
            var lines = Wrapper.Wrap(text, TextStyle.Body, width).Select(l => l.Text).ToList();

            lines.Should().Contain(l => l.Contains("พ.ศ.\u00A02567", StringComparison.Ordinal), $"width {width}");
            lines.Should().Contain(l => l.Contains("12.5\u00A0tCO₂e", StringComparison.Ordinal), $"width {width}");
        }
    }

    [Fact]
    public void Wrap_Newline_ForcesALineBreak()
    {
        var lines = Wrapper.Wrap("บรรทัดแรก\nบรรทัดที่สอง", TextStyle.Body, 400);

        lines.Select(l => l.Text).Should().Equal("บรรทัดแรก", "บรรทัดที่สอง");
    }

    [Fact]
    public void Wrap_WithoutIcu_StillFitsTheColumn()
    {
        var lines = new TextWrapper(PdfFonts.Shared, WordBreaker.SpacesOnly).Wrap(LongThai, TextStyle.Body, 140);

        lines.Should().OnlyContain(l => l.Width <= 140);
        string.Concat(lines.Select(l => l.Text)).Should().Be(LongThai);
    }

    [Fact]
    public void Paragraph_InPdf_LinesAreTheWrappedLines()
    {
        var options = PdfTestSupport.Options() with { Margins = new PageMargins(56, 60, 595.28f - 56 - 160, 60) };
        using var builder = new PdfDocumentBuilder(options);
        builder.Paragraph(LongThai);

        var bytes = PdfTestSupport.Save(builder, "thai-wrapping.pdf");

        using var pdf = PdfDocument.Open(bytes);
        var extracted = PdfTestSupport.PageText(pdf.GetPage(1)).Split('\n').Where(l => !l.StartsWith("Page ", StringComparison.Ordinal));
        var expected = Wrapper.Wrap(LongThai, TextStyle.Body, builder.ContentWidth).Select(l => l.Text);
        extracted.Should().Equal(expected);
        var page = pdf.GetPage(1);
        var columnRight = builder.ContentLeft + builder.ContentWidth;
        page.Letters.Where(l => l.PointSize > 9).Should().OnlyContain(
            l => l.EndBaseLine.X <= columnRight + 0.01 && l.StartBaseLine.X >= builder.ContentLeft - 0.01,
            "no glyph advance leaves the 160 pt column (ink may overhang a little, as ใ's curl does)");
    }
}
