using System.Security.Claims;
using LowCarbonCity.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Adds the user's chosen language to the sign-in cookie, so every request knows it without a query.</summary>
public sealed class AppUserClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (UiCultures.FromTag(user.PreferredCulture) is { } culture)
        {
            identity.AddClaim(new Claim(UiCultures.ClaimType, culture.Name));
        }

        return identity;
    }
}
