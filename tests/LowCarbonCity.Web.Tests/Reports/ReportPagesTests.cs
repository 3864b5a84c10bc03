using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>The roll-up and template pages in both languages (texts from the Reports resources, Buddhist Era years in Thai).</summary>
public sealed class ReportPagesTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task RollupPage_InThaiAndEnglish_HeadersYearsAndNamesInTheLanguage()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var english = await app.ClientForAsync(tgo);
        var thai = AppFactory.InThai(await app.ClientForAsync(tgo));

        var en = await english.GetStringAsync(new Uri("/Reports/Rollup?year=2025", UriKind.Relative));
        var th = await thai.GetStringAsync(new Uri("/Reports/Rollup?year=2025", UriKind.Relative));

        en.Should().Contain("<h1>Roll-up</h1>").And.Contain("Chiang Mai").And.Contain("Total (t CO2e)").And.Contain("id=\"rollup\"");
        th.Should().Contain("<h1>สรุปรวม</h1>").And.Contain("พ.ศ. 2568").And.Contain("เชียงใหม่").And.Contain("รวม (t CO2e)");
        th.Should().NotContain("Reports_", "every key exists");
    }

    [Fact]
    public async Task RollupPage_NothingVisible_SaysSo()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));

        var html = await client.GetStringAsync(new Uri("/Reports/Rollup", UriKind.Relative));

        html.Should().Contain("id=\"rollup-empty\"").And.Contain("No inventory to show.");
    }

    [Fact]
    public async Task TemplatePage_InThai_TextsFromResources()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var thai = AppFactory.InThai(await app.ClientForAsync(officer));

        var html = await thai.GetStringAsync(new Uri($"/Reports/Template/{DemoIds.Cfo2024}", UriKind.Relative));

        html.Should().Contain("แบบฟอร์ม Excel สำหรับกรอกข้อมูล").And.Contain("อัปโหลดแบบฟอร์มที่กรอกแล้ว").And.Contain("for=\"upload-file\"");
        html.Should().NotContain("Reports_");
    }
}
