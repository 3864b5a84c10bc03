using LowCarbonCity.Web.Api;
using Serilog;

namespace LowCarbonCity.Web.Hosting;

/// <summary>The HTTP pipeline, in order.</summary>
public static class PipelineSetup
{
    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        // First: scheme and client address as the trusted proxy saw them (ForwardedHeadersSetup).
        app.UseForwardedHeaders();
        // Then /metrics, when enabled, to the monitoring network only (TelemetrySetup).
        app.UseAppMetricsEndpoint();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // A 503 for an unreachable database is logged once per outage (DatabaseOutage), not as an error per request.
        // The app's configured logger (levels, sinks, the outage filter), not the plain start-up console logger.
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = (context, _, ex) =>
                ex is not null && !DatabaseUnavailable.Is(ex) || context.Response.StatusCode is > 499 and not StatusCodes.Status503ServiceUnavailable
                    ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Information;
        });
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseMiddleware<DatabaseOutageResponse>();
        app.UseRouting();
        app.UseAuthentication();
        // After authentication: a signed-in user's own language choice comes first.
        app.UseAppLocalization();
        app.UseAuthorization();
        // After authorization, so the API's Bearer principal is known and each account gets its own partition.
        app.UseRateLimiter();
        // After routing and authorization (the endpoint's form limits are known; strangers get 401 first), before anything reads input.
        app.UseMiddleware<InputGuard>();
        app.UseMiddleware<PasswordChangeGate>();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapCalculationEndpoints();
        app.MapCategoryEndpoints();
        app.MapAppApi();
        app.MapRazorPages();
        return app;
    }
}
