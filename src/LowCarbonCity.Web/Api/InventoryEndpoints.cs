using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// <c>/api/v1/inventories</c>: search, read (with ETag), create, workflow moves (If-Match), stored results and the
/// audit trail; thin over <see cref="InventoryService"/>, <see cref="InventoryWorkflowService"/> and
/// <see cref="StoredResultsService"/>.
/// </summary>
public static class InventoryEndpoints
{
    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/inventories", "Inventories");
        group.MapGet("/", SearchAsync).WithName("ListInventories")
            .WithSummary("Inventories you may see, filtered by province code, organisation code, year, kind and status; paged, with the total.")
            .ProducesValidationProblem().RequireAuthorization(Policies.ApiStaff);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetInventory").WithSummary("One inventory with its lines, history and comments; the ETag is its version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateInventory")
            .WithSummary("Opens an inventory of an organisation for a year (municipal officers of that organisation).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(RequestExamples.CreateInventory).RequireAuthorization(Policies.ApiStaff);
        foreach (var (name, summary) in Transitions)
        {
            group.MapPost("/{id:guid}/" + name, (Guid id, TransitionBody? body, HttpRequest request, InventoryWorkflowService workflow, CancellationToken ct) =>
                    TransitionAsync(name, id, body, request, workflow, ct))
                .WithName(char.ToUpperInvariant(name[0]) + name[1..] + "Inventory").WithSummary(summary)
                .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        }

        group.MapGet("/{id:guid}/results", ResultsAsync).WithName("GetInventoryResults")
            .WithSummary("The stored results: per line and gas (with formula and factor), totals by scope and memo items, in kg CO2e.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetInventoryAudit")
            .WithSummary("The audit trail of the inventory, its lines, comments and status moves, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static readonly (string Name, string Summary)[] Transitions =
    [
        ("submit", "Submits a draft or returned inventory for review (municipal officers; every required item covered)."),
        ("return", "Returns a submitted inventory for correction, with a reason (provincial officers)."),
        ("approve", "Approves a submitted inventory (provincial officers); approved data is locked. While a comment thread is unanswered, a reason is required."),
        ("verify", "Verifies an approved inventory (TGO analysts). While a comment thread is unanswered, a reason is required."),
        ("reopen", "Reopens approved (provincial officers) or verified (TGO analysts) data, with a reason."),
    ];

    /// <summary>
    /// The body of a workflow move: a reason where one is required (return, reopen; approve and verify while a
    /// comment thread is unanswered, refused as a validation problem on <c>reason</c> without one), optional otherwise
    /// and kept in the status history.
    /// </summary>
    public sealed record TransitionBody(string? Reason);

    /// <summary>The new version of an inventory after a move.</summary>
    public sealed record VersionResponse(Guid Id, int Version);

    public static async Task<Results<Ok<PageOf<InventorySummary>>, ProblemHttpResult>> SearchAsync(
        InventoryService inventories, HttpContext context, string? province, string? organisation, int? year, InventoryKind? kind, InventoryStatus? status,
        int? page, int? pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await inventories.SearchAsync(context.User, new InventoryQuery
        {
            Province = province, Organisation = organisation, Year = year, Kind = kind, Status = status, Page = page ?? 1, PageSize = pageSize ?? 50,
        }, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Ok<InventoryDetail>, ProblemHttpResult>> GetAsync(Guid id, InventoryService inventories, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await inventories.GetAsync(context.User, id, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        ApiResults.SetETag(context, result.Value!.Summary.Version);
        return TypedResults.Ok(result.Value);
    }

    public static async Task<Results<Created<InventoryDetail>, ProblemHttpResult>> CreateAsync(
        CreateInventoryInput? input, InventoryService inventories, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inventories);
        if (!await inventories.CanCreateAsync(context.User, input?.OrganisationId > 0 ? input.OrganisationId : null, ct))
        {
            return ApiResults.Failure(Result<Guid>.Forbidden());
        }

        if (ApiResults.Shape(input) is { } invalid)
        {
            return invalid;
        }

        var created = await inventories.CreateAsync(context.User, input!, ct);
        if (!created.IsOk)
        {
            return ApiResults.Failure(created);
        }

        var detail = await inventories.GetAsync(context.User, created.Value, ct);
        ApiResults.SetETag(context, detail.Value!.Summary.Version);
        return TypedResults.Created($"/api/v1/inventories/{created.Value}", detail.Value);
    }

    public static async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> TransitionAsync(
        string name, Guid id, TransitionBody? body, HttpRequest request, InventoryWorkflowService workflow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(workflow);
        if (ApiResults.IfMatch(request, out var version) is { } precondition)
        {
            return precondition;
        }

        var input = new TransitionInput { InventoryId = id, ExpectedVersion = version, Reason = body?.Reason };
        var user = request.HttpContext.User;
        var result = name switch
        {
            "submit" => await workflow.SubmitAsync(user, input, ct),
            "return" => await workflow.ReturnAsync(user, input, ct),
            "approve" => await workflow.ApproveAsync(user, input, ct),
            "verify" => await workflow.VerifyAsync(user, input, ct),
            "reopen" => await workflow.ReopenAsync(user, input, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown transition."),
        };
        if (!result.IsOk)
        {
            return ApiResults.Failure(result, conflictIsStaleVersion: true);
        }

        ApiResults.SetETag(request.HttpContext, result.Value);
        return TypedResults.Ok(new VersionResponse(id, result.Value));
    }

    public static async Task<Results<Ok<InventoryResults>, ProblemHttpResult>> ResultsAsync(Guid id, StoredResultsService results, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await results.GetAsync(context.User, id, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntrySummary>>, ProblemHttpResult>> AuditAsync(Guid id, InventoryService inventories, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await inventories.AuditTrailAsync(context.User, id, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }
}
