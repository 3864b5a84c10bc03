using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Verification;

/// <summary>
/// Sends an approved inventory for verification: the LAO's municipal officer (or TGO) picks a body whose registration
/// covers today (<see cref="VerificationAssignmentService"/>).
/// </summary>
public sealed class AssignModel(VerificationAssignmentService assignments) : PageModel
{
    public AssignmentState State { get; private set; } = null!;

    [BindProperty]
    public AssignVerificationInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid inventoryId, CancellationToken ct) => ShowAsync(inventoryId, ct);

    public async Task<IActionResult> OnPostAsync(Guid inventoryId, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(inventoryId, ct);
        }

        var result = await assignments.AssignAsync(User, Input with { InventoryId = inventoryId }, ct);
        if (await this.FailureAsync(result, () => ShowAsync(inventoryId, ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        return this.WithSuccess(Redirect("/Inventories/Detail/" + inventoryId.ToString()), "VerificationAccess_AssignDone");
    }

    private async Task<IActionResult> ShowAsync(Guid inventoryId, CancellationToken ct)
    {
        var state = await assignments.StateAsync(User, inventoryId, ct);
        if (state.Status != Features.Shared.ResultStatus.Ok)
        {
            return await this.FailureAsync(state, () => Task.FromResult<IActionResult>(Page())) ?? Page();
        }

        State = state.Value!;
        return Page();
    }
}
