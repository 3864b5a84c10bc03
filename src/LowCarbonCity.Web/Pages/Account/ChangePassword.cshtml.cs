using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>Changes the signed-in user's password; the first sign-in with a temporary password lands here.</summary>
public sealed class ChangePasswordModel(OwnAccountService account, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Required { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Required = await account.MustChangePasswordAsync(User, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        var result = await account.ChangePasswordAsync(User, Input, ct);
        if (await this.FailureAsync(result, async () => { await OnGetAsync(ct); return Page(); }, nameof(Input)) is { } failure)
        {
            return failure;
        }

        var user = await signIn.UserManager.FindByIdAsync(result.Value!);
        await signIn.RefreshSignInAsync(user!);
        return this.WithSuccess(LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Inventories"), "Common_Saved");
    }
}
