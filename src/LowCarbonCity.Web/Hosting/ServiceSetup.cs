namespace LowCarbonCity.Web.Hosting;

/// <summary>Registers the app's services: pages, errors, health checks, feature services.</summary>
public static class ServiceSetup
{
    public static IServiceCollection AddAppServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Features.Organisations.OrganisationDirectory>();
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
