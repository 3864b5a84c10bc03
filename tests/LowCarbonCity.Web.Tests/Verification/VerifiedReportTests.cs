using System.Net;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Keys = LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.SummaryKeys;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>
/// A verified inventory's reports carry its statement: the official PDF (a cover line and a verification section) and
/// the workbook (a block of the summary sheet), downloaded over HTTP and read back. A statement issued but not yet
/// certified by TGO is not carried. Hand-worked totals as in <see cref="StatementPdfTests"/>: 73,690.95 kg = 73.691 t.
/// </summary>
public sealed class VerifiedReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly VerifiedTotals HandWorked = new(13_702.95m, 59_988m, 0m);

    [Fact]
    public async Task InventoryReport_CertifiedStatement_ThaiPdfAndWorkbookCarryBodyRegistrationLevelOpinionDateSignatoryAndTotal()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2023, InventoryStatus.Approved);
        var issued = await app.SetUpStatementAsync(id, HandWorked, certify: true);
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        (await officer.GetStringAsync(new Uri($"/Reports/Inventory/{id}", UriKind.Relative))).Should().Contain($"href=\"/Verification/Statement/{id}?lang=th\"");
        var text = StatementPdfTests.Text(await DownloadAsync(officer, id, "Pdf", "th"), "verified-report-th.pdf");
        var cover = text[..text.IndexOf("หน้า 1 จาก", StringComparison.Ordinal)];
        cover.Should().Contain("การทวนสอบ ทวนสอบโดย บริษัท ทวนสอบคาร์บอน จำกัด (" + issued.RegistrationNumber + ") ความเห็น:", "the cover says who verified it")
            .And.Contain("ไม่มีเงื่อนไข เมื่อ 15 มีนาคม 2569");
        text.Should().Contain("สถานะ ทวนสอบแล้ว");
        var section = text[text.LastIndexOf("ปริมาณการปล่อยที่ผ่านการทวนสอบ", StringComparison.Ordinal)..];
        section.Should().Contain("รวมขอบเขต 1-3 73.691").And.Contain("ไม่มีเงื่อนไข:").And.Contain("คำขอให้แก้ไข (CAR) 1 1");
        text.Should().Contain("เลขทะเบียนหน่วยงานทวนสอบ " + issued.RegistrationNumber).And.Contain("ระดับการรับรองแบบจำกัด")
            .And.Contain("ผู้ลงนาม " + issued.SignatoryName + ", ผู้ทวนสอบหลัก (บริษัท ทวนสอบคาร์บอน จำกัด) เมื่อ 15 มีนาคม 2569");

        using var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync(officer, id, "Excel", "en")));
        var summary = workbook.Worksheet(1);
        Value(summary, Keys.VerificationPrefix + "body").GetString().Should().Be("Carbon Verify Co., Ltd.");
        Value(summary, Keys.VerificationPrefix + "registration").GetString().Should().Be(issued.RegistrationNumber);
        Value(summary, Keys.VerificationPrefix + "level").GetString().Should().Be("Limited assurance");
        Value(summary, Keys.VerificationPrefix + "opinion").GetString().Should().Be("Unmodified");
        Value(summary, Keys.VerificationPrefix + "issued").GetString().Should().Be("15 March 2026");
        Value(summary, Keys.VerificationPrefix + "materiality").GetValue<decimal>().Should().Be(5m);
        // Workbooks keep tonnes to the gram and show them to the kilogram, as every figure of the summary sheet.
        var total = Value(summary, Keys.VerificationPrefix + "total");
        total.GetValue<decimal>().Should().Be(73.69095m, "73,690.95 kg");
        total.Style.NumberFormat.Format.Should().Be("#,##0.000", "shown as 73.691");
    }

    [Fact]
    public async Task InventoryReport_StatementNotYetCertified_CarriesNoVerification()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2021, InventoryStatus.Approved);
        await app.SetUpStatementAsync(id, HandWorked, certify: false);
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        (await officer.GetStringAsync(new Uri($"/Reports/Inventory/{id}", UriKind.Relative))).Should().NotContain("/Verification/Statement/");
        var text = StatementPdfTests.Text(await DownloadAsync(officer, id, "Pdf", "en"), "issued-report-en.pdf");
        text.Should().NotContain("Verified emissions").And.NotContain("Verified by");
        using var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync(officer, id, "Excel", "en")));
        workbook.Worksheet(1).Column(1).CellsUsed().Should().NotContain(c => c.GetString().StartsWith(Keys.VerificationPrefix, StringComparison.Ordinal));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, Guid id, string handler, string lang)
    {
        using var response = await client.GetAsync(new Uri($"/Reports/Inventory/{id}?handler={handler}&lang={lang}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static IXLCell Value(IXLWorksheet sheet, string key) =>
        sheet.Column(1).CellsUsed().Single(c => c.GetString() == key).WorksheetRow().Cell(3);
}
