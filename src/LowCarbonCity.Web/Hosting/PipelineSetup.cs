using LowCarbonCity.Web.Api;
using Serilog;

namespace LowCarbonCity.Web.Hosting;

/// <summary>The HTTP pipeline, in order.</summary>
public static class PipelineSetup
{
    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
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
