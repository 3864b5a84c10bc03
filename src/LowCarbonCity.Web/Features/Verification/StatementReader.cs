using System.Security.Claims;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// Reads an inventory's verification statement into a <see cref="StatementView"/>: for a signed-in user who may view
/// the inventory (<see cref="Operations.View"/> on <see cref="InventoryService.ResourceOfAsync"/>, so the assigned body's
/// verifiers too), or, through <see cref="ReadAsync"/>, for a report or the public page that has already decided the
/// reader may see it. No statement issued is "not found".
/// </summary>
public sealed class StatementReader(AppDbContext db, ResourceGuard guard)
{
    public async Task<Result<StatementView>> ForUserAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<StatementView>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<StatementView>.Forbidden();
        }

        return await ReadAsync(db, inventoryId, ct) is { } view ? Result<StatementView>.Ok(view) : Result<StatementView>.NotFound();
    }

    /// <summary>The statement of an inventory, issued or certified; null when none has been issued. Checks no rights.</summary>
    public static async Task<StatementView?> ReadAsync(AppDbContext db, Guid inventoryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await (from v in db.Verifications.AsNoTracking()
                          join s in db.VerificationStatements on v.Id equals s.VerificationId
                          join i in db.Inventories on v.InventoryId equals i.Id
                          join b in db.VerificationBodies on v.BodyOrganisationId equals b.OrganisationId
                          where v.InventoryId == inventoryId
                          select new
                          {
                              VerificationId = v.Id, v.Stage, v.CertifiedAt,
                              i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Year, i.Kind, i.Status,
                              BodyNameTh = b.Organisation!.NameTh, BodyNameEn = b.Organisation.NameEn, b.RegistrationNumber,
                              s.Level, s.MaterialityPercent, s.Standard, s.Opinion, s.OpinionText, s.Scope1Kg, s.Scope2Kg, s.Scope3Kg,
                              s.PeriodStart, s.PeriodEnd, s.IssuedOn, s.SignatoryName, s.SignatoryTitle,
                          }).SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var counts = await db.VerificationFindings.AsNoTracking().Where(f => f.VerificationId == head.VerificationId)
            .GroupBy(f => f.Kind)
            .Select(g => new { Kind = g.Key, Raised = g.Count(), Closed = g.Count(f => f.Status == FindingStatus.Closed) })
            .ToListAsync(ct);
        var findings = Enum.GetValues<FindingKind>()
            .Select(k => counts.FirstOrDefault(c => c.Kind == k) is { } c ? new StatementFindingCount(k, c.Raised, c.Closed) : new StatementFindingCount(k, 0, 0))
            .ToList();
        return new StatementView(
            inventoryId, head.Code, head.NameTh, head.NameEn, head.Year, head.Kind, head.Status,
            head.BodyNameTh, head.BodyNameEn, head.RegistrationNumber, head.Level, head.MaterialityPercent, head.Standard, head.Opinion, head.OpinionText,
            head.Scope1Kg, head.Scope2Kg, head.Scope3Kg, head.PeriodStart, head.PeriodEnd, head.IssuedOn, head.SignatoryName, head.SignatoryTitle,
            head.Stage, head.CertifiedAt, findings);
    }

    /// <summary>The statement once TGO has certified it (the inventory is Verified): what reports and the public page carry.</summary>
    public static async Task<StatementView?> CertifiedAsync(AppDbContext db, Guid inventoryId, CancellationToken ct) =>
        await ReadAsync(db, inventoryId, ct) is { IsCertified: true } view ? view : null;
}
