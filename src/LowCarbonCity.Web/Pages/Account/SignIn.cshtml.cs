using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>Cookie sign-in with Identity; failed attempts count towards the lockout. Posts are limited per client IP.</summary>
[EnableRateLimiting(Policies.SignInRateLimit)]
public sealed class SignInModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await HomeOfAsync(Input.Email));
        }

        ModelState.AddModelError(string.Empty, Texts.Instance[result.IsLockedOut ? "Account_LockedOut" : "Account_InvalidSignIn"]);
        return Page();
    }

    /// <summary>Where a user lands after signing in: a verifier on their work list, everyone else on their inventories.</summary>
    private async Task<string> HomeOfAsync(string email) =>
        await signIn.UserManager.FindByEmailAsync(email) is { } user && await signIn.UserManager.IsInRoleAsync(user, Roles.Verifier)
            ? "/Verification"
            : "/Inventories";

    public sealed class SignInInput
    {
        [Required, EmailAddress, Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
