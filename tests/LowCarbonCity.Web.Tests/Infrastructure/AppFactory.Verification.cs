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

    /// <summary>Registers a verification body (an organisation of that type, valid from 2020 to 2035); returns its organisation's code.</summary>
    public async Task<string> RegisterVerificationBodyAsync(string? code = null)
    {
        code ??= $"VB-{Guid.NewGuid():N}"[..12];
        var bodyCode = code;
        await WithDbAsync(async db =>
        {
            var province = await db.Organisations.Where(o => o.Code == "CMI-CM").Select(o => o.ProvinceId).SingleAsync();
            var organisation = new Organisation(bodyCode, OrganisationType.VerificationBody, province, "บริษัท ทวนสอบ " + bodyCode + " จำกัด", bodyCode + " Verification Co., Ltd.");
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            db.VerificationBodies.Add(new VerificationBody(organisation.Id, "TGO-VB-" + bodyCode, new DateOnly(2020, 1, 1), new DateOnly(2035, 12, 31)));
            return await db.SaveChangesAsync();
        });
        return code;
    }

    /// <summary>Assigns an approved inventory to the body (as the assignment page does, through the domain), at 5 % materiality.</summary>
    public Task AssignVerificationAsync(Guid inventoryId, string bodyCode) => WithDbAsync(async db =>
    {
        var inventory = await db.Inventories.SingleAsync(i => i.Id == inventoryId);
        var body = await db.VerificationBodies.SingleAsync(b => b.Organisation!.Code == bodyCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.Verifications.Add(InventoryVerification.Assign(Guid.NewGuid(), inventory, body, InventoryVerification.DefaultMaterialityPercent, "test-setup", today, DateTimeOffset.UtcNow));
        return await db.SaveChangesAsync();
    });

    /// <summary>
    /// An approved inventory assigned to a new body whose statement is issued with the stored totals (through the
    /// domain, setting up, not testing): what TGO certifies.
    /// </summary>
    public async Task IssueStatementAsync(Guid inventoryId)
    {
        var body = await RegisterVerificationBodyAsync();
        await AssignVerificationAsync(inventoryId, body);
        await WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == inventoryId);
            var verification = await db.Verifications.SingleAsync(v => v.InventoryId == inventoryId);
            var byScope = await db.InventoryTotals.Where(t => t.InventoryId == inventoryId).Select(t => new { t.Scope, t.Co2eKg }).ToListAsync();
            decimal Of(EmissionScope scope) => byScope.Where(t => t.Scope == scope).Sum(t => t.Co2eKg);
            db.Add(verification.Issue(
                new StatementInput(AssuranceLevel.Limited, "ISO 14064-3:2019", VerificationOpinion.Unmodified, null, DateOnly.FromDateTime(DateTime.UtcNow), "ผู้ทวนสอบ ทดสอบ", null),
                inventory, new VerifiedTotals(Of(EmissionScope.Scope1), Of(EmissionScope.Scope2), Of(EmissionScope.Scope3)), "test-setup", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>The one way an approved inventory becomes Verified: its issued statement certified by TGO (through the domain).</summary>
    public async Task CertifyAsync(Guid inventoryId)
    {
        await IssueStatementAsync(inventoryId);
        await WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == inventoryId);
            var verification = await db.Verifications.SingleAsync(v => v.InventoryId == inventoryId);
            verification.Certify(inventory, "test-setup", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A finding raised on the inventory's first line (through the domain, setting up), answered when <paramref name="answer"/> is given.</summary>
    public Task RaiseFindingAsync(Guid inventoryId, FindingKind kind, string text, decimal? misstatementKg, string? answer = null) => WithDbAsync(async db =>
    {
        var verification = await db.Verifications.Include(v => v.Findings).ThenInclude(f => f.Responses).SingleAsync(v => v.InventoryId == inventoryId);
        var line = await db.ActivityLines.Where(l => l.InventoryId == inventoryId).OrderBy(l => l.Category).Select(l => l.Id).FirstAsync();
        var finding = verification.Raise(Guid.NewGuid(), kind, line, text, misstatementKg, new DateOnly(2026, 3, 31), "test-setup", DateTimeOffset.UtcNow);
        db.Add(finding);
        if (answer is not null)
        {
            db.Add(verification.Answer(finding.Id, Guid.NewGuid(), answer, "test-setup", DateTimeOffset.UtcNow));
        }

        return await db.SaveChangesAsync();
    });
}
