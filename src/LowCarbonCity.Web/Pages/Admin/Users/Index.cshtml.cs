using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Every account, with lock and unlock.</summary>
public sealed class IndexModel(UserAdminService users) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await users.ListAsync(User, ct);
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
