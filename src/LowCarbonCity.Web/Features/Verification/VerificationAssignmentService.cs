using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>The body an approved inventory is to be verified by.</summary>
public sealed record AssignVerificationInput
{
    public Guid InventoryId { get; init; }

    [Range(1, int.MaxValue, ErrorMessage = "Choose a verification body from the list.")]
    [Display(Name = "Verification body")]
    public int BodyOrganisationId { get; init; }
}

/// <summary>A body that may be chosen: registered, and its registration covers today.</summary>
public sealed record BodyChoice(int OrganisationId, string NameTh, string NameEn, string RegistrationNumber, DateOnly ValidUntil);

/// <summary>Who verifies an inventory, once assigned.</summary>
public sealed record AssignedBody(int OrganisationId, string NameTh, string NameEn, string RegistrationNumber, decimal MaterialityPercent, DateTimeOffset AssignedAt);

/// <summary>What the assignment page shows: the inventory, whom it is assigned to (if anyone), and the bodies to choose from.</summary>
public sealed record AssignmentState(
    InventorySummary Inventory, AssignedBody? Assigned, IReadOnlyList<BodyChoice> Bodies, decimal MaterialityPercent, bool CanAssign);

/// <summary>
/// Assigns an approved inventory to a verification body valid today (<see cref="InventoryVerification.Assign"/>), at
/// the programme's materiality (<see cref="MaterialityOptions"/>): the LAO's municipal officers and TGO analysts
/// (<see cref="Operations.AssignVerification"/>). One assignment per inventory. Audited (interceptor); the body's
/// verifiers are told through the notifications (in the app, and by e-mail when it is on).
/// </summary>
public sealed class VerificationAssignmentService(
    AppDbContext db, ResourceGuard guard, UserAccess access, IOptions<MaterialityOptions> materiality, VerificationNotifications notifications, TimeProvider clock)
{
    public const string AlreadyAssignedMessage = "This inventory is already assigned to a verification body.";
    public const string ChooseBodyMessage = "Choose a verification body from the list.";

    /// <summary>
    /// Whom the inventory is assigned to, and whether the user may assign it now (approved, not yet assigned). Null
    /// when the user may not view it. For the inventory's own pages.
    /// </summary>
    public async Task<(AssignedBody? Assigned, bool CanAssign)?> StatusAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return null;
        }

        var scope = await access.ScopeOfAsync(user, ct);
        if (!OrganisationAuthorizationHandler.Allows(scope, Operations.View.Name, resource))
        {
            return null;
        }

        var assigned = await AssignedAsync(inventoryId, ct);
        var status = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId).Select(i => i.Status).SingleAsync(ct);
        var canAssign = assigned is null && status == InventoryStatus.Approved
            && OrganisationAuthorizationHandler.Allows(scope, Operations.AssignVerification.Name, resource);
        return (assigned, canAssign);
    }

    public async Task<Result<AssignmentState>> StateAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<AssignmentState>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.AssignVerification))
        {
            return Result<AssignmentState>.Forbidden();
        }

        var inventory = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new InventorySummary(i.Id, i.OrganisationId, i.Organisation!.Code, i.Organisation.NameEn, i.Organisation.NameTh, i.Year, i.Kind, i.Status, i.Version, i.UpdatedAt))
            .SingleAsync(ct);
        var assigned = await AssignedAsync(inventoryId, ct);
        var today = VerificationBodyService.Today(clock);
        var bodies = await db.VerificationBodies.AsNoTracking()
            .Where(b => b.ValidFrom <= today && b.ValidUntil >= today)
            .OrderBy(b => b.Organisation!.NameTh)
            .Select(b => new BodyChoice(b.OrganisationId, b.Organisation!.NameTh, b.Organisation.NameEn, b.RegistrationNumber, b.ValidUntil))
            .ToListAsync(ct);
        return Result<AssignmentState>.Ok(new AssignmentState(
            inventory, assigned, bodies, materiality.Value.For(inventory.Kind), assigned is null && inventory.Status == InventoryStatus.Approved));
    }

    /// <summary>Assigns the inventory; returns the verification's id.</summary>
    public async Task<Result<Guid>> AssignAsync(ClaimsPrincipal user, AssignVerificationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resource = await InventoryService.ResourceOfAsync(db, input.InventoryId, ct);
        if (resource is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.AssignVerification))
        {
            return Result<Guid>.Forbidden();
        }

        if (resource.VerificationBodyId is not null)
        {
            return Result<Guid>.Invalid(nameof(input.BodyOrganisationId), AlreadyAssignedMessage);
        }

        var body = await db.VerificationBodies.AsNoTracking().FirstOrDefaultAsync(b => b.OrganisationId == input.BodyOrganisationId, ct);
        if (body is null)
        {
            return Result<Guid>.Invalid(nameof(input.BodyOrganisationId), ChooseBodyMessage);
        }

        var inventory = await db.Inventories.AsNoTracking().SingleAsync(i => i.Id == input.InventoryId, ct);
        InventoryVerification verification;
        try
        {
            verification = InventoryVerification.Assign(Guid.NewGuid(), inventory, body, materiality.Value.For(inventory.Kind),
                UserAccess.UserIdOf(user)!, VerificationBodyService.Today(clock), clock.GetUtcNow());
        }
        catch (DomainRuleException e)
        {
            return Result<Guid>.Invalid(e.Field == nameof(InventoryVerification.InventoryId) ? nameof(input.InventoryId) : nameof(input.BodyOrganisationId), e.Message);
        }

        db.Verifications.Add(verification);
        await notifications.AssignedAsync(verification, UserAccess.UserIdOf(user)!, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else assigned it a moment ago (one verification per inventory): nothing is kept.
            db.ChangeTracker.Clear();
            return Result<Guid>.Invalid(nameof(input.BodyOrganisationId), AlreadyAssignedMessage);
        }

        return Result<Guid>.Ok(verification.Id);
    }

    private Task<AssignedBody?> AssignedAsync(Guid inventoryId, CancellationToken ct) =>
        (from v in db.Verifications.AsNoTracking()
         join b in db.VerificationBodies.AsNoTracking() on v.BodyOrganisationId equals b.OrganisationId
         where v.InventoryId == inventoryId
         select new AssignedBody(b.OrganisationId, b.Organisation!.NameTh, b.Organisation.NameEn, b.RegistrationNumber, v.MaterialityPercent, v.AssignedAt))
        .FirstOrDefaultAsync(ct);
}
