using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>Pages forbid foreign and inline scripts and framing; the API answers without the page policy.</summary>
public sealed class SecurityHeaderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/SignIn")]
    public async Task Page_CarriesTheContentSecurityPolicy(string path)
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which.Should().Be(SecurityHeaders.PagePolicy)
            .And.Contain("script-src 'self';").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task Page_HasNoInlineScript()
    {
        using var client = app.AnonymousClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")
            .Should().BeEmpty("the policy would block it: scripts live in wwwroot/js");
    }

    [Fact]
    public async Task Api_HasNoPagePolicy()
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync(new Uri("/api/v1/provinces", UriKind.Relative));

        response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }
}
