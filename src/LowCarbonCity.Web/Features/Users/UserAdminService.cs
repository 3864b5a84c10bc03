using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Users;

/// <summary>A new account with a temporary password the administrator hands over.</summary>
public sealed record CreateUserInput
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string DisplayName { get; init; } = string.Empty;

    [Required]
    public string Role { get; init; } = Roles.MunicipalOfficer;

    /// <summary>LAO codes (municipal officer) or the provincial office's code (provincial officer), for programs.</summary>
    public IReadOnlyList<string> OrganisationCodes { get; init; } = [];

    /// <summary>The organisations as the administrator picked them: names from the picker (<see cref="Organisations.OrganisationPicker"/>).</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    [Required, StringLength(128, MinimumLength = 12)]
    public string TemporaryPassword { get; init; } = string.Empty;
}

/// <summary>Replaces a user's role and organisations.</summary>
public sealed record SetRoleInput
{
    [Required]
    public string UserId { get; init; } = string.Empty;

    [Required]
    public string Role { get; init; } = Roles.MunicipalOfficer;

    public IReadOnlyList<string> OrganisationCodes { get; init; } = [];

    /// <summary>The organisations as the administrator picked them (names from the picker).</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];
}

/// <summary>Which accounts the users page lists: members of one organisation (picked by name) and a name or e-mail fragment.</summary>
public sealed record UserFilter(string? Organisation = null, string? Search = null);

public sealed record UserSummary(
    string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> OrganisationCodes, bool IsLocked,
    IReadOnlyList<Organisations.OrganisationChoice> Organisations);

