using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Verification;

/// <summary>The verifier's work list, where a verifier lands after signing in: the inventories assigned to their body.</summary>
public sealed class IndexModel(VerifierWorkList work) : PageModel
{
    public IReadOnlyList<VerificationWorkItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await work.ListAsync(User, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Items = result.Value!;
        return Page();
    }
}
