using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.ApiTokens;

/// <summary>The scopes a personal access token may carry.</summary>
public static class ApiScopes
{
    public const string Read = "read";
    public const string Write = "write";

    /// <summary>Claim type carrying each scope of the token a request was authenticated with.</summary>
    public const string ClaimType = "lcc:scope";

    /// <summary>Claim type carrying the id of the token a request was authenticated with.</summary>
    public const string TokenIdClaimType = "lcc:token";

    /// <summary>
    /// Whether the principal may change data: a cookie session always (its rights decide), a token only with the
    /// write scope. A token never adds rights; it can only take the write ones away.
    /// </summary>
    public static bool MayWrite(ClaimsPrincipal user) =>
        user?.FindFirst(TokenIdClaimType) is null || user.HasClaim(ClaimType, Write);
}

/// <summary>A token as a user creates it on <c>/Account/Tokens</c>.</summary>
public sealed record CreateTokenInput
{
    [Required, StringLength(ApiToken.MaxNameLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether the token may change data (read is always granted).</summary>
    public bool Write { get; init; }

    /// <summary>Days until the token expires (1 to 366).</summary>
    [Range(1, 366), Display(Name = "Expires in (days)")]
    public int ExpiresInDays { get; init; } = 90;
}

/// <summary>A created token: the only time its secret is shown.</summary>
public sealed record CreatedToken(Guid Id, string Token, DateTimeOffset ExpiresAt);

public sealed record TokenSummary(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>The owner and scopes of a valid token.</summary>
public sealed record TokenIdentity(Guid TokenId, string UserId, string? Email, IReadOnlyList<string> Scopes);

/// <summary>
/// Personal access tokens: <c>lcc_&lt;12 hex prefix&gt;_&lt;base64url of 32 random bytes&gt;</c>. Only the SHA-256 of
/// the whole token is stored; the prefix finds the row. Each user manages only their own tokens.
/// </summary>
public sealed class ApiTokenService(AppDbContext db, TimeProvider clock)
{
    public const string TokenPrefix = "lcc_";

    /// <summary>The most unrevoked, unexpired tokens one account may hold; creating one more is refused.</summary>
    public const int MaxLiveTokensPerUser = 10;

    public async Task<Result<CreatedToken>> CreateAsync(ClaimsPrincipal user, CreateTokenInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (UserAccess.UserIdOf(user) is not { } userId)
        {
            return Result<CreatedToken>.Forbidden();
        }

        if (!ApiScopes.MayWrite(user))
        {
            // A token cannot mint tokens; only a signed-in person can.
            return Result<CreatedToken>.Forbidden();
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > ApiToken.MaxNameLength)
        {
            return Result<CreatedToken>.Invalid(nameof(input.Name), $"Give the token a name of at most {ApiToken.MaxNameLength} characters.");
        }

        if (input.ExpiresInDays is < 1 or > 366)
        {
            return Result<CreatedToken>.Invalid(nameof(input.ExpiresInDays), "A token expires after 1 to 366 days.");
        }

        var now = clock.GetUtcNow();
        var live = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => t.ExpiresAt).ToListAsync(ct);
        if (live.Count(expiresAt => expiresAt > now) >= MaxLiveTokensPerUser)
        {
            return Result<CreatedToken>.Conflict(
                $"An account may hold at most {MaxLiveTokensPerUser} active tokens. Revoke one you no longer use, then create the new one.");
        }

        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = $"{TokenPrefix}{prefix}_{secret}";
        var scopes = input.Write ? $"{ApiScopes.Read} {ApiScopes.Write}" : ApiScopes.Read;
        var entity = new ApiToken(Guid.NewGuid(), userId, input.Name.Trim(), prefix, Hash(token), scopes, now, now.AddDays(input.ExpiresInDays));
        db.ApiTokens.Add(entity);
        await db.SaveChangesAsync(ct);
        return Result<CreatedToken>.Ok(new CreatedToken(entity.Id, token, entity.ExpiresAt));
    }

    public async Task<IReadOnlyList<TokenSummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = UserAccess.UserIdOf(user);
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return rows.OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenSummary(t.Id, t.Name, t.Prefix, t.Scopes.Split(' '), t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToList();
    }

    public async Task<Result<bool>> RevokeAsync(ClaimsPrincipal user, Guid tokenId, CancellationToken ct)
    {
        var userId = UserAccess.UserIdOf(user);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        if (token is null)
        {
            return Result<bool>.NotFound();
        }

        if (token.UserId != userId || !ApiScopes.MayWrite(user))
        {
            return Result<bool>.Forbidden();
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>The owner of <paramref name="token"/> when it is well formed, known, unrevoked and unexpired and its owner exists and is not locked; else null.</summary>
    public async Task<TokenIdentity?> ValidateAsync(string token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('_', 3);
        if (parts.Length != 3 || parts[0] + "_" != TokenPrefix || parts[1].Length != 12)
        {
            return null;
        }

        var prefix = parts[1];
        // Joined with the owner: a deleted account has no row, and a locked one (by an administrator or after
        // failed sign-ins) may not use its tokens while the lock lasts, as it may not sign in.
        var row = await (from t in db.ApiTokens.AsNoTracking()
                         join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                         where t.Prefix == prefix
                         select new { t.Id, t.UserId, t.SecretHash, t.Scopes, t.ExpiresAt, t.RevokedAt, u.Email, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now || row.LockoutEnd > now)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(row.SecretHash);
        var actual = Encoding.ASCII.GetBytes(Hash(token));
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return null;
        }

        return new TokenIdentity(row.Id, row.UserId, row.Email, row.Scopes.Split(' '));
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
