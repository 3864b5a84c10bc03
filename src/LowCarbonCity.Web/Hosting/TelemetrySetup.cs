using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Metrics and traces (section <c>Telemetry</c>, docs/operations.md "Metrics and traces"). Metrics are always
/// collected in memory; they leave the process only through <c>/metrics</c> when <see cref="PrometheusOptions.Enabled"/>
/// (off by default, and then only to <see cref="PrometheusOptions.AllowedNetworks"/>). Traces are exported only
/// when <see cref="OtlpOptions.Endpoint"/> is set.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    public PrometheusOptions Prometheus { get; } = new();

    public OtlpOptions Otlp { get; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in Prometheus.AllowedNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                yield return new ValidationResult(
                    $"{Section}:Prometheus:AllowedNetworks holds '{network}', which is not an IP address range (CIDR, e.g. 10.0.0.0/8).",
                    ["Prometheus.AllowedNetworks"]);
            }
        }

        if (Otlp.Endpoint.Length > 0 && !Uri.TryCreate(Otlp.Endpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"{Section}:Otlp:Endpoint holds '{Otlp.Endpoint}', which is not an absolute URL (e.g. http://collector:4317).", ["Otlp.Endpoint"]);
        }
    }
}

public sealed class PrometheusOptions
{
    /// <summary>Serve <c>/metrics</c> in Prometheus' text format. Off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Client networks (CIDR) that may read <c>/metrics</c>; any other address gets 404. Empty: loopback only
    /// (127.0.0.0/8 and ::1). The address is the one <c>ForwardedHeaders</c> trusts.
    /// </summary>
    public IList<string> AllowedNetworks { get; } = [];
}

public sealed class OtlpOptions
{
    /// <summary>An OTLP collector (gRPC, e.g. <c>http://collector:4317</c>) that receives the traces; empty: no trace export.</summary>
    public string Endpoint { get; set; } = string.Empty;
}

/// <summary>The app's own meter and activity source, for its background work.</summary>
public static class AppTelemetry
{
    public const string Name = "LowCarbonCity";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>E-mails the SMTP server accepted.</summary>
    public static readonly Counter<long> EmailsSent = Meter.CreateCounter<long>("lcc.email.sent", "{email}", "E-mails from the outbox the SMTP server accepted");

    /// <summary>E-mails the SMTP server refused for good (marked failed).</summary>
    public static readonly Counter<long> EmailsFailed = Meter.CreateCounter<long>("lcc.email.failed", "{email}", "E-mails from the outbox the SMTP server refused for good");

    /// <summary>E-mails postponed to a later pass (server unreachable or "try later").</summary>
    public static readonly Counter<long> EmailsPostponed = Meter.CreateCounter<long>("lcc.email.postponed", "{email}", "E-mails from the outbox postponed to a later attempt");

    /// <summary>How long one recalculation run took.</summary>
    public static readonly Histogram<double> RecalculationDuration = Meter.CreateHistogram<double>("lcc.recalculation.duration", "s", "Duration of one recalculation run of stored inventories");

    /// <summary>Inventories a recalculation run recalculated, by outcome (<c>recalculated</c>, <c>failed</c>).</summary>
    public static readonly Counter<long> RecalculatedInventories = Meter.CreateCounter<long>("lcc.recalculation.inventories", "{inventory}", "Inventories processed by recalculation runs, by outcome");
}

public static class TelemetrySetup
{
    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = new TelemetryOptions();
        configuration.GetSection(TelemetryOptions.Section).Bind(settings);
        var otlp = Uri.TryCreate(settings.Otlp.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(AppTelemetry.Name));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AppTelemetry.Name, "Npgsql", "Microsoft.EntityFrameworkCore");
            if (settings.Prometheus.Enabled)
            {
                // No cached answer: each scrape sees the counts as they are (the endpoint is for the monitoring network only).
                metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            }
        });
        if (otlp is not null)
        {
            // Database spans come from Npgsql itself (PostgreSQL); SQLite emits none.
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsScrape(context))
                .AddSource(AppTelemetry.Name, "Npgsql")
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }

        return services;
    }

    /// <summary>
    /// Serves <c>/metrics</c> when enabled, before anything else reads the request (no sign-in, no request log line
    /// per scrape), and only to the allowed networks. Otherwise <c>/metrics</c> is 404 for everyone, signed in or not.
    /// </summary>
    public static WebApplication UseAppMetricsEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (settings.Prometheus.Enabled)
        {
            IReadOnlyList<IPNetwork> allowed = settings.Prometheus.AllowedNetworks.Count == 0
                ? [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")]
                : settings.Prometheus.AllowedNetworks.Select(n => IPNetwork.Parse(n)).ToList();
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => IsScrape(context) && IsAllowed(context.Connection.RemoteIpAddress, allowed));
        }

        app.UseWhen(IsScrape, refused => refused.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }));
        return app;
    }

    private static bool IsScrape(HttpContext context) => context.Request.Path == "/metrics";

    private static bool IsAllowed(IPAddress? address, IReadOnlyList<IPNetwork> allowed)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return allowed.Any(n => n.Contains(plain));
    }
}
