using System.Net;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>The roll-up, inventory report and template pages in both languages (texts from the Reports resources, Buddhist Era years in Thai).</summary>
public sealed class ReportPagesTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task RollupPage_InThaiAndEnglish_HeadersYearsAndNamesInTheLanguage()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var english = await app.ClientForAsync(tgo);
        var thai = AppFactory.InThai(await app.ClientForAsync(tgo));

        // 2024: the demo's approved inventory (its 2025 ones are drafts, counted nowhere); Thai types the Buddhist Era.
        var en = await english.GetStringAsync(new Uri("/Reports/Rollup?year=2024", UriKind.Relative));
        var th = await thai.GetStringAsync(new Uri("/Reports/Rollup?year=2567", UriKind.Relative));

        en.Should().Contain("<h1>Roll-up</h1>").And.Contain("Chiang Mai").And.Contain("Total (t CO2e)").And.Contain("id=\"rollup\"").And.Contain("Totals by year");
        th.Should().Contain("<h1>สรุปรวม</h1>").And.Contain("พ.ศ. 2567").And.Contain("เชียงใหม่").And.Contain("รวม (t CO₂e)").And.Contain("ยอดรวมรายปี");
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
    public async Task InventoryPage_InThaiAndEnglish_HeadingsCoverTotalsAndDownloadsInTheLanguage()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var english = await app.ClientForAsync(officer);
        var thai = AppFactory.InThai(await app.ClientForAsync(officer));
        var page = new Uri($"/Reports/Inventory/{DemoIds.Cfo2024}", UriKind.Relative);

        var en = await english.GetStringAsync(page);
        var th = await thai.GetStringAsync(page);

        // Scope 2 of the 2024 demo year is its grid electricity: offices 2,704,000 kWh + street lighting 4,723,000 kWh
        // = 7,427,000 kWh × 0.4999 kg CO2e/kWh (TGO CFO 2022-04) = 3,712,757.3 kg = 3,712.757 t CO2e (three decimals).
        en.Should().Contain("<h1>Inventory report</h1>").And.Contain("Chiang Mai").And.Contain("2024").And.Contain("Organisation (CFO)")
            .And.Contain("Approved").And.Contain("Emission-factor edition").And.Contain("TGO-CFO-2022-04").And.Contain(">Totals</h2>")
            .And.Contain("<th scope=\"row\">Scope 1</th>").And.Contain("<th scope=\"row\">Scope 2</th><td class=\"num\">3,712.757</td>")
            .And.Contain("<th scope=\"row\">Memo items (outside the totals)</th>")
            .And.Contain(">PDF (English)</a>").And.Contain("Back to the inventory");
        en.Should().NotContain("พ.ศ.").And.NotContain("BASIC", "BASIC totals are for City inventories");
        th.Should().Contain("<h1>รายงานบัญชีก๊าซเรือนกระจก</h1>").And.Contain("เทศบาลนครเชียงใหม่").And.Contain("พ.ศ. 2567").And.Contain("องค์กร (CFO)")
            .And.Contain("อนุมัติแล้ว").And.Contain("ชุดค่าการปล่อย").And.Contain(">ผลรวมการปล่อย</h2>").And.Contain("<th scope=\"row\">ขอบเขตที่ 1</th>")
            .And.Contain("<th scope=\"row\">ขอบเขตที่ 2</th><td class=\"num\">3,712.757</td>")
            .And.Contain("<th scope=\"row\">รายการบันทึก (ไม่รวมในผลรวม)</th>").And.Contain(">PDF (ภาษาอังกฤษ)</a>");
        foreach (var html in new[] { en, th })
        {
            html.Should().NotContain("Reports_", "every key exists");
            foreach (var handler in new[] { "Pdf", "Excel", "Csv" })
            {
                foreach (var lang in new[] { "th", "en" })
                {
                    html.Should().MatchRegex($"href=\"/Reports/Inventory/{DemoIds.Cfo2024}\\?(handler={handler}&amp;lang={lang}|lang={lang}&amp;handler={handler})\"");
                }
            }
        }
    }

    [Fact]
    public async Task InventoryPage_CityInventory_ShowsBasicBasicPlusAndTerritorialRows()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var thai = AppFactory.InThai(await app.ClientForAsync(tgo));

        var th = WebUtility.HtmlDecode(await thai.GetStringAsync(new Uri($"/Reports/Inventory/{DemoIds.City2025}", UriKind.Relative)));

        th.Should().Contain("<th scope=\"row\">BASIC</th>").And.Contain("<th scope=\"row\">BASIC+</th>")
            .And.Contain("<th scope=\"row\">ภายในขอบเขตพื้นที่ (ขอบเขตที่ 1)</th>").And.Contain("พ.ศ. 2568").And.Contain("เมือง");
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
