using System.Text.Json;
using LowCarbonCity.Web.Features.Calculation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// <c>POST /api/v1/calculations</c>: a calculation anyone can check, without a stored inventory (the JSON door of
/// <see cref="CalculationRequestService"/>, docs/conventions.md L2).
/// </summary>
public static class CalculationEndpoints
{
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCalculationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/calculations").WithTags("Calculations");
        group.MapPost("/", CalculateAsync)
            .WithName("Calculate")
            .WithSummary("Calculate activity lines with a TGO factor edition and a GWP set, without storing anything.")
            .WithDescription(CalculationExamples.Description)
            .Accepts<CalculationRequest>("application/json")
            .WithRequestExample(CalculationExamples.Request)
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    // Reads the body itself so that a malformed value (a number out of range, a string for a number) is reported as
    // a validation problem naming its JSON path, like every other bad field. A plain comment, not a doc comment: the
    // OpenAPI document takes a handler's doc summary as the operation's summary, which is written for programs above.
    public static async Task<Results<Ok<CalculationResponse>, ValidationProblem>> CalculateAsync(
        HttpRequest request, CalculationRequestService service, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is > MaxBodyBytes)
        {
            return Problem("body", $"The request is larger than {MaxBodyBytes / 1024 / 1024} MB.");
        }

        if (request.HasJsonContentType() is false)
        {
            return Problem("body", "Send the request as application/json.");
        }

        CalculationRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CalculationRequest>(request.Body, ApiJson.Options, ct);
        }
        catch (JsonException e)
        {
            return Problem(JsonPath(e.Path), $"Not a valid value here: {e.Message.Split(" Path:", 2)[0]}");
        }

        if (body is null)
        {
            return Problem("body", "A JSON object is required.");
        }

        var outcome = await service.CalculateAsync(body, ct);
        return outcome.IsValid
            ? TypedResults.Ok(outcome.Response!)
            : TypedResults.ValidationProblem(outcome.Errors, extensions: outcome.Failures.Count == 0
                ? null
                : new Dictionary<string, object?> { ["failures"] = ApiResults.FailuresOf(outcome.Failures) });
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary><c>$.lines[0].quantity.value</c> becomes <c>lines[0].quantity.value</c>.</summary>
    private static string JsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');
}

/// <summary>The JSON conventions of the API: camelCase, enums as names, numbers as numbers.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        return options;
    }
}
