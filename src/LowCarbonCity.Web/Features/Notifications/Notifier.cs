using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>
/// Adds one notification per recipient (never to the person who acted) and, when e-mail is on and the recipient has
/// not turned the kind off, its e-mail to the outbox. It only adds to the context: the caller's one SaveChanges
/// stores them with the step they report, or nothing at all.
/// </summary>
public sealed class Notifier(AppDbContext db, NotificationEmail email, IOptions<EmailOptions> options, TimeProvider clock)
{
    public async Task AddAsync(
        NotificationKind kind, IEnumerable<(Recipient Recipient, string Link)> recipients, NotificationFacts facts, Guid? inventoryId, string? actorUserId, string? detail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var targets = recipients.Where(r => r.Recipient.UserId != actorUserId).DistinctBy(r => r.Recipient.UserId).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var ids = targets.Select(t => t.Recipient.UserId).ToList();
        var optedOut = options.Value.IsEnabled
            ? (await db.EmailOptOuts.AsNoTracking().Where(o => o.Kind == kind && ids.Contains(o.UserId)).Select(o => o.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal)
            : [];
        var now = clock.GetUtcNow();
        foreach (var (recipient, link) in targets)
        {
            db.Notifications.Add(new Notification(recipient.UserId, kind, inventoryId, actorUserId, detail, link, now));
            if (options.Value.IsEnabled && !string.IsNullOrWhiteSpace(recipient.Email) && !optedOut.Contains(recipient.UserId))
            {
                db.OutboxEmails.Add(email.Compose(kind, facts, detail, link, recipient));
            }
        }
    }
}
