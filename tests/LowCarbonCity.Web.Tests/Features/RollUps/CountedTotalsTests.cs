using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Boards;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Features.RollUps;

/// <summary>
/// One year through every door gives the same totals: the API, the national and province boards, the roll-up page,
/// its workbook (read back with ClosedXML) and CSV, the inventory PDF's trend and the targets' actuals. Each
/// inventory has one grid-electricity line (x 0.4999 kg CO2e/kWh, scope 2, TGO CFO April 2022):
/// <list type="bullet">
/// <item>2021, Rayong (21): RYG-CM approved 100,000 kWh = 49,990 kg; MTP-TM submitted 20,000 kWh = 9,998 kg;
/// BCH-TM draft 1,000,000 kWh = 499,900 kg and NPR-SM returned 2,000 kWh = 999.8 kg (neither counts).</item>
/// <item>2021, Chon Buri (20): LCB-CM verified 10,000 kWh = 4,999 kg.</item>
/// <item>2022: only drafts, RYG-CM 300,000 kWh = 149,970 kg and LCB-CM 50,000 kWh = 24,995 kg; and a City draft of
/// RYG-CM for 2021: counted nowhere.</item>
/// </list>
/// So 2021 is 49,990 + 9,998 + 4,999 = 64,987 kg (64.987 t) nationally, Rayong 59,988 kg, Chon Buri 4,999 kg, of which one
/// inventory (MTP-TM) is submitted, not yet approved; 2022 is missing everywhere, never 174,965 kg and never zero tonnes shown as data.
/// </summary>
public sealed class CountedTotalsTests(CountedTotalsTests.Scenario app) : IClassFixture<CountedTotalsTests.Scenario>
{
    private const int Year = 2021;
    private const int DraftsOnly = 2022;

    [Fact]
    public async Task SameYear_ThroughEveryDoor_SameHandWorkedTotals()
    {
        await app.EnsureAsync();
        var api = await app.ApiClientAsync(Roles.TgoAnalyst);
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var provincial = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-21"));

        // The API, in kg.
        var report = await AppFactory.JsonAsync(await api.GetAsync(U($"/api/v1/rollups?year={Year}&groupBy=province")));
        report.GetProperty("total").GetProperty("value").GetDecimal().Should().Be(64_987m);
        var apiRows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("provinceCode").GetString()!, r => r.GetProperty("co2e").GetProperty("value").GetDecimal());
        apiRows.Should().BeEquivalentTo(new Dictionary<string, decimal> { ["21"] = 59_988m, ["20"] = 4_999m });
        report.GetProperty("countedStatuses").EnumerateArray().Select(s => s.GetString()).Should().Equal("Submitted", "Approved", "Verified");
        var rayong = report.GetProperty("completeness").EnumerateArray().Single(c => c.GetProperty("provinceCode").GetString() == "21");
        rayong.GetProperty("reportingOrganisations").GetInt32().Should().Be(2, "RYG-CM approved and MTP-TM submitted; the draft and the returned one are missing");

        // The boards, in tonnes with three decimals.
        var national = await tgo.GetStringAsync(U($"/Boards/National?year={Year}"));
        Cell(national, "id=\"board-total\">").Should().Be("64.987");
        Regex.Match(national, "data-province=\"21\">(?:(?!</tr>).)*class=\"num total\">([^<]*)<", RegexOptions.Singleline).Groups[1].Value.Should().Be("59.988");
        Cell(await provincial.GetStringAsync(U($"/Boards/Province?province=21&year={Year}")), "id=\"board-total\">").Should().Be("59.988");

        // The roll-up page: rows and the total by year, with the submitted one counted and labelled.
        var page = await tgo.GetStringAsync(U($"/Reports/Rollup?year={Year}&kind=Organisation"));
        var byYear = Regex.Match(page, $"data-year=\"{Year}\" data-kind=\"Organisation\">(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Cell(byYear, "class=\"num total\">").Should().Be("64.987");
        Cell(byYear, "class=\"num not-final\">").Should().Be("1");
        page.Should().Contain("Map Ta Phut Town Municipality").And.Contain("Submitted").And.NotContain("Ban Chang", "a draft is neither listed nor summed");
        page.Should().Contain("id=\"rollup-not-counted\"").And.Contain("Draft 1").And.Contain("Returned 1");

