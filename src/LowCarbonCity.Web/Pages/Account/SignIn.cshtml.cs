using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>Cookie sign-in with Identity; failed attempts count towards the lockout.</summary>
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
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Inventories");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? UiText.LockedOut : UiText.InvalidSignIn);
        return Page();
    }

    public sealed class SignInInput
    {
        [Required, EmailAddress, Display(Name = UiText.Email)]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password), Display(Name = UiText.Password)]
        public string Password { get; set; } = string.Empty;

        [Display(Name = UiText.RememberMe)]
        public bool RememberMe { get; set; }
    }
}
