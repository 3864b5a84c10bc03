
namespace LowCarbonCity.PdfLayout.Tests;

public class WordBreakerTests
{
    private const string Sentence = "เทศบาลนครเชียงใหม่มีเป้าหมายลดการปล่อยก๊าซเรือนกระจก";

    private static string[] Words(string text, IReadOnlyList<int> boundaries) =>
        boundaries.Zip(boundaries.Skip(1), (a, b) => text[a..b]).ToArray();

    [Fact]
    public void Default_OnThisMachine_UsesIcuFoundAtRunTime()
    {
        WordBreaker.Default.UsesIcu.Should().BeTrue("ICU ships with the .NET runtime's Linux images");
        WordBreaker.Default.IcuLibrary.Should().MatchRegex(@"libicuuc\.so\.\d+");
    }

    [Fact]
    public void WordBoundaries_ThaiSentence_SplitsIntoDictionaryWords()
    {
        var boundaries = WordBreaker.Default.WordBoundaries(Sentence);

        Words(Sentence, boundaries).Should().Equal(
            "เทศบาล", "นคร", "เชียงใหม่", "มี", "เป้า", "หมาย", "ลด", "การ", "ปล่อย", "ก๊าซ", "เรือน", "กระจก");
    }

    [Fact]
    public void LineBreakOpportunities_ThaiSentence_AreWordBoundaries()
    {
        var words = WordBreaker.Default.WordBoundaries(Sentence);

        WordBreaker.Default.LineBreakOpportunities(Sentence).Should().OnlyContain(b => words.Contains(b));
    }

    [Fact]
    public void WordBoundaries_MixedThaiAndEnglish_SeparatesSpacesAndWords()
    {
        const string text = "ปล่อย 12.5 tCO₂e ต่อปี";

        var words = Words(text, WordBreaker.Default.WordBoundaries(text));

        words.Should().ContainInOrder("ปล่อย", " ", "12.5", " ").And.Contain("ต่อ").And.Contain("ปี");
    }

    [Fact]
    public void SpacesOnly_WithoutIcu_BreaksAfterSpaces()
    {
        const string text = "ภาค พลังงาน total";

        WordBreaker.SpacesOnly.UsesIcu.Should().BeFalse();
        WordBreaker.SpacesOnly.LineBreakOpportunities(text).Should().Equal(0, 4, 12, 17);
        Words(text, WordBreaker.SpacesOnly.WordBoundaries(text)).Should().Equal("ภาค", " ", "พลังงาน", " ", "total");
    }

    [Fact]
    public void GraphemeBoundaries_ToneMarks_StayWithTheirConsonant()
    {
        const string text = "ปี่ก๊าซ";

        Words(text, WordBreaker.GraphemeBoundaries(text)).Should().Equal("ปี่", "ก๊", "า", "ซ");
    }

    [Fact]
    public void WordBoundaries_EmptyText_IsJustZero()
    {
        WordBreaker.Default.WordBoundaries(string.Empty).Should().Equal(0);
    }
}