        // Its workbook, read back with ClosedXML.
        using (var workbook = new XLWorkbook(new MemoryStream(await tgo.GetByteArrayAsync(U($"/Reports/Rollup?handler=Excel&year={Year}&kind=Organisation&lang=en")))))
        {
            var inventories = workbook.Worksheet(1).RowsUsed().Skip(1).ToList();
            inventories.Select(r => r.Cell(6).GetString()).Should().BeEquivalentTo("RYG-CM", "MTP-TM", "LCB-CM");
            inventories.Single(r => r.Cell(6).GetString() == "MTP-TM").Cell(10).GetString().Should().Be("Submitted");
            var yearRow = workbook.Worksheet(5).RowsUsed().Skip(1).Single();
            yearRow.Cell(1).GetValue<int>().Should().Be(Year);
            yearRow.Cell(5).GetValue<int>().Should().Be(3);
            yearRow.Cell(9).GetDouble().Should().Be(64.987d);
            workbook.Worksheet(5).Cell(1, 14).GetString().Should().Be("Of which submitted, not yet approved");
            yearRow.Cell(14).GetValue<int>().Should().Be(1);
            var byProvince = workbook.Worksheet(2).RowsUsed().Skip(1).ToList();
            byProvince.Where(r => r.Cell(3).GetString().Length > 0).ToDictionary(r => r.Cell(3).GetString(), r => r.Cell(9).GetDouble())
                .Should().BeEquivalentTo(new Dictionary<string, double> { ["21"] = 59.988d, ["20"] = 4.999d });
            byProvince.Single(r => r.Cell(4).GetString() == "All provinces").Cell(9).GetDouble().Should().Be(64.987d);
            workbook.Worksheet(4).RowsUsed().Skip(1).Sum(r => (decimal)r.Cell(6).GetDouble()).Should().Be(64.987m);
        }

        using (var thai = new XLWorkbook(new MemoryStream(await tgo.GetByteArrayAsync(U($"/Reports/Rollup?handler=Excel&year={Year}&kind=Organisation&lang=th")))))
        {
            thai.Worksheet(1).RowsUsed().Single(r => r.Cell(6).GetString() == "MTP-TM").Cell(10).GetString().Should().Be("ส่งแล้ว");
            thai.Worksheet(5).Cell(1, 14).GetString().Should().Be("ในจำนวนนี้ส่งแล้ว ยังไม่อนุมัติ");
        }

