using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Verification.Bodies;

/// <summary>TGO's list of registered verification bodies: registration, validity, standing today, verifiers.</summary>
public sealed class IndexModel(VerificationBodyService bodies, TimeProvider clock) : PageModel
{
    public IReadOnlyList<VerificationBodySummary> Bodies { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await bodies.ListAsync(User, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Bodies = result.Value!;
        Today = VerificationBodyService.Today(clock);
        return Page();
    }
}
