using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Verification;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>What <see cref="AppFactory.SetUpStatementAsync"/> set up: the body's registration and the statement's signatory.</summary>
public sealed record IssuedStatement(int BodyOrganisationId, string RegistrationNumber, string SignatoryName);

/// <summary>Verification statements set up directly through the domain (setting up, not testing, the verifier's pages).</summary>
public partial class AppFactory
{
    /// <summary>Issued on 15 March 2026 (15 มีนาคม 2569).</summary>
    public static readonly DateOnly StatementDay = new(2026, 3, 15);

    /// <summary>
    /// A registered verification body (a new organisation of that type) verifies an approved inventory: one corrective
    /// action request (1,200 kg) answered and closed, one clarification answered and closed, one observation left open;
    /// then the statement (limited assurance, ISO 14064-3:2019, unmodified unless told, 5 % materiality) with the totals
    /// given; with <paramref name="certify"/>, TGO certifies and the inventory becomes Verified.
    /// </summary>
    public async Task<IssuedStatement> SetUpStatementAsync(
        Guid inventoryId, VerifiedTotals totals, bool certify, VerificationOpinion opinion = VerificationOpinion.Unmodified, string? opinionText = null)
    {
        var user = await CreateUserAsync(Web.Hosting.Roles.TgoAnalyst);
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var registration = "TGO-VB-" + suffix;
        const string Signatory = "นายวิชัย ตรวจดี";
        var bodyId = await WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.Include(i => i.Organisation).SingleAsync(i => i.Id == inventoryId);
            var organisation = new Organisation("VB-" + suffix, OrganisationType.VerificationBody, inventory.Organisation!.ProvinceId,
                "บริษัท ทวนสอบคาร์บอน จำกัด", "Carbon Verify Co., Ltd.");
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            var body = new VerificationBody(organisation.Id, registration, new DateOnly(2020, 1, 1), new DateOnly(2099, 12, 31));
            db.VerificationBodies.Add(body);
            var now = DateTimeOffset.UtcNow;
            var verification = InventoryVerification.Assign(Guid.NewGuid(), inventory, body, InventoryVerification.DefaultMaterialityPercent, user.Id, DateOnly.FromDateTime(now.UtcDateTime), now);
            var car = verification.Raise(Guid.NewGuid(), FindingKind.CorrectiveAction, null, "ใบแจ้งหนี้ค่าไฟฟ้าเดือนมีนาคมขาดหาย", 1_200m, StatementDay, user.Id, now);
            var cr = verification.Raise(Guid.NewGuid(), FindingKind.Clarification, null, "ขอหลักฐานการเติมน้ำมัน", null, StatementDay, user.Id, now);
            verification.Raise(Guid.NewGuid(), FindingKind.Observation, null, "ควรเก็บภาพถ่ายมิเตอร์", null, StatementDay, user.Id, now);
            verification.Answer(car.Id, Guid.NewGuid(), "เพิ่มแล้ว", user.Id, now);
            verification.Close(car.Id, Guid.NewGuid(), null, user.Id, now);
            verification.Answer(cr.Id, Guid.NewGuid(), "แนบใบเสร็จแล้ว", user.Id, now);
            verification.Close(cr.Id, Guid.NewGuid(), null, user.Id, now);
            verification.Issue(new StatementInput(AssuranceLevel.Limited, "ISO 14064-3:2019", opinion, opinionText, StatementDay, Signatory, "ผู้ทวนสอบหลัก"),
                inventory, totals, user.Id, now);
            if (certify)
            {
                verification.Certify(inventory, user.Id, now);
            }

            db.Verifications.Add(verification);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        return new IssuedStatement(bodyId, registration, Signatory);
    }

    /// <summary>Publishes an approved or verified inventory through the domain (setting up, not testing, publication).</summary>
    public Task PublishAsync(Guid inventoryId) => WithDbAsync(async db =>
    {
        var inventory = await db.Inventories.SingleAsync(i => i.Id == inventoryId);
        inventory.Publish(DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });
}
