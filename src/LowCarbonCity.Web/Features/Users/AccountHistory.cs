using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Users;

/// <summary>
/// One recorded change to an account, its role or its organisations. The values are the audit trail's JSON with
/// what a person cannot read replaced: a role id by the role, an organisation id by the organisation's name and
/// province, a lock "until the year 9999" by "locked"; bookkeeping fields are left out.
/// </summary>
public sealed record AccountChange(DateTimeOffset At, string? Who, string Record, string Action, string? OldValues, string? NewValues);

/// <summary>
/// The audit trail of one account for its administrators (users, user roles and memberships are audited centrally
/// by the audit interceptor; this only reads them back). Pages show it field by field with the audit page's wording.
/// </summary>
public sealed class AccountHistory(AppDbContext db, ResourceGuard guard)
{
    /// <summary>The account fields worth reading; the rest (stamps, counters, normalised copies) is bookkeeping.</summary>
    private static readonly HashSet<string> AccountFields = new(StringComparer.Ordinal)
    {
        nameof(AppUser.Email), nameof(AppUser.DisplayName), nameof(AppUser.LockoutEnd), nameof(AppUser.MustChangePassword),
    };

    public async Task<Result<IReadOnlyList<AccountChange>>> OfAsync(ClaimsPrincipal user, string userId, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<IReadOnlyList<AccountChange>>.Forbidden();
        }

        var rolePrefix = userId + "/";
        var ownerJson = $"\"UserId\":{JsonSerializer.Serialize(userId)}";
        var entries = await (from a in db.AuditEntries.AsNoTracking()
                             where (a.EntityType == nameof(AppUser) && a.EntityId == userId)
                                   || (a.EntityType == "IdentityUserRole`1" && a.EntityId.StartsWith(rolePrefix))
                                   || (a.EntityType == nameof(OrganisationMembership) && ((a.NewValues != null && a.NewValues.Contains(ownerJson)) || (a.OldValues != null && a.OldValues.Contains(ownerJson))))
                             join u in db.Users on a.UserId equals u.Id into who
                             from u in who.DefaultIfEmpty()
                             orderby a.Id descending
                             select new { a.At, Who = u == null ? null : u.DisplayName ?? u.Email, a.EntityType, a.EntityId, a.Action, a.OldValues, a.NewValues })
            .ToListAsync(ct);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? r.Id, ct);
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Code, o.NameTh, o.NameEn, ProvinceTh = o.Province!.NameTh, ProvinceEn = o.Province.NameEn })
            .ToDictionaryAsync(o => o.Id, o => Organisations.OrganisationPicker.Choice(o.Code, o.NameTh, o.NameEn, o.ProvinceTh, o.ProvinceEn), ct);
        return Result<IReadOnlyList<AccountChange>>.Ok(entries.Select(e => e.EntityType switch
        {
            nameof(AppUser) => new AccountChange(e.At, e.Who, nameof(AppUser), e.Action, Account(e.OldValues), Account(e.NewValues)),
            nameof(OrganisationMembership) => new AccountChange(e.At, e.Who, nameof(OrganisationMembership), e.Action, Membership(e.OldValues, organisations), Membership(e.NewValues, organisations)),
            _ => new AccountChange(e.At, e.Who, "UserRole", e.Action,
                e.OldValues is null ? null : Role(e.EntityId, roles), e.NewValues is null ? null : Role(e.EntityId, roles)),
        }).Where(c => c.OldValues is not null || c.NewValues is not null).ToList());
    }

    private static string? Account(string? json)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject values)
        {
            return null;
        }

        var kept = new JsonObject();
        foreach (var (name, value) in values.Where(v => AccountFields.Contains(v.Key)))
        {
            // A lock by an administrator lasts until the end of time; a lock after failed sign-ins has a real end.
            if (name == nameof(AppUser.LockoutEnd) && (value is null || value.GetValue<string>().StartsWith("9999", StringComparison.Ordinal)))
            {
                kept["Locked"] = value is not null;
                continue;
            }

            kept[name] = value?.DeepClone();
        }

        return kept.Count == 0 ? null : kept.ToJsonString();
    }

    private static string? Membership(string? json, Dictionary<int, Organisations.OrganisationChoice> organisations)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject values)
        {
            return null;
        }

        var id = values["OrganisationId"]?.GetValue<int>();
        var organisation = id is { } known && organisations.TryGetValue(known, out var choice) ? Pages.Display.Pick(choice.LabelTh, choice.LabelEn) : null;
        return new JsonObject { ["Organisation"] = organisation, ["Role"] = values["Role"]?.DeepClone() }.ToJsonString();
    }

    private static string Role(string entityId, Dictionary<string, string> roles)
    {
        var roleId = entityId[(entityId.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return new JsonObject { ["Role"] = roles.GetValueOrDefault(roleId, roleId) }.ToJsonString();
    }
}
