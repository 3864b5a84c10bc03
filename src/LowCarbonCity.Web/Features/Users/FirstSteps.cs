using System.Security.Claims;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Users;

/// <summary>An organisation of the newcomer's, by name (the guided page links its report details).</summary>
public sealed record WelcomeOrganisation(int Id, string NameTh, string NameEn);

/// <summary>What the guided first page needs: who the newcomer is, their role and their organisations.</summary>
public sealed record Welcome(string Name, string Role, IReadOnlyList<WelcomeOrganisation> Organisations);

/// <summary>
/// The guided first page after an invitation is accepted: the next steps differ by role (a municipal officer starts
/// the year's inventory, a provincial officer opens the review list, TGO the national board, an administrator the
/// accounts), so the page asks here which role the user holds, read from the database like every access decision.
/// </summary>
public sealed class FirstSteps(AppDbContext db, UserAccess access)
{
    public async Task<Welcome> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(ct) ?? string.Empty;
        var role = scope.IsAdministrator ? Roles.Administrator
            : scope.IsTgoAnalyst ? Roles.TgoAnalyst
            : scope.ProvinceIds.Count > 0 ? Roles.ProvincialOfficer
            : scope.VerificationBodyIds.Count > 0 ? Roles.Verifier
            : Roles.MunicipalOfficer;
        var ids = scope.MunicipalOrganisationIds.ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.NameTh)
            .Select(o => new WelcomeOrganisation(o.Id, o.NameTh, o.NameEn)).ToListAsync(ct);
        return new Welcome(name, role, organisations);
    }
}
