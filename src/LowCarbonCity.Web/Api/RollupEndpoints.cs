using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// <c>/api/v1/rollups</c>: totals over stored results with completeness, as JSON or CSV, or the roll-up workbook the
/// page offers (xlsx, streamed); <c>format</c> or the Accept header chooses. Thin over <see cref="RollupService"/>.
/// </summary>
public static class RollupEndpoints
{
    public static IEndpointRouteBuilder MapRollupEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/rollups", "Roll-ups").RequireAuthorization(Policies.ApiStaff);
        group.MapGet("/", RollUpAsync).WithName("RollUp")
            .WithSummary("Totals in kg CO2e of reported inventories you may see, grouped by any of region, province, organisationType, sector, gpcSector, scope, year (comma-separated), with per capita and per km2 intensities, completeness by status and the yearly trend. format=csv (or Accept: text/csv) for the same figures as a file; format=xlsx (or Accept: the xlsx media type) for the roll-up workbook of one year or of every year (one row per inventory, by province, sector, scope and year, completeness, per person and area, notes) in the request's language.")
            .Produces<RollupReport>(StatusCodes.Status200OK).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ReportFile.XlsxContentType)
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<RollupReport>, FileContentHttpResult, PushStreamHttpResult, ProblemHttpResult>> RollUpAsync(
        RollupService rollups, ReportService reports, RollupAppendixService appendices, HttpContext context,
        int? year, int? fromYear, int? toYear, InventoryKind? kind, string? groupBy, string? format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        format ??= Negotiated(context.Request.Headers.Accept.ToString());
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

        if (format is not (null or "json" or "csv" or "xlsx"))
        {
            return ApiResults.Validation(new Dictionary<string, string[]> { ["format"] = ["Use json, csv or xlsx."] });
        }

        if (format == "xlsx")
        {
            if (fromYear is not null || toYear is not null)
            {
                return ApiResults.Validation(new Dictionary<string, string[]> { ["fromYear"] = ["The workbook covers one year (year) or every year (no year); fromYear and toYear are for json and csv."] });
            }

            // The same workbook as the roll-up page's download, for the same user: rows filtered to what they may see.
            var filter = new RollupFilter(year, kind ?? InventoryKind.Organisation);
            var culture = CultureInfo.CurrentUICulture;
            var appendix = await appendices.BuildAsync(context.User, filter, ct);
            return TypedResults.Stream(
                body => RollupWorkbookWriter.WriteAsync(reports.StreamRollupAsync(context.User, filter, context.RequestAborted), culture, body, context.RequestAborted, appendix),
                ReportFile.XlsxContentType,
                RollupWorkbookWriter.FileName(filter, culture));
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

    /// <summary>The format an Accept header asks for when no <c>format</c> is given: JSON unless CSV or xlsx is named.</summary>
    private static string? Negotiated(string accept) =>
        accept.Contains(ReportFile.XlsxContentType, StringComparison.OrdinalIgnoreCase) ? "xlsx"
        : accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv"
        : null;
}
