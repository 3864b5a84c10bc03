using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// In a real browser, in Thai: TGO registers a verification body, the LAO's officer sends its approved inventory to
/// it, and the body's verifier signs in to their list and opens the inventory read-only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VerificationAccessJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RegisterAssignAndRead_InThai_TgoLaoOfficerAndVerifier()
    {
        var tgo = await browser.App.CreateUserAsync(Roles.TgoAnalyst);
        var officer = await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var inventoryId = await browser.App.CalculatedInventoryAsync("CMI-CM", 2024, InventoryStatus.Approved);

        var analyst = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(analyst, tgo);
        await analyst.ClickAsync("#nav-verification-bodies");
        await analyst.ClickAsync("#register-body");
        await analyst.FillAsync("#Input_Code", "VB-JOURNEY");
        await analyst.SelectOptionAsync("#Input_ProvinceCode", "10");
        await analyst.FillAsync("#Input_NameTh", "บริษัท ทวนสอบทดลอง จำกัด");
        await analyst.FillAsync("#Input_NameEn", "Trial Verification Co., Ltd.");
        await analyst.FillAsync("#Input_RegistrationNumber", "ทส. 555/2569");
        await analyst.FillAsync("#ValidFrom", "1/1/2569");
        await analyst.FillAsync("#ValidUntil", "31/12/2572");
        await BrowserFixture.ScreenshotAsync(analyst, "verification-body-form-th");
        await analyst.ClickAsync("#save-body");
        await analyst.Locator("#verification-bodies").WaitForAsync();
        (await analyst.InnerTextAsync("#verification-bodies")).Should().Contain("บริษัท ทวนสอบทดลอง จำกัด").And.Contain("ทส. 555/2569")
            .And.Contain("1 ม.ค. 2569 ถึง 31 ธ.ค. 2572").And.Contain("ใช้ได้");
        await BrowserFixture.ScreenshotAsync(analyst, "verification-bodies-th");

        var verifier = await browser.App.CreateUserAsync(Roles.Verifier, "VB-JOURNEY");
        var lao = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(lao, officer);
        await lao.GotoAsync($"/Inventories/Detail/{inventoryId}");
        await lao.ClickAsync("#link-assign-verification");
        await lao.Locator("#assign-form").WaitForAsync();
        await lao.SelectOptionAsync("#body", new Microsoft.Playwright.SelectOptionValue { Label = "บริษัท ทวนสอบทดลอง จำกัด (เลขทะเบียน ทส. 555/2569 ใช้ได้ถึง 31 ธ.ค. 2572)" });
        await BrowserFixture.ScreenshotAsync(lao, "verification-assign-th");
        await lao.ClickAsync("#assign");
        await lao.Locator("#verification-assigned").WaitForAsync();
        (await lao.InnerTextAsync("#verification-assigned")).Should().Contain("ส่งให้ บริษัท ทวนสอบทดลอง จำกัด (เลขทะเบียน ทส. 555/2569) ทวนสอบแล้ว");
        await BrowserFixture.ScreenshotAsync(lao, "verification-assigned-th", fullPage: false);

        var reader = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(reader, verifier);
        await reader.Locator("#verification-work").WaitForAsync();
        reader.Url.Should().EndWith("/Verification");
        (await reader.InnerTextAsync("#verification-work")).Should().Contain("เทศบาลนครเชียงใหม่").And.Contain("พ.ศ. 2567").And.Contain("อยู่ระหว่างการทวนสอบ");
        await BrowserFixture.ScreenshotAsync(reader, "verification-work-list-th");
        await reader.ClickAsync("a.open-inventory");
        await reader.Locator("#verifier-read-only").WaitForAsync();
        (await reader.Locator("#add-line-form, #comment-form, #evidence-form, form.line-form").CountAsync()).Should().Be(0);
        await BrowserFixture.ScreenshotAsync(reader, "verification-verifier-detail-th");
    }
}
