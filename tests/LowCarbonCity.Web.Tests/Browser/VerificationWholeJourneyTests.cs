using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Verification;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// The whole verification, end to end in a real browser, in Thai, each person in their own session: TGO registers a
/// verification body; the LAO's officer sends the approved inventory to it; the verifier raises a corrective action on
/// the diesel line and a clarification on the inventory; the officer answers both and corrects the line; the verifier
/// closes both and issues the statement; TGO certifies; the officer publishes; an anonymous visitor finds it by
/// province and downloads the statement, the public report and the open data.
/// Hand-worked: diesel 5,000 L × 2.74059 kg/L = 13,702.95 kg, corrected to 5,400 L = 14,799.186 kg; grid
/// 120,000 kWh × 0.4999 = 59,988 kg; verified total 14,799.186 + 59,988 = 74,787.186 kg = 74.787 t.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VerificationWholeJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RegisterAssignFindCorrectCloseIssueCertifyPublish_ThenAnonymousDownloads_InThai()
    {
        var app = browser.App;
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2024, InventoryStatus.Approved);

        // TGO registers the body.
        var analyst = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(analyst, tgo);
        await analyst.ClickAsync("#nav-verification-bodies");
        await analyst.ClickAsync("#register-body");
        await analyst.FillAsync("#Input_Code", "VB-WHOLE");
        await analyst.SelectOptionAsync("#Input_ProvinceCode", "10");
        await analyst.FillAsync("#Input_NameTh", "บริษัท ทวนสอบครบวงจร จำกัด");
        await analyst.FillAsync("#Input_NameEn", "Whole Verification Co., Ltd.");
        await analyst.FillAsync("#Input_RegistrationNumber", "ทส. 777/2569");
        await analyst.FillAsync("#ValidFrom", "1/1/2569");
        await analyst.FillAsync("#ValidUntil", "31/12/2572");
        await analyst.ClickAsync("#save-body");
        await analyst.Locator("#verification-bodies").WaitForAsync();
        (await analyst.InnerTextAsync("#verification-bodies")).Should().Contain("บริษัท ทวนสอบครบวงจร จำกัด");
        var verifierUser = await app.CreateUserAsync(Roles.Verifier, "VB-WHOLE");

        // The LAO's officer sends the approved inventory to it.
        var lao = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(lao, officer);
        await lao.GotoAsync($"/Inventories/Detail/{id}");
        await lao.ClickAsync("#link-assign-verification");
        await lao.Locator("#assign-form").WaitForAsync();
        await lao.SelectOptionAsync("#body", new SelectOptionValue { Label = "บริษัท ทวนสอบครบวงจร จำกัด (เลขทะเบียน ทส. 777/2569 ใช้ได้ถึง 31 ธ.ค. 2572)" });
        await lao.ClickAsync("#assign");
        await lao.Locator("#verification-assigned").WaitForAsync();

        // The verifier raises a corrective action on the diesel line and a clarification on the whole inventory.
        var verifier = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(verifier, verifierUser);
        await verifier.GotoAsync($"/Verification/Inventory/{id}");
        await verifier.SelectOptionAsync("#raise-kind", "CorrectiveAction");
        var diesel = (await verifier.Locator("#raise-line option", new() { HasTextString = "ดีเซล" }).First.InnerTextAsync()).Trim();
        await verifier.SelectOptionAsync("#raise-line", new SelectOptionValue { Label = diesel });
        await verifier.FillAsync("#raise-text", "ใบเสร็จน้ำมันดีเซลเดือนธันวาคมขาด 400 ลิตร");
        await verifier.FillAsync("#raise-misstatement", "1096.236");
        await verifier.FillAsync("#raise-due", "31/3/2569"); // as a Thai reader types it: day/month/Buddhist Era year
        await verifier.ClickAsync("#raise-button");
        await verifier.Locator("#finding-1").WaitForAsync();
        await verifier.SelectOptionAsync("#raise-kind", "Clarification");
        await verifier.FillAsync("#raise-text", "โปรดชี้แจงที่มาของปริมาณไฟฟ้า");
        await verifier.FillAsync("#raise-due", "31/3/2569"); // as a Thai reader types it: day/month/Buddhist Era year
        await verifier.ClickAsync("#raise-button");
        await verifier.Locator("#finding-2").WaitForAsync();
        (await verifier.InnerTextAsync("#finding-1")).Should().Contain("คำขอให้แก้ไข (CAR)").And.Contain("31 มี.ค. 2569");
        (await verifier.InnerTextAsync("#finding-2")).Should().Contain("คำขอชี้แจง (CR)");
        (await verifier.Locator("#statement-blocked").CountAsync()).Should().Be(1, "a corrective action is open");

        // The officer answers both, then corrects the diesel line for the corrective action.
        await lao.GotoAsync($"/Verification/Inventory/{id}");
        await lao.FillAsync("#answer-1", "เพิ่มใบเสร็จเดือนธันวาคมแล้ว ปริมาณรวม 5,400 ลิตร");
        await lao.ClickAsync("#finding-1 .answer-form button");
        await lao.Locator("#finding-1 .finding-thread").WaitForAsync();
        await lao.FillAsync("#answer-2", "จากใบแจ้งหนี้การไฟฟ้า 12 เดือน");
        await lao.ClickAsync("#finding-2 .answer-form button");
        await lao.Locator("#finding-2 .finding-thread").WaitForAsync();
        await lao.ClickAsync("#finding-1 .correct-form button");
        await lao.Locator("#correction-banner").WaitForAsync();
        var card = await InventoryPages.CardPrefixAsync(lao, 5_000m);
        await lao.FillAsync($"#{card}amount", "5400");
        await lao.ClickAsync($"#{card}save");
        await lao.Locator($"#{card}tco2e", new() { HasTextString = "14.799" }).WaitForAsync();
        await lao.ClickAsync("#finish-correction");
        await lao.Locator("#materiality").WaitForAsync();

        // The verifier closes both and issues the statement with the corrected totals.
        await verifier.GotoAsync($"/Verification/Inventory/{id}");
        await verifier.ClickAsync("#finding-1 .close-form button");
        await verifier.Locator("#finding-1 .reopen-form").WaitForAsync();
        await verifier.ClickAsync("#finding-2 .close-form button");
        await verifier.Locator("#finding-2 .reopen-form").WaitForAsync();
        await verifier.FillAsync("#statement-date", "15/3/2569");
        await verifier.FillAsync("#statement-signatory", "นายวิชัย ตรวจดี");
        await verifier.FillAsync("#statement-signatory-title", "ผู้ทวนสอบหลัก");
        await verifier.ClickAsync("#statement-button");
        await verifier.Locator("#statement-issued").WaitForAsync();
        (await verifier.InnerTextAsync("#statement-total")).Should().Contain("74.787");
        await BrowserFixture.ScreenshotAsync(verifier, "verification-whole-statement-th");

        // TGO certifies: the inventory is Verified.
        await analyst.GotoAsync($"/Verification/Inventory/{id}");
        await analyst.ClickAsync("#certify-button");
        await analyst.Locator("#certify-button").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Verified);

        // The officer publishes it.
        await lao.GotoAsync($"/Inventories/Publish/{id}");
        await lao.ClickAsync("#publish-button");
        await lao.Locator("#public-page").WaitForAsync();

        // Anyone finds it by province and downloads the statement, the public report and the open data.
        var visitor = await browser.NewPageAsync("th-TH");
        await visitor.GotoAsync("/Public");
        await visitor.SelectOptionAsync("#province", "50");
        await visitor.ClickAsync("#public-search button[type=submit]");
        await visitor.ClickAsync("#public-list tr[data-organisation='CMI-CM'][data-year='2024'] a");
        await visitor.Locator("#public-verification").WaitForAsync();
        (await visitor.InnerTextAsync("#public-verification")).Should().Contain("บริษัท ทวนสอบครบวงจร จำกัด").And.Contain("ทส. 777/2569").And.Contain("74.787");
        await BrowserFixture.ScreenshotAsync(visitor, "verification-whole-public-th");
        var statement = await visitor.RunAndWaitForDownloadAsync(() => visitor.ClickAsync("#public-statement-th"));
        StatementPdfTests.Text(await File.ReadAllBytesAsync((await statement.PathAsync())!), "journey-whole-statement-th.pdf")
            .Should().Contain("ถ้อยแถลงการทวนสอบ").And.Contain("74.787").And.Contain("นายวิชัย ตรวจดี");
        var report = await visitor.RunAndWaitForDownloadAsync(() => visitor.ClickAsync("#public-report-th"));
        StatementPdfTests.Text(await File.ReadAllBytesAsync((await report.PathAsync())!), "journey-whole-report-th.pdf")
            .Should().Contain("ฉบับเผยแพร่ต่อสาธารณะ");
        var csv = await visitor.RunAndWaitForDownloadAsync(() => visitor.ClickAsync("#open-data-csv"));
        (await File.ReadAllTextAsync((await csv.PathAsync())!)).Should().Contain("CMI-CM").And.Contain("CC-BY-4.0");
    }
}
