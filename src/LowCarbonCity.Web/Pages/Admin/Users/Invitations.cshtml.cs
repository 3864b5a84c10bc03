using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Pending invitations, with resend (a new link, e-mailed again when e-mail is configured) and revoke.</summary>
public sealed class InvitationsModel(InvitationService invitations, Microsoft.Extensions.Options.IOptions<Features.Email.EmailOptions> email) : PageModel
{
    public IReadOnlyList<PendingInvitation> Pending { get; private set; } = [];

    /// <summary>The link of the invitation just made or resent, shown once for the administrator to copy.</summary>
    public (string Link, string Email, DateTimeOffset ExpiresAt)? NewLink { get; private set; }

    /// <summary>Whether links also go to the invitees by e-mail.</summary>
    public bool Emails => email.Value.IsEnabled;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await invitations.ListPendingAsync(User, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Pending = result.Value!;
        NewLink = InvitationLink.Read(this);
        if (NewLink is not null)
        {
            // The page shows a secret link: never cache it.
            Response.Headers.CacheControl = "no-store";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken ct)
    {
        var result = await invitations.ResendAsync(User, id, ct);
        return await this.FailureAsync(result, () => OnGetAsync(ct)) ?? this.WithInvitationLink(result.Value!, Emails ? "AdminUsers_ResendDone" : "AdminUsers_NewLinkDone");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        await this.FailureAsync(await invitations.RevokeAsync(User, id, ct), () => OnGetAsync(ct)) ?? this.WithSuccess(RedirectToPage(), "AdminUsers_RevokeDone");
}
