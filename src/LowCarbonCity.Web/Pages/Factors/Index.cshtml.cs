using LowCarbonCity.Web.Features.EmissionFactors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Factors;

/// <summary>Lists the emission-factor editions (read-only; TGO analysts also see the publish link).</summary>
public sealed class IndexModel(FactorEditionService editions) : PageModel
{
    public IReadOnlyList<EditionSummary> Editions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await editions.ListAsync(User, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Editions = result.Value!;
        return Page();
    }
}
