using LowCarbonCity.Web.Features.EmissionFactors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>Factor editions, their factors and GWP sets (read); publishing a new edition (TGO analysts); thin over <see cref="FactorCatalogService"/>.</summary>
public static class EmissionFactorEndpoints
{
    public static IEndpointRouteBuilder MapEmissionFactorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(string.Empty, "Emission factors");
        group.MapGet("/factor-editions", ListEditionsAsync).WithName("ListFactorEditions").WithSummary("Emission-factor editions with their validity years and GWP set.");
        group.MapGet("/factor-editions/{code}", GetEditionAsync).WithName("GetFactorEdition").WithSummary("One edition with its factors (kg of gas per unit, with source).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/factor-editions", PublishAsync).WithName("PublishFactorEdition")
            .WithSummary("Publishes a new edition from CSV factors (TGO analysts, administrators); it is locked at once and never changes.")
            .ProducesValidationProblem();
        group.MapGet("/gwp-sets", ListGwpSetsAsync).WithName("ListGwpSets").WithSummary("GWP sets (AR4, AR5, AR6...) with the value per gas.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<EditionSummary>>> ListEditionsAsync(FactorCatalogService factors, CancellationToken ct) =>
        TypedResults.Ok(await factors.ListEditionsAsync(ct));

    public static async Task<Results<Ok<EditionDetail>, ProblemHttpResult>> GetEditionAsync(string code, FactorCatalogService factors, CancellationToken ct)
    {
        var result = await factors.GetEditionAsync(code, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Created<EditionSummary>, ProblemHttpResult>> PublishAsync(
        PublishEditionInput? input, FactorCatalogService factors, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var result = await factors.PublishAsync(context.User, input!, ct);
        return result.IsOk ? TypedResults.Created($"/api/v1/factor-editions/{result.Value!.Code}", result.Value) : ApiResults.Failure(result);
    }

    public static async Task<Ok<IReadOnlyList<GwpSetSummary>>> ListGwpSetsAsync(FactorCatalogService factors, CancellationToken ct) =>
        TypedResults.Ok(await factors.ListGwpSetsAsync(ct));
}
