using LowCarbonCity.Web.Features.Calculation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary><c>GET /api/v1/categories</c>: what a line of each category takes, for anyone (the calculator's companion).</summary>
public static class CategoryEndpoints
{
    /// <summary>The list changes only with a new release of the app: a day in any cache.</summary>
    public const string CacheControl = "public, max-age=86400";

    public static IEndpointRouteBuilder MapCategoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/categories", List)
            .WithTags("Calculations")
            .WithName("ListCategories")
            .WithSummary("Every activity category with its Thai and English name, scope, units, method and the method's parameters.")
            .WithDescription("Each category lists the units a quantity may be in, its calculation method, whether the method needs `parameters`, "
                + "and each parameter's JSON name, type, unit, range, default and accepted names with Thai and English labels. "
                + "The same rules check every line sent to `POST /api/v1/calculations` and the inventory endpoints. Needs no token; cacheable for a day.")
            .AllowAnonymous();
        return app;
    }

    public static Ok<IReadOnlyList<CategoryDto>> List(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = CacheControl;
        return TypedResults.Ok(CategoryCatalog.All);
    }
}
