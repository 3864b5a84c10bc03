using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Changes a user's role and organisations.</summary>
public sealed class EditModel(UserAdminService users) : PageModel
{
    public UserSummary? Current { get; private set; }

    [BindProperty]
    public string Role { get; set; } = string.Empty;

    [BindProperty]
    public string? OrganisationCodes { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var result = await users.GetAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Current = result.Value!;
        if (Request.Method == HttpMethods.Get)
        {
            Role = Current.Roles.Count > 0 ? Current.Roles[0] : string.Empty;
            OrganisationCodes = string.Join(", ", Current.OrganisationCodes);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var input = new SetRoleInput
        {
            UserId = id,
            Role = Role,
            OrganisationCodes = (OrganisationCodes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        var result = await users.SetRoleAsync(User, input, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct)) ?? this.WithSuccess(RedirectToPage("/Admin/Users/Index"), "Common_Saved");
    }
}
