using System.Globalization;
using LowCarbonCity.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Notifications;

/// <summary>The signed-in user's own notifications, newest first; opening one marks it read and goes to its place.</summary>
public sealed class IndexModel(NotificationInbox inbox) : PageModel
{
    public IReadOnlyList<NotificationItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await inbox.ListAsync(User, CultureInfo.CurrentUICulture, ct);

    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var result = await inbox.OpenAsync(User, id, ct);
        return await this.FailureAsync(result, () => Task.FromResult<IActionResult>(RedirectToPage())) ?? LocalRedirect(result.Value!);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(User, ct);
        return this.WithSuccess(RedirectToPage(), "Notify_MarkedAllRead");
    }
}
