using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Tests.Verification;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// An anonymous visitor with a Thai browser finds a published, verified inventory by province, reads the statement's
/// summary and the target on its page, and downloads the statement and the public report as PDFs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicVerifiedJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnonymousThaiVisitor_FindsVerifiedInventoryByProvince_ReadsStatementAndTarget_DownloadsThePdfs()
    {
        var app = browser.App;
        var baseYear = await app.CalculatedInventoryAsync("CMI-CM", 2019, InventoryStatus.Approved);
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2023, InventoryStatus.Approved);
        await app.CreateTargetAsync("CMI-CM");
        var issued = await app.SetUpStatementAsync(id, new VerifiedTotals(13_702.95m, 59_988m, 0m), certify: true);
        await app.PublishAsync(baseYear);
        await app.PublishAsync(id);
        var page = await browser.NewPageAsync("th-TH");

        await page.GotoAsync("/Public");
        await page.SelectOptionAsync("#province", "50");
        await page.ClickAsync("#public-search button[type=submit]");
        await page.ClickAsync("#public-list tr[data-organisation='CMI-CM'][data-year='2023'] a");
        await page.WaitForSelectorAsync("#public-verification");
        (await page.InnerTextAsync("#public-verification")).Should().Contain("บริษัท ทวนสอบคาร์บอน จำกัด").And.Contain(issued.RegistrationNumber)
            .And.Contain("ระดับการรับรองแบบจำกัด").And.Contain("ไม่มีเงื่อนไข").And.Contain("73.691");
        (await page.InnerTextAsync("#public-target")).Should().Contain("ลดลง 21 %").And.Contain("ไม่เป็นไปตามเป้า");
        await BrowserFixture.ScreenshotAsync(page, "public-verified-th");

        var statement = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#public-statement-th"));
        var text = StatementPdfTests.Text(await File.ReadAllBytesAsync((await statement.PathAsync())!), "journey-public-statement-th.pdf");
        text.Should().Contain("ถ้อยแถลงการทวนสอบ").And.Contain("รวมขอบเขต 1-3 73.691");
        var report = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#public-report-th"));
        StatementPdfTests.Text(await File.ReadAllBytesAsync((await report.PathAsync())!), "journey-public-report-th.pdf")
            .Should().Contain("ฉบับเผยแพร่ต่อสาธารณะ");
    }
}
