using System.Security.Claims;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Features.Users;

/// <summary>
/// Nobody locks themselves out: an administrator can neither lock their own account nor take away their own
/// administrator role (with no other administrator left, nobody could undo it). The service refuses it here, in one
/// place; the pages ask <see cref="IsSelf"/> only to leave the controls off the administrator's own row.
/// </summary>
public static class SelfLockout
{
    public const string Message = "You cannot lock your own account or take away your own administrator role. Ask another administrator.";

    public static bool IsSelf(ClaimsPrincipal actor, string? userId) => userId is not null && userId == UserAccess.UserIdOf(actor);

    /// <summary>Whether the change to <paramref name="userId"/> would lock the acting administrator out.</summary>
    public static bool Refuses(ClaimsPrincipal actor, string userId, bool locking, string? newRole) =>
        IsSelf(actor, userId) && (locking || (newRole is not null && newRole != Roles.Administrator));
}
