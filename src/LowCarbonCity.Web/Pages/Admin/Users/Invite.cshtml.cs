using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>
/// Invites someone by email into a role and organisations picked by name; then the pending invitations, where the
/// single-use link is shown once to copy (and e-mailed when a mail server is configured).
/// </summary>
public sealed class InviteModel(InvitationService invitations, OrganisationPicker picker) : PageModel
{
    [BindProperty]
    public InviteUserInput Input { get; set; } = new();

    /// <summary>The organisations as picked: their names from the list.</summary>
    [BindProperty]
    public List<string> Organisations { get; set; } = [];

    public IReadOnlyList<OrganisationChoice> Choices { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var result = await invitations.InviteAsync(User, Input with { Organisations = Organisations }, ct);
        if (await this.FailureAsync(result, () => ShowAsync(ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        return this.WithInvitationLink(result.Value!, "AdminUsers_InviteDone");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = await picker.ChoicesAsync(ct);
        return Page();
    }
}
