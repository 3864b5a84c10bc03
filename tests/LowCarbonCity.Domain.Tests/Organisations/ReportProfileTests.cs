using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Domain.Tests.Organisations;

/// <summary>The report profile's rules: the period a year covers, signatories with name and position, logos by their bytes.</summary>
public sealed class ReportProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PeriodDates_FiscalYear2025_RunsFromOctober2024ToSeptember2025()
    {
        // Thai fiscal year 2568 BE is named by its end: 1 October 2567 BE (2024) to 30 September 2568 BE (2025).
        PeriodDates.Of(ReportingPeriod.FiscalYear, 2025).Should().Be(new PeriodDates(new DateOnly(2024, 10, 1), new DateOnly(2025, 9, 30)));
        PeriodDates.Of(ReportingPeriod.CalendarYear, 2025).Should().Be(new PeriodDates(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Update_TrimsTextsAndKeepsSignatoriesInOrder()
    {
        var profile = new ReportProfile(7, Now);

        profile.Update(ReportingPeriod.FiscalYear, "  สมศรี ใจดี ", "นักวิชาการสิ่งแวดล้อม", null, " ", [new("นายก", "นายกเทศมนตรี"), new("ปลัด", "ปลัดเทศบาล")], Now);

        profile.PreparerName.Should().Be("สมศรี ใจดี");
        profile.ContactEmail.Should().BeNull();
        profile.Signatories.Should().Equal(new Signatory("นายก", "นายกเทศมนตรี"), new Signatory("ปลัด", "ปลัดเทศบาล"));
    }

    [Fact]
    public void Update_SignatoryWithoutPosition_RefusedNamingTheSignatory()
    {
        var profile = new ReportProfile(7, Now);

        var act = () => profile.Update(ReportingPeriod.CalendarYear, null, null, null, null, [new("นายก", "นายกเทศมนตรี"), new("ปลัด", " ")], Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Signatory2");
        profile.Signatories.Should().BeEmpty("nothing is half-saved");
    }

    [Fact]
    public void Update_FourSignatories_Refused()
    {
        var four = Enumerable.Range(1, 4).Select(i => new Signatory($"n{i}", $"p{i}")).ToList();

        var act = () => new ReportProfile(7, Now).Update(ReportingPeriod.CalendarYear, null, null, null, null, four, Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("signatories.count");
    }

    [Fact]
    public void SetLogo_PngAndJpegByTheirBytes_AnythingElseRefused()
    {
        var profile = new ReportProfile(7, Now);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0];

        profile.SetLogo(png, Now);
        profile.LogoContentType.Should().Be("image/png");
        profile.SetLogo(jpeg, Now);
        profile.LogoContentType.Should().Be("image/jpeg");

        var html = () => profile.SetLogo("<html>"u8.ToArray(), Now);
        html.Should().Throw<DomainRuleException>().Which.Code.Should().Be("logo.type");
        var large = () => profile.SetLogo([.. png, .. new byte[ReportProfile.MaxLogoBytes]], Now);
        large.Should().Throw<DomainRuleException>().Which.Code.Should().Be("logo.size");

        profile.SetLogo(null, Now);
        profile.Logo.Should().BeNull();
        profile.LogoContentType.Should().BeNull();
    }
}
