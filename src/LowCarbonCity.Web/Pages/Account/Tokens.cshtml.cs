using LowCarbonCity.Web.Features.ApiTokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Account;

/// <summary>The signed-in user's personal access tokens for the API: create (the secret is shown once), list, revoke.</summary>
public sealed class TokensModel(ApiTokenService tokens) : PageModel
{
    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>The token just created, shown once.</summary>
    public CreatedToken? Created { get; private set; }

    [BindProperty]
    public CreateTokenInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Tokens = await tokens.ListAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(ct);
        }

        var result = await tokens.CreateAsync(User, Input, ct);
        if (await this.FailureAsync(result, () => OnGetAsync(ct), nameof(Input)) is { } failure)
        {
            return failure;
        }

        Created = result.Value;
        Input = new CreateTokenInput();
        return await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var result = await tokens.RevokeAsync(User, id, ct);
        return await this.FailureAsync(result, () => OnGetAsync(ct)) ?? RedirectToPage();
    }
}
