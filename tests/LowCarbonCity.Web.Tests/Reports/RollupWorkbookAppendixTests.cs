using System.Net;
using ClosedXML.Excel;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>
/// The national roll-up workbook downloaded by a TGO analyst in Thai: a total row under the provinces, completeness
/// per province equal to <c>/api/v1/rollups</c>'s, emissions per person worked by hand from the demo's stored results
/// and its 2024 population, and a notes sheet naming the edition, the GWP set, the counted statuses and who made it.
/// </summary>
public sealed class RollupWorkbookAppendixTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task NationalWorkbook_CompletenessIntensitiesAndNotesAgreeWithTheApi()
    {
        var analyst = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = await app.ClientForAsync(analyst);
        using var response = await client.GetAsync(new Uri("/Reports/Rollup?handler=Excel&year=2024&kind=Organisation&lang=th", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheets.Select(w => w.Name).Should().Equal(RollupWorkbookWriter.SheetNames(ReportLanguage.Thai));
        var stored = await StoredSums.OfAsync(app, DemoIds.Cfo2024);

        // By province: Chiang Mai's row, then the total row of the year, equal to it (the only counted 2024 inventory).
        var byProvince = workbook.Worksheet(2).RowsUsed().Skip(1).ToList();
        var total = byProvince.Single(r => r.Cell(4).GetString() == "รวมทุกจังหวัด");
        total.Cell(9).GetDouble().Should().Be(StoredSums.Tonnes(stored.TotalKg));
        total.Cell(5).GetValue<int>().Should().Be(1);

        // Completeness: the same counts as the API's, for every province.
        var api = await AppFactory.JsonAsync(await (await app.ApiClientAsync(Roles.TgoAnalyst)).GetAsync(new Uri("/api/v1/rollups?year=2024&groupBy=province", UriKind.Relative)));
        var apiCompleteness = api.GetProperty("completeness").EnumerateArray().ToList();
        var sheet = workbook.Worksheet(6).RowsUsed().Skip(1).ToList();
        sheet.Should().HaveCount(apiCompleteness.Count);
        var chiangMaiApi = apiCompleteness.Single(c => c.GetProperty("provinceCode").GetString() == "50");
        var chiangMai = sheet.Single(r => r.Cell(4).GetString() == "เชียงใหม่");
        chiangMai.Cell(2).GetValue<int>().Should().Be(2567);
        chiangMai.Cell(5).GetValue<int>().Should().Be(chiangMaiApi.GetProperty("expectedOrganisations").GetInt32());
        chiangMai.Cell(6).GetValue<int>().Should().Be(1, "the approved 2024 inventory of the city municipality");
        chiangMai.Cell(7).GetValue<int>().Should().Be(chiangMaiApi.GetProperty("missingOrganisations").GetInt32());

        // Per person: the stored total over the 126,000 people the demo records for 2024; per km²: over 40.216 km², in tonnes.
        var intensity = workbook.Worksheet(7).RowsUsed().Skip(1).Single(r => r.Cell(4).GetString() == "เชียงใหม่");
        intensity.Cell(6).GetValue<long>().Should().Be(126_000);
        intensity.Cell(7).GetDouble().Should().BeApproximately((double)(stored.TotalKg / 126_000m), 1e-6);
        intensity.Cell(9).GetDouble().Should().BeApproximately((double)(stored.TotalKg / 1000m / 40.216m), 1e-6);

        var notes = workbook.Worksheet(8).RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());
        notes["ชุดค่าการปล่อยที่ใช้"].Should().Contain("TGO-CFO-2022-04").And.Contain("ค่าการปล่อยก๊าซเรือนกระจก CFO");
        notes["บัญชีที่นับรวม"].Should().Contain("ส่งแล้ว").And.Contain("อนุมัติแล้ว").And.Contain("ทวนสอบแล้ว").And.NotContain("Approved");
        notes["จัดทำโดย"].Should().Be(analyst.Email);
        // Thailand time in the Buddhist Era, as every Thai report prints a date (Gregorian year + 543).
        var thaiYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Year + 543;
        notes["จัดทำเมื่อ (เวลาประเทศไทย UTC+7)"].Should().Contain(thaiYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        notes.Should().ContainKey("ค่าศักยภาพในการทำให้โลกร้อนที่ใช้").WhoseValue.Should().NotBeEmpty();
    }

    [Fact]
    public async Task RollupApi_AskedForXlsx_AnswersThePagesWorkbookInTheRequestsLanguage()
    {
        var api = await app.ApiClientAsync(Roles.TgoAnalyst);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/rollups?year=2024", UriKind.Relative));
        request.Headers.Accept.ParseAdd(ReportFile.XlsxContentType);
        request.Headers.AcceptLanguage.Clear();
        request.Headers.AcceptLanguage.ParseAdd("th-TH");

        using var response = await api.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(ReportFile.XlsxContentType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheets.Select(w => w.Name).Should().Equal(RollupWorkbookWriter.SheetNames(ReportLanguage.Thai));
        var stored = await StoredSums.OfAsync(app, DemoIds.Cfo2024);
        workbook.Worksheet(1).RowsUsed().Skip(1).Single().Cell(RollupWorkbookWriter.Columns.TotalT).GetDouble().Should().Be(StoredSums.Tonnes(stored.TotalKg));

        var csv = await api.GetAsync(new Uri("/api/v1/rollups?year=2024&format=xlsx&fromYear=2020", UriKind.Relative));
        csv.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var asCsv = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/rollups?year=2024", UriKind.Relative));
        asCsv.Headers.Accept.ParseAdd("text/csv");
        (await api.SendAsync(asCsv)).Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
    }
}
