using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Creates an account with a temporary password, a role and organisations picked by name.</summary>
public sealed class CreateModel(UserAdminService users, OrganisationPicker picker) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    /// <summary>The organisations as picked: their names from the list.</summary>
    [BindProperty]
    public List<string> Organisations { get; set; } = [];

    public IReadOnlyList<OrganisationChoice> Choices { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var result = await users.CreateAsync(User, Input with { Organisations = Organisations }, ct);
        return await this.FailureAsync(result, () => ShowAsync(ct), nameof(Input)) ?? this.WithSuccess(RedirectToPage("/Admin/Users/Index"), "AdminUsers_CreateDone");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = await picker.ChoicesAsync(ct);
        return Page();
    }
}
