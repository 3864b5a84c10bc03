using LowCarbonCity.Web.Features.Evidence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// Evidence files of an inventory (bills, logbooks): list and upload under the inventory, download and delete by
/// id; thin over <see cref="EvidenceService"/>. Uploads are multipart/form-data with a <c>file</c> field (PDF, PNG or
/// JPEG, at most 10 MB) and an optional <c>lineId</c>.
/// </summary>
public static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var files = app.MapApiGroup("/inventories/{inventoryId:guid}/evidence", "Evidence");
        files.MapGet("/", ListAsync).WithName("ListEvidence").WithSummary("The evidence files of an inventory (without their bytes).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        files.MapPost("/", UploadAsync).WithName("UploadEvidence")
            .WithSummary("Uploads a file (multipart field \"file\": PDF, PNG or JPEG by content, at most 10 MB; optional \"lineId\") to an editable inventory.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Described here, not bound: a caller without the right gets 403 whatever the body.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string>(StringComparer.Ordinal) { EvidenceService.FileField },
                                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                                {
                                    [EvidenceService.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "PDF, PNG or JPEG (by content), at most 10 MB." },
                                    ["lineId"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "Optional: the line of this inventory the file backs." },
                                },
                            },
                        },
                    },
                };
                return Task.CompletedTask;
            })
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var file = app.MapApiGroup("/evidence", "Evidence");
        file.MapGet("/{evidenceId:guid}", DownloadAsync).WithName("DownloadEvidence").WithSummary("Downloads an evidence file with its stored type.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        file.MapDelete("/{evidenceId:guid}", DeleteAsync).WithName("DeleteEvidence").WithSummary("Deletes an evidence file of an editable inventory.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<EvidenceSummary>>, ProblemHttpResult>> ListAsync(Guid inventoryId, EvidenceService evidence, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var result = await evidence.ListAsync(context.User, inventoryId, ct);
        return result.IsOk ? TypedResults.Ok(result.Value!) : ApiResults.Failure(result);
    }

    public static async Task<Results<Created<EvidenceSummary>, ProblemHttpResult>> UploadAsync(Guid inventoryId, EvidenceService evidence, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        // The form is read here (not bound), so the service judges the right before the body's shape.
        IFormFile? upload = null;
        Guid? lineId = null;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(ct);
            upload = form.Files.GetFile(EvidenceService.FileField);
            if (form.TryGetValue("lineId", out var line) && !string.IsNullOrWhiteSpace(line))
            {
                if (!Guid.TryParse(line, out var parsed))
                {
                    return ApiResults.Validation(new Dictionary<string, string[]> { ["lineId"] = ["The line id is not a GUID."] });
                }

                lineId = parsed;
            }
        }

        var result = await evidence.UploadAsync(context.User, inventoryId, lineId, upload?.FileName, upload?.Length,
            upload is null ? null : upload.OpenReadStream, ct);
        return result.IsOk
            ? TypedResults.Created($"/api/v1/evidence/{result.Value!.Id}", result.Value)
            : ApiResults.Failure(result);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(Guid evidenceId, EvidenceService evidence, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var result = await evidence.DownloadAsync(context.User, evidenceId, ct);
        return result.IsOk
            ? TypedResults.File(result.Value!.Content, result.Value.Summary.ContentType, result.Value.Summary.FileName)
            : ApiResults.Failure(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid evidenceId, EvidenceService evidence, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var result = await evidence.DeleteAsync(context.User, evidenceId, ct);
        return result.IsOk ? TypedResults.NoContent() : ApiResults.Failure(result);
    }
}
