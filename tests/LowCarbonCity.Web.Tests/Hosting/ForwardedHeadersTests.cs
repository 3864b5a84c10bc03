using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// An app behind a TLS proxy at 10.0.0.7 (or anywhere in 192.168.50.0/24), as configured: a request that the proxy
/// says came over HTTPS gets HSTS and a Secure sign-in cookie; the same headers from any other address are ignored.
/// The test server has no socket, so each request names the address it "comes from" (the TCP peer the proxy would be).
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.BehindProxyAppFactory app) : IClassFixture<ForwardedHeadersTests.BehindProxyAppFactory>
{
    [Theory]
    [InlineData("10.0.0.7")]
    [InlineData("192.168.50.20")]
    public async Task HttpsFromKnownProxy_SendsHstsAndSecureSignInCookie(string proxy)
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        using var client = app.ClientFrom(proxy, "https");

        using var page = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        using var signedIn = await AppFactory.SignInAsync(client, user.Email, user.Password);

        page.Headers.TryGetValues("Strict-Transport-Security", out var hsts).Should().BeTrue();
        hsts!.Single().Should().StartWith("max-age=");
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        AuthCookie(signedIn).Should().Contain("secure", "the visitor reached the proxy over HTTPS");
    }

    [Fact]
    public async Task HttpsClaimFromUnknownAddress_IsIgnored()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        using var client = app.ClientFrom("203.0.113.9", "https");

        using var page = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        using var signedIn = await AppFactory.SignInAsync(client, user.Email, user.Password);

        page.Headers.Contains("Strict-Transport-Security").Should().BeFalse("anyone can send X-Forwarded-Proto; only the proxy is believed");
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        AuthCookie(signedIn).Should().NotContain("secure");
    }

    [Fact]
    public async Task PlainHttpFromKnownProxy_SendsNoHsts()
    {
        using var client = app.ClientFrom("10.0.0.7", "http");
        using var page = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lcc.auth=", StringComparison.Ordinal));

    /// <summary>The app configured to trust one proxy address and one proxy network.</summary>
    public sealed class BehindProxyAppFactory : AppFactory
    {
        private const string PeerHeader = "X-Test-Peer";

        /// <summary>A client whose requests arrive from <paramref name="peer"/> saying the visitor used <paramref name="scheme"/>.</summary>
        public HttpClient ClientFrom(string peer, string scheme)
        {
            var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://lcc.example.org") });
            client.DefaultRequestHeaders.Add(PeerHeader, peer);
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.7");
            builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "192.168.50.0/24");
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new PeerAddress()));
        }

        /// <summary>Stands in for the socket: the request's remote address is the one the test names.</summary>
        private sealed class PeerAddress : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].ToString());
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
