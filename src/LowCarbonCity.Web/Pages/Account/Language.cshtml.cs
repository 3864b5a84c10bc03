using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>
/// The language switch (a POST from the layout, with the antiforgery token): remembered on this browser in a
/// cookie and, for a signed-in user, on the account, so it follows them to any device.
/// </summary>
public sealed class LanguageModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    /// <summary>A page of its own with both choices; the layout's button posts here too.</summary>
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var chosen = UiCultures.FromTag(culture);
        if (chosen is null)
        {
            return BadRequest();
        }

        Response.Cookies.Append(UiCultures.CookieName, chosen.Name, new CookieOptions
        {
            Expires = clock.GetUtcNow().AddYears(1),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
        });
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            user.PreferredCulture = chosen.Name;
            var saved = await users.UpdateAsync(user);
            if (saved.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
            }
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
