using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace LowCarbonCity.Web.Features.EmissionFactors;

/// <summary>An uploaded edition waiting for its publisher's confirmation: the metadata, the file as CSV and its SHA-256.</summary>
public sealed record PendingEdition(string UserId, PublishEditionInput Header, string Csv, string Sha256, EditionPreview Preview, DateTimeOffset ExpiresAt);

/// <summary>
/// Keeps an upload between its preview and the confirmation, server-side under an unguessable token tied to the
/// user who uploaded it (nothing the browser could alter), for <see cref="Lifetime"/>, at most
/// <see cref="MaxPerUser"/> per user. In memory: a restart only means uploading again.
/// </summary>
public sealed class PendingEditionStore(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public const int MaxPerUser = 3;

    private readonly ConcurrentDictionary<string, PendingEdition> _pending = new(StringComparer.Ordinal);

    public string Add(string userId, PublishEditionInput header, string csv, EditionPreview preview)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var now = clock.GetUtcNow();
        foreach (var (key, old) in _pending)
        {
            if (old.ExpiresAt <= now)
            {
                _pending.TryRemove(key, out _);
            }
        }

        foreach (var key in _pending.Where(p => p.Value.UserId == userId).OrderBy(p => p.Value.ExpiresAt).SkipLast(MaxPerUser - 1).Select(p => p.Key).ToList())
        {
            _pending.TryRemove(key, out _);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(csv)));
        _pending[token] = new PendingEdition(userId, header, csv, hash, preview, now + Lifetime);
        return token;
    }

    /// <summary>The pending upload of <paramref name="token"/> if it is <paramref name="userId"/>'s, unexpired and unaltered.</summary>
    public PendingEdition? Find(string? token, string? userId)
    {
        if (token is null || userId is null || !_pending.TryGetValue(token, out var pending))
        {
            return null;
        }

        var intact = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pending.Csv))) == pending.Sha256;
        return pending.UserId == userId && pending.ExpiresAt > clock.GetUtcNow() && intact ? pending : null;
    }

    public void Remove(string token) => _pending.TryRemove(token, out _);
}
