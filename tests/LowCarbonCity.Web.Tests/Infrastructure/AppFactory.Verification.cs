using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Features.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>Intent methods for verification: registered bodies and assignments, set up directly (what the tests are not about).</summary>
public partial class AppFactory
{
    /// <summary>Today in Thailand, as the app counts a registration's days.</summary>
    public DateOnly VerificationToday() => VerificationBodyService.Today(Services.GetRequiredService<TimeProvider>());

    /// <summary>A verification body (Bangkok) with its registration; valid from a year ago for two years unless given. Returns its organisation id.</summary>
    public Task<int> CreateVerificationBodyAsync(string code, DateOnly? validFrom = null, DateOnly? validUntil = null)
    {
        var today = VerificationToday();
        return WithDbAsync(async db =>
        {
            var bangkok = await db.Provinces.SingleAsync(p => p.Code == "10");
            var organisation = new Organisation(code, OrganisationType.VerificationBody, bangkok.Id, "หน่วยงานทวนสอบ " + code, "Verification body " + code);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            db.VerificationBodies.Add(new VerificationBody(organisation.Id, "REG-" + code, validFrom ?? today.AddYears(-1), validUntil ?? today.AddYears(1)));
            await db.SaveChangesAsync();
            return organisation.Id;
        });
    }

    /// <summary>Assigns an approved inventory to a body directly (the assignment's own tests go through the service and the page).</summary>
    public Task<Guid> AssignForVerificationAsync(Guid inventoryId, int bodyOrganisationId, string assignedByUserId) =>
        WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.AsNoTracking().SingleAsync(i => i.Id == inventoryId);
            var body = await db.VerificationBodies.AsNoTracking().SingleAsync(b => b.OrganisationId == bodyOrganisationId);
            var verification = InventoryVerification.Assign(Guid.NewGuid(), inventory, body, InventoryVerification.DefaultMaterialityPercent,
                assignedByUserId, VerificationToday(), DateTimeOffset.UtcNow);
            db.Verifications.Add(verification);
            await db.SaveChangesAsync();
            return verification.Id;
        });

    /// <summary>An approved, calculated inventory of the organisation assigned to the body. Returns the inventory's id.</summary>
    public async Task<Guid> AssignedInventoryAsync(string organisationCode, int year, int bodyOrganisationId, string assignedByUserId)
    {
        var id = await CalculatedInventoryAsync(organisationCode, year, InventoryStatus.Approved);
        await AssignForVerificationAsync(id, bodyOrganisationId, assignedByUserId);
        return id;
    }
}
