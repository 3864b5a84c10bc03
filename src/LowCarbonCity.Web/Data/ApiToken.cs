namespace LowCarbonCity.Web.Data;

/// <summary>
/// A personal access token for programs (docs/adr/0006-api-authentication.md): only the SHA-256 of the secret is
/// stored, found by its public <see cref="Prefix"/>. It acts as its owner, never with more rights, and writes only
/// when it has the <c>write</c> scope. Revoked tokens stay on record.
/// </summary>
public sealed class ApiToken
{
    public const int MaxNameLength = 100;

    private ApiToken()
    {
        UserId = null!;
        Name = null!;
        Prefix = null!;
        SecretHash = null!;
        Scopes = null!;
    }

    public ApiToken(Guid id, string userId, string name, string prefix, string secretHash, string scopes, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        UserId = userId;
        Name = name;
        Prefix = prefix;
        SecretHash = secretHash;
        Scopes = scopes;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The public part of the token (<c>lcc_&lt;prefix&gt;_...</c>), unique, to find the row.</summary>
    public string Prefix { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the whole token string.</summary>
    public string SecretHash { get; private set; }

    /// <summary>Space-separated scopes: <c>read</c>, or <c>read write</c>.</summary>
    public string Scopes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
