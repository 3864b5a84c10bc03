using System.Globalization;
using System.Net;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// A short page in the request's language, written by the pipeline where no Razor page runs (a refused input, a
/// throttled sign-in): the site's stylesheets and font, a heading, one paragraph and a link back. Every text is
/// HTML-encoded here.
/// </summary>
internal static class ShortPage
{
    public static Task WriteAsync(HttpResponse response, string title, string paragraphId, string text, string backHref, CancellationToken ct, string? dataField = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var encodedTitle = WebUtility.HtmlEncode(title);
        // The refused form key, for support and tests; people read the field's label in the text.
        var field = dataField is null ? string.Empty : $" data-field=\"{WebUtility.HtmlEncode(dataField)}\"";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{encodedTitle}</title>
            <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/lib/sarabun/sarabun.css"><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container py-4">
            <h1 class="h3">{encodedTitle}</h1>
            <p id="{paragraphId}"{field}>{WebUtility.HtmlEncode(text)}</p>
            <p><a href="{backHref}">{WebUtility.HtmlEncode(Resources.Texts.Instance["Common_Back"].Value)}</a></p>
            </main></body></html>
            """;
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(html, ct);
    }
}