        // Its CSV.
        var csv = Csv(await tgo.GetByteArrayAsync(U($"/Reports/Rollup?handler=Csv&year={Year}&kind=Organisation&lang=en")));
        var total = Array.IndexOf(ReportCsvWriter.RollupHeader, "total_t_co2e");
        var organisation = Array.IndexOf(ReportCsvWriter.RollupHeader, "organisation_code");
        csv.ToDictionary(r => r[organisation], r => decimal.Parse(r[total], CultureInfo.InvariantCulture))
            .Should().BeEquivalentTo(new Dictionary<string, decimal> { ["RYG-CM"] = 49.99m, ["MTP-TM"] = 9.998m, ["LCB-CM"] = 4.999m });
    }

    [Fact]
    public async Task YearWithOnlyDrafts_MissingThroughEveryDoor_NeverTheDraftsFigure()
    {
        await app.EnsureAsync();
        var api = await app.ApiClientAsync(Roles.TgoAnalyst);
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var provincial = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-21"));

        var report = await AppFactory.JsonAsync(await api.GetAsync(U($"/api/v1/rollups?year={DraftsOnly}&groupBy=province")));
        report.GetProperty("total").GetProperty("value").GetDecimal().Should().Be(0m);
        report.GetProperty("rows").GetArrayLength().Should().Be(0, "nothing counted: no row, not a zero row");
        report.GetProperty("trend").GetArrayLength().Should().Be(0);
        var city = await AppFactory.JsonAsync(await api.GetAsync(U($"/api/v1/rollups?year={Year}&kind=City")));
        city.GetProperty("total").GetProperty("value").GetDecimal().Should().Be(0m, "the only City inventory of {0} is a draft", Year);

        Cell(await tgo.GetStringAsync(U($"/Boards/National?year={DraftsOnly}")), "id=\"board-total\">").Should().Be("–");
        (await provincial.GetStringAsync(U($"/Boards/Province?province=21&year={DraftsOnly}"))).Should().Contain("id=\"board-no-totals\"");

        var page = await tgo.GetStringAsync(U($"/Reports/Rollup?year={DraftsOnly}"));
        page.Should().Contain("id=\"rollup-empty\"").And.Contain("Draft 2").And.NotContain("149.970").And.NotContain("24.995");
        (await tgo.GetStringAsync(U($"/Reports/Rollup?year={Year}&kind=City"))).Should().Contain("id=\"rollup-empty\"");

        using (var workbook = new XLWorkbook(new MemoryStream(await tgo.GetByteArrayAsync(U($"/Reports/Rollup?handler=Excel&year={DraftsOnly}&lang=en")))))
        {
            // Every data sheet is headers only; the notes sheet always says what the workbook is made of.
            workbook.Worksheets.Where(w => w.Name != "Notes").Should().OnlyContain(w => w.RowsUsed().Count() == 1, "headers only");
        }

        Csv(await tgo.GetByteArrayAsync(U($"/Reports/Rollup?handler=Csv&year={DraftsOnly}&lang=en"))).Should().BeEmpty();

        // The whole range: the drafts' year is absent from every total by year.
        var all = await tgo.GetStringAsync(U("/Reports/Rollup"));
        all.Should().NotContain($"data-year=\"{DraftsOnly}\"");
        var range = await AppFactory.JsonAsync(await api.GetAsync(U($"/api/v1/rollups?fromYear={Year}&toYear={DraftsOnly}")));
        range.GetProperty("trend").EnumerateArray().Select(t => (t.GetProperty("year").GetInt32(), t.GetProperty("co2e").GetProperty("value").GetDecimal()))
            .Should().Equal((Year, 64_987m));
    }

    [Fact]
    public async Task InventoryPdfTrend_EarlierCountedYearsOnly_NonFinalBarsLabelled()
    {
        await app.EnsureAsync();
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));

        // The approved 2021 report: its own year only; the later draft is not an earlier year and does not count.
        var approved = await ModelAsync(app.Ids["RYG-CM-2021"]);
        approved.Trend.Select(t => (t.Year, t.TotalKg)).Should().Equal((Year, 49_990m));
        var approvedText = await PdfTextAsync(tgo, app.Ids["RYG-CM-2021"], "en");
        approvedText.Should().Contain("Trend against earlier years").And.NotContain("149.970").And.NotContain("(Draft)");

        // The 2022 draft's report: the approved 2021 bar, and its own bar labelled as a draft.
        var draft = await ModelAsync(app.Ids["RYG-CM-2022"]);
        draft.Trend.Select(t => (t.Year, t.Status, t.TotalKg)).Should().Equal((Year, InventoryStatus.Approved, 49_990m), (DraftsOnly, InventoryStatus.Draft, 149_970m));
        (await PdfTextAsync(tgo, app.Ids["RYG-CM-2022"], "en")).Should().Contain("2022 (Draft)").And.Contain("149.970");
        (await PdfTextAsync(tgo, app.Ids["RYG-CM-2022"], "th")).Should().Contain("2565 (ร่าง)");

        // A submitted report labels its bar: counted, not yet approved.
        // Its report's target section (the province's target) labels the province's 2021 actual too: 59.988 t, to the kilogram.
        (await PdfTextAsync(tgo, app.Ids["MTP-TM-2021"], "en")).Should().Contain("2021 (Submitted)").And.Contain("59.988 (Submitted)");
        (await PdfTextAsync(tgo, app.Ids["MTP-TM-2021"], "th")).Should().Contain("2564 (ส่งแล้ว)");
    }

    [Fact]
    public async Task TargetActuals_CountTheSameInventories_DraftYearMissing()
    {
        await app.EnsureAsync();
        var api = await app.ApiClientAsync(Roles.TgoAnalyst);

        var province = await AppFactory.JsonAsync(await api.GetAsync(U($"/api/v1/targets/{app.ProvinceTargetId}/gap")));
        Actuals(province).Should().Contain(new KeyValuePair<int, decimal?>(Year, 59.988m)).And.Contain(new KeyValuePair<int, decimal?>(DraftsOnly, null));
        var organisation = await AppFactory.JsonAsync(await api.GetAsync(U($"/api/v1/targets/{app.OrganisationTargetId}/gap")));
        Actuals(organisation).Should().Contain(new KeyValuePair<int, decimal?>(Year, 49.99m)).And.Contain(new KeyValuePair<int, decimal?>(DraftsOnly, null),
            "the organisation's own 2022 draft is not an actual");

        // The target pages: the province's 2021 actual counts a submitted inventory and says so; the organisation's does not.
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        ActualCell(await tgo.GetStringAsync(U($"/Targets/Detail/{app.ProvinceTargetId}")), Year).Should().Be("59.988 (Submitted)");
        ActualCell(await tgo.GetStringAsync(U($"/Targets/Detail/{app.OrganisationTargetId}")), Year).Should().Be("49.990");
        ActualCell(await tgo.GetStringAsync(U($"/Targets/Detail/{app.OrganisationTargetId}")), DraftsOnly).Should().Be("–");
        ActualCell(await AppFactory.InThai(tgo).GetStringAsync(U($"/Targets/Detail/{app.ProvinceTargetId}")), Year, "พ.ศ. 2564").Should().Be("59.988 (ส่งแล้ว)");

        var board = await app.AsUserAsync<BoardTargetQueries, Result<ProvinceTargets>>(await app.CreateUserAsync(Roles.TgoAnalyst),
            (s, u) => s.ProvinceAsync(u, "21", CancellationToken.None));
        var latest = board.Value!.Targets.Single().Latest!;
        (latest.Year, latest.Actual).Should().Be((Year, 59.988m));
        var boardPage = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-21"));
        var targetRow = Regex.Match(await boardPage.GetStringAsync(U($"/Boards/Province?province=21&year={Year}")),
            $"data-target=\"{app.ProvinceTargetId}\">(?:(?!</tr>).)*?<td class=\"num\">(.*?)</td>", RegexOptions.Singleline);
        WebUtility.HtmlDecode(Regex.Replace(targetRow.Groups[1].Value, "<[^>]+>", string.Empty)).Trim().Should().Be("59.988 (Submitted)");
    }

    [Fact]
    public async Task SummaryPageTrend_TheOfficersWorkingView_LabelsEveryYearNotYetApproved()
    {
        await app.EnsureAsync();
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "RYG-CM"));

        var html = await officer.GetStringAsync(U($"/Inventories/Summary/{app.Ids["RYG-CM-2022"]}"));

        Regex.Match(html, "id=\"table-trend\"(?:(?!</table>).)*data-key=\"2021\"><th scope=\"row\">([^<]*)</th><td class=\"num\">([^<]*)<", RegexOptions.Singleline)
            .Groups.Values.Skip(1).Select(g => g.Value).Should().Equal("2021", "49.990");
        Regex.Match(html, "id=\"table-trend\"(?:(?!</table>).)*data-key=\"2022\"><th scope=\"row\">([^<]*)</th><td class=\"num\">([^<]*)<", RegexOptions.Singleline)
            .Groups.Values.Skip(1).Select(g => g.Value).Should().Equal("2022 (Draft)", "149.970");
    }

    [Fact]
    public async Task Menu_RollupLinkedForProvincialAndNationalRolesOnly()
    {
        foreach (var (role, organisation, linked) in new[]
                 {
                     (Roles.ProvincialOfficer, "PONRE-21", true), (Roles.TgoAnalyst, null, true), (Roles.Administrator, null, true), (Roles.MunicipalOfficer, "RYG-CM", false),
                 })
        {
            var client = await app.ClientForAsync(await app.CreateUserAsync(role, organisation));
            var home = await client.GetStringAsync(U("/Factors"));
            (home.Contains("id=\"nav-rollup\" href=\"/Reports/Rollup\"", StringComparison.Ordinal)).Should().Be(linked, "the menu of a {0}", role);
        }
    }

    private static Uri U(string path) => new(path, UriKind.Relative);

    /// <summary>The text right after <paramref name="marker"/> up to the next tag.</summary>
    private static string Cell(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the page should hold {0}", marker);
        var start = at + marker.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('<', start)]).Trim();
    }

    /// <summary>The CSV's data rows (no header), split on commas (the test names have none).</summary>
    private static List<string[]> Csv(byte[] content)
    {
        content.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = new UTF8Encoding(false).GetString(content, 3, content.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(',').Should().Equal(ReportCsvWriter.RollupHeader);
        return lines.Skip(1).Select(l => l.Split(',')).ToList();
    }

    /// <summary>The actual cell of a year's row of a target page's gap table, tags removed.</summary>
    private static string ActualCell(string html, int year, string? yearText = null)
    {
        var row = Regex.Match(html, $"<th scope=\"row\">{Regex.Escape(yearText ?? year.ToString(CultureInfo.InvariantCulture))}</th>\\s*<td class=\"num\">(.*?)</td>", RegexOptions.Singleline);
        row.Success.Should().BeTrue("the gap table should have a row for {0}", year);
        return WebUtility.HtmlDecode(Regex.Replace(row.Groups[1].Value, "<[^>]+>", string.Empty)).Trim();
    }

    private static Dictionary<int, decimal?> Actuals(System.Text.Json.JsonElement gap) =>
        gap.GetProperty("years").EnumerateArray().ToDictionary(
            y => y.GetProperty("year").GetInt32(),
            y => y.GetProperty("actual").ValueKind == System.Text.Json.JsonValueKind.Null ? (decimal?)null : y.GetProperty("actual").GetDecimal());

    private async Task<ReportModel> ModelAsync(Guid inventoryId)
    {
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(await app.CreateUserAsync(Roles.TgoAnalyst),
            (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        return result.Value!;
    }

    private static async Task<string> PdfTextAsync(HttpClient client, Guid inventoryId, string lang)
    {
        using var response = await client.GetAsync(U($"/Reports/Inventory/{inventoryId}?handler=Pdf&lang={lang}"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
    }

    /// <summary>The app with the scenario above, set up once for the class.</summary>
    public sealed class Scenario : AppFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public Dictionary<string, Guid> Ids { get; } = [];

        public int ProvinceTargetId { get; private set; }

        public int OrganisationTargetId { get; private set; }

        public async Task EnsureAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (Ids.Count > 0)
                {
                    return;
                }

                await AddAsync("RYG-CM", Year, 100_000m, InventoryStatus.Approved);
                await AddAsync("MTP-TM", Year, 20_000m, InventoryStatus.Submitted);
                await AddAsync("BCH-TM", Year, 1_000_000m, InventoryStatus.Draft);
                await AddAsync("NPR-SM", Year, 2_000m, InventoryStatus.Returned);
                await AddAsync("LCB-CM", Year, 10_000m, InventoryStatus.Verified);
                await AddAsync("RYG-CM", DraftsOnly, 300_000m, InventoryStatus.Draft);
                await AddAsync("LCB-CM", DraftsOnly, 50_000m, InventoryStatus.Draft);
                await AddAsync("RYG-CM", Year, 5_000_000m, InventoryStatus.Draft, InventoryKind.City);
                ProvinceTargetId = (await CreateTargetAsync("RYG-CM", province: true)).TargetId;
                OrganisationTargetId = (await CreateTargetAsync("RYG-CM")).TargetId;
            }
            finally
            {
                _gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Dispose();
            }

            base.Dispose(disposing);
        }

        private async Task AddAsync(string organisationCode, int year, decimal kwh, InventoryStatus status, InventoryKind kind = InventoryKind.Organisation)
        {
            var id = await CreateInventoryAsync(organisationCode, year, complete: false, kind);
            await WithDbAsync(async db =>
            {
                var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == id);
                var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(kwh, Unit.KWh));
                inventory.AddLine(line, DateTimeOffset.UtcNow);
                db.ActivityLines.Add(line);
                return await db.SaveChangesAsync();
            });
            await CalculateAsync(id);
            await SetStatusAsync(id, status);
            Ids[$"{organisationCode}-{year}{(kind == InventoryKind.City ? "-City" : string.Empty)}"] = id;
        }
    }
}
