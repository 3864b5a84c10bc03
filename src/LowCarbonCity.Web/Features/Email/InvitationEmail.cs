using System.Globalization;
using System.Net;
using System.Text;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>
/// Writes an invitation's e-mail: Thai first, then English (the invitee has not chosen a language yet), with the
/// single-use link and its expiry in Bangkok time (the Buddhist Era year in the Thai part).
/// </summary>
public sealed class InvitationEmail(IOptions<EmailOptions> options, TimeProvider clock)
{
    public OutboxEmail Compose(string email, string displayName, string token, DateTimeOffset expiresAt)
    {
        var url = options.Value.Absolute("/Account/Invitation?token=" + Uri.EscapeDataString(token)).AbsoluteUri;
        var text = new StringBuilder();
        var html = new StringBuilder();
        foreach (var culture in new[] { UiCultures.Thai, UiCultures.English })
        {
            var paragraph = string.Format(culture, Texts.Instance.Get("Notify_InvitationBody", culture), displayName, Expiry(expiresAt, culture));
            var open = Texts.Instance.Get("Notify_InvitationOpen", culture);
            text.Append(paragraph).Append("\n\n").Append(open).Append(": ").Append(url).Append("\n\n");
            html.Append("<div lang=\"").Append(UiCultures.IsThai(culture) ? "th" : "en").Append("\"><p>").Append(WebUtility.HtmlEncode(paragraph))
                .Append("</p><p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(open)).Append("</a></p></div><hr>");
        }

        var subject = Texts.Instance.Get("Notify_InvitationSubject", UiCultures.Thai) + " / " + Texts.Instance.Get("Notify_InvitationSubject", UiCultures.English);
        return new OutboxEmail(Guid.NewGuid(), email, displayName, subject, text.ToString().TrimEnd() + "\n", EmailPage.Wrap(html.ToString(), UiCultures.Thai), clock.GetUtcNow());
    }

    private static string Expiry(DateTimeOffset at, CultureInfo culture)
    {
        var local = at.ToOffset(TimeSpan.FromHours(7));
        return UiCultures.IsThai(culture)
            ? local.ToString("d MMMM ", culture) + (local.Year + Pages.Display.BuddhistEraOffset).ToString(CultureInfo.InvariantCulture) + local.ToString(" HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("d MMMM yyyy HH:mm", culture);
    }
}
