using System.Globalization;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Pages;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>Years, numbers and service messages as the pages show them, in each language.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData(UiCultures.ThaiName, 2024, "พ.ศ. 2567")]
    [InlineData(UiCultures.ThaiName, 2030, "พ.ศ. 2573")]
    [InlineData(UiCultures.EnglishName, 2024, "2024")]
    public void Year_IsBuddhistEraInThai(string culture, int year, string expected) =>
        In(culture, () => Display.Year(year)).Should().Be(expected);

    [Fact]
    public void ThaiCulture_KeepsTheGregorianCalendarSoFormsBindTheCommonEra()
    {
        UiCultures.Thai.DateTimeFormat.Calendar.Should().BeOfType<GregorianCalendar>();
        DateOnly.Parse("2024-10-01", UiCultures.Thai).Year.Should().Be(2024);
    }

    [Fact]
    public void DateTime_InThai_ShowsTheBuddhistEraYearInBangkokTime()
    {
        var utc = new DateTimeOffset(2024, 12, 31, 18, 30, 0, TimeSpan.Zero);

        In(UiCultures.ThaiName, () => Display.DateTime(utc)).Should().Be("1 ม.ค. 2568 01:30");
        In(UiCultures.EnglishName, () => Display.DateTime(utc)).Should().Be("1 Jan 2025 01:30");
    }

    [Theory]
    [InlineData(UiCultures.ThaiName, "1234567.891", "1,234,567.891")]
    [InlineData(UiCultures.EnglishName, "0.0005", "0.001")]
    [InlineData(UiCultures.EnglishName, "-12.3456", "-12.346")]
    public void Tonnes_ShowThreeDecimalsWithTheCulturesGrouping(string culture, string value, string expected) =>
        In(culture, () => Display.Tonnes(decimal.Parse(value, CultureInfo.InvariantCulture))).Should().Be(expected);

    [Fact]
    public void ServiceMessage_WithValues_IsTranslatedThroughItsTemplate()
    {
        var (template, values) = ServiceMessages.Template("Year 2200 is outside 1990-2100.");
        template.Should().Be("Year {0} is outside {1}-{2}.");
        values.Should().Equal("2200", "1990", "2100");

        In(UiCultures.ThaiName, () => ServiceMessages.Translate("Year 2200 is outside 1990-2100.")).Should().Be("ปี พ.ศ. 2743 อยู่นอกช่วง พ.ศ. 2533-พ.ศ. 2643", "a year in a Thai message is in the Buddhist Era (+543)");
        In(UiCultures.ThaiName, () => ServiceMessages.Translate("Unknown GWP set 'AR9'.")).Should().Be("ไม่รู้จักชุดค่า GWP 'AR9'");
        In(UiCultures.EnglishName, () => ServiceMessages.Translate("Unknown GWP set 'AR9'.")).Should().Be("Unknown GWP set 'AR9'.");
        In(UiCultures.ThaiName, () => ServiceMessages.Translate("A message nobody translated.")).Should().Be("A message nobody translated.");
    }

    private static string In(string culture, Func<string> show)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var c = UiCultures.FromTag(culture)!;
        CultureInfo.CurrentCulture = c;
        CultureInfo.CurrentUICulture = c;
        try
        {
            return show();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
