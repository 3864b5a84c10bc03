using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>The app on a real loopback socket (Kestrel) plus the shared test database.</summary>
public sealed class LiveAppFactory : AppFactory
{
    protected override bool UseRealSocket => true;
}

/// <summary>
/// One app on a real socket and one headless Debian Chromium driven by Playwright, shared by a browser test class.
/// Each journey opens its own browser contexts (separate cookies), one per person.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture()
        : this(new LiveAppFactory())
    {
    }

    /// <summary>A fixture over another live app (one with e-mail, <see cref="MailBrowserFixture"/>).</summary>
    protected BrowserFixture(AppFactory app) => App = app;

    public AppFactory App { get; }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath.Find(),
            Headless = true,
            // Without these, Chromium keeps calling Google's hosts, which this network refuses (docs: env/machines).
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) whose browser asks for <paramref name="locale"/> pages.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.RootUri.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1180, Height = 820 }, // a landscape tablet
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real sign-in page.</summary>
    public static async Task SignInAsync(IPage page, TestUser user)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(user);
        await page.GotoAsync("/Account/SignIn");
        await page.FillAsync("#Input_Email", user.Email);
        await page.FillAsync("#Input_Password", user.Password);
        await page.ClickAsync("main form button[type=submit]");
        // Waits for the signed-in layout itself (only a signed-in page has the sign-out form), never for a load event or
        // a URL change: both were once missed on a busy CI machine while the page was already shown (15 s timeouts).
        await page.Locator("form[action='/Account/SignOut']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
    }

    /// <summary>Saves a full-page screenshot under <c>TestResults/screenshots</c>.</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.ScreenshotPath(name), FullPage = fullPage });

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

/// <summary>The browser over an app that sends e-mail to an in-process SMTP server, whose messages the journey reads back.</summary>
public sealed class MailBrowserFixture : BrowserFixture
{
    public MailBrowserFixture()
        : base(new LiveMailAppFactory())
    {
    }

    public TestSmtpServer Smtp => ((MailAppFactory)App).Smtp;
}
