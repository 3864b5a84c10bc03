using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// Tells a verification body's verifiers that an inventory was assigned to them, through the app's notifications (in
/// the app, and by e-mail when it is on and they have not turned the kind off). Adds to the caller's save only.
/// </summary>
public sealed class VerificationNotifications(AppDbContext db, NotificationRecipients recipients, Notifier notifier)
{
    public async Task AssignedAsync(InventoryVerification verification, string actorUserId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var about = await db.Inventories.AsNoTracking().Where(i => i.Id == verification.InventoryId)
            .Select(i => new { i.Organisation!.NameTh, i.Organisation.NameEn, i.Year }).SingleAsync(ct);
        var actor = await db.Users.AsNoTracking().Where(u => u.Id == actorUserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(ct);
        // The verifier starts on the verification page (findings, materiality, statement), which links to the data.
        var link = "/Verification/Inventory/" + verification.InventoryId.ToString();
        var people = (await recipients.VerifiersAsync(verification.BodyOrganisationId, ct)).Select(r => (r, link));
        await notifier.AddAsync(NotificationKind.VerificationAssigned, people, new NotificationFacts(about.NameTh, about.NameEn, about.Year, actor),
            verification.InventoryId, actorUserId, null, ct);
    }
}
