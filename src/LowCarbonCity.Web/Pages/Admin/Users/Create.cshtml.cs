using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Creates an account with a temporary password, a role and organisations.</summary>
public sealed class CreateModel(UserAdminService users) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    /// <summary>Organisation codes, comma-separated (plain HTML until the UI issue).</summary>
    [BindProperty]
    public string? OrganisationCodes { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = Input with { OrganisationCodes = (OrganisationCodes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
        var result = await users.CreateAsync(User, input, ct);
        return await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input)) ?? this.WithSuccess(RedirectToPage("/Admin/Users/Index"), "Common_Created");
    }
}
