using System.Globalization;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>
/// Carries a new invitation link to the pending invitations page after the redirect, for the administrator to copy.
/// TempData lives in a data-protected cookie of the administrator's own browser and is read once: the link is never
/// stored on the server (only its hash) and a reload does not show it again.
/// </summary>
public static class InvitationLink
{
    private const string LinkKey = "InvitationLink";
    private const string EmailKey = "InvitationEmail";
    private const string ExpiresKey = "InvitationExpires";

    public static IActionResult WithInvitationLink(this PageModel page, InvitationCreated created, string successKey)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(created);
        page.TempData[LinkKey] = page.Url.Page("/Account/Invitation", pageHandler: null, values: new { token = created.Token }, protocol: page.Request.Scheme);
        page.TempData[EmailKey] = created.Email;
        // As seconds, not an ISO date: TempData's serializer would turn a date-shaped string into a DateTime.
        page.TempData[ExpiresKey] = created.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return page.WithSuccess(page.RedirectToPage("/Admin/Users/Invitations"), successKey);
    }

    /// <summary>The link handed over by the last invite or resend, once.</summary>
    public static (string Link, string Email, DateTimeOffset ExpiresAt)? Read(PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.TempData[LinkKey] is string link && page.TempData[EmailKey] is string email && page.TempData[ExpiresKey] is string expires
            ? (link, email, DateTimeOffset.FromUnixTimeSeconds(long.Parse(expires, NumberStyles.None, CultureInfo.InvariantCulture)))
            : null;
    }
}
