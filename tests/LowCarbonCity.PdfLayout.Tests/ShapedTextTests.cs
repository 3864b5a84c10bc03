
namespace LowCarbonCity.PdfLayout.Tests;

public class ShapedTextTests
{
    private const string Thai = "ปี่ฝั่งก๊าซน้ำ";

    [Theory]
    [InlineData("GHG ")]
    [InlineData("tCO₂e 2567 ")]
    public void Shape_ThaiAfterLatin_GetsTheSameGlyphsAsThaiAlone(string latinPrefix)
    {
        using var alone = ShapedText.Shape(PdfFonts.Shared, Thai, TextStyle.Body);
        using var mixed = ShapedText.Shape(PdfFonts.Shared, latinPrefix + Thai, TextStyle.Body);

        mixed.Glyphs.TakeLast(alone.Glyphs.Count).Should().Equal(alone.Glyphs, "Thai is shaped as Thai wherever the line starts");
    }

    [Fact]
    public void Shape_BoldAndRegular_UseTheirOwnFaces()
    {
        using var regular = ShapedText.Shape(PdfFonts.Shared, "ก๊าซ tCO₂e", TextStyle.Body);
        using var bold = ShapedText.Shape(PdfFonts.Shared, "ก๊าซ tCO₂e", TextStyle.Body.AsBold());

        bold.Width.Should().BeGreaterThan(regular.Width);
        regular.Glyphs.Should().NotContain(0, "no .notdef (tofu) glyphs");
        bold.Glyphs.Should().NotContain(0);
    }

    [Fact]
    public void Measure_EqualsShapedWidth()
    {
        const string text = "รายงาน GHG inventory ปี 2567";
        using var shaped = ShapedText.Shape(PdfFonts.Shared, text, TextStyle.Heading2);

        ShapedText.Measure(PdfFonts.Shared, text, TextStyle.Heading2).Should().BeApproximately(shaped.Width, 0.001f);
    }

    [Fact]
    public void ScriptRuns_MixedLine_SplitsAtScriptChangesOnly()
    {
        const string text = "ปี 2567: GHG 12.5 tCO₂e ต่อปี";

        var runs = ShapedText.ScriptRuns(text).Select(r => text.Substring(r.Start, r.Length));

        runs.Should().Equal("ปี 2567: ", "GHG 12.5 tCO₂e ", "ต่อปี");
    }
}
