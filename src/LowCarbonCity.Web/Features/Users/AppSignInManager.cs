using LowCarbonCity.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Users;

/// <summary>
/// Identity's sign-in, except that an unknown email costs the same password check as a known one: the typed password
/// is verified against a dummy hash made by the same hasher, and the answer is the same failure as a wrong password.
/// Without it, only known emails paid for hashing, so the response time told which emails have an account.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash of a random password, made once per process by the app's own hasher (so it carries the same work factor).
    private static string? s_dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        var hasher = UserManager.PasswordHasher;
        var stranger = new AppUser();
        s_dummyHash ??= hasher.HashPassword(stranger, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(stranger, s_dummyHash, password ?? string.Empty);
        return SignInResult.Failed;
    }
}
