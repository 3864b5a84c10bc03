using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>One inventory on a verifier's list: whose, which year and kind, where the verification stands, findings still open.</summary>
public sealed record VerificationWorkItem(
    Guid InventoryId, string OrganisationNameTh, string OrganisationNameEn, int Year, InventoryKind Kind, VerificationStage Stage,
    int OpenFindings, string BodyNameTh, string BodyNameEn, DateTimeOffset AssignedAt);

/// <summary>
/// The verifier's work: the inventories assigned to their verification body, filtered in SQL to the bodies the user
/// verifies for (nothing for anyone else), newest assignment first.
/// </summary>
public sealed class VerifierWorkList(AppDbContext db, UserAccess access)
{
    public async Task<Result<IReadOnlyList<VerificationWorkItem>>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        if (scope.VerificationBodyIds.Count == 0)
        {
            return Result<IReadOnlyList<VerificationWorkItem>>.Forbidden();
        }

        var bodies = scope.VerificationBodyIds.ToList();
        var rows = await (from v in db.Verifications.AsNoTracking()
                          join i in db.Inventories.AsNoTracking() on v.InventoryId equals i.Id
                          join b in db.Organisations.AsNoTracking() on v.BodyOrganisationId equals b.Id
                          where bodies.Contains(v.BodyOrganisationId)
                          select new VerificationWorkItem(
                              i.Id, i.Organisation!.NameTh, i.Organisation.NameEn, i.Year, i.Kind, v.Stage,
                              db.VerificationFindings.Count(f => f.VerificationId == v.Id && f.Status != FindingStatus.Closed),
                              b.NameTh, b.NameEn, v.AssignedAt)).ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset in SQL; a body's list is short, so it is ordered here.
        return Result<IReadOnlyList<VerificationWorkItem>>.Ok(rows.OrderByDescending(r => r.AssignedAt).ToList());
    }
}
