using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// In Thai, in a real browser: the assigned body's verifier raises a corrective action on a line from the
/// verification page; the officer answers it and opens the data for its correction, and the editor names the finding.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VerificationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Verification_ThaiVerifierRaisesACar_OfficerAnswersAndOpensTheCorrection()
    {
        var app = browser.App;
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2024, InventoryStatus.Approved);
        var body = await app.RegisterVerificationBodyAsync();
        await app.AssignVerificationAsync(id, body);
        var verifier = await app.CreateUserAsync(Roles.Verifier, body);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");

        var page = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(page, verifier);
        await page.GotoAsync($"/Verification/Inventory/{id}");
        await page.SelectOptionAsync("#raise-kind", "CorrectiveAction");
        await page.SelectOptionAsync("#raise-line", new Microsoft.Playwright.SelectOptionValue { Label = (await page.InnerTextAsync("#raise-line option:nth-child(3)")).Trim() });
        await page.FillAsync("#raise-text", "ใบเสร็จน้ำมันดีเซลเดือนธันวาคมขาด 400 ลิตร");
        await page.FillAsync("#raise-misstatement", "1096.236");
        await page.FillAsync("#raise-due", "2026-03-31");
        await page.ClickAsync("#raise-button");
        await page.WaitForSelectorAsync("#finding-1");
        (await page.InnerTextAsync("#finding-1")).Should().Contain("CAR 1").And.Contain("คำขอให้แก้ไข (CAR)").And.Contain("31 มี.ค. 2569");
        await BrowserFixture.ScreenshotAsync(page, "verification-verifier-th");

        var officerPage = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(officerPage, officer);
        await officerPage.GotoAsync($"/Inventories/Detail/{id}");
        await officerPage.ClickAsync("#link-verification");
        await officerPage.FillAsync("#answer-1", "เพิ่มใบเสร็จเดือนธันวาคมแล้ว");
        await officerPage.ClickAsync("#finding-1 .answer-form button");
        await officerPage.WaitForSelectorAsync("#finding-1 .finding-thread");
        await officerPage.ClickAsync("#finding-1 .correct-form button");
        await officerPage.WaitForSelectorAsync("#correction-banner");
        (await officerPage.InnerTextAsync("#correction-banner")).Should().Contain("เปิดให้แก้ไขข้อมูลตามข้อค้นพบ CAR 1").And.Contain("เสร็จสิ้นการแก้ไข");
        await BrowserFixture.ScreenshotAsync(officerPage, "verification-correction-banner-th", fullPage: false);
        await officerPage.ClickAsync("#finish-correction");
        await officerPage.WaitForSelectorAsync("#materiality");
        await BrowserFixture.ScreenshotAsync(officerPage, "verification-officer-th");
        (await app.InventoryAsync(id)).CorrectionFindingId.Should().BeNull();
    }
}
