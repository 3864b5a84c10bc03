namespace LowCarbonCity.Web.Features.Verification;

/// <summary>The services of registered bodies, assignment and the verifier's work list, and the materiality setting (checked at start).</summary>
public static class VerificationAccessSetup
{
    public static IServiceCollection AddVerificationAccess(this IServiceCollection services)
    {
        services.AddScoped<VerificationBodyService>();
        services.AddScoped<VerificationAssignmentService>();
        services.AddScoped<VerificationNotifications>();
        services.AddScoped<VerifierWorkList>();
        services.AddOptions<MaterialityOptions>().BindConfiguration(MaterialityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
