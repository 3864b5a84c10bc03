using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>
/// The review workflow (docs/design.md section 2): Draft/Returned -> Submitted (municipal officer, only when
/// <see cref="RequiredCategories"/> are covered and no <see cref="LinePlaceholders">placeholder</see> is left) -> Returned (provincial officer, with a reason) or Approved
/// (provincial officer) -> Verified (TGO analyst certifying the statement a verification body issued, the only way to
/// Verified); approving or verifying while a comment thread is unanswered
/// (<see cref="OpenComments"/>) needs a reason, which the status history keeps; reopening approved data (provincial) sends it
/// back to Returned with a reason; verified data is final (docs/adr/0019-verified-is-final.md). Every move is recorded in the status history and the audit trail; a move on a
/// stale version is a Conflict. Submitting locks the inventory's factor edition.
/// </summary>
public sealed class InventoryWorkflowService(
    AppDbContext db, ResourceGuard guard, Notifications.InventoryNotifications notifications, TimeProvider clock, ILogger<InventoryWorkflowService> logger)
{
    public Task<Result<int>> SubmitAsync(ClaimsPrincipal user, TransitionInput input, CancellationToken ct) =>
        MoveAsync(user, input, [InventoryStatus.Draft, InventoryStatus.Returned], InventoryStatus.Submitted, _ => Operations.Submit, reasonRequired: false, ct);

    public Task<Result<int>> ReturnAsync(ClaimsPrincipal user, TransitionInput input, CancellationToken ct) =>
        MoveAsync(user, input, [InventoryStatus.Submitted], InventoryStatus.Returned, _ => Operations.Review, reasonRequired: true, ct);

    public Task<Result<int>> ApproveAsync(ClaimsPrincipal user, TransitionInput input, CancellationToken ct) =>
        MoveAsync(user, input, [InventoryStatus.Submitted], InventoryStatus.Approved, _ => Operations.Review, reasonRequired: false, ct);

    /// <summary>
    /// TGO certifies the statement the assigned verification body issued, and the inventory becomes Verified in the
    /// same save; refused when no statement has been issued.
    /// </summary>
    public Task<Result<int>> VerifyAsync(ClaimsPrincipal user, TransitionInput input, CancellationToken ct) =>
        MoveAsync(user, input, [InventoryStatus.Approved], InventoryStatus.Verified, _ => Operations.Verify, reasonRequired: false, ct);

    /// <summary>Unlocks approved data (provincial officer); needs a reason. Verified data is final.</summary>
    public Task<Result<int>> ReopenAsync(ClaimsPrincipal user, TransitionInput input, CancellationToken ct) =>
        MoveAsync(user, input, [InventoryStatus.Approved], InventoryStatus.Returned, _ => Operations.Review, reasonRequired: true, ct);

    /// <summary>Adds a comment (or reply) on the inventory or one of its lines; allowed in every status.</summary>
    public async Task<Result<Guid>> CommentAsync(ClaimsPrincipal user, AddCommentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resource = await InventoryService.ResourceOfAsync(db, input.InventoryId, ct);
        if (resource is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.Comment))
        {
            return Result<Guid>.Forbidden();
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Result<Guid>.Invalid(nameof(input.Text), "A comment needs text.");
        }

        if (input.LineId is { } lineId && !await db.ActivityLines.AnyAsync(l => l.Id == lineId && l.InventoryId == input.InventoryId, ct))
        {
            return Result<Guid>.Invalid(nameof(input.LineId), "The line is not part of this inventory.");
        }

        if (input.ParentId is { } parentId && !await db.InventoryComments.AnyAsync(c => c.Id == parentId && c.InventoryId == input.InventoryId, ct))
        {
            return Result<Guid>.Invalid(nameof(input.ParentId), "The comment replied to is not part of this inventory.");
        }

        try
        {
            var comment = new InventoryComment(Guid.NewGuid(), input.InventoryId, input.LineId, input.ParentId, UserAccess.UserIdOf(user)!, input.Text, clock.GetUtcNow());
            db.InventoryComments.Add(comment);
            await notifications.CommentedAsync(comment, ct);
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(comment.Id);
        }
        catch (LowCarbonCity.Domain.DomainRuleException e)
        {
            return Result<Guid>.Invalid(e.Field, e.Message);
        }
    }

    private async Task<Result<int>> MoveAsync(
        ClaimsPrincipal user,
        TransitionInput input,
        InventoryStatus[] from,
        InventoryStatus to,
        Func<InventoryStatus, OperationAuthorizationRequirement> operation,
        bool reasonRequired,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var header = await db.Inventories.AsNoTracking().Where(i => i.Id == input.InventoryId)
            .Select(i => new { i.Status, Resource = new OrganisationResource(i.OrganisationId, i.Organisation!.ProvinceId) })
            .FirstOrDefaultAsync(ct);
        if (header is null)
        {
            return Result<int>.NotFound();
        }

        if (!await guard.AllowsAsync(user, header.Resource, operation(header.Status)))
        {
            return Result<int>.Forbidden();
        }

        var inventory = await db.Inventories.Include(i => i.Lines).FirstAsync(i => i.Id == input.InventoryId, ct);
        if (inventory.Version != input.ExpectedVersion)
        {
            return Result<int>.Conflict(StaleMessage);
        }

        if (!from.Contains(inventory.Status))
        {
            return Result<int>.Invalid("Status", $"An inventory in status {inventory.Status} cannot be moved to {to} this way.");
        }

        if (to == InventoryStatus.Returned && await db.Verifications.AnyAsync(v => v.InventoryId == inventory.Id, ct))
        {
            // A verifier is working on these figures: what they find is corrected through the verification (a finding
            // opens the data for exactly that), so the province does not pull the data from under them.
            return Result<int>.Invalid("Status", "The inventory is with a verification body: corrections go through the verification's findings.");
        }

        if (reasonRequired && string.IsNullOrWhiteSpace(input.Reason))
        {
            return Result<int>.Invalid(nameof(input.Reason), "A reason is required.");
        }

        if (to is InventoryStatus.Approved or InventoryStatus.Verified && string.IsNullOrWhiteSpace(input.Reason)
            && await OpenThreadCountAsync(inventory.Id, ct) is > 0 and var open)
        {
            // Locking the data over an unanswered question must be a decision someone wrote down (status history, audit).
            return Result<int>.Invalid(nameof(input.Reason),
                $"{open} comment thread(s) are still unanswered: give a reason to go ahead anyway, or wait for the answers.");
        }

        if (to == InventoryStatus.Submitted)
        {
            var missing = RequiredCategories.Missing(inventory.Kind, inventory.Lines)
                .Select(m => $"Missing: {m.NameEn} (enter a quantity or a notation key).")
                .Concat(inventory.Lines.Where(LinePlaceholders.Is).OrderBy(l => l.Category)
                    .Select(l => $"Placeholder without data: '{l.Category}' (enter a quantity or a notation key with its own explanation)."))
                .ToArray();
            if (missing.Length > 0)
            {
                return Result<int>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["Lines"] = missing });
            }
        }

        var verification = to == InventoryStatus.Verified
            ? await db.Verifications.Include(v => v.Statement).FirstOrDefaultAsync(v => v.InventoryId == inventory.Id, ct)
            : null;
        if (to == InventoryStatus.Verified && verification?.Stage != LowCarbonCity.Domain.Verification.VerificationStage.StatementIssued)
        {
            return Result<int>.Invalid("Status", NoStatementMessage);
        }

        var now = clock.GetUtcNow();
        var previous = inventory.Status;
        db.Entry(inventory).Property(i => i.Version).OriginalValue = input.ExpectedVersion;
        if (verification is not null)
        {
            verification.Certify(inventory, UserAccess.UserIdOf(user)!, now);
        }
        else
        {
            inventory.MoveTo(to, now);
        }
        if (to != InventoryStatus.Draft)
        {
            // An edition a non-draft inventory uses never changes again (docs/conventions.md D3); the audit trail records the lock.
            var edition = await db.EmissionFactorEditions.FirstAsync(e => e.Id == inventory.FactorEditionId, ct);
            if (!edition.IsLocked)
            {
                edition.Lock();
            }
        }

        db.InventoryStatusChanges.Add(new InventoryStatusChange(Guid.NewGuid(), inventory.Id, previous, to, UserAccess.UserIdOf(user)!, input.Reason, now));
        await notifications.StatusChangedAsync(inventory.Id, to, UserAccess.UserIdOf(user)!, input.Reason, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Conflict(StaleMessage);
        }

        logger.LogInformation("Inventory {InventoryId} moved from {From} to {To}", inventory.Id, previous, to);
        return Result<int>.Ok(inventory.Version);
    }

    private async Task<int> OpenThreadCountAsync(Guid inventoryId, CancellationToken ct)
    {
        var comments = await db.InventoryComments.AsNoTracking().Where(c => c.InventoryId == inventoryId)
            .Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
        return OpenComments.Of(comments.Select(c => (c.Id, c.ParentId))).Count;
    }

    internal const string NoStatementMessage =
        "An inventory becomes verified only when TGO certifies the statement of the verification body it is assigned to; no statement has been issued yet.";

    internal const string StaleMessage =
        "Someone else changed this inventory after you opened it. Your change was not saved; reload to see theirs and try again.";
}
