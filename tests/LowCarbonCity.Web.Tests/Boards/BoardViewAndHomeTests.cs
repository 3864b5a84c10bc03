using System.Net;
using System.Text;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Boards;

/// <summary>
/// The national board's views, kind switch and downloads, the province board's states and each role's home, over
/// HTTP in Thai. Every complete CFO inventory (AppFactory.CompleteCfoLines, TGO CFO April 2022, AR5) is worked by
/// hand: grid 120,000 kWh x 0.4999 = 59,988 kg (scope 2, electricity); on-road diesel 5,000 L x (2.6987 CO2 +
/// 0.000142 x 30 CH4 + 0.000142 x 265 N2O) = 13,702.95 kg (scope 1, mobile combustion); 73,690.95 kg in all.
/// 2014 counts Laem Chabang (Chon Buri, East; submitted, 100,000 people), Pattaya (Chon Buri; approved, 50,000
/// people) and Chiang Mai (North; verified, 100,000 people): 3 x 73,690.95 = 221,072.85 kg for 250,000 people.
/// Khon Kaen's 2014 draft counts nowhere. 2013 counts Chiang Mai (submitted, no population that year).
/// Chon Buri Town has an officer and no inventory (not started); Chaophraya Surasak has no officer (no account) and
/// only a 2013 draft. Chiang Mai's 2014 GPC inventory holds the diesel line alone, placed in on-road transport (II).
/// </summary>
public sealed class BoardViewAndHomeTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const int Year = 2014;
    private Guid _laemChabang;
    private Guid _pattaya;
    private Guid _surasakDraft;

    public async Task InitializeAsync()
    {
        // xUnit makes an instance per test over the class's one database: the data are arranged by the first.
        if (await IdOfAsync("LCB-CM", Year) is { } arranged)
        {
            _laemChabang = arranged;
            _pattaya = (await IdOfAsync("PTY", Year))!.Value;
            _surasakDraft = (await IdOfAsync("CPS-CM", Year - 1))!.Value;
            return;
        }

        _laemChabang = await app.CalculatedInventoryAsync("LCB-CM", Year, InventoryStatus.Submitted);
        _pattaya = await app.CalculatedInventoryAsync("PTY", Year, InventoryStatus.Approved);
        await app.IssueStatementAsync(_pattaya); // what TGO verifies: a verifier's statement to certify
        await app.CalculatedInventoryAsync("CMI-CM", Year, InventoryStatus.Verified);
        await app.CalculatedInventoryAsync("KKN-CM", Year, InventoryStatus.Draft);
        await app.CalculatedInventoryAsync("CMI-CM", Year - 1, InventoryStatus.Submitted);
        _surasakDraft = await app.CalculatedInventoryAsync("CPS-CM", Year - 1, InventoryStatus.Draft);
        await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        await app.CreateUserAsync(Roles.MunicipalOfficer, "PTY");
        await app.CreateUserAsync(Roles.MunicipalOfficer, "CBI-TM");
        await app.WithDbAsync(async db =>
        {
            foreach (var (code, population) in new[] { ("LCB-CM", 100_000), ("PTY", 50_000), ("CMI-CM", 100_000) })
            {
                var organisation = await db.Organisations.Include(o => o.YearContexts).SingleAsync(o => o.Code == code);
                organisation.SetYearContext(Year, population, null);
            }

            return await db.SaveChangesAsync();
        });

        await app.CalculatedCityInventoryAsync("CMI-CM", Year, InventoryStatus.Submitted);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Guid?> IdOfAsync(string code, int year) => app.WithDbAsync(db => db.Inventories
        .Where(i => i.Organisation!.Code == code && i.Year == year && i.Kind == InventoryKind.Organisation)
        .Select(i => (Guid?)i.Id).FirstOrDefaultAsync());

    [Fact]
    public async Task NationalViews_EachViewInThai_HandWorkedTonnesAndKgPerPersonChartAboveTable()
    {
        var tgo = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));

        var province = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Province", UriKind.Relative));
        var region = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Region", UriKind.Relative));
        var sector = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Sector", UriKind.Relative));
        var scope = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Scope", UriKind.Relative));
        var years = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Year", UriKind.Relative));

        // Chon Buri: 2 x 73,690.95 = 147,381.9 kg for 150,000 people = 0.98 kg each; Chiang Mai 73,690.95 kg / 100,000 = 0.74.
        Rows(province).Should().Equal(("20", "ชลบุรี", "147.382", "0.98"), ("50", "เชียงใหม่", "73.691", "0.74"));
        Rows(region).Should().Equal(("East", "ภาคตะวันออก", "147.382", "0.98"), ("North", "ภาคเหนือ", "73.691", "0.74"));
        // Sectors share the nation's 250,000 people: 179,964 kg / 250,000 = 0.72; 41,108.85 / 250,000 = 0.16.
        Rows(sector).Should().Equal(("Electricity", "ไฟฟ้า", "179.964", "0.72"), ("MobileCombustion", "การเผาไหม้เคลื่อนที่", "41.109", "0.16"));
        Rows(scope).Should().Equal(("Scope1", "ขอบเขตที่ 1", "41.109", "0.16"), ("Scope2", "ขอบเขตที่ 2", "179.964", "0.72"));
        // 2013 has no population for Chiang Mai: no per-person figure, never a partial one.
        Rows(years).Should().Equal(("2013", "พ.ศ. 2556", "73.691", "–"), ("2014", "พ.ศ. 2557", "221.073", "0.88"));
        Cell(sector, "board-view-total").Should().Be("221.073");
        Cell(sector, "board-view-per-person").Should().Be("0.88", "221,072.85 kg / 250,000 people");
        Cell(years, "board-view-total").Should().Be("294.764", "2013 and 2014 together");
        Cell(years, "board-view-per-person").Should().Be("–");
        foreach (var html in new[] { province, region, sector, scope, years })
        {
            html.IndexOf("id=\"board-chart\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("id=\"board-view\"", StringComparison.Ordinal), "the chart comes first");
            html.Should().Contain("ภาพรวมประเทศ").And.Contain("/Reports/Rollup?year=2557");
            html.Should().NotContainAny(">Electricity<", ">MobileCombustion<", ">Scope1<", ">East<", ">Organisation<", ">City<", "Chon Buri");
        }

        sector.Should().Contain("data-view=\"Sector\"").And.Contain("aria-current=\"page\" data-view=\"Sector\"");
        province.Should().Contain("href=\"/Boards/National?year=2014&amp;view=Sector&amp;kind=Organisation&amp;sort=Total\"");
    }

    [Fact]
    public async Task NationalKindSwitch_Gpc_ShowsOnlyTheCityInventoryByGpcSector()
    {
        var tgo = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));

        var gpc = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Sector&kind=City", UriKind.Relative));

        // The city inventory's diesel only: 13,702.95 kg in GPC sector II for Chiang Mai's 100,000 people = 0.14 kg each.
        Rows(gpc).Should().Equal(("II", "II การขนส่ง", "13.703", "0.14"));
        gpc.Should().Contain("aria-current=\"page\" data-kind=\"City\"").And.Contain("เมือง (GPC)");
    }

    [Fact]
    public async Task NationalDownloads_SameFilterAsTheScreen_WorkbookAndCsvHoldTheViewsRows()
    {
        var tgo = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));
        var page = await tgo.GetStringAsync(new Uri($"/Boards/National?year={Year}&view=Sector&kind=Organisation", UriKind.Relative));
        var excelUrl = WebUtility.HtmlDecode(Attribute(page, "board-download-excel", "href"));
        var csvUrl = WebUtility.HtmlDecode(Attribute(page, "board-download-csv", "href"));

        var excel = await tgo.GetAsync(new Uri(excelUrl, UriKind.Relative));
        var csv = await tgo.GetAsync(new Uri(csvUrl, UriKind.Relative));

        excelUrl.Should().Be("/Boards/National?year=2014&view=Sector&kind=Organisation&handler=Excel");
        excel.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        sheet.Name.Should().Be("รายภาคส่วน");
        sheet.Cell(1, 1).GetString().Should().Be("ภาคส่วน");
        sheet.Cell(2, 1).GetString().Should().Be("ไฟฟ้า");
        sheet.Cell(2, 2).GetValue<decimal>().Should().Be(179.964m);
        sheet.Cell(2, 3).GetValue<decimal>().Should().Be(0.72m, "179,964 kg / 250,000 people = 0.719856, three decimals");
        sheet.Cell(3, 1).GetString().Should().Be("การเผาไหม้เคลื่อนที่");
        sheet.Cell(3, 2).GetValue<decimal>().Should().Be(41.10885m);
        sheet.Cell(3, 3).GetValue<decimal>().Should().Be(0.164m);
        sheet.Cell(4, 2).GetValue<decimal>().Should().Be(221.07285m);
        sheet.Cell(4, 3).GetValue<decimal>().Should().Be(0.884m);
        sheet.Cell(5, 1).IsEmpty().Should().BeTrue();

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = WorkbookTests.ParseCsv(Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        rows.Should().HaveCount(4);
        // Numbers are compared as numbers: PostgreSQL's numeric(28,6) keeps trailing zeros that SQLite drops.
        rows[1].Select((f, i) => i == 0 ? f : Number(f)).Should().Equal("ไฟฟ้า", "179.964", "0.72");
        rows[2].Select((f, i) => i == 0 ? f : Number(f)).Should().Equal("การเผาไหม้เคลื่อนที่", "41.10885", "0.164");
        rows[3].Select((f, i) => i == 0 ? f : Number(f)).Should().Equal("รวม", "221.07285", "0.884");
    }

    [Fact]
    public async Task NationalDownloads_ProvincialOfficer_IsForbidden()
    {
        var provincial = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));

        var response = await provincial.GetAsync(new Uri($"/Boards/National?handler=Csv&year={Year}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
    }

    [Fact]
    public async Task ProvinceBoard_EveryLao_StatusNotStartedOrNoAccount()
    {
        var provincial = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20")));

        var html = await provincial.GetStringAsync(new Uri($"/Boards/Province?year={Year}", UriKind.Relative));

        State(html, "LCB-CM").Should().Be(("Submitted", "ส่งแล้ว"));
        State(html, "PTY").Should().Be(("Approved", "อนุมัติแล้ว"));
        State(html, "CBI-TM").Should().Be(("NotStarted", "ยังไม่เริ่ม"));
        State(html, "CPS-CM").Should().Be(("NoAccount", "ยังไม่มีผู้ใช้งาน"), "nobody can enter its data; its draft is of another year");
        html.Should().Contain("<h1>ภาพรวมจังหวัด: ชลบุรี</h1>").And.Contain("/Reports/Rollup?year=2557");
    }

    [Fact]
    public async Task Home_ProvincialOfficer_ReviewsAndNeverSubmitsMunicipalDrafts()
    {
        var provincial = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20")));

        var html = await provincial.GetStringAsync(new Uri("/Inventories", UriKind.Relative));

        html.Should().Contain($"/Inventories/Detail/{_surasakDraft}", "the province's draft is listed");
        html.Should().NotContain("/Inventories/Submit", "submitting is the municipality's act");
        html.Should().NotContain("บัญชีก๊าซเรือนกระจกของฉัน");
        html.Should().Contain($"/Inventories/Review/{_laemChabang}").And.Contain("href=\"/Boards/Province\"").And.NotContain("href=\"/Boards/National\"");
    }

    [Fact]
    public async Task Home_TgoAnalyst_PointsToVerifyAndTheNationalBoard()
    {
        var tgo = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));

        var html = await tgo.GetStringAsync(new Uri("/Inventories", UriKind.Relative));

        html.Should().Contain($"/Inventories/Review/{_pattaya}#verify-form").And.Contain("ทวนสอบ");
        html.Should().Contain("id=\"home-national-board\" href=\"/Boards/National\"").And.Contain("href=\"/Reports/Rollup\"");
        html.Should().NotContain("/Inventories/Submit");
    }

    /// <summary>The view table's rows: key, name, tonnes and kg per person as shown.</summary>
    private static List<(string Key, string Label, string Tonnes, string PerPerson)> Rows(string html)
    {
        var table = html[html.IndexOf("id=\"board-view\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</tbody>", StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Matches(table, "<tr data-key=\"([^\"]*)\"><td>([^<]*)</td><td class=\"num total\">([^<]*)</td><td class=\"num per-person\">([^<]*)</td></tr>")
            .Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[3].Value), WebUtility.HtmlDecode(m.Groups[4].Value))).ToList();
    }

    /// <summary>A CSV number read back and written without trailing zeros.</summary>
    private static string Number(string field) =>
        decimal.Parse(field, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);

    private static string Cell(string html, string id) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, $"id=\"{id}\">([^<]*)<").Groups[1].Value);

    private static string Attribute(string html, string id, string attribute)
    {
        var tag = System.Text.RegularExpressions.Regex.Match(html, $"<a [^>]*id=\"{id}\"[^>]*>").Value;
        return System.Text.RegularExpressions.Regex.Match(tag, $"{attribute}=\"([^\"]*)\"").Groups[1].Value;
    }

    private static (string State, string Text) State(string html, string code)
    {
        var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr data-organisation=\"{code}\" data-state=\"([^\"]*)\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        var status = System.Text.RegularExpressions.Regex.Match(row.Groups[2].Value, "<td class=\"status\">([^<]*)</td>").Groups[1].Value;
        return (row.Groups[1].Value, WebUtility.HtmlDecode(status));
    }
}
