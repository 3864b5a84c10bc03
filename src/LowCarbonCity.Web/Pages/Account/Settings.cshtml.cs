using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Email;
using LowCarbonCity.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>The signed-in user's own settings: which notifications also come by e-mail.</summary>
public sealed class SettingsModel(EmailChoices choices, IOptions<EmailOptions> email) : PageModel
{
    public IReadOnlyList<EmailChoice> Choices { get; private set; } = [];

    /// <summary>The kinds ticked in the form.</summary>
    [BindProperty]
    public List<NotificationKind> Send { get; set; } = [];

    public bool EmailIsOn => email.Value.IsEnabled;

    public string? Address => User.Identity?.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await choices.GetAsync(User, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Choices = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(ct);
        }

        var result = await choices.SaveAsync(User, Send, ct);
        return await this.FailureAsync(result, () => OnGetAsync(ct)) ?? this.WithSuccess(RedirectToPage(), "Notify_SettingsSaved");
    }
}
