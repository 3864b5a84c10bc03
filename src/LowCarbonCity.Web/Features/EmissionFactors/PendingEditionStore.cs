using System.Security.Cryptography;
using System.Text.Json;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.EmissionFactors;

/// <summary>An uploaded edition waiting for its publisher's confirmation: the metadata, the file as CSV and its SHA-256.</summary>
public sealed record PendingEdition(string UserId, PublishEditionInput Header, string Csv, string Sha256, DateTimeOffset ExpiresAt);

/// <summary>
/// Keeps an upload between its preview and the confirmation, server-side under an unguessable token tied to the
/// user who uploaded it (nothing the browser could alter), for <see cref="Lifetime"/>, at most
/// <see cref="MaxPerUser"/> per user. In the database, so a preview made on one app node can be confirmed on
/// another and survives a restart; expired uploads are deleted whenever one is added.
/// </summary>
public sealed class PendingEditionStore(AppDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public const int MaxPerUser = 3;

    public async Task<string> AddAsync(string userId, PublishEditionInput header, string csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.PendingEditions.Where(p => p.ExpiresAtUtc <= now).ExecuteDeleteAsync(ct);
        var older = await db.PendingEditions.Where(p => p.UserId == userId).OrderByDescending(p => p.ExpiresAtUtc)
            .Skip(MaxPerUser - 1).Select(p => p.Token).ToListAsync(ct);
        if (older.Count > 0)
        {
            await db.PendingEditions.Where(p => older.Contains(p.Token)).ExecuteDeleteAsync(ct);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        db.PendingEditions.Add(new PendingEditionRecord(token, userId, JsonSerializer.Serialize(header), csv, Hash(csv), now + Lifetime));
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The pending upload of <paramref name="token"/> if it is <paramref name="userId"/>'s, unexpired and unaltered.</summary>
    public async Task<PendingEdition?> FindAsync(string? token, string? userId, CancellationToken ct)
    {
        if (token is null || userId is null)
        {
            return null;
        }

        var row = await db.PendingEditions.AsNoTracking().SingleOrDefaultAsync(p => p.Token == token, ct);
        if (row is null || row.UserId != userId || row.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime || Hash(row.Csv) != row.Sha256)
        {
            return null;
        }

        var header = JsonSerializer.Deserialize<PublishEditionInput>(row.HeaderJson)!;
        return new PendingEdition(row.UserId, header, row.Csv, row.Sha256, new DateTimeOffset(DateTime.SpecifyKind(row.ExpiresAtUtc, DateTimeKind.Utc)));
    }

    public Task RemoveAsync(string token, CancellationToken ct) => db.PendingEditions.Where(p => p.Token == token).ExecuteDeleteAsync(ct);

    private static string Hash(string csv) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(csv)));
}
