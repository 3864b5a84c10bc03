using System.Security.Claims;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Shared;

/// <summary>What one user may reach: national roles, LAOs (municipal officer) and provinces (provincial officer).</summary>
public sealed record AccessScope(
    string UserId,
    bool IsTgoAnalyst,
    bool IsAdministrator,
    IReadOnlySet<int> MunicipalOrganisationIds,
    IReadOnlySet<int> ProvinceIds)
{
    public static AccessScope None { get; } = new(string.Empty, false, false, new HashSet<int>(), new HashSet<int>());

    /// <summary>The verification bodies the user verifies for (verifier role, membership of the body's organisation).</summary>
    public IReadOnlySet<int> VerificationBodyIds { get; init; } = new HashSet<int>();

    public bool IsNational => IsTgoAnalyst || IsAdministrator;
}

/// <summary>
/// Reads a user's roles and memberships from the database (never only from the cookie, so a role removed by an
/// administrator takes effect at once), cached for the request. Also filters queries to what the user may see
/// (docs/conventions.md A3).
/// </summary>
public sealed class UserAccess(AppDbContext db, TimeProvider clock)
{
    private readonly Dictionary<string, AccessScope> _cache = new(StringComparer.Ordinal);

    public static string? UserIdOf(ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<AccessScope> ScopeOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (UserIdOf(user) is not { } userId)
        {
            return AccessScope.None;
        }

        if (_cache.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var roles = await (from ur in db.Set<IdentityUserRole<string>>()
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(ct);
        var memberships = await db.OrganisationMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.OrganisationId, m.Role, m.Organisation!.ProvinceId })
            .ToListAsync(ct);
        var locked = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => u.LockoutEnd).FirstOrDefaultAsync(ct);
        if (locked is { } until && until > clock.GetUtcNow())
        {
            // A locked account keeps no rights, even with a cookie issued before the lock.
            roles = [];
            memberships = [];
        }

        var scope = new AccessScope(
            userId,
            roles.Contains(Roles.TgoAnalyst),
            roles.Contains(Roles.Administrator),
            memberships.Where(m => m.Role == Roles.MunicipalOfficer && roles.Contains(Roles.MunicipalOfficer)).Select(m => m.OrganisationId).ToHashSet(),
            memberships.Where(m => m.Role == Roles.ProvincialOfficer && roles.Contains(Roles.ProvincialOfficer)).Select(m => m.ProvinceId).ToHashSet())
        {
            VerificationBodyIds = memberships.Where(m => m.Role == Roles.Verifier && roles.Contains(Roles.Verifier)).Select(m => m.OrganisationId).ToHashSet(),
        };
        _cache[userId] = scope;
        return scope;
    }

    /// <summary>The organisations the user may see, as a query (filtered in SQL).</summary>
    public async Task<IQueryable<Organisation>> VisibleOrganisationsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        VisibleOrganisations(db, await ScopeOfAsync(user, ct));

    /// <summary>
    /// The organisations <paramref name="scope"/> may see, on <paramref name="context"/>: every one for a national
    /// role, else the user's own LAOs and every organisation of the user's provinces. The one place this rule lives.
    /// </summary>
    public static IQueryable<Organisation> VisibleOrganisations(AppDbContext context, AccessScope scope)
    {
        if (scope.IsNational)
        {
            return context.Organisations;
        }

        var orgIds = scope.MunicipalOrganisationIds.ToList();
        var provinceIds = scope.ProvinceIds.ToList();
        return context.Organisations.Where(o => orgIds.Contains(o.Id) || provinceIds.Contains(o.ProvinceId));
    }
}
