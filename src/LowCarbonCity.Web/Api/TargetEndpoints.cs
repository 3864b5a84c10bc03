using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Targets;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// <c>/api/v1/targets</c>: reduction targets of organisations and provinces, their measures and gap charts; thin over
/// <see cref="TargetService"/> and <see cref="TargetGapService"/>. Writes to an existing target carry If-Match with
/// the target's ETag (its version; every measure change bumps it). The right is checked before the body's shape.
/// </summary>
public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/targets", "Targets").RequireAuthorization(Policies.ApiStaff);
        group.MapGet("/", ListAsync).WithName("ListTargets").WithSummary("The targets you may see (your organisations', your province's).");
        group.MapPost("/", CreateAsync).WithName("CreateTarget")
            .WithSummary("Creates the target of an organisation or a province for an inventory kind (one each).")
            .ProducesValidationProblem().WithRequestExample(TargetExamples.Target);
        group.MapGet("/{targetId:int}", GetAsync).WithName("GetTarget").WithSummary("A target with its measures; the ETag is its version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{targetId:int}", UpdateAsync).WithName("UpdateTarget")
            .WithSummary("Changes a target's years, reduction, coverage and BAU (where it belongs stays); If-Match must carry the version read.")
            .WithRequestExample(TargetExamples.Target).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{targetId:int}", DeleteAsync).WithName("DeleteTarget").WithSummary("Deletes a target and its measures; If-Match must carry the version read.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapGet("/{targetId:int}/gap", GapAsync).WithName("GetTargetGap")
            .WithSummary("The gap chart per year from base to target year in t CO2e: actual (null without stored results), target path, BAU, plan, gap = plan - target path.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{targetId:int}/measures", AddMeasureAsync).WithName("AddTargetMeasure")
            .WithSummary("Adds a reduction measure; If-Match must carry the target's version.")
            .WithRequestExample(TargetExamples.Measure).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPut("/{targetId:int}/measures/{measureId:int}", UpdateMeasureAsync).WithName("UpdateTargetMeasure")
            .WithSummary("Replaces a reduction measure's fields; If-Match must carry the target's version.")
            .WithRequestExample(TargetExamples.Measure).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{targetId:int}/measures/{measureId:int}", DeleteMeasureAsync).WithName("DeleteTargetMeasure")
            .WithSummary("Deletes a reduction measure; If-Match must carry the target's version.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TargetSummary>>> ListAsync(TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Ok(await targets.ListAsync(context.User, ct));
    }

    public static async Task<Results<Ok<TargetDetail>, ProblemHttpResult>> GetAsync(int targetId, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        var result = await targets.GetAsync(context.User, targetId, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        ApiResults.SetETag(context, result.Value!.Summary.Version);
        return TypedResults.Ok(result.Value);
    }

    public static async Task<Results<Created<TargetDetail>, ProblemHttpResult>> CreateAsync(TargetInput? input, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (!await targets.CanCreateAsync(context.User, input, ct))
        {
            return ApiResults.Failure(Result<int>.Forbidden());
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var created = await targets.CreateAsync(context.User, input!, ct);
        if (!created.IsOk)
        {
            return ApiResults.Failure(created);
        }

        return await CreatedDetailAsync(targets, context, created.Value!.TargetId, ct);
    }

    public static async Task<Results<Ok<TargetDetail>, ProblemHttpResult>> UpdateAsync(
        int targetId, TargetInput? input, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (await PreconditionAsync(targetId, targets, context, ct) is { } refused)
        {
            return refused.Problem;
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var result = await targets.UpdateAsync(context.User, targetId, input! with { ExpectedVersion = VersionOf(context) }, ct);
        return result.IsOk ? await OkDetailAsync(targets, context, targetId, ct) : ApiResults.Failure(result, conflictIsStaleVersion: true);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int targetId, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (await PreconditionAsync(targetId, targets, context, ct) is { } refused)
        {
            return refused.Problem;
        }

        var result = await targets.DeleteAsync(context.User, targetId, VersionOf(context), ct);
        return result.IsOk ? TypedResults.NoContent() : ApiResults.Failure(result, conflictIsStaleVersion: true);
    }

    public static async Task<Results<Ok<TargetGap>, ProblemHttpResult>> GapAsync(int targetId, TargetGapService gaps, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(context);
        var result = await gaps.GetAsync(context.User, targetId, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Ok<TargetDetail>, ProblemHttpResult>> AddMeasureAsync(
        int targetId, MeasureInput? input, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (await PreconditionAsync(targetId, targets, context, ct) is { } refused)
        {
            return refused.Problem;
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var result = await targets.AddMeasureAsync(context.User, targetId, input! with { ExpectedVersion = VersionOf(context) }, ct);
        return result.IsOk ? await OkDetailAsync(targets, context, targetId, ct) : ApiResults.Failure(result, conflictIsStaleVersion: true);
    }

    public static async Task<Results<Ok<TargetDetail>, ProblemHttpResult>> UpdateMeasureAsync(
        int targetId, int measureId, MeasureInput? input, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (await PreconditionAsync(targetId, targets, context, ct) is { } refused)
        {
            return refused.Problem;
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var result = await targets.UpdateMeasureAsync(context.User, targetId, measureId, input! with { ExpectedVersion = VersionOf(context) }, ct);
        return result.IsOk ? await OkDetailAsync(targets, context, targetId, ct) : ApiResults.Failure(result, conflictIsStaleVersion: true);
    }

    public static async Task<Results<Ok<TargetDetail>, ProblemHttpResult>> DeleteMeasureAsync(
        int targetId, int measureId, TargetService targets, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(context);
        if (await PreconditionAsync(targetId, targets, context, ct) is { } refused)
        {
            return refused.Problem;
        }

        var result = await targets.DeleteMeasureAsync(context.User, targetId, measureId, VersionOf(context), ct);
        return result.IsOk ? await OkDetailAsync(targets, context, targetId, ct) : ApiResults.Failure(result, conflictIsStaleVersion: true);
    }

    private sealed record Refusal(ProblemHttpResult Problem);

    /// <summary>If-Match present and naming a version, then the right to change the target: null when both hold.</summary>
    private static async Task<Refusal?> PreconditionAsync(int targetId, TargetService targets, HttpContext context, CancellationToken ct)
    {
        if (ApiResults.IfMatch(context.Request, out var version) is { } precondition)
        {
            return new Refusal(precondition);
        }

        context.Items[VersionKey] = version;
        var check = await targets.CheckEditAsync(context.User, targetId, ct);
        return check.IsOk ? null : new Refusal(ApiResults.Failure(check));
    }

    private const string VersionKey = "lcc:target-version";

    private static int VersionOf(HttpContext context) => (int)context.Items[VersionKey]!;

    private static async Task<Results<Ok<TargetDetail>, ProblemHttpResult>> OkDetailAsync(TargetService targets, HttpContext context, int targetId, CancellationToken ct)
    {
        var detail = await targets.GetAsync(context.User, targetId, ct);
        if (!detail.IsOk)
        {
            return ApiResults.Failure(detail);
        }

        ApiResults.SetETag(context, detail.Value!.Summary.Version);
        return TypedResults.Ok(detail.Value);
    }

    private static async Task<Results<Created<TargetDetail>, ProblemHttpResult>> CreatedDetailAsync(TargetService targets, HttpContext context, int targetId, CancellationToken ct)
    {
        var detail = await targets.GetAsync(context.User, targetId, ct);
        if (!detail.IsOk)
        {
            return ApiResults.Failure(detail);
        }

        ApiResults.SetETag(context, detail.Value!.Summary.Version);
        return TypedResults.Created($"/api/v1/targets/{targetId}", detail.Value);
    }
}
