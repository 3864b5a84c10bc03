using LowCarbonCity.Web.Hosting;
using Serilog;

// A plain (not "bootstrap", reloadable) logger for start-up errors: the host then builds its own from configuration.
// A reloadable one can be frozen only once per process, which breaks tests that start several hosts.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddAppLogging();
    builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
    builder.Services.AddAppServices();
    builder.Services.AddAppForwardedHeaders(builder.Configuration);
    builder.Services.AddAppTelemetry(builder.Configuration);

    var app = builder.Build();
    IcuStartupCheck.Ensure(LowCarbonCity.PdfLayout.WordBreaker.Default);
    app.UseAppPipeline();

    var database = app.Services.GetRequiredService<DatabaseStartup>();
    if (CommandLine.IsCommand(args))
    {
        if (CommandLine.NeedsInitializedDatabase(args))
        {
            await database.InitializeAsync(CancellationToken.None);
        }

        return await CommandLine.RunAsync(app, args);
    }

    // A database that cannot be reached yet does not stop the app: it answers 503 and DatabaseStartup retries.
    await database.TryInitializeAsync(CancellationToken.None);

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "LowCarbonCity failed to start");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The app's entry point; public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
