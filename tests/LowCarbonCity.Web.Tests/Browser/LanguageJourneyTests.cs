using LowCarbonCity.Web.Hosting;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>Thai by default for Thai browsers, and a language switch remembered per user, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ThaiBrowser_GetsThai_SwitchToEnglish_IsRememberedAtTheNextSignInFromAnotherBrowser()
    {
        var user = await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var page = await browser.NewPageAsync("th-TH");

        await page.GotoAsync("/Account/SignIn");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("th");
        (await page.InnerTextAsync("main")).Should().Contain("เข้าสู่ระบบ");
        await BrowserFixture.ScreenshotAsync(page, "sign-in-th");

        await BrowserFixture.SignInAsync(page, user);
        page.Url.Should().NotContain("/Account/SignIn");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("th");
        await page.ClickAsync("#language-switch button[type=submit]");
        await page.WaitForSelectorAsync("html[lang=en]", new() { State = WaitForSelectorState.Attached });
        (await page.InnerTextAsync("#language-switch")).Should().Contain("ภาษาไทย", "the switch now offers Thai");

        // Another browser, still asking for Thai: the account's choice wins once signed in.
        var other = await browser.NewPageAsync("th-TH");
        await other.GotoAsync("/Account/SignIn");
        (await other.GetAttributeAsync("html", "lang")).Should().Be("th", "not signed in yet, the browser's language applies");
        await BrowserFixture.SignInAsync(other, user);
        (await other.GetAttributeAsync("html", "lang")).Should().Be("en");
        await BrowserFixture.ScreenshotAsync(other, "home-en");
    }

    [Fact]
    public async Task EnglishBrowser_GetsEnglish_AndTheSwitchWorksWithTheKeyboard()
    {
        var page = await browser.NewPageAsync("en-GB");
        await page.GotoAsync("/Account/SignIn");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("en");

        await page.FocusAsync("#language-switch button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("html[lang=th]", new() { State = WaitForSelectorState.Attached });
        (await page.InnerTextAsync("main")).Should().Contain("เข้าสู่ระบบ");
    }
}