/// <summary>
/// Administrator operations on accounts: create (with a temporary password), set role and organisations, lock and
/// unlock. There is no self-service way into a role. Every change is in the audit trail (users, user roles,
/// memberships).
/// </summary>
public sealed class UserAdminService(
    AppDbContext db, UserManager<AppUser> users, ResourceGuard guard, AccountProvisioner provisioner, Organisations.OrganisationPicker picker, TimeProvider clock)
{
    public Task<Result<IReadOnlyList<UserSummary>>> ListAsync(ClaimsPrincipal user, CancellationToken ct) => ListAsync(user, new UserFilter(), ct);

    /// <summary>The accounts <paramref name="filter"/> selects, filtered in SQL; Invalid on "Organisation" when its name matches nothing.</summary>
    public async Task<Result<IReadOnlyList<UserSummary>>> ListAsync(ClaimsPrincipal user, UserFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<IReadOnlyList<UserSummary>>.Forbidden();
        }

        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            var picked = await picker.ResolveAsync([filter.Organisation], nameof(filter.Organisation), ct);
            if (!picked.IsOk)
            {
                return picked.As<IReadOnlyList<UserSummary>>();
            }

            var code = picked.Value![0];
            query = query.Where(u => db.OrganisationMemberships.Any(m => m.UserId == u.Id && m.Organisation!.Code == code));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // string.ToLower() in a query is SQL lower(), not .NET's culture rules
            query = query.Where(u => u.Email!.ToLower().Contains(search) || (u.DisplayName != null && u.DisplayName.ToLower().Contains(search)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return Result<IReadOnlyList<UserSummary>>.Ok(await SummariesAsync(query, ct));
    }

    public async Task<Result<UserSummary>> GetAsync(ClaimsPrincipal user, string userId, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<UserSummary>.Forbidden();
        }

        var found = await SummariesAsync(db.Users.AsNoTracking().Where(u => u.Id == userId), ct);
        return found.Count == 0 ? Result<UserSummary>.NotFound() : Result<UserSummary>.Ok(found[0]);
    }

    public async Task<Result<string>> CreateAsync(ClaimsPrincipal user, CreateUserInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<string>.Forbidden();
        }

        var codes = await PickedCodesAsync(input.OrganisationCodes, input.Organisations, ct);
        if (!codes.IsOk)
        {
            return codes.As<string>();
        }

        // A temporary password is known to the administrator: the user must replace it at first sign-in.
        return await provisioner.CreateAsync(input.Email, input.DisplayName, input.TemporaryPassword, input.Role, codes.Value!, ct, mustChangePassword: true);
    }

    public async Task<Result<string>> SetRoleAsync(ClaimsPrincipal user, SetRoleInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<string>.Forbidden();
        }

        if (SelfLockout.Refuses(user, input.UserId, locking: false, newRole: input.Role))
        {
            return Result<string>.Invalid("Role", SelfLockout.Message);
        }

        var target = await users.FindByIdAsync(input.UserId);
        if (target is null)
        {
            return Result<string>.NotFound();
        }

        var codes = await PickedCodesAsync(input.OrganisationCodes, input.Organisations, ct);
        if (!codes.IsOk)
        {
            return codes.As<string>();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await provisioner.AssignAsync(target, input.Role, codes.Value!, ct);
        if (result.IsOk)
        {
            await transaction.CommitAsync(ct);
        }

        return result;
    }

    public Task<Result<string>> LockAsync(ClaimsPrincipal user, string userId, CancellationToken ct) =>
        SetLockAsync(user, userId, DateTimeOffset.MaxValue, ct);

    public Task<Result<string>> UnlockAsync(ClaimsPrincipal user, string userId, CancellationToken ct) =>
        SetLockAsync(user, userId, null, ct);

    private async Task<Result<string>> SetLockAsync(ClaimsPrincipal user, string userId, DateTimeOffset? until, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<string>.Forbidden();
        }

        if (SelfLockout.Refuses(user, userId, locking: until is not null, newRole: null))
        {
            return Result<string>.Invalid("UserId", SelfLockout.Message);
        }

        var target = await users.FindByIdAsync(userId);
        if (target is null)
        {
            return Result<string>.NotFound();
        }

        await users.SetLockoutEnabledAsync(target, true);
        await users.SetLockoutEndDateAsync(target, until);
        if (until is null)
        {
            await users.ResetAccessFailedCountAsync(target);
        }

        // A new security stamp signs the user out everywhere at the next cookie validation.
        await users.UpdateSecurityStampAsync(target);
        return Result<string>.Ok(target.Id);
    }

    /// <summary>The codes given by programs plus those the administrator picked by name (<see cref="Organisations.OrganisationPicker"/>).</summary>
    internal static async Task<Result<IReadOnlyList<string>>> PickedCodesAsync(
        Organisations.OrganisationPicker picker, IReadOnlyList<string> codes, IReadOnlyList<string> picked, CancellationToken ct)
    {
        var resolved = await picker.ResolveAsync(picked, "Organisations", ct);
        return resolved.IsOk ? Result<IReadOnlyList<string>>.Ok(codes.Concat(resolved.Value!).ToList()) : resolved;
    }

    private Task<Result<IReadOnlyList<string>>> PickedCodesAsync(IReadOnlyList<string> codes, IReadOnlyList<string> picked, CancellationToken ct) =>
        PickedCodesAsync(picker, codes, picked, ct);

    private async Task<IReadOnlyList<UserSummary>> SummariesAsync(IQueryable<AppUser> query, CancellationToken ct)
    {
        var list = await query.OrderBy(u => u.Email).Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd }).ToListAsync(ct);
        var ids = list.Select(u => u.Id).ToList();
        var roles = await (from ur in db.Set<IdentityUserRole<string>>()
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var memberships = await db.OrganisationMemberships.AsNoTracking().Where(m => ids.Contains(m.UserId))
            .Select(m => new { m.UserId, m.Organisation!.Code, m.Organisation.NameTh, m.Organisation.NameEn, ProvinceTh = m.Organisation.Province!.NameTh, ProvinceEn = m.Organisation.Province.NameEn })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return list.Select(u => new UserSummary(
            u.Id, u.Email ?? string.Empty, u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            memberships.Where(m => m.UserId == u.Id).Select(m => m.Code).Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > now,
            memberships.Where(m => m.UserId == u.Id).OrderBy(m => m.NameTh, StringComparer.Ordinal)
                .Select(m => Organisations.OrganisationPicker.Choice(m.Code, m.NameTh, m.NameEn, m.ProvinceTh, m.ProvinceEn)).ToList())).ToList();
    }
}

