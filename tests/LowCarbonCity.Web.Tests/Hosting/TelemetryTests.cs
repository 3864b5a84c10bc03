using System.Net;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// <c>/metrics</c> with <c>Telemetry:Prometheus:Enabled</c> and the default allowed networks (loopback only): the
/// request duration of ASP.NET Core and the app's own recalculation histogram, read back as Prometheus text; any other
/// client address gets 404. The test server has no socket, so each request names the address it "comes from".
/// Alone in its collection: the ASP.NET Core meter of every host in the test process shares one stream in the
/// listening meter provider, and another class's host stopping meanwhile would end that stream.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TelemetryTests.MetricsAppFactory app) : IClassFixture<TelemetryTests.MetricsAppFactory>
{
    [Fact]
    public async Task Metrics_FromLoopbackAfterRequestsAndARecalculation_ListsRequestDurationAndTheAppsOwnMeter()
    {
        using var client = app.ClientFrom("127.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            health.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var summary = await app.WithServiceAsync<RecalculationService, RecalculationSummary>(s => s.RecalculateAllAsync(null, includeLocked: true, null, CancellationToken.None));
        summary.Recalculated.Should().Be(0, "a fresh database holds no inventory");

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await metrics.Content.ReadAsStringAsync();

        metrics.StatusCode.Should().Be(HttpStatusCode.OK);
        metrics.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        text.Should().Contain("http_server_request_duration_seconds_bucket{")
            .And.MatchRegex(@"http_server_request_duration_seconds_count\{[^}]*http_route=""/?health""[^}]*\} (?:[3-9]|[1-9][0-9]+)\b")
            .And.MatchRegex(@"lcc_recalculation_duration_seconds_count(\{[^}]*\})? [1-9]");
    }

    [Theory]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Metrics_FromOtherLoopbackForms_Answers(string peer)
    {
        using var client = app.ClientFrom(peer);

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        metrics.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("10.0.0.7")]
    [InlineData("192.0.2.44")]
    [InlineData("2001:db8::1")]
    public async Task Metrics_FromOutsideTheAllowedNetworks_IsNotFound(string peer)
    {
        using var client = app.ClientFrom(peer);

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await metrics.Content.ReadAsStringAsync();

        metrics.StatusCode.Should().Be(HttpStatusCode.NotFound);
        text.Should().NotContain("http_server_request_duration");
    }

    /// <summary>The Prometheus endpoint on, allowed networks left at their default (loopback).</summary>
    public sealed class MetricsAppFactory : AppFactory
    {
        internal const string PeerHeader = "X-Test-Peer";

        /// <summary>A client whose requests arrive from <paramref name="peer"/>.</summary>
        public HttpClient ClientFrom(string peer)
        {
            var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add(PeerHeader, peer);
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Prometheus:Enabled", "true");
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new PeerAddress(PeerHeader)));
        }
    }
}

/// <summary>Stands in for the socket: the request's remote address is the one the test names in <c>X-Test-Peer</c>.</summary>
internal sealed class PeerAddress(string header) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[header].ToString());
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The e-mail outbox's counter, read back from <c>/metrics</c> after a workflow step sent an e-mail over SMTP.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryEmailTests(TelemetryEmailTests.MetricsMailAppFactory app) : IClassFixture<TelemetryEmailTests.MetricsMailAppFactory>
{
    [Fact]
    public async Task Metrics_AfterAnEmailWasSent_CountsItAsSent()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var id = await app.CreateInventoryAsync("CMI-CM", 2024);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TelemetryTests.MetricsAppFactory.PeerHeader, "127.0.0.1");

        await app.MoveAsync(municipal, id, s => s.SubmitAsync);
        await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == provincial.Email));
        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !SentLine().IsMatch(text); attempt++)
        {
            await Task.Delay(100); // the counter moves right after the row is marked sent
            using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            metrics.StatusCode.Should().Be(HttpStatusCode.OK);
            text = await metrics.Content.ReadAsStringAsync();
        }

        text.Should().MatchRegex(SentLine().ToString());
    }

    private static System.Text.RegularExpressions.Regex SentLine() => new(@"lcc_email_sent_total(\{[^}]*\})? [1-9]");

    /// <summary>E-mail on and the Prometheus endpoint on (loopback only).</summary>
    public sealed class MetricsMailAppFactory : MailAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Prometheus:Enabled", "true");
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new PeerAddress(TelemetryTests.MetricsAppFactory.PeerHeader)));
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>With the default settings there is no <c>/metrics</c>, from any address; a bad allowed network stops the start.</summary>
public sealed class TelemetryDefaultTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Metrics_ByDefault_IsNotFound()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await metrics.Content.ReadAsStringAsync();

        metrics.StatusCode.Should().Be(HttpStatusCode.NotFound);
        text.Should().NotContain("http_server_request_duration");
    }

    [Fact]
    public async Task AllowedNetwork_NotACidrRange_StopsTheAppAtStartNamingTheSetting()
    {
        var broken = new BrokenNetworkAppFactory();
        try
        {
            var start = () => broken.InitializeAsync();

            (await start.Should().ThrowAsync<OptionsValidationException>())
                .Which.Message.Should().Contain("Telemetry:Prometheus:AllowedNetworks").And.Contain("10.0.0.0/33");
        }
        finally
        {
            await ((IAsyncLifetime)broken).DisposeAsync();
        }
    }

    private sealed class BrokenNetworkAppFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Prometheus:Enabled", "true");
            builder.UseSetting("Telemetry:Prometheus:AllowedNetworks:0", "10.0.0.0/33");
        }
    }
}
