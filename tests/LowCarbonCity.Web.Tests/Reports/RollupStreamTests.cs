using System.Net;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using RollCol = LowCarbonCity.Web.Features.Reports.Excel.RollupWorkbookWriter.Columns;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>
/// The roll-up workbook streamed from the database query through the page (ADR 0008): it opens in ClosedXML and
/// every cell matches the stored results summed here, and the rows the user may not see never reach it.
/// </summary>
public sealed class RollupStreamTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task RollupExcel_Download_StreamedWorkbookOpensInClosedXmlAndMatchesTheDatabase()
    {
        await DemoCity2025.SubmitAsync(app);
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));

        using var response = await client.GetAsync(new Uri("/Reports/Rollup?handler=Excel&year=2025&lang=en", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(ReportFile.XlsxContentType);
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("rollup_2025_all_en.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheets.Select(w => w.Name).Should().Equal("Inventories", "By province", "By sector", "By scope", "By year", "Completeness", "Per person and area", "Notes");
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, RollCol.Year).GetString().Should().Be("Year");
        sheet.Cell(1, RollCol.TotalT).GetString().Should().Be("Total t CO2e");
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be("A1:S2");
        var rows = sheet.RowsUsed().Skip(1).ToList();
        rows.Should().HaveCount(1, "the submitted City inventory counts, the CFO draft does not");
        var all = 0m;
        foreach (var (id, kind) in new[] { (DemoIds.City2025, InventoryKind.City) })
        {
            var stored = await StoredSums.OfAsync(app, id);
            all += stored.TotalKg;
            var row = rows.Single(r => r.Cell(RollCol.Kind).GetString() == InventoryWorkbookWriter.KindName(kind, ReportLanguage.English));
            row.Cell(RollCol.Year).GetValue<int>().Should().Be(2025);
            row.Cell(RollCol.YearBe).GetValue<int>().Should().Be(2568);
            row.Cell(RollCol.Province).GetString().Should().Be("Chiang Mai");
            row.Cell(RollCol.OrganisationCode).GetString().Should().Be(DemoDataSeeder.OrganisationCode);
            foreach (var c in new[] { RollCol.Scope1T, RollCol.Scope2T, RollCol.Scope3T, RollCol.TotalT, RollCol.MemoT })
            {
                row.Cell(c).DataType.Should().Be(XLDataType.Number, "numbers are numbers, not text");
            }

            row.Cell(RollCol.Scope1T).GetDouble().Should().Be(StoredSums.Tonnes(stored.Scope1Kg));
            row.Cell(RollCol.Scope2T).GetDouble().Should().Be(StoredSums.Tonnes(stored.Scope2Kg));
            row.Cell(RollCol.Scope3T).GetDouble().Should().Be(StoredSums.Tonnes(stored.Scope3Kg));
            row.Cell(RollCol.TotalT).GetDouble().Should().Be(StoredSums.Tonnes(stored.TotalKg));
            row.Cell(RollCol.MemoT).GetDouble().Should().Be(StoredSums.Tonnes(stored.MemoKg));
            if (kind == InventoryKind.City)
            {
                row.Cell(RollCol.BasicT).GetDouble().Should().Be(StoredSums.Tonnes(stored.BasicKg));
                row.Cell(RollCol.BasicPlusT).GetDouble().Should().Be(StoredSums.Tonnes(stored.BasicPlusKg));
                row.Cell(RollCol.TerritorialT).GetDouble().Should().Be(StoredSums.Tonnes(stored.TerritorialKg));
            }
            else
            {
                row.Cell(RollCol.BasicT).IsEmpty().Should().BeTrue();
            }
        }

        // The provinces add up to the total, and the total row under them says the same.
        Sum(workbook.Worksheet(2), 9, r => r.Cell(4).GetString() != "All provinces").Should().BeApproximately(all / 1000m, 0.00001m);
        Sum(workbook.Worksheet(2), 9, r => r.Cell(4).GetString() == "All provinces").Should().BeApproximately(all / 1000m, 0.00001m);
        Sum(workbook.Worksheet(3), 8).Should().BeApproximately(all / 1000m, 0.00001m);
        Sum(workbook.Worksheet(4), 6).Should().BeApproximately(all / 1000m, 0.00001m);
        Sum(workbook.Worksheet(5), 9).Should().BeApproximately(all / 1000m, 0.00001m);
        workbook.Worksheet(4).RowsUsed().Skip(1).Should().HaveCount(3, "one row per inventory and scope");
        workbook.Worksheet(5).Cell(2, 14).GetValue<int>().Should().Be(1, "the City inventory is submitted, not yet approved");
    }

    [Fact]
    public async Task RollupExcel_OfficerOfAnotherProvince_GetsHeadersOnly()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));

        using var response = await client.GetAsync(new Uri("/Reports/Rollup?handler=Excel&lang=th", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheet(1).Name.Should().Be("บัญชีทั้งหมด");
        workbook.Worksheet(1).Cell(1, RollCol.Organisation).GetString().Should().Be("องค์กร");
        // Every data sheet is headers only; the notes sheet always says what the workbook is made of.
        workbook.Worksheets.Where(w => w.Name != "หมายเหตุ").Should().OnlyContain(w => w.RowsUsed().Count() == 1);
    }

    [Fact]
    public async Task StreamRollupAsync_RowsEqualTheMaterialisedRollup()
    {
        await DemoCity2025.SubmitAsync(app);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var streamed = await app.AsUserAsync<ReportService, List<RollupRow>>(tgo, async (s, u) => await s.StreamRollupAsync(u, new RollupFilter(null), CancellationToken.None).ToListAsync());

        streamed.Select(r => r.InventoryId).Should().BeEquivalentTo([DemoIds.Cfo2024, DemoIds.City2025], "counted only: the 2025 CFO draft is left out");
        foreach (var row in streamed)
        {
            var stored = await StoredSums.OfAsync(app, row.InventoryId);
            row.Scope1Kg.Should().Be(stored.Scope1Kg);
            row.Scope2Kg.Should().Be(stored.Scope2Kg);
            row.Scope3Kg.Should().Be(stored.Scope3Kg);
            row.MemoKg.Should().Be(stored.MemoKg);
            row.BySector.Sum(g => g.Scope1Kg + g.Scope2Kg + g.Scope3Kg).Should().Be(stored.TotalKg);
        }
    }

    private static decimal Sum(IXLWorksheet sheet, int column, Func<IXLRow, bool>? where = null) =>
        sheet.RowsUsed().Skip(1).Where(r => where?.Invoke(r) ?? true).Sum(r => (decimal)r.Cell(column).GetDouble());
}
