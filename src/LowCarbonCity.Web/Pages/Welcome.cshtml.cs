using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages;

/// <summary>The guided first page an invitee lands on: what to do next in their role.</summary>
public sealed class WelcomeModel(FirstSteps steps) : PageModel
{
    public Welcome Welcome { get; private set; } = new(string.Empty, string.Empty, []);

    public async Task OnGetAsync(CancellationToken ct) => Welcome = await steps.ForAsync(User, ct);
}
