namespace LowCarbonCity.Web.Data;

/// <summary>
/// An administrator's invitation to open an account in a role, for organisations: single use, expiring. Only the
/// SHA-256 hash of the link's token is stored, so the table cannot be used to accept an invitation.
/// </summary>
public sealed class Invitation
{
    private Invitation()
    {
        Email = null!;
        DisplayName = null!;
        Role = null!;
        OrganisationCodes = null!;
        TokenHash = null!;
        CreatedByUserId = null!;
    }

    public Invitation(Guid id, string email, string displayName, string role, IReadOnlyList<string> organisationCodes, string tokenHash, string createdByUserId, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(organisationCodes);
        Id = id;
        Email = email;
        DisplayName = displayName;
        Role = role;
        OrganisationCodes = string.Join(',', organisationCodes);
        TokenHash = tokenHash;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>One of <see cref="Hosting.Roles"/>.</summary>
    public string Role { get; private set; }

    /// <summary>The organisation codes, comma-separated.</summary>
    public string OrganisationCodes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public string TokenHash { get; private set; }

    public string CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the invitee set a password; a used invitation never works again.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>When an administrator withdrew the invitation; a revoked invitation never works again.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The account the invitation created.</summary>
    public string? UserId { get; private set; }

    /// <summary>Concurrency token: two people opening the same link cannot both use it.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<string> OrganisationCodeList => OrganisationCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Neither used nor revoked: the administrator can still resend or revoke it (an expired one too).</summary>
    public bool IsPending => UsedAt is null && RevokedAt is null;

    /// <summary>
    /// A new link for the same invitation: the old token stops working (only the new hash is kept) and the
    /// lifetime starts again, so a lost or expired link is replaced rather than a second invitation made.
    /// </summary>
    public void Renew(string tokenHash, DateTimeOffset expiresAt)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("Only a pending invitation can be renewed.");
        }

        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
        Version++;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("Only a pending invitation can be revoked.");
        }

        RevokedAt = now;
        Version++;
    }

    public void MarkUsed(string userId, DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            throw new InvalidOperationException("The invitation was already used.");
        }

        UsedAt = now;
        UserId = userId;
        Version++;
    }
}
