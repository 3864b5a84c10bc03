using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// <c>/api/v1/inventories/{id}/verification</c>: an inventory's verification, read-only (stage, materiality, findings
/// with their threads, the statement); thin over <see cref="VerificationReader"/>, with the inventory's own rights.
/// </summary>
public static class VerificationEndpoints
{
    public static IEndpointRouteBuilder MapVerificationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/inventories", "Verification");
        group.MapGet("/{inventoryId:guid}/verification", GetAsync).WithName("GetInventoryVerification")
            .WithSummary("The inventory's verification: body, stage, materiality (kg CO2e and % of the stored total), findings with their threads, the statement; the ETag is its version. 404 when none is assigned.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> GetAsync(Guid inventoryId, VerificationReader reader, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        var result = await reader.GetAsync(context.User, inventoryId, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        ApiResults.SetETag(context, result.Value!.Version);
        return TypedResults.Ok(result.Value);
    }
}
