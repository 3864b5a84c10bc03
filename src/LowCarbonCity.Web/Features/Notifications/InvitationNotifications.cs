using LowCarbonCity.Web.Data;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>Tells the administrator who sent an invitation that it was accepted (called before the acceptance's SaveChanges).</summary>
public sealed class InvitationNotifications(NotificationRecipients recipients, Notifier notifier)
{
    public async Task AcceptedAsync(Invitation invitation, string newUserId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (await recipients.UserAsync(invitation.CreatedByUserId, ct) is not { } inviter)
        {
            return;
        }

        await notifier.AddAsync(NotificationKind.InvitationAccepted, [(inviter, "/Admin/Users/Edit/" + newUserId)],
            new NotificationFacts(null, null, null, invitation.DisplayName), inventoryId: null, newUserId, detail: null, ct);
    }
}
