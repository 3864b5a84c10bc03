using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Gpc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// <c>/api/v1/inventories/{id}/gpc-report</c>: a City inventory's GPC report as JSON (kg), or the PDF or workbook the
/// report page offers, in the request's language; <c>format</c> or the Accept header chooses. Thin over
/// <see cref="GpcReportService"/> (View on the inventory; an Organisation inventory is refused with 400 on <c>kind</c>).
/// </summary>
public static class GpcReportEndpoints
{
    public static IEndpointRouteBuilder MapGpcReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/inventories", "Inventories");
        group.MapGet("/{id:guid}/gpc-report", GetAsync).WithName("GetInventoryGpcReport")
            .WithSummary("The GPC report of a City inventory: every cell of the sectors x scopes table (kg CO2e, or its notation keys with their explanations, and whether it counts in BASIC, BASIC+ and the territorial total), the totals by sector and reporting level, and each cell by gas. format=pdf (or Accept: application/pdf) or format=xlsx (or Accept: the xlsx media type) for the report's PDF or workbook in the request's language. An Organisation (CFO) inventory has no GPC report: 400 on kind.")
            // One 200 per status in the document: the JSON schema is kept (the PDF and workbook are named in the summary).
            .Produces<GpcReportResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<GpcReportResponse>, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, string? format, GpcReportService reports, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reports);
        format ??= Negotiated(context.Request.Headers.Accept.ToString());
        if (format is not (null or "json" or "pdf" or "xlsx"))
        {
            return ApiResults.Validation(new Dictionary<string, string[]> { ["format"] = ["Use json, pdf or xlsx."] });
        }

        var result = await reports.BuildAsync(context.User, id, ct);
        if (!result.IsOk)
        {
            return ApiResults.Failure(result);
        }

        var report = result.Value!;
        var culture = CultureInfo.CurrentUICulture;
        if (format is "pdf" or "xlsx")
        {
            var file = format == "pdf" ? GpcPdfWriter.Write(report, culture) : GpcWorkbookWriter.Write(report, culture);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }

        return TypedResults.Ok(GpcReportResponse.Of(report));
    }

    /// <summary>The format an Accept header asks for when no <c>format</c> is given: JSON unless the PDF or xlsx type is named.</summary>
    private static string? Negotiated(string accept) =>
        accept.Contains(ReportFile.XlsxContentType, StringComparison.OrdinalIgnoreCase) ? "xlsx"
        : accept.Contains("application/pdf", StringComparison.OrdinalIgnoreCase) ? "pdf"
        : null;
}

/// <summary>The GPC report of a City inventory, kg CO2e unrounded.</summary>
public sealed record GpcReportResponse(
    Guid InventoryId, string OrganisationCode, int Year, InventoryStatus Status, string FactorEditionCode, string GwpSetCode,
    GpcTotalsResponse Totals, IReadOnlyList<GpcSectorResponse> Sectors, IReadOnlyList<GpcCellResponse> Cells)
{
    public static GpcReportResponse Of(GpcReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Cover;
        var t = report.Totals;
        var gases = report.ByGas.ToDictionary(g => g.Reference, StringComparer.Ordinal);
        return new GpcReportResponse(
            c.InventoryId, c.OrganisationCode, c.Year, c.Status, c.FactorEditionCode, c.GwpSetCode,
            new GpcTotalsResponse(t.BasicKg ?? 0m, t.BasicPlusKg ?? 0m, t.TerritorialKg ?? 0m, t.Scope1Kg, t.Scope2Kg, t.Scope3Kg, t.MemoKg),
            [.. report.Sectors.Select(s => new GpcSectorResponse(s.Sector, s.Scope1Kg, s.Scope2Kg, s.Scope3Kg, s.BasicKg, s.BasicPlusKg, s.TerritorialKg))],
            [.. report.Rows.SelectMany(r => r.Cells.Select(x => new GpcCellResponse(
                x.Reference, r.Subsector, r.Sector, x.Scope, x.Co2eKg, x.NotationKeys,
                [.. x.Notes.Select(n => new GpcKeyNoteResponse(n.Key, n.Explanation, n.IncludedIn))],
                x.InBasic, x.InBasicPlus, x.InTerritorial,
                gases.TryGetValue(x.Reference, out var g) ? new GpcGasesResponse(g.Co2Kg, g.Ch4Kg, g.N2OKg, g.Co2Co2eKg, g.Ch4Co2eKg, g.N2OCo2eKg, g.FluorinatedCo2eKg, g.UnsplitCo2eKg, g.TotalCo2eKg, g.BiogenicCo2Kg) : null)))]);
    }
}

/// <summary>BASIC, BASIC+, territorial (scope 1) and scope totals, and memo items outside them, kg CO2e.</summary>
public sealed record GpcTotalsResponse(decimal BasicKg, decimal BasicPlusKg, decimal TerritorialKg, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal MemoKg);

/// <summary>A GPC sector's totals, kg CO2e.</summary>
public sealed record GpcSectorResponse(GpcSector Sector, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal BasicKg, decimal BasicPlusKg, decimal TerritorialKg);

/// <summary>
/// One cell of the GPC table: its CO2e (null when it has no figure), its notation keys and why, the totals it counts in,
/// and its emissions by gas (null without a figure). A cell with neither figure nor key had nothing entered.
/// </summary>
public sealed record GpcCellResponse(
    string Reference, GpcSubsector Subsector, GpcSector Sector, EmissionScope Scope, decimal? Co2eKg, IReadOnlyList<NotationKey> NotationKeys,
    IReadOnlyList<GpcKeyNoteResponse> Notes, bool InBasic, bool InBasicPlus, bool InTerritorial, GpcGasesResponse? Gases);

/// <summary>A notation key of a cell: the municipality's explanation, or (an implied IE) the cell that holds the figure.</summary>
public sealed record GpcKeyNoteResponse(NotationKey Key, string? Explanation, string? IncludedIn);

/// <summary>
/// A cell by gas: kg of fossil CO2, CH4 and N2O and their CO2e, fluorinated gases and amounts published only as CO2e
/// (kg CO2e), the total, and biogenic CO2 (kg, memo, outside the total).
/// </summary>
public sealed record GpcGasesResponse(
    decimal Co2Kg, decimal Ch4Kg, decimal N2OKg, decimal Co2Co2eKg, decimal Ch4Co2eKg, decimal N2OCo2eKg,
    decimal FluorinatedCo2eKg, decimal UnsplitCo2eKg, decimal TotalCo2eKg, decimal BiogenicCo2Kg);
