using LowCarbonCity.Web.Features.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary><c>/api/v1/provinces</c> and <c>/api/v1/organisations</c>: the directory (read only).</summary>
public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(string.Empty, "Organisations");
        group.MapGet("/provinces", ListProvincesAsync).WithName("ListProvinces").WithSummary("The 77 provinces with their region and number of organisations.");
        group.MapGet("/organisations", ListOrganisationsAsync).WithName("ListOrganisations")
            .WithSummary("Organisations (LAOs, provincial offices, TGO), optionally of one province (by province code).");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ProvinceSummary>>> ListProvincesAsync(OrganisationDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListProvincesAsync(ct));

    public static async Task<Ok<IReadOnlyList<OrganisationSummary>>> ListOrganisationsAsync(OrganisationDirectory directory, string? province, CancellationToken ct)
    {
        var all = await directory.ListOrganisationsAsync(ct);
        return TypedResults.Ok<IReadOnlyList<OrganisationSummary>>(province is null ? all : all.Where(o => o.ProvinceCode == province).ToList());
    }
}
