using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Publication;

/// <summary>Publish or withdraw one inventory, at the version the user saw.</summary>
public sealed record PublicationInput(Guid InventoryId, int ExpectedVersion);

/// <summary>An inventory's publication as its organisation sees it.</summary>
public sealed record PublicationState(
    Guid InventoryId, string OrganisationCode, string OrganisationNameTh, string OrganisationNameEn, int Year, InventoryKind Kind,
    InventoryStatus Status, int Version, DateTimeOffset? PublishedAt, bool CanPublish)
{
    /// <summary>Approved or verified: may be published (the domain's rule, <see cref="Domain.Inventory.Inventory.IsLocked"/>).</summary>
    public bool IsPublishable => Status is InventoryStatus.Approved or InventoryStatus.Verified;

    public bool IsPublic => PublishedAt is not null && IsPublishable;
}

/// <summary>
/// An organisation publishes its approved or verified inventory for anyone to read (the public pages and open data),
/// or withdraws it. The LAO's municipal officers and administrators may (<see cref="Operations.Publish"/>); the rule
/// on what may be published is the domain's (<see cref="Domain.Inventory.Inventory.Publish"/>). Both are saved at the
/// version the user saw and audited like any change of the inventory; the save clears the public pages' kept figures
/// (the boards' cache drops everything after a save touching inventories).
/// One method each for the page and the API.
/// </summary>
public sealed class PublicationService(AppDbContext db, ResourceGuard guard, UserAccess access, TimeProvider clock)
{
    /// <summary>The publication of one inventory, for anyone who may view it; whether this user may change it.</summary>
    public async Task<Result<PublicationState>> StateAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<PublicationState>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<PublicationState>.Forbidden();
        }

        var state = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new PublicationState(i.Id, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Year, i.Kind, i.Status, i.Version, i.PublishedAt, false))
            .SingleAsync(ct);
        var scope = await access.ScopeOfAsync(user, ct);
        return Result<PublicationState>.Ok(state with
        {
            CanPublish = ApiTokens.ApiScopes.MayWrite(user) && OrganisationAuthorizationHandler.Allows(scope, Operations.Publish.Name, resource),
        });
    }

    public Task<Result<int>> PublishAsync(ClaimsPrincipal user, PublicationInput input, CancellationToken ct) =>
        ChangeAsync(user, input, (inventory, now) => inventory.Publish(now), ct);

    public Task<Result<int>> WithdrawAsync(ClaimsPrincipal user, PublicationInput input, CancellationToken ct) =>
        ChangeAsync(user, input, (inventory, now) => inventory.Withdraw(now), ct);

    private async Task<Result<int>> ChangeAsync(
        ClaimsPrincipal user, PublicationInput input, Action<Domain.Inventory.Inventory, DateTimeOffset> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resource = await InventoryService.ResourceOfAsync(db, input.InventoryId, ct);
        if (resource is null)
        {
            return Result<int>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.Publish))
        {
            return Result<int>.Forbidden();
        }

        var inventory = await db.Inventories.FirstAsync(i => i.Id == input.InventoryId, ct);
        if (inventory.Version != input.ExpectedVersion)
        {
            return Result<int>.Conflict(InventoryWorkflowService.StaleMessage);
        }

        try
        {
            change(inventory, clock.GetUtcNow());
        }
        catch (DomainRuleException e)
        {
            return Result<int>.Invalid(e.Field, e.Message);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Conflict(InventoryWorkflowService.StaleMessage);
        }

        return Result<int>.Ok(inventory.Version);
    }
}
