using System.Globalization;
using System.Net;
using System.Text;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Notifications;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>Writes a notification's e-mail in the recipient's language (Thai when they chose none), as plain text and HTML.</summary>
public sealed class NotificationEmail(IOptions<EmailOptions> options, TimeProvider clock)
{
    public OutboxEmail Compose(NotificationKind kind, NotificationFacts facts, string? detail, string link, Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var culture = UiCultures.FromTag(recipient.Culture) ?? UiCultures.Thai;
        string Text(string key) => Texts.Instance.Get(key, culture);
        var sentence = NotificationText.Sentence(kind, facts, culture);
        var url = options.Value.Absolute(link).AbsoluteUri;
        var settings = options.Value.Absolute("/Account/Settings").AbsoluteUri;
        var greeting = string.Format(culture, Text("Notify_EmailGreeting"), recipient.Name ?? recipient.Email);

        var text = new StringBuilder().Append(greeting).Append("\n\n").Append(sentence).Append('\n');
        var html = new StringBuilder().Append("<p>").Append(Html(greeting)).Append("</p><p>").Append(Html(sentence)).Append("</p>");
        if (!string.IsNullOrWhiteSpace(detail))
        {
            var label = NotificationText.DetailLabel(kind, culture);
            text.Append(label).Append(": ").Append(detail).Append('\n');
            html.Append("<p><strong>").Append(Html(label)).Append(":</strong> ").Append(Html(detail)).Append("</p>");
        }

        text.Append('\n').Append(Text("Notify_EmailOpen")).Append(": ").Append(url).Append("\n\n-- \n")
            .Append(string.Format(culture, Text("Notify_EmailFooter"), settings)).Append('\n');
        html.Append("<p><a href=\"").Append(Html(url)).Append("\">").Append(Html(Text("Notify_EmailOpen"))).Append("</a></p>")
            .Append("<hr><p style=\"color:#666;font-size:small\">").Append(Html(string.Format(culture, Text("Notify_EmailFooter"), settings))).Append("</p>");
        return new OutboxEmail(Guid.NewGuid(), recipient.Email!, recipient.Name, sentence, text.ToString(), EmailPage.Wrap(html.ToString(), culture), clock.GetUtcNow());
    }

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}

/// <summary>The HTML page around an e-mail's body (language, character set, the Thai font stack).</summary>
public static class EmailPage
{
    public static string Wrap(string body, CultureInfo culture) =>
        "<!DOCTYPE html><html lang=\"" + (UiCultures.IsThai(culture) ? "th" : "en") + "\"><head><meta charset=\"utf-8\"></head>"
        + "<body style=\"font-family:Sarabun,Tahoma,sans-serif;line-height:1.5\">" + body + "</body></html>";
}
