using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>The accounts, filtered by organisation (picked by name) and by name or e-mail, with lock and unlock.</summary>
public sealed class IndexModel(UserAdminService users, OrganisationPicker picker) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public IReadOnlyList<OrganisationChoice> Choices { get; private set; } = [];

    /// <summary>The organisation filter as picked (its name from the list).</summary>
    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? Organisation { get; set; }

    /// <summary>A fragment of a name or e-mail address.</summary>
    [BindProperty(SupportsGet = true, Name = "search")]
    public string? Search { get; set; }

    public bool IsSelf(UserSummary u) => SelfLockout.IsSelf(User, u?.Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = await picker.ChoicesAsync(ct);
        var result = await users.ListAsync(User, new UserFilter(Organisation, Search), ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Users = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(string userId, CancellationToken ct) =>
        await this.FailureAsync(await users.LockAsync(User, userId, ct), () => OnGetAsync(ct)) ?? this.WithSuccess(RedirectToPage(), "AdminUsers_LockDone");

    public async Task<IActionResult> OnPostUnlockAsync(string userId, CancellationToken ct) =>
        await this.FailureAsync(await users.UnlockAsync(User, userId, ct), () => OnGetAsync(ct)) ?? this.WithSuccess(RedirectToPage(), "AdminUsers_UnlockDone");
}
