using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>The bell in a real browser, in Thai: a submission reaches the province's officer, who opens the inventory from it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Submission_ThaiProvincialOfficer_SeesTheBellCountAndOpensTheInventoryFromTheNotification()
    {
        var municipal = await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await browser.App.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var id = await browser.App.CreateInventoryAsync("CMI-CM", 2025);

        var officer = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(officer, municipal);
        await officer.GotoAsync($"/Inventories/Submit/{id}");
        await officer.ClickAsync("#submit-button");
        await officer.WaitForURLAsync(url => !url.Contains("/Inventories/Submit", StringComparison.Ordinal));

        var reviewer = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(reviewer, provincial);
        (await reviewer.InnerTextAsync("#notification-count")).Should().Be("1");
        (await reviewer.GetAttributeAsync("#notification-bell", "aria-label")).Should().Be("การแจ้งเตือน: ยังไม่ได้อ่าน 1 รายการ");
        await BrowserFixture.ScreenshotAsync(reviewer, "notification-bell-th", fullPage: false);

        await reviewer.ClickAsync("#notification-bell");
        await reviewer.WaitForURLAsync(url => url.Contains("/Notifications", StringComparison.Ordinal));
        var item = reviewer.Locator("#notifications li").First;
        // 2025 + 543 = 2568.
        (await item.InnerTextAsync()).Should().Contain("เทศบาลนครเชียงใหม่ ส่งบัญชีก๊าซเรือนกระจกปี พ.ศ. 2568 ให้ตรวจสอบแล้ว").And.Contain("ใหม่").And.Contain("2568");
        await BrowserFixture.ScreenshotAsync(reviewer, "notifications-th");

        await item.Locator("button.notification-open").ClickAsync();
        await reviewer.WaitForURLAsync(url => url.Contains($"/Inventories/Review/{id}", StringComparison.Ordinal));
        (await reviewer.GetAttributeAsync("html", "lang")).Should().Be("th");
        (await reviewer.Locator("#notification-count").CountAsync()).Should().Be(0, "the one notification was read by opening it");
        await BrowserFixture.ScreenshotAsync(reviewer, "notification-opened-review-th", fullPage: false);
    }
}
