using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Gpc;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Keys = LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.SummaryKeys;

namespace LowCarbonCity.Web.Tests.Reports.Gpc;

/// <summary>
/// The GPC report of a small City inventory set up here and worked by hand: 100,000 kWh of grid electricity in
/// residential buildings (I.1.2), 5,000 L of on-road diesel (II.1.1), aviation reported as NO (II.4.1) and waste sent to
/// the province's landfill as NE (III.1.2). Through the service, the API, the report page, the PDF read back by position
/// and the workbook read back with ClosedXML.
/// </summary>
public sealed class GpcReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Hand-worked with the TGO CFO 2022-04 edition and its AR5 set (fossil CH4 30, N2O 265):
    // I.1.2 = 100,000 kWh × 0.4999 kg CO2e/kWh = 49,990 kg (a factor published in CO2e: not split by gas).
    // II.1.1 = 5,000 L diesel: CO2 5,000 × 2.6987 = 13,493.5 kg; CH4 and N2O 5,000 × 0.000142 = 0.71 kg each,
    // × 30 = 21.3 kg and × 265 = 188.15 kg CO2e; together 13,702.95 kg.
    private const decimal GridKg = 49_990m;
    private const decimal DieselKg = 13_702.95m;

    [Fact]
    public async Task Service_CellsKeysAndTotals_AsWorkedByHand()
    {
        var id = await CityInventoryAsync(2021);

        var report = await BuildAsync(id);

        var residential = Row(report, "I.1");
        residential.Scope1!.IsEntered.Should().BeFalse("no fuel burnt in homes was entered");
        residential.Scope2!.Co2eKg.Should().Be(GridKg);
        residential.Scope2.InBasic.Should().BeTrue();
        residential.Scope3!.NotationKeys.Should().Equal(NotationKey.IE);
        residential.Scope3.Notes.Single().IncludedIn.Should().Be("I.1.2", "the TGO grid factor holds the T&D losses");
        residential.Scope3.InBasic.Should().BeFalse();
        residential.Scope3.InBasicPlus.Should().BeTrue();
        Row(report, "II.1").Scope1!.Co2eKg.Should().Be(DieselKg);
        Row(report, "II.4").Scope1!.NotationKeys.Should().Equal(NotationKey.NO);
        var landfill = Row(report, "III.1");
        landfill.Scope3!.Reference.Should().Be("III.1.2", "waste generated in the city and treated outside is III.1.2, scope 3");
        landfill.Scope3.NotationKeys.Should().Equal(NotationKey.NE);
        landfill.Scope3.Notes.Single().Explanation.Should().Be("Collected by the province");
        landfill.Scope2.Should().BeNull("GPC has no scope 2 cell in waste");
        report.Rows.Single(r => r.Kind == GpcRowKind.WasteFromOutside && r.Reference == "III.1").Scope1!.Reference.Should().Be("III.1.3");
        var grid = Row(report, "I.4.4").Scope1!;
        (grid.InBasic, grid.InBasicPlus, grid.InTerritorial).Should().Be((false, false, true), "energy supplied to the grid is territorial only");
        Row(report, "I.7").Scope2.Should().BeNull("fugitive emissions have only scope 1");
        Row(report, "IV.1").Scope1!.InBasicPlus.Should().BeTrue();

        report.Totals.BasicKg.Should().Be(GridKg + DieselKg);
        report.Totals.BasicPlusKg.Should().Be(GridKg + DieselKg);
        report.Totals.TerritorialKg.Should().Be(DieselKg);
        (report.Totals.Scope1Kg, report.Totals.Scope2Kg, report.Totals.Scope3Kg).Should().Be((DieselKg, GridKg, 0m));
        report.Sectors.Single(s => s.Sector == GpcSector.StationaryEnergy).Scope2Kg.Should().Be(GridKg);
        report.Sectors.Single(s => s.Sector == GpcSector.Transportation).BasicKg.Should().Be(DieselKg);

        var diesel = report.ByGas.Single(g => g.Reference == "II.1.1");
        (diesel.Co2Kg, diesel.Ch4Kg, diesel.N2OKg).Should().Be((13_493.5m, 0.71m, 0.71m));
        (diesel.Ch4Co2eKg, diesel.N2OCo2eKg, diesel.TotalCo2eKg).Should().Be((21.3m, 188.15m, DieselKg));
        report.ByGas.Single(g => g.Reference == "I.1.2").UnsplitCo2eKg.Should().Be(GridKg);
        report.GasTotal.TotalCo2eKg.Should().Be(GridKg + DieselKg);
    }

    [Fact]
    public async Task Api_JsonTotalsEqualTheInventoryResults_PdfAndXlsxByAccept_AndCfoRefusedOnKind()
    {
        var id = await CityInventoryAsync(2022);
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");

        using var json = await client.GetAsync(new Uri($"/api/v1/inventories/{id}/gpc-report", UriKind.Relative));
        json.StatusCode.Should().Be(HttpStatusCode.OK);
        var gpc = await AppFactory.JsonAsync(json);
        var totals = gpc.GetProperty("totals");
        totals.GetProperty("basicKg").GetDecimal().Should().Be(GridKg + DieselKg);
        totals.GetProperty("territorialKg").GetDecimal().Should().Be(DieselKg);
        var cell = gpc.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("reference").GetString() == "II.1.1");
        cell.GetProperty("gases").GetProperty("co2Kg").GetDecimal().Should().Be(13_493.5m);

        // The same figures as the inventory's stored results, read through their own endpoint and from the database.
        var results = await AppFactory.JsonAsync(await client.GetAsync(new Uri($"/api/v1/inventories/{id}/results", UriKind.Relative)));
        var byScope = results.GetProperty("byScope").EnumerateArray().ToDictionary(s => s.GetProperty("scope").GetString()!, s => s.GetProperty("co2e").GetProperty("value").GetDecimal());
        totals.GetProperty("scope1Kg").GetDecimal().Should().Be(byScope.GetValueOrDefault("Scope1"));
        totals.GetProperty("scope2Kg").GetDecimal().Should().Be(byScope.GetValueOrDefault("Scope2"));
        (totals.GetProperty("scope1Kg").GetDecimal() + totals.GetProperty("scope2Kg").GetDecimal() + totals.GetProperty("scope3Kg").GetDecimal())
            .Should().Be(results.GetProperty("total").GetProperty("value").GetDecimal());
        var stored = await StoredSums.OfAsync(app, id);
        (totals.GetProperty("basicPlusKg").GetDecimal(), totals.GetProperty("territorialKg").GetDecimal()).Should().Be((stored.BasicPlusKg, stored.TerritorialKg));

        using var pdfRequest = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/inventories/{id}/gpc-report", UriKind.Relative));
        pdfRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        using var pdf = await client.SendAsync(pdfRequest);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            document.NumberOfPages.Should().BeGreaterThan(1);
        }

        using var xlsx = await client.GetAsync(new Uri($"/api/v1/inventories/{id}/gpc-report?format=xlsx", UriKind.Relative));
        xlsx.Content.Headers.ContentType!.MediaType.Should().Be(ReportFile.XlsxContentType);
        using (var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())))
        {
            workbook.Worksheets.Select(w => w.Name).Should().Equal(GpcWorkbookWriter.SheetNames(ReportLanguage.English));
        }

        var cfo = await app.CreateInventoryAsync("CMI-CM", 2022);
        using var refused = await client.GetAsync(new Uri($"/api/v1/inventories/{cfo}/gpc-report", UriKind.Relative));
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(refused)).GetProperty("errors").GetProperty("kind")[0].GetString().Should().Contain("City inventories only");
        using var unknownFormat = await client.GetAsync(new Uri($"/api/v1/inventories/{id}/gpc-report?format=docx", UriKind.Relative));
        (await AppFactory.JsonAsync(unknownFormat)).GetProperty("errors").GetProperty("format")[0].GetString().Should().Be("Use json, pdf or xlsx.");
    }

    [Fact]
    public async Task ReportPage_OffersTheGpcDownloadsForACity_AndRefusesACfoInThaiWith400()
    {
        var city = await CityInventoryAsync(2023);
        var cfo = await app.CreateInventoryAsync("CMI-CM", 2023);
        var thai = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));

        var page = await thai.GetStringAsync(new Uri($"/Reports/Inventory/{city}", UriKind.Relative));
        page.Should().Contain("id=\"gpc-downloads\"").And.Contain("GPC PDF (ภาษาไทย)").And.Contain("handler=GpcExcel");
        (await thai.GetStringAsync(new Uri($"/Reports/Inventory/{cfo}", UriKind.Relative))).Should().NotContain("gpc-downloads");

        using var download = await thai.GetAsync(new Uri($"/Reports/Inventory/{city}?handler=GpcPdf&lang=th", UriKind.Relative));
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("CMI-CM_2023_GPC_TGO-CFO-2022-04_th.pdf");

        using var refused = await thai.GetAsync(new Uri($"/Reports/Inventory/{cfo}?handler=GpcExcel&lang=th", UriKind.Relative));
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("รายงานตาม GPC จัดทำได้เฉพาะบัญชีระดับเมือง");
    }

    [Fact]
    public async Task Pdf_English_EachFigureAndKeyUnderItsScope_TotalsPrinted_DraftWatermarkedThenNotOnceApproved()
    {
        var id = await CityInventoryAsync(2024);

        var draft = GpcPdfWriter.Write(await BuildAsync(id), English).Content;
        await File.WriteAllBytesAsync(Path.Combine(PdfTestSupport.ArtifactsDirectory, "gpc-en.pdf"), draft);
        using (var pdf = PdfDocument.Open(draft))
        {
            var page = pdf.GetPages().First(p => Words(p).Any(w => w.Text == "II.1"));
            var words = Words(page);
            // The header's three "(tCO₂e)" close the scope 1, 2 and 3 columns (right-aligned like their figures).
            var headers = words.Where(w => w.Text == "(tCO₂e)").OrderBy(w => w.BoundingBox.Top).TakeLast(3).OrderBy(w => w.BoundingBox.Left).ToList();
            headers.Should().HaveCount(3);
            int ScopeOf(Word w) => headers.FindIndex(h => Math.Abs(h.BoundingBox.Right - w.BoundingBox.Right) < 2) + 1;
            List<Word> RowOf(string reference)
            {
                var label = words.Single(w => w.Text == reference);
                return words.Where(w => Math.Abs(w.BoundingBox.Bottom - label.BoundingBox.Bottom) < 3 && w.BoundingBox.Left > label.BoundingBox.Right).ToList();
            }

            // 49,990 kg = 49.990 t under scope 2; 13,702.95 kg = 13.703 t under scope 1 (three decimals, half away from zero).
            ScopeOf(RowOf("I.1").Single(w => w.Text == "49.990")).Should().Be(2);
            ScopeOf(RowOf("I.1").Single(w => w.Text == "IE")).Should().Be(3);
            ScopeOf(RowOf("I.1").Single(w => w.Text == "–")).Should().Be(1, "nothing was entered for fuel in homes");
            ScopeOf(RowOf("II.1").Single(w => w.Text == "13.703")).Should().Be(1);
            ScopeOf(RowOf("II.4").Single(w => w.Text == "NO")).Should().Be(1);
            ScopeOf(RowOf("III.1").Single(w => w.Text == "NE")).Should().Be(3);

            var text = PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
            // BASIC = 49,990 + 13,702.95 = 63,692.95 kg = 63.693 t; territorial = the diesel alone.
            text.Should().Contain("BASIC 63.693").And.Contain("BASIC+ 63.693").And.Contain("Territorial (scope 1) 13.703")
                .And.Contain("T&D losses are included in I.1.2").And.Contain("Collected by the province").And.Contain("2024 (B.E. 2567)");
            // By gas: CO2 13,493.5 kg = 13.494 t; the grid's 49.990 t was published as CO2e.
            text.Should().Contain("II.1.1 13.494 0.001 0.001 13.494 0.021 0.188 0.000 0.000 13.703 0.000");
            pdf.GetPages().Should().OnlyContain(p => string.Concat(p.Letters.Where(l => l.PointSize > 50).Select(l => l.Value)) == "DRAFT");
        }

        await app.SetStatusAsync(id, InventoryStatus.Approved);
        using var approved = PdfDocument.Open(GpcPdfWriter.Write(await BuildAsync(id), English).Content);
        approved.GetPages().SelectMany(p => p.Letters).Should().NotContain(l => l.PointSize > 50, "the inventory is approved");
    }

    [Fact]
    public async Task Pdf_Thai_SectorNamesBuddhistEraAndWatermark_DrawnWithSarabun()
    {
        var id = await CityInventoryAsync(2020);

        var bytes = GpcPdfWriter.Write(await BuildAsync(id), Thai).Content;
        await File.WriteAllBytesAsync(Path.Combine(PdfTestSupport.ArtifactsDirectory, "gpc-th.pdf"), bytes);

        using var pdf = PdfDocument.Open(bytes);
        var text = PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
        text.Should().Contain("รายงานบัญชีก๊าซเรือนกระจกระดับเมือง").And.Contain("พ.ศ. 2563 (ค.ศ. 2020)").And.Contain("I พลังงานอยู่กับที่")
            .And.Contain("อาคารที่อยู่อาศัย").And.Contain("II การขนส่ง").And.Contain("ขอบเขตที่ 3").And.Contain("ภายในขอบเขตพื้นที่ (ขอบเขตที่ 1) 13.703");
        text.Should().NotContain("Residential").And.NotContain("StationaryEnergy");
        // A document to sign, as the inventory report is: the reporting period on the first page, the certification at the end.
        text.Should().Contain("1 มกราคม 2563 ถึง 31 ธันวาคม 2563 (ปีปฏิทิน)");
        PdfTestSupport.PageText(pdf.GetPage(pdf.NumberOfPages)).Should().Contain("การรับรองรายงาน");
        pdf.GetPages().Should().OnlyContain(p => string.Concat(p.Letters.Where(l => l.PointSize > 50).Select(l => l.Value)).Length > 0, "a draft is marked ร่าง on every page");
        pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().Should().OnlyContain(n => n.Contains("Sarabun", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workbook_TableCellsAndGasesReadBack_FrozenAndFiltered()
    {
        var id = await CityInventoryAsync(2019);
        var content = GpcWorkbookWriter.Write(await BuildAsync(id), Thai).Content;

        using var workbook = new XLWorkbook(new MemoryStream(content));
        workbook.Worksheets.Select(w => w.Name).Should().Equal("สรุป", "ตาราง GPC", "รายช่อง", "ตามชนิดก๊าซ");
        var summary = workbook.Worksheet(1);
        double Summary(string key) => summary.RowsUsed().Single(r => r.Cell(1).GetString() == key).Cell(3).GetDouble();
        Summary(Keys.Basic).Should().Be(63.69295d);
        Summary(Keys.Territorial).Should().Be(13.70295d);
        Summary(Keys.Scope2).Should().Be(49.99d);
        summary.Cell(3, 3).GetString().Should().Be("เทศบาลนครเชียงใหม่");

        var table = workbook.Worksheet(2);
        table.SheetView.SplitRow.Should().Be(1, "the header is frozen");
        table.AutoFilter.IsEnabled.Should().BeTrue();
        IXLRow TableRow(string reference) => table.RowsUsed().Single(r => r.Cell(GpcWorkbookWriter.TableColumns.Reference).GetString() == reference);
        TableRow("I.1").Cell(GpcWorkbookWriter.TableColumns.Row).GetString().Should().Be("อาคารที่อยู่อาศัย");
        TableRow("I.1").Cell(GpcWorkbookWriter.TableColumns.Sector).GetString().Should().Be("I พลังงานอยู่กับที่");
        TableRow("I.1").Cell(GpcWorkbookWriter.TableColumns.Scope2).GetDouble().Should().Be(49.99d);
        TableRow("I.1").Cell(GpcWorkbookWriter.TableColumns.Scope2).Style.NumberFormat.Format.Should().Be(DisplayRounding.TonneFormat);
        TableRow("I.1").Cell(GpcWorkbookWriter.TableColumns.Scope3).GetString().Should().Be("IE");
        TableRow("II.1").Cell(GpcWorkbookWriter.TableColumns.Scope1).GetDouble().Should().Be(13.70295d);
        TableRow("III.1").Cell(GpcWorkbookWriter.TableColumns.Scope3).GetString().Should().Be("NE");
        TableRow("III.1").Cell(GpcWorkbookWriter.TableColumns.Scope2).IsEmpty().Should().BeTrue();

        var cells = workbook.Worksheet(3);
        cells.AutoFilter.IsEnabled.Should().BeTrue();
        var ne = cells.RowsUsed().Single(r => r.Cell(GpcWorkbookWriter.CellColumns.Reference).GetString() == "III.1.2");
        ne.Cell(GpcWorkbookWriter.CellColumns.Scope).GetString().Should().Be("ขอบเขตที่ 3");
        ne.Cell(GpcWorkbookWriter.CellColumns.Explanation).GetString().Should().Be("Collected by the province");
        ne.Cell(GpcWorkbookWriter.CellColumns.Basic).GetString().Should().Be("ใช่");
        var tnd = cells.RowsUsed().Single(r => r.Cell(GpcWorkbookWriter.CellColumns.Reference).GetString() == "I.1.3");
        (tnd.Cell(GpcWorkbookWriter.CellColumns.Basic).GetString(), tnd.Cell(GpcWorkbookWriter.CellColumns.BasicPlus).GetString()).Should().Be((string.Empty, "ใช่"));

        var gases = workbook.Worksheet(4);
        gases.SheetView.SplitRow.Should().Be(1);
        var diesel = gases.RowsUsed().Single(r => r.Cell(GpcWorkbookWriter.GasColumns.Reference).GetString() == "II.1.1");
        diesel.Cell(GpcWorkbookWriter.GasColumns.Co2T).GetDouble().Should().Be(13.4935d);
        diesel.Cell(GpcWorkbookWriter.GasColumns.Ch4T).GetDouble().Should().Be(0.00071d);
        diesel.Cell(GpcWorkbookWriter.GasColumns.N2OCo2eT).GetDouble().Should().Be(0.18815d);
        var total = gases.RowsUsed().Single(r => r.Cell(GpcWorkbookWriter.GasColumns.Reference).GetString() == "รวม");
        total.Cell(GpcWorkbookWriter.GasColumns.TotalCo2eT).GetDouble().Should().Be(63.69295d);
        total.Cell(GpcWorkbookWriter.GasColumns.UnsplitCo2eT).GetDouble().Should().Be(49.99d);
    }

    private static GpcReportRow Row(GpcReport report, string reference) =>
        report.Rows.Single(r => r.Reference == reference && r.Kind == GpcRowKind.Subsector);

    private static IReadOnlyList<Word> Words(Page page) => [.. page.GetWords()];

    private async Task<GpcReport> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var result = await app.AsUserAsync<GpcReportService, Result<GpcReport>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value!;
    }

    /// <summary>The City inventory of the class summary, calculated and stored as saving its lines does, in a draft.</summary>
    private async Task<Guid> CityInventoryAsync(int year)
    {
        var id = await app.CreateInventoryAsync("CMI-CM", year, complete: false, kind: InventoryKind.City);
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == id);
            ActivityLine Add(ActivityLine line, GpcSubsector subsector)
            {
                line.PlaceInGpc(subsector);
                inventory.AddLine(line, DateTimeOffset.UtcNow);
                db.ActivityLines.Add(line);
                return line;
            }

            Add(ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(100_000m, Unit.KWh)), GpcSubsector.Residential);
            Add(ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.OnRoadDiesel, new Quantity(5_000m, Unit.Litre)), GpcSubsector.OnRoad);
            Add(ActivityLine.WithNotationKey(Guid.NewGuid(), id, ActivityCategory.AviationJetKerosene, NotationKey.NO, "No airport in the city"), GpcSubsector.Aviation);
            Add(ActivityLine.WithNotationKey(Guid.NewGuid(), id, ActivityCategory.WasteToThirdPartyLandfill, NotationKey.NE, "Collected by the province"), GpcSubsector.SolidWasteDisposal);
            return await db.SaveChangesAsync();
        });
        await app.CalculateAsync(id);
        return id;
    }
}
