using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace LowCarbonCity.Web.Hosting;

/// <summary>The language a signed-in user chose, from the claim stored with the account (so it follows them to any device).</summary>
public sealed class UserClaimCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var tag = httpContext.User.FindFirst(UiCultures.ClaimType)?.Value;
        return Task.FromResult(UiCultures.FromTag(tag) is { } culture ? new ProviderCultureResult(culture.Name) : null);
    }
}

/// <summary>The language chosen on this browser before signing in (a plain cookie holding "th-TH" or "en-GB").</summary>
public sealed class PlainCookieCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var tag = httpContext.Request.Cookies[UiCultures.CookieName];
        return Task.FromResult(UiCultures.FromTag(tag) is { } culture ? new ProviderCultureResult(culture.Name) : null);
    }
}

/// <summary>
/// The browser's languages in order of preference: the first Thai or English one wins, whatever its region
/// ("th", "th-TH", "en-US", "en-AU"...). A browser that names neither gets the default (Thai).
/// </summary>
public sealed class BrowserLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var header = httpContext.Request.Headers.AcceptLanguage.ToString();
        if (header.Length == 0 || !StringWithQualityHeaderValue.TryParseList(header.Split(','), out var languages))
        {
            return Task.FromResult<ProviderCultureResult?>(null);
        }

        var chosen = languages
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => UiCultures.FromTag(l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return Task.FromResult(chosen is null ? null : new ProviderCultureResult(chosen.Name));
    }
}
