using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LowCarbonCity.Web.Features.Shared;

/// <summary>
/// Decides an <see cref="Operations"/> requirement for one organisation from the user's role for <em>that</em>
/// organisation (membership table), or a national operation from the user's national role.
/// <list type="bullet">
/// <item>View, Comment: the LAO's municipal officers, the province's provincial officers, TGO analysts, administrators (View only).</item>
/// <item>EditActivity, Submit: the LAO's municipal officers.</item>
/// <item>Review (return, approve, reopen an approved inventory): the province's provincial officers.</item>
/// <item>Verify (and reopen a verified inventory): TGO analysts.</item>
/// <item>EditReportProfile, ManageSites, Publish (an approved inventory on the public pages): the LAO's municipal officers, administrators.</item>
/// <item>AssignVerification (an approved inventory to a verification body): the LAO's municipal officers, TGO analysts.</item>
/// <item>Verifiers: View and VerifyAsBody on an inventory assigned to their body (the resource names it), nothing else.</item>
/// <item>ManageFactors (publish factor editions), ManageVerificationBodies: TGO analysts. ManageUsers: administrators.</item>
/// </list>
/// </summary>
public sealed class OrganisationAuthorizationHandler(UserAccess access) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var requirement in context.PendingRequirements.OfType<OperationAuthorizationRequirement>().ToList())
        {
            var scope = await access.ScopeOfAsync(context.User, CancellationToken.None);
            if (Allows(scope, requirement.Name, context.Resource as OrganisationResource))
            {
                context.Succeed(requirement);
            }
        }
    }

    public static bool Allows(AccessScope scope, string operation, OrganisationResource? organisation)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var municipal = organisation is not null && scope.MunicipalOrganisationIds.Contains(organisation.OrganisationId);
        var provincial = organisation is not null && scope.ProvinceIds.Contains(organisation.ProvinceId);
        var verifier = organisation?.VerificationBodyId is { } body && scope.VerificationBodyIds.Contains(body);
        return operation switch
        {
            nameof(Operations.View) => organisation is not null && (municipal || provincial || scope.IsNational || verifier),
            nameof(Operations.Comment) => organisation is not null && (municipal || provincial || scope.IsTgoAnalyst),
            nameof(Operations.EditActivity) or nameof(Operations.Submit) => municipal,
            nameof(Operations.Review) => provincial,
            nameof(Operations.EditReportProfile) or nameof(Operations.ManageSites) or nameof(Operations.Publish) => organisation is not null && (municipal || scope.IsAdministrator),
            nameof(Operations.Verify) => organisation is not null && scope.IsTgoAnalyst,
            nameof(Operations.AssignVerification) => organisation is not null && (municipal || scope.IsTgoAnalyst),
            nameof(Operations.VerifyAsBody) => verifier,
            nameof(Operations.ManageFactors) or nameof(Operations.ManageVerificationBodies) => scope.IsTgoAnalyst,
            nameof(Operations.ManageUsers) => scope.IsAdministrator,
            _ => false,
        };
    }
}

/// <summary>
/// What services call before touching data: runs the authorization check and records who acts, for the audit trail.
/// </summary>
public sealed class ResourceGuard(IAuthorizationService authorization, AuditActor actor)
{
    public async Task<bool> AllowsAsync(System.Security.Claims.ClaimsPrincipal user, OrganisationResource? resource, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(operation);
        // A read-only API token carries its owner's rights to view, never to change anything.
        if (operation.Name != Operations.View.Name && !ApiTokens.ApiScopes.MayWrite(user))
        {
            return false;
        }

        var result = await authorization.AuthorizeAsync(user, resource, operation);
        if (result.Succeeded)
        {
            actor.UserId = UserAccess.UserIdOf(user);
        }

        return result.Succeeded;
    }
}

/// <summary>The user on whose behalf this scope writes (null: the system). Read by the audit interceptor.</summary>
public sealed class AuditActor
{
    public string? UserId { get; set; }
}
