namespace LowCarbonCity.PdfLayout.Tests;

/// <summary>
/// Where a line must not break although UAX #14 or the Thai dictionary would allow it: inside a unit ("kg/kWh",
/// "kg/m³") and inside "อยู่กับที่", which the dictionary splits into three words and left "ที่" alone at a line start.
/// </summary>
public class LineBreakExceptionTests
{
    [Theory]
    [InlineData("CH₄ (ฟอสซิล) 0.0000493\u00A0kg/kg")]
    [InlineData("CO₂e 0.4999\u00A0kg/kWh")]
    [InlineData("CO₂e 0.541\u00A0kg/m³")]
    public void LineBreakOpportunities_Unit_NoneAfterItsSlash(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);

        WordBreaker.Default.LineBreakOpportunities(text).Should().NotContain(slash + 1)
            .And.NotContain(b => b > text.LastIndexOf(' ') + 1 && b < text.Length, "the number and its unit are joined by a no-break space");
    }

    [Fact]
    public void LineBreakOpportunities_ThaiCategoriesAroundASlash_MayStillBreakThere()
    {
        const string text = "น้ำมันดีเซล (เครื่องกำเนิดไฟฟ้า/อยู่กับที่)";

        WordBreaker.Default.LineBreakOpportunities(text).Should().Contain(text.IndexOf('/', StringComparison.Ordinal) + 1, "only a Latin unit before the slash binds it");
    }

    [Fact]
    public void LineBreakOpportunities_Stationary_NoBreakInsideTheCompound()
    {
        const string text = "ก๊าซปิโตรเลียมเหลว (LPG) อยู่กับที่ ต่อกิโลกรัม";
        var start = text.IndexOf("อยู่กับที่", StringComparison.Ordinal);

        WordBreaker.Default.LineBreakOpportunities(text).Should().NotContain(b => b > start && b < start + "อยู่กับที่".Length);
    }

    [Theory]
    [InlineData("แนวทางการประเมินคาร์บอนฟุตพริ้นท์ ฉบับที่ 2 กันยายน พ.ศ. 2561")]
    [InlineData("ขอบเขตที่ 1 คือการปล่อยโดยตรง")]
    public void LineBreakOpportunities_Ordinal_NoBreakBeforeItsThi(string text)
    {
        var thi = text.IndexOf("ที่", StringComparison.Ordinal);

        WordBreaker.Default.LineBreakOpportunities(text).Should().NotContain(thi);
    }

    [Fact]
    public void Wrap_NarrowCell_KeepsUnitAndCompoundWhole()
    {
        var wrapper = new TextWrapper(PdfFonts.Shared, WordBreaker.Default);
        var style = TextStyle.Body.WithSize(8);

        var lines = wrapper.Wrap("CH₄ (ฟอสซิล) 0.0000493\u00A0kg/kg\nก๊าซปิโตรเลียมเหลว (LPG) อยู่กับที่", style, 70).Select(l => l.Text).ToList();

        lines.Should().Contain(l => l.EndsWith("0.0000493\u00A0kg/kg", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.EndsWith('/'));
        lines.Should().NotContain("ที่");
        lines.Should().Contain(l => l.Contains("อยู่กับที่", StringComparison.Ordinal));
    }
}
