using System.Security.Claims;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>Whether one kind of notification is also sent by e-mail.</summary>
public sealed record EmailChoice(NotificationKind Kind, bool Send);

/// <summary>A user's own choice, per kind, of what is also e-mailed (every kind is, until they turn it off).</summary>
public sealed class EmailChoices(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<EmailChoice>>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (UserAccess.UserIdOf(user) is not { } userId)
        {
            return Result<IReadOnlyList<EmailChoice>>.Forbidden();
        }

        var off = await db.EmailOptOuts.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync(ct);
        return Result<IReadOnlyList<EmailChoice>>.Ok(Enum.GetValues<NotificationKind>().Select(k => new EmailChoice(k, !off.Contains(k))).ToList());
    }

    /// <summary>Stores the choice: the kinds in <paramref name="send"/> are e-mailed, the others not.</summary>
    public async Task<Result<bool>> SaveAsync(ClaimsPrincipal user, IReadOnlyCollection<NotificationKind> send, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (UserAccess.UserIdOf(user) is not { } userId)
        {
            return Result<bool>.Forbidden();
        }

        var existing = await db.EmailOptOuts.Where(o => o.UserId == userId).ToListAsync(ct);
        db.EmailOptOuts.RemoveRange(existing.Where(o => send.Contains(o.Kind)));
        var off = existing.Select(o => o.Kind).ToHashSet();
        db.EmailOptOuts.AddRange(Enum.GetValues<NotificationKind>().Where(k => !send.Contains(k) && !off.Contains(k)).Select(k => new EmailOptOut(userId, k)));
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }
}
