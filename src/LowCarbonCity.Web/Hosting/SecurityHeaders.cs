namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Browser-side defences for the pages: a Content-Security-Policy that allows only our own scripts, styles, fonts
/// and images (everything is vendored; no inline script, docs/ui.md), no framing, no MIME sniffing, no referrer to
/// other hosts. The API's JSON needs none of it; its interactive reference gets a policy of its own.
/// Every response to a signed-in user or a token (pages, downloads of PDF, Excel, CSV and evidence) and every API
/// response carries <c>Cache-Control: no-store</c>, so no browser or proxy keeps a copy of someone's data. Static
/// files are served before authentication and stay cacheable, and so does an anonymous API answer that is the same
/// for everyone and says so itself (<c>Cache-Control: public</c>, the category list).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The interactive API reference (Scalar, served from the app itself) boots with an inline module script and
    /// injects its styles, so it gets its own policy: inline script and style allowed on that page only, everything
    /// else from this host only, and no framing. The page shows nothing but our OpenAPI document.
    /// </summary>
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if ((context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                && !headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
                && !headers.CacheControl.ToString().StartsWith("public", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            if (context.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = ReferencePolicy;
                headers.XFrameOptions = "DENY";
            }
            else if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = PagePolicy;
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
