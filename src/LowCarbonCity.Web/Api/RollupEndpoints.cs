using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.RollUps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary><c>/api/v1/rollups</c>: totals over stored results with completeness, as JSON or CSV; thin over <see cref="RollupService"/>.</summary>
public static class RollupEndpoints
{
    public static IEndpointRouteBuilder MapRollupEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/rollups", "Roll-ups");
        group.MapGet("/", RollUpAsync).WithName("RollUp")
            .WithSummary("Totals in kg CO2e of reported inventories you may see, grouped by any of region, province, organisationType, sector, gpcSector, scope, year (comma-separated), with per capita and per km2 intensities, completeness by status and the yearly trend; format=csv for a file.")
            .Produces<RollupReport>(StatusCodes.Status200OK).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<RollupReport>, FileContentHttpResult, ProblemHttpResult>> RollUpAsync(
        RollupService rollups, HttpContext context, int? year, int? fromYear, int? toYear, InventoryKind? kind, string? groupBy, string? format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dimensions = new List<RollupDimension>();
        foreach (var part in (groupBy ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<RollupDimension>(part, ignoreCase: true, out var dimension) || int.TryParse(part, out _))
            {
                return ApiResults.Validation(new Dictionary<string, string[]>
                {
                    ["groupBy"] = [$"Unknown grouping '{part}'; use {string.Join(", ", Enum.GetNames<RollupDimension>().Select(ApiResults.CamelCase))}."],
                });
            }

            dimensions.Add(dimension);
        }

        if (format is not (null or "json" or "csv"))
        {
            return ApiResults.Validation(new Dictionary<string, string[]> { ["format"] = ["Use json or csv."] });
        }

        var result = await rollups.RollUpAsync(context.User, new RollupQuery
        {
            Year = year, FromYear = fromYear, ToYear = toYear, Kind = kind ?? InventoryKind.Organisation, GroupBy = dimensions,
        }, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        return format == "csv"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(RollupService.ToCsv(result.Value!)), "text/csv; charset=utf-8",
                $"rollup-{result.Value!.Kind}-{result.Value.FromYear}-{result.Value.ToYear}.csv")
            : TypedResults.Ok(result.Value!);
    }
}
