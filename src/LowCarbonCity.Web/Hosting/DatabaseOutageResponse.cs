using System.Globalization;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// The answer while the database cannot be reached: 503 with <c>Retry-After</c>, a ProblemDetails under
/// <c>/api</c>, a short page in the visitor's language elsewhere. Also the gate that answers so before the database
/// has been migrated at start (static files and <c>/health</c> pass).
/// </summary>
public sealed class DatabaseOutageResponse(RequestDelegate next, DatabaseOutage outage)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return outage.IsReady || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            ? next(context)
            : WriteAsync(context, context.Request.Path.Value ?? string.Empty);
    }

    public static async Task WriteAsync(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The database is unavailable; try again in a few seconds.",
                },
            });
            return;
        }

        // The localization middleware may not have run (or its culture was lost with the exception): pick it again.
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture
            ?? await CultureOf(context, new PlainCookieCultureProvider())
            ?? await CultureOf(context, new BrowserLanguageCultureProvider())
            ?? UiCultures.Thai;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var t = Texts.Instance;
        await ShortPage.WriteAsync(response, t["Common_UnavailableTitle"].Value, "database-unavailable", t["Common_UnavailableText", DatabaseOutage.RetryAfterSeconds].Value, "/", context.RequestAborted);
    }

    private static async Task<CultureInfo?> CultureOf(HttpContext context, RequestCultureProvider provider) =>
        await provider.DetermineProviderCultureResult(context) is { } result ? UiCultures.FromTag(result.UICultures[0].Value) : null;
}