/// <summary>
/// Creates accounts and sets their role and organisations, without an authorization check: called by
/// <see cref="UserAdminService"/> after its check, and by the bootstrap and demo seeding at start.
/// </summary>
public sealed class AccountProvisioner(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>
    /// Creates the account and assigns it, in one transaction (the caller's, when one is open). Password errors are
    /// keyed <paramref name="passwordField"/>.
    /// </summary>
    public async Task<Result<string>> CreateAsync(
        string email, string displayName, string password, string role, IReadOnlyList<string> organisationCodes, CancellationToken ct,
        bool mustChangePassword = false, string passwordField = "TemporaryPassword")
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Result<string>.Invalid("Email", "An account with this email already exists.");
        }

        var checkedAssignment = await CheckAssignmentAsync(role, organisationCodes, ct);
        if (!checkedAssignment.IsOk)
        {
            return checkedAssignment.As<string>();
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, LockoutEnabled = true, MustChangePassword = mustChangePassword,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Result<string>.Invalid(ToErrors(created, passwordField));
        }

        var assigned = await AssignAsync(user, role, organisationCodes, ct);
        if (!assigned.IsOk)
        {
            return assigned;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return Result<string>.Ok(user.Id);
    }

    /// <summary>Whether <paramref name="role"/> with these organisations is a valid assignment; the organisations' ids when it is.</summary>
    public async Task<Result<IReadOnlyList<int>>> CheckAssignmentAsync(string role, IReadOnlyList<string> organisationCodes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organisationCodes);
        if (!Roles.All.Contains(role))
        {
            return Result<IReadOnlyList<int>>.Invalid("Role", $"Unknown role {role}.");
        }

        var codes = organisationCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => codes.Contains(o.Code)).Select(o => new { o.Id, o.Code, o.Type }).ToListAsync(ct);
        var unknown = codes.Where(c => !organisations.Any(o => string.Equals(o.Code, c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            return Result<IReadOnlyList<int>>.Invalid("Organisations", $"Unknown organisation codes: {string.Join(", ", unknown)}.");
        }

        var problem = role switch
        {
            Roles.MunicipalOfficer when organisations.Count == 0 || organisations.Any(o => !OrganisationTypeRules.KeepsInventories(o.Type)) =>
                "A municipal officer needs one or more LAOs (organisations that keep inventories).",
            Roles.ProvincialOfficer when organisations.Count != 1 || organisations[0].Type != OrganisationType.ProvincialOffice =>
                "A provincial officer needs exactly one provincial office.",
            Roles.Verifier when organisations.Count != 1 || organisations[0].Type != OrganisationType.VerificationBody =>
                "A verifier needs exactly one verification body.",
            Roles.TgoAnalyst or Roles.Administrator when organisations.Count > 0 => "National roles take no organisations.",
            _ => null,
        };
        return problem is null
            ? Result<IReadOnlyList<int>>.Ok(organisations.Select(o => o.Id).ToList())
            : Result<IReadOnlyList<int>>.Invalid("Organisations", problem);
    }

    /// <summary>Replaces the user's roles with <paramref name="role"/> and memberships with the named organisations.</summary>
    public async Task<Result<string>> AssignAsync(AppUser user, string role, IReadOnlyList<string> organisationCodes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisationIds = await CheckAssignmentAsync(role, organisationCodes, ct);
        if (!organisationIds.IsOk)
        {
            return organisationIds.As<string>();
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, current);
        }

        await users.AddToRoleAsync(user, role);
        var existing = await db.OrganisationMemberships.Where(m => m.UserId == user.Id).ToListAsync(ct);
        db.OrganisationMemberships.RemoveRange(existing);
        db.OrganisationMemberships.AddRange(organisationIds.Value!.Select(id => new OrganisationMembership(user.Id, id, role)));
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        return Result<string>.Ok(user.Id);
    }

    private static Dictionary<string, string[]> ToErrors(IdentityResult result, string field) =>
        new(StringComparer.Ordinal) { [field] = result.Errors.Select(e => e.Description).ToArray() };
}
