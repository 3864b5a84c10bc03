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
            .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
