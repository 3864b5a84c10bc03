using LowCarbonCity.Web.Features.EmissionFactors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Factors;

/// <summary>One edition with every factor and source (read-only: editions are never edited).</summary>
public sealed class DetailModel(FactorEditionService editions) : PageModel
{
    public EditionDetail Edition { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var result = await editions.GetAsync(User, code, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Edition = result.Value!;
        return Page();
    }
}
