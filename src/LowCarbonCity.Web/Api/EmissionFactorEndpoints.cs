using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Web.Features.EmissionFactors;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// Factor editions, their factors and GWP sets (read); publishing a new edition (TGO analysts); thin over
/// <see cref="FactorEditionService"/>, the service the factor pages use.
/// </summary>
public static class EmissionFactorEndpoints
{
    public static IEndpointRouteBuilder MapEmissionFactorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(string.Empty, "Emission factors");
        group.MapGet("/factor-editions", ListEditionsAsync).WithName("ListFactorEditions").WithSummary("Emission-factor editions with their validity years and GWP set.");
        group.MapGet("/factor-editions/{code}", GetEditionAsync).WithName("GetFactorEdition").WithSummary("One edition with its factors (kg of gas per unit, with source).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/factor-editions", PublishAsync).WithName("PublishFactorEdition")
            .WithSummary("Publishes a new edition from CSV factors (TGO analysts); editions are never changed, and one is locked once an inventory past Draft uses it. "
                + "Draft and returned inventories of the years it now applies to move to it and are recalculated; submitted, approved and verified ones keep their edition.")
            .ProducesValidationProblem().WithRequestExample(RequestExamples.PublishEdition);
        group.MapGet("/gwp-sets", ListGwpSetsAsync).WithName("ListGwpSets").WithSummary("GWP sets (AR4, AR5, AR6...) with the value per gas.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<EditionSummary>>, ProblemHttpResult>> ListEditionsAsync(FactorEditionService factors, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await factors.ListAsync(context.User, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Ok<EditionDetail>, ProblemHttpResult>> GetEditionAsync(string code, FactorEditionService factors, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await factors.GetAsync(context.User, code, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Created<EditionSummary>, ProblemHttpResult>> PublishAsync(
        PublishEditionRequest? input, FactorEditionService factors, EditionAdoptionService adoption, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(adoption);
        if (!await factors.CanPublishAsync(context.User))
        {
            return ApiResults.Failure(Result<string>.Forbidden());
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var published = await adoption.PublishAsync(context.User, input!, input!.FactorsCsv, ct);
        if (!published.IsOk)
        {
            return ApiResults.Failure(published);
        }

        var edition = await factors.GetAsync(context.User, published.Value!.Code, ct);
        return edition.IsOk
            ? TypedResults.Created($"/api/v1/factor-editions/{published.Value.Code}", edition.Value!.Summary)
            : ApiResults.Failure(edition);
    }

    public static async Task<Ok<IReadOnlyList<GwpSetSummary>>> ListGwpSetsAsync(FactorEditionService factors, CancellationToken ct) =>
        TypedResults.Ok(await factors.ListGwpSetsAsync(ct));
}

/// <summary>A new factor edition as the API takes it: the edition's metadata (as the publish page) and its factors as CSV text.</summary>
public sealed record PublishEditionRequest : PublishEditionInput
{
    /// <summary>The factors: <c>category,gas,value,mass_unit,per_unit,source,note</c> with a header row.</summary>
    [Required]
    public string FactorsCsv { get; init; } = string.Empty;
}
