using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Invites someone by email into a role and organisations; shows the single-use link to copy (also e-mailed when a mail server is configured).</summary>
public sealed class InviteModel(InvitationService invitations, Microsoft.Extensions.Options.IOptions<Features.Email.EmailOptions> email) : PageModel
{
    [BindProperty]
    public InviteUserInput Input { get; set; } = new();

    /// <summary>Organisation codes, comma-separated.</summary>
    [BindProperty]
    public string? OrganisationCodes { get; set; }

    /// <summary>The link to hand over, shown once after a successful invitation.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Whether the link also went to the invitee by e-mail.</summary>
    public bool Emailed => Link is not null && email.Value.IsEnabled;

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
