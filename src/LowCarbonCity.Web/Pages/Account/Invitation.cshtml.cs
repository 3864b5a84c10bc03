using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>The invitee opens the link, sets a password meeting the policy, and is signed in.</summary>
public sealed class InvitationModel(InvitationService invitations, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty, Required, DataType(DataType.Password), StringLength(128, MinimumLength = 12), Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [BindProperty, Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords differ."), Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public InvitationPreview? Invitation { get; private set; }

    /// <summary>Why the link cannot be used (expired, used, unknown), shown instead of the form.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var result = await invitations.PeekAsync(Token, ct);
        if (result.IsOk)
        {
            Invitation = result.Value;
        }
        else
        {
            Refusal = result.Errors.Values.SelectMany(m => m).Select(Resources.ServiceMessages.Translate).FirstOrDefault();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(ct);
        }

        var result = await invitations.AcceptAsync(Token, Password, ct);
        if (result.Status == Features.Shared.ResultStatus.Invalid && result.Errors.ContainsKey("Token"))
        {
            return await OnGetAsync(ct);
        }

        if (await this.FailureAsync(result, () => OnGetAsync(ct)) is { } failure)
        {
            return failure;
        }

        var user = await signIn.UserManager.FindByIdAsync(result.Value!);
        await signIn.SignInAsync(user!, isPersistent: false);
        // A newcomer lands on the guided page that says what to do first in their role.
        return LocalRedirect("/Welcome");
    }
}
