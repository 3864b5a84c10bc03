using System.Globalization;
using System.Security.Claims;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>One line of the notification list, its sentence in the reader's language.</summary>
public sealed record NotificationItem(long Id, NotificationKind Kind, string Sentence, string? Detail, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>
/// A user's own notifications: the unread count for the bell, the list, opening one (marks it read and gives the
/// place it links to) and marking all read. Every query is filtered to the signed-in user in SQL; opening someone
/// else's is Forbidden.
/// </summary>
public sealed class NotificationInbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>How many the list shows (the newest).</summary>
    public const int ListSize = 100;

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        UserAccess.UserIdOf(user) is { } userId
            ? await db.Notifications.AsNoTracking().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct)
            : 0;

    public async Task<IReadOnlyList<NotificationItem>> ListAsync(ClaimsPrincipal user, CultureInfo culture, CancellationToken ct)
    {
        if (UserAccess.UserIdOf(user) is not { } userId)
        {
            return [];
        }

        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id)
            .Take(ListSize)
            .Select(n => new
            {
                n.Id,
                n.Kind,
                n.Detail,
                n.CreatedAt,
                n.ReadAt,
                Inventory = db.Inventories.Where(i => i.Id == n.InventoryId).Select(i => new { i.Organisation!.NameTh, i.Organisation.NameEn, i.Year }).FirstOrDefault(),
                Actor = db.Users.Where(u => u.Id == n.ActorUserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new NotificationItem(
            r.Id,
            r.Kind,
            NotificationText.Sentence(r.Kind, new NotificationFacts(r.Inventory?.NameTh, r.Inventory?.NameEn, r.Inventory?.Year, r.Actor), culture),
            r.Detail,
            r.CreatedAt,
            r.ReadAt is not null)).ToList();
    }

    /// <summary>Marks the notification read and returns the app-relative address it links to.</summary>
    public async Task<Result<string>> OpenAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null)
        {
            return Result<string>.NotFound();
        }

        if (notification.UserId != UserAccess.UserIdOf(user))
        {
            return Result<string>.Forbidden();
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(notification.Link);
    }

    /// <summary>Marks every unread notification of the user read; how many.</summary>
    public async Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (UserAccess.UserIdOf(user) is not { } userId)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
