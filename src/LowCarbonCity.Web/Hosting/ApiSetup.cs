using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using LowCarbonCity.Web.Api;
using LowCarbonCity.Web.Features.ApiTokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace LowCarbonCity.Web.Hosting;

/// <summary>API limits (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one account (all its tokens together) may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window, in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>The REST API's services and endpoints: rate limit per account, the OpenAPI document with the Bearer scheme, the Scalar reference.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddAppApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Unreadable bodies and parameters reach ApiExceptionHandler, which answers a 400 ProblemDetails naming the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddScoped<Features.Calculation.StoredResultsService>();
        services.AddScoped<Features.RollUps.RollupService>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policies.ApiRateLimit, context =>
            {
                var limits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value;
                // Per account, not per token: a second token of the same user shares the first one's window.
                var key = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
                    ? "user:" + userId
                    : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"This account's tokens together may make a limited number of requests per window; retry after {seconds} s.",
                    },
                });
            };
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LowCarbonCity API";
            document.Info.Version = "v1";
            document.Info.Description = "Greenhouse-gas inventories of Thai local governments. Authenticate with a personal access token "
                + "created on /Account/Tokens: `Authorization: Bearer lcc_...`. Walk-through: docs/api.md.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiTokenAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "lcc personal access token",
                Description = "A personal access token from /Account/Tokens (scopes: read, or read and write).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenAuthenticationHandler.SchemeName, document)] = [] });
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            // An anonymous endpoint says so: no token needed, overriding the document-wide Bearer requirement.
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
            {
                operation.Security = [];
            }

            return Task.CompletedTask;
        }).AddDocumentTransformer(ParameterSchemaDocument.ApplyAsync));
        return services;
    }

    public static WebApplication MapAppApi(this WebApplication app)
    {
        app.MapOrganisationEndpoints();
        app.MapInventoryEndpoints();
        app.MapGpcReportEndpoints();
        app.MapActivityDataEndpoints();
        app.MapEvidenceEndpoints();
        app.MapEmissionFactorEndpoints();
        app.MapRollupEndpoints();
        app.MapTargetEndpoints();
        app.MapVerificationEndpoints();
        // No default fonts: they come from Scalar's host, which the reference's Content-Security-Policy does not allow.
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("LowCarbonCity API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts())
            .AllowAnonymous();
        return app;
    }
}
