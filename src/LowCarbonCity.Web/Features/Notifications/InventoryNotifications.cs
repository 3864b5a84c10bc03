using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>
/// Tells people about a step of an inventory's workflow, called by <see cref="Inventories.InventoryWorkflowService"/>
/// (which both the pages and the API go through) before its SaveChanges: a submission goes to the province's
/// officers, a return (with its reason), an approval and a verification to the LAO's municipal officers, a comment
/// or a reply to the other side (and to the author of the comment replied to). Provincial readers are sent to the
/// review page, the LAO's to the editor.
/// </summary>
public sealed class InventoryNotifications(AppDbContext db, NotificationRecipients recipients, Notifier notifier)
{
    public async Task StatusChangedAsync(Guid inventoryId, InventoryStatus to, string actorUserId, string? reason, CancellationToken ct)
    {
        var kind = to switch
        {
            InventoryStatus.Submitted => NotificationKind.Submitted,
            InventoryStatus.Returned => NotificationKind.Returned,
            InventoryStatus.Approved => NotificationKind.Approved,
            InventoryStatus.Verified => NotificationKind.Verified,
            InventoryStatus.Draft => (NotificationKind?)null,
        };
        if (kind is null)
        {
            return;
        }

        var about = await AboutAsync(inventoryId, actorUserId, ct);
        var people = kind == NotificationKind.Submitted
            ? (await recipients.ProvincialOfficersAsync(about.ProvinceId, ct)).Select(r => (r, ReviewLink(inventoryId)))
            : (await recipients.MunicipalOfficersAsync(about.OrganisationId, ct)).Select(r => (r, EditorLink(inventoryId)));
        await notifier.AddAsync(kind.Value, people, about.Facts, inventoryId, actorUserId, kind == NotificationKind.Returned ? reason : null, ct);
    }

    public async Task CommentedAsync(InventoryComment comment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var about = await AboutAsync(comment.InventoryId, comment.UserId, ct);
        var municipal = await recipients.MunicipalOfficersAsync(about.OrganisationId, ct);
        var provincial = await recipients.ProvincialOfficersAsync(about.ProvinceId, ct);
        var fromLao = municipal.Any(m => m.UserId == comment.UserId);
        var people = fromLao
            ? provincial.Select(r => (r, ReviewLink(comment.InventoryId) + "#comments")).ToList()
            : municipal.Select(r => (r, EditorLink(comment.InventoryId) + "#comments")).ToList();
        if (comment.ParentId is { } parentId
            && await db.InventoryComments.AsNoTracking().Where(c => c.Id == parentId).Select(c => c.UserId).FirstOrDefaultAsync(ct) is { } parentAuthor
            && await recipients.UserAsync(parentAuthor, ct) is { } author)
        {
            var authorIsLao = municipal.Any(m => m.UserId == author.UserId);
            people.Add((author, (authorIsLao ? EditorLink(comment.InventoryId) : ReviewLink(comment.InventoryId)) + "#comments"));
        }

        await notifier.AddAsync(NotificationKind.Comment, people, about.Facts, comment.InventoryId, comment.UserId, comment.Text, ct);
    }

    private static string ReviewLink(Guid inventoryId) => "/Inventories/Review/" + inventoryId.ToString();

    private static string EditorLink(Guid inventoryId) => "/Inventories/Detail/" + inventoryId.ToString();

    private async Task<About> AboutAsync(Guid inventoryId, string actorUserId, CancellationToken ct)
    {
        var row = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new { i.OrganisationId, i.Organisation!.ProvinceId, i.Organisation.NameTh, i.Organisation.NameEn, i.Year })
            .FirstAsync(ct);
        var actor = await db.Users.AsNoTracking().Where(u => u.Id == actorUserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(ct);
        return new About(row.OrganisationId, row.ProvinceId, new NotificationFacts(row.NameTh, row.NameEn, row.Year, actor));
    }

    private sealed record About(int OrganisationId, int ProvinceId, NotificationFacts Facts);
}
