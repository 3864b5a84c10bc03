using System.Security.Claims;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ApiTokens;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Targets;

/// <summary>Where a target sits: an organisation (with its province) or a province.</summary>
public sealed record TargetPlace(TargetScopeKind ScopeKind, int? OrganisationId, int ProvinceId);

/// <summary>
/// Who may see and change targets (docs/design.md section 1):
/// <list type="bullet">
/// <item>See: an organisation's target, whoever may view the organisation (its municipal officers, the province's
///   provincial officers, TGO analysts, administrators); a province's target, also the municipal officers of its LAOs.</item>
/// <item>Change (the target and its measures): an organisation's target, its municipal officers; any target of a province
///   (the province's and its organisations'), the province's provincial officers; everything, TGO analysts and
///   administrators. A read-only API token changes nothing.</item>
/// </list>
/// </summary>
public sealed class TargetAccess(AppDbContext db, UserAccess access, AuditActor actor)
{
    /// <summary>The user's rights, resolved once: national, provinces, own organisations and their provinces.</summary>
    public sealed record Rights(bool IsNational, bool MayWrite, IReadOnlyList<int> ProvinceIds, IReadOnlyList<int> OrganisationIds, IReadOnlyList<int> OwnProvinceIds, string? UserId)
    {
        public bool CanView(TargetPlace place) =>
            IsNational || ProvinceIds.Contains(place.ProvinceId)
            || (place.OrganisationId is { } o && OrganisationIds.Contains(o))
            || (place.ScopeKind == TargetScopeKind.Province && OwnProvinceIds.Contains(place.ProvinceId));

        public bool CanEdit(TargetPlace place) =>
            MayWrite && (IsNational || ProvinceIds.Contains(place.ProvinceId)
                || (place.ScopeKind == TargetScopeKind.Organisation && place.OrganisationId is { } o && OrganisationIds.Contains(o)));

        /// <summary>Whether the user may keep a target anywhere at all.</summary>
        public bool CanEditAny => MayWrite && (IsNational || ProvinceIds.Count > 0 || OrganisationIds.Count > 0);
    }

    public async Task<Rights> RightsOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        var orgIds = scope.MunicipalOrganisationIds.ToList();
        var ownProvinces = orgIds.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).Select(o => o.ProvinceId).Distinct().ToListAsync(ct);
        return new Rights(scope.IsNational, ApiScopes.MayWrite(user), scope.ProvinceIds.ToList(), orgIds, ownProvinces, scope.UserId);
    }

    /// <summary>The targets the user may see, as a query (filtered in SQL, docs/conventions.md A3).</summary>
    public IQueryable<Target> Visible(Rights rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (rights.IsNational)
        {
            return db.Targets.AsNoTracking();
        }

        var provinces = rights.ProvinceIds.ToList();
        var orgs = rights.OrganisationIds.ToList();
        var own = rights.OwnProvinceIds.ToList();
        return db.Targets.AsNoTracking().Where(t => provinces.Contains(t.ProvinceId)
            || (t.OrganisationId != null && orgs.Contains(t.OrganisationId.Value))
            || (t.ScopeKind == TargetScopeKind.Province && own.Contains(t.ProvinceId)));
    }

    /// <summary>Records who writes, for the audit trail (call after a successful check).</summary>
    public void Acting(Rights rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        actor.UserId = rights.UserId;
    }
}
