using Serilog;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Serilog from configuration (docs/conventions.md O1): console and rolling file, structured, no personal data.</summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(IsOutageNoise),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// The framework's error for each request that met an unreachable database (EF Core, ASP.NET Core, Npgsql, the
    /// request log): <see cref="DatabaseOutage"/> logs the outage once instead. The app's own jobs still log theirs.
    /// </summary>
    private static bool IsOutageNoise(Serilog.Events.LogEvent e) =>
        e.Exception is { } ex && DatabaseUnavailable.Is(ex)
        && e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Trim('"') is var name
        && (name.StartsWith("Microsoft.", StringComparison.Ordinal) || name.StartsWith("Npgsql", StringComparison.Ordinal) || name.StartsWith("Serilog.AspNetCore", StringComparison.Ordinal));
}
