using LowCarbonCity.Web.Features.Publication;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// Whether an inventory is on the public pages, what the public sees of it, and (for its municipal officers and
/// administrators) the one button that publishes or withdraws it (<see cref="PublicationService"/>).
/// </summary>
public sealed class PublishModel(PublicationService publication) : PageModel
{
    public PublicationState State { get; private set; } = null!;

    [BindProperty]
    public int ExpectedVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var state = await publication.StateAsync(User, id, ct);
        if (await this.FailureAsync(state, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        State = state.Value!;
        ExpectedVersion = State.Version;
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, publication.PublishAsync, "Publish_Published", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, publication.WithdrawAsync, "Publish_Withdrawn", ct);

    private async Task<IActionResult> ChangeAsync(
        Guid id, Func<System.Security.Claims.ClaimsPrincipal, PublicationInput, CancellationToken, Task<Features.Shared.Result<int>>> change, string done, CancellationToken ct)
    {
        var result = await change(User, new PublicationInput(id, ExpectedVersion), ct);
        if (await this.FailureAsync(result, async () =>
            {
                // The errors are in ModelState; the page shows the inventory as it is now.
                ModelState.Remove(nameof(ExpectedVersion));
                return await OnGetAsync(id, ct);
            }) is { } failure)
        {
            return failure;
        }

        TempData["Flash"] = Texts.Instance[done].Value;
        return RedirectToPage(new { id });
    }
}
