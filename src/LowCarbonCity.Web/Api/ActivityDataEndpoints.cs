using LowCarbonCity.Web.Features.ActivityData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// Activity lines: list and add under an inventory, read (ETag) / replace / delete (If-Match) one line, and the
/// all-or-nothing bulk upsert; thin over <see cref="ActivityDataService"/>.
/// </summary>
public static class ActivityDataEndpoints
{
    public static IEndpointRouteBuilder MapActivityDataEndpoints(this IEndpointRouteBuilder app)
    {
        var lines = app.MapApiGroup("/inventories/{inventoryId:guid}/lines", "Activity data");
        lines.MapGet("/", ListAsync).WithName("ListLines").WithSummary("The activity lines of an inventory.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        lines.MapPost("/", AddAsync).WithName("AddLine")
            .WithSummary("Adds a line: an annual amount or twelve monthly values with a unit, or a notation key with an explanation.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample(RequestExamples.Line);
        lines.MapPost("/bulk", UpsertAsync).WithName("UpsertLines")
            .WithSummary("Adds lines (no id) and changes lines (id and version) at once, all or nothing; every bad line is reported as lines[i].field.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample(RequestExamples.BulkUpsert);

        var line = app.MapApiGroup("/lines", "Activity data");
        line.MapGet("/{lineId:guid}", GetAsync).WithName("GetLine").WithSummary("One line; the ETag is its version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        line.MapPut("/{lineId:guid}", ReplaceAsync).WithName("ReplaceLine").WithSummary("Replaces a line's fields; If-Match must carry the version read.")
            .WithRequestExample(RequestExamples.Line).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        line.MapDelete("/{lineId:guid}", DeleteAsync).WithName("DeleteLine").WithSummary("Deletes a line; If-Match must carry the version read.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    /// <summary>The body of a bulk upsert.</summary>
    public sealed record UpsertBody(IReadOnlyList<LineUpsert>? Lines);

    public static async Task<Results<Ok<IReadOnlyList<LineDetail>>, ProblemHttpResult>> ListAsync(Guid inventoryId, ActivityDataService activity, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await activity.ListLinesAsync(context.User, inventoryId, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Ok<LineDetail>, ProblemHttpResult>> GetAsync(Guid lineId, ActivityDataService activity, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await activity.GetLineAsync(context.User, lineId, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        ApiResults.SetETag(context, result.Value!.Version);
        return TypedResults.Ok(result.Value);
    }

    public static async Task<Results<Created<LineDetail>, ProblemHttpResult>> AddAsync(
        Guid inventoryId, LineInput? input, ActivityDataService activity, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var result = await activity.AddLineAsync(context.User, inventoryId, input!, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        var saved = await activity.GetLineAsync(context.User, result.Value!.Id, ct);
        ApiResults.SetETag(context, saved.Value!.Version);
        return TypedResults.Created($"/api/v1/lines/{result.Value.Id}", saved.Value);
    }

    public static async Task<Results<Ok<IReadOnlyList<LineRef>>, ProblemHttpResult>> UpsertAsync(
        Guid inventoryId, UpsertBody? body, ActivityDataService activity, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(activity);

        // The service checks the right first, then every line's shape and rules (so one answer names every bad
        // line); a missing list is an empty one, which it refuses under "lines" once the caller may edit.
        var lines = body?.Lines ?? [];
        var result = await activity.UpsertLinesAsync(context.User, inventoryId,
            lines.Select(l => l ?? new LineUpsert { Line = null! }).ToList(), ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Ok<LineDetail>, ProblemHttpResult>> ReplaceAsync(
        Guid lineId, LineInput? input, ActivityDataService activity, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ApiResults.IfMatch(context.Request, out var version) is { } precondition)
        {
            return precondition;
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var result = await activity.UpdateLineAsync(context.User, lineId, version, input!, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result, conflictIsStaleVersion: true);
        }

        var saved = await activity.GetLineAsync(context.User, lineId, ct);
        ApiResults.SetETag(context, saved.Value!.Version);
        return TypedResults.Ok(saved.Value);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid lineId, ActivityDataService activity, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ApiResults.IfMatch(context.Request, out var version) is { } precondition)
        {
            return precondition;
        }

        var result = await activity.DeleteLineAsync(context.User, lineId, version, ct);
        return result.IsOk ? TypedResults.NoContent() : ApiResults.Failure(result, conflictIsStaleVersion: true);
    }
}
