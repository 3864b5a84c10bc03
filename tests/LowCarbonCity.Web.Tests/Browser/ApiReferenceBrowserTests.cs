using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>The interactive API reference carries its own Content-Security-Policy and may not be framed.</summary>
public sealed class ApiReferenceHeaderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/api/reference/")]
    [InlineData("/api/reference/scalar.aspnetcore.js")]
    public async Task Reference_CarriesItsPolicyAndRefusesFraming(string path)
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var policy = response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which;
        policy.Should().Be(SecurityHeaders.ReferencePolicy).And.Contain("frame-ancestors 'none'").And.Contain("connect-src 'self'").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
    }
}

/// <summary>Under that policy the reference still works in a real browser: it renders the operations and nothing is blocked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reference_RendersTheOperationsWithoutPolicyViolations()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("/api/reference/");
        await page.GetByRole(AriaRole.Heading, new() { Name = "LowCarbonCity API" }).WaitForAsync();
        await page.GetByText("/api/v1/calculations").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "api-reference", fullPage: false);

        violations.Should().BeEmpty();
    }
}
