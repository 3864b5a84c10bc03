using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Users;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>Queues the invitation's e-mail in the outbox, in the invitation's own SaveChanges (e-mail configured).</summary>
public sealed class OutboxInviteSender(AppDbContext db, InvitationEmail composer, LoggingInviteSender log) : IInviteSender
{
    public async Task SendAsync(Guid invitationId, string email, string token, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var name = db.Invitations.Local.FirstOrDefault(i => i.Id == invitationId)?.DisplayName ?? email;
        db.OutboxEmails.Add(composer.Compose(email, name, token, expiresAt));
        await log.SendAsync(invitationId, email, token, expiresAt, ct);
    }
}
