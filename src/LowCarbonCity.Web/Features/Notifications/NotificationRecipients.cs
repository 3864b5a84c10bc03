using System.Linq.Expressions;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>Who is told: an LAO's municipal officers, a province's officers, one user (members who still hold the role).</summary>
public sealed class NotificationRecipients(AppDbContext db)
{
    public Task<List<Recipient>> MunicipalOfficersAsync(int organisationId, CancellationToken ct) =>
        MembersAsync(Roles.MunicipalOfficer, m => m.OrganisationId == organisationId, ct);

    public Task<List<Recipient>> ProvincialOfficersAsync(int provinceId, CancellationToken ct) =>
        MembersAsync(Roles.ProvincialOfficer, m => m.Organisation!.ProvinceId == provinceId, ct);

    /// <summary>A verification body's verifiers.</summary>
    public Task<List<Recipient>> VerifiersAsync(int bodyOrganisationId, CancellationToken ct) =>
        MembersAsync(Roles.Verifier, m => m.OrganisationId == bodyOrganisationId, ct);

    public Task<Recipient?> UserAsync(string userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new Recipient(u.Id, u.Email, u.DisplayName, u.PreferredCulture)).FirstOrDefaultAsync(ct);

    private async Task<List<Recipient>> MembersAsync(string role, Expression<Func<OrganisationMembership, bool>> filter, CancellationToken ct)
    {
        var members = await (
            from m in db.OrganisationMemberships.AsNoTracking().Where(filter)
            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
            where m.Role == role && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
            select new Recipient(u.Id, u.Email, u.DisplayName, u.PreferredCulture)).ToListAsync(ct);
        return members.DistinctBy(r => r.UserId).ToList();
    }
}
