using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Invites someone by email into a role and organisations; shows the single-use link to copy (no mail server).</summary>
public sealed class InviteModel(InvitationService invitations) : PageModel
{
    [BindProperty]
    public InviteUserInput Input { get; set; } = new();

    /// <summary>Organisation codes, comma-separated.</summary>
    [BindProperty]
    public string? OrganisationCodes { get; set; }

    /// <summary>The link to hand over, shown once after a successful invitation.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = Input with { OrganisationCodes = (OrganisationCodes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
        var result = await invitations.InviteAsync(User, input, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input)) is { } failure)
        {
            return failure;
        }

        // The page shows a secret link: never cache it.
        Response.Headers.CacheControl = "no-store";
        Link = Url.Page("/Account/Invitation", pageHandler: null, values: new { token = result.Value!.Token }, protocol: Request.Scheme);
        ExpiresAt = result.Value.ExpiresAt;
        return Page();
    }
}
