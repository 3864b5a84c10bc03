using System.Security.Claims;
using System.Text.Encodings.Web;
using LowCarbonCity.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.ApiTokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer lcc_...</c> as the token's owner, with the token's scopes as claims, so the
/// same resource-based checks apply as for the owner's own session (docs/adr/0006-api-authentication.md).
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    AppDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }

        var roles = await (from ur in db.Set<IdentityUserRole<string>>()
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == identity.UserId
                           select r.Name).ToListAsync(Context.RequestAborted);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identity.UserId),
            new(ClaimTypes.Name, identity.Email ?? identity.UserId),
            new(ApiScopes.TokenIdClaimType, identity.TokenId.ToString()),
        };
        claims.AddRange(identity.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)));
        claims.AddRange(roles.Where(r => r is not null).Select(r => new Claim(ClaimTypes.Role, r!)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
