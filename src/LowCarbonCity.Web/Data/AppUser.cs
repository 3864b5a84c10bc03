using Microsoft.AspNetCore.Identity;

namespace LowCarbonCity.Web.Data;

/// <summary>A person who signs in. Roles and organisation memberships come with the accounts feature.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>The name shown in the UI and the audit trail.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The user's language ("th-TH" or "en-GB", see Hosting/UiCultures.cs), remembered across sign-ins and devices; null follows the browser.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>
    /// Set when an administrator created the account with a temporary password: until the user changes it, every
    /// page sends them to <c>/Account/ChangePassword</c> and the API answers 403 (docs/adr/0005-authorization.md).
    /// </summary>
    public bool MustChangePassword { get; set; }
}
