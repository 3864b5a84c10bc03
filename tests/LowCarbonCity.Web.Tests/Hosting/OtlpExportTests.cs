using System.Text;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// Traces leave the process for the collector <c>Telemetry:Otlp:Endpoint</c> names: a real OTLP/gRPC receiver (HTTP/2
/// without TLS on a loopback port, the trace service's Export method answering an empty success) gets the app's
/// spans, with the service name, a request's route and the recalculation span, after a request and a recalculation run.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OtlpExportTests : IAsyncLifetime
{
    private const string ExportPath = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
    private readonly List<byte[]> _received = [];
    private WebApplication? _collector;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        _collector = builder.Build();
        _collector.MapPost(ExportPath, async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            lock (_received)
            {
                _received.Add(body.ToArray());
            }

            // gRPC: one length-prefixed message (an empty ExportTraceServiceResponse) and grpc-status 0 in the trailers.
            context.Response.ContentType = "application/grpc";
            await context.Response.Body.WriteAsync(new byte[5]);
            context.Response.AppendTrailer("grpc-status", "0");
        });
        await _collector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }
    }

    [Fact]
    public async Task Traces_WithACollectorConfigured_ReachItOverOtlpGrpc()
    {
        var address = _collector!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await using var app = new CollectorAppFactory(address);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri("/health", UriKind.Relative))).EnsureSuccessStatusCode();
        await app.WithServiceAsync<RecalculationService, RecalculationSummary>(s => s.RecalculateAllAsync(null, includeLocked: true, null, CancellationToken.None));
        app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000).Should().BeTrue("the exporter flushes to the collector");

        string everything;
        lock (_received)
        {
            _received.Should().NotBeEmpty("the collector received at least one export call");
            everything = string.Join("\n", _received.Select(b => Encoding.UTF8.GetString(b)));
        }

        // Protobuf keeps strings as UTF-8 bytes: the resource's service name and the spans' names are readable in it.
        everything.Should().Contain("LowCarbonCity", "the resource names the service")
            .And.Contain("recalculation", "the app's own span for a recalculation run")
            .And.Contain("/health", "the request span carries its route");
    }

    /// <summary>The app with its traces sent to the test collector.</summary>
    private sealed class CollectorAppFactory(string collector) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Otlp:Endpoint", collector);
        }
    }
}
