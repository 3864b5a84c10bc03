using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Users;

/// <summary>An administrator's invitation: who, in which role, for which organisations.</summary>
public sealed record InviteUserInput
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string DisplayName { get; init; } = string.Empty;

    [Required]
    public string Role { get; init; } = Roles.MunicipalOfficer;

    /// <summary>LAO codes (municipal officer) or the provincial office's code (provincial officer), for programs.</summary>
    public IReadOnlyList<string> OrganisationCodes { get; init; } = [];

    /// <summary>The organisations as the administrator picked them (names from the picker).</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];
}

/// <summary>
/// An invitation not yet used nor revoked, as the administrator's list shows it. <paramref name="SentAt"/> is when the
/// current link was sent (a resend restarts the lifetime, so it is the expiry less the lifetime).
/// </summary>
public sealed record PendingInvitation(
    Guid Id, string Email, string DisplayName, string Role, IReadOnlyList<Organisations.OrganisationChoice> Organisations,
    DateTimeOffset SentAt, DateTimeOffset ExpiresAt, bool IsExpired);

/// <summary>A new invitation: the token goes into the link the administrator hands over; it is not stored and not shown again.</summary>
public sealed record InvitationCreated(Guid Id, string Email, string Token, DateTimeOffset ExpiresAt);

/// <summary>What the invitee sees before setting a password.</summary>
public sealed record InvitationPreview(string Email, string DisplayName, string Role, DateTimeOffset ExpiresAt);

/// <summary>
/// Delivers an invitation; the administrator also copies the link from the page. With e-mail configured the link goes
/// to the outbox (<see cref="Email.OutboxInviteSender"/>); without, <see cref="LoggingInviteSender"/> only records it.
/// </summary>
public interface IInviteSender
{
    /// <summary>
    /// Sends <paramref name="token"/>'s link to the invitee; called before the invitation is saved, in the same unit
    /// of work. Implementations must never log the token.
    /// </summary>
    Task SendAsync(Guid invitationId, string email, string token, DateTimeOffset expiresAt, CancellationToken ct);
}

/// <summary>Records that an invitation was issued (its id and expiry only: no token, no email address).</summary>
public sealed partial class LoggingInviteSender(ILogger<LoggingInviteSender> logger) : IInviteSender
{
    public Task SendAsync(Guid invitationId, string email, string token, DateTimeOffset expiresAt, CancellationToken ct)
    {
        Issued(logger, invitationId, expiresAt);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {InvitationId} issued; the administrator hands over the link; it expires at {ExpiresAt}")]
    private static partial void Issued(ILogger logger, Guid invitationId, DateTimeOffset expiresAt);
}

/// <summary>
/// Invitations (docs/adr/0005-authorization.md): an administrator invites someone by email into a role and
/// organisations; the app makes a single-use link valid for <see cref="Lifetime"/>, storing only the token's hash; the
/// invitee sets a password meeting the policy and the account is created with that role. Expired or used links
/// are refused with a message saying which.
/// </summary>
public sealed class InvitationService(
    AppDbContext db, ResourceGuard guard, AccountProvisioner provisioner, UserManager<AppUser> users, IInviteSender sender,
    Notifications.InvitationNotifications notifications, Organisations.OrganisationPicker picker, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public const string ExpiredMessage = "This invitation link has expired. Ask your administrator for a new invitation.";
    public const string UsedMessage = "This invitation link has already been used. Sign in with the password you chose, or ask your administrator for a new invitation.";
    public const string RevokedMessage = "This invitation was withdrawn by your administrator. Ask them for a new invitation if you still need an account.";
    public const string UnknownMessage = "This invitation link is not valid. Check that you copied the whole link, or ask your administrator for a new one.";

    public async Task<Result<InvitationCreated>> InviteAsync(ClaimsPrincipal user, InviteUserInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<InvitationCreated>.Forbidden();
        }

        var email = input.Email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            return Result<InvitationCreated>.Invalid(nameof(input.Email), "Enter the invitee's email address.");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            return Result<InvitationCreated>.Invalid(nameof(input.DisplayName), "Enter the invitee's name.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Result<InvitationCreated>.Invalid(nameof(input.Email), "An account with this email already exists.");
        }

        var codes = await UserAdminService.PickedCodesAsync(picker, input.OrganisationCodes, input.Organisations, ct);
        if (!codes.IsOk)
        {
            return codes.As<InvitationCreated>();
        }

        var assignment = await provisioner.CheckAssignmentAsync(input.Role, codes.Value!, ct);
        if (!assignment.IsOk)
        {
            return assignment.As<InvitationCreated>();
        }

        var token = Base64UrlToken();
        var now = clock.GetUtcNow();
        var invitation = new Invitation(Guid.NewGuid(), email, input.DisplayName.Trim(), input.Role, codes.Value!.Select(c => c.Trim()).Where(c => c.Length > 0).ToList(),
            Hash(token), UserAccess.UserIdOf(user)!, now, now + Lifetime);
        db.Invitations.Add(invitation);
        // Before saving: a sender that queues an e-mail adds it to this SaveChanges, so the invitation and its e-mail are stored together.
        await sender.SendAsync(invitation.Id, invitation.Email, token, invitation.ExpiresAt, ct);
        await db.SaveChangesAsync(ct);
        return Result<InvitationCreated>.Ok(new InvitationCreated(invitation.Id, invitation.Email, token, invitation.ExpiresAt));
    }

    /// <summary>Invitations neither used nor revoked (expired ones too, so they can be resent), newest first.</summary>
    public async Task<Result<IReadOnlyList<PendingInvitation>>> ListPendingAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<IReadOnlyList<PendingInvitation>>.Forbidden();
        }

        var pending = await db.Invitations.AsNoTracking().Where(i => i.UsedAt == null && i.RevokedAt == null)
            .Select(i => new { i.Id, i.Email, i.DisplayName, i.Role, i.OrganisationCodes, i.ExpiresAt })
            .ToListAsync(ct);
        var codes = pending.SelectMany(i => i.OrganisationCodes.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList();
        var choices = await picker.ChoicesForAsync(codes, ct);
        var now = clock.GetUtcNow();
        return Result<IReadOnlyList<PendingInvitation>>.Ok(pending
            .OrderByDescending(i => i.ExpiresAt)
            .Select(i => new PendingInvitation(
                i.Id, i.Email, i.DisplayName, i.Role,
                i.OrganisationCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => choices.FirstOrDefault(o => o.Code == c) ?? new(c, c, c)).ToList(),
                i.ExpiresAt - Lifetime, i.ExpiresAt, i.ExpiresAt <= now))
            .ToList());
    }

    /// <summary>
    /// A new link for a pending invitation, valid for <see cref="Lifetime"/> again; the old link stops working. Sent
    /// like a new invitation (queued in the outbox when e-mail is configured); the token is returned once, for the
    /// administrator to copy.
    /// </summary>
    public async Task<Result<InvitationCreated>> ResendAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<InvitationCreated>.Forbidden();
        }

        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null)
        {
            return Result<InvitationCreated>.NotFound();
        }

        if (!invitation.IsPending)
        {
            return Result<InvitationCreated>.Conflict(NotPendingMessage);
        }

        var token = Base64UrlToken();
        invitation.Renew(Hash(token), clock.GetUtcNow() + Lifetime);
        await sender.SendAsync(invitation.Id, invitation.Email, token, invitation.ExpiresAt, ct);
        if (!await SavedAsync(ct))
        {
            return Result<InvitationCreated>.Conflict(NotPendingMessage);
        }

        return Result<InvitationCreated>.Ok(new InvitationCreated(invitation.Id, invitation.Email, token, invitation.ExpiresAt));
    }

    /// <summary>Withdraws a pending invitation: its link is refused from now on, with <see cref="RevokedMessage"/>.</summary>
    public async Task<Result<Guid>> RevokeAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<Guid>.Forbidden();
        }

        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!invitation.IsPending)
        {
            return Result<Guid>.Conflict(NotPendingMessage);
        }

        invitation.Revoke(clock.GetUtcNow());
        return await SavedAsync(ct) ? Result<Guid>.Ok(invitation.Id) : Result<Guid>.Conflict(NotPendingMessage);
    }

    public const string NotPendingMessage = "This invitation was already used or revoked.";

    /// <summary>False when the invitee used the link (or another administrator acted) in the meantime.</summary>
    private async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>The invitation a link names, if it can still be used (anonymous: the token is the credential).</summary>
    public async Task<Result<InvitationPreview>> PeekAsync(string? token, CancellationToken ct)
    {
        var (invitation, failure) = await FindUsableAsync(token, ct);
        return invitation is null
            ? failure!.As<InvitationPreview>()
            : Result<InvitationPreview>.Ok(new InvitationPreview(invitation.Email, invitation.DisplayName, invitation.Role, invitation.ExpiresAt));
    }

    /// <summary>Creates the invitee's account with <paramref name="password"/> and uses up the invitation; the id of the new user.</summary>
    public async Task<Result<string>> AcceptAsync(string? token, string password, CancellationToken ct)
    {
        var (invitation, failure) = await FindUsableAsync(token, ct);
        if (invitation is null)
        {
            return failure!.As<string>();
        }

        var probe = new AppUser { UserName = invitation.Email, Email = invitation.Email };
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, probe, password ?? string.Empty);
            problems.AddRange(checkedPassword.Errors.Select(e => e.Description));
        }

        if (problems.Count > 0)
        {
            return Result<string>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["Password"] = problems.ToArray() });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await provisioner.CreateAsync(invitation.Email, invitation.DisplayName, password!, invitation.Role, invitation.OrganisationCodeList, ct,
            mustChangePassword: false, passwordField: "Password");
        if (!created.IsOk)
        {
            return created;
        }

        invitation.MarkUsed(created.Value!, clock.GetUtcNow());
        await notifications.AcceptedAsync(invitation, created.Value!, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone used the same link a moment ago: the account made here is rolled back with the transaction.
            return Result<string>.Invalid("Token", UsedMessage);
        }

        await transaction.CommitAsync(ct);
        return created;
    }

    private async Task<(Invitation? Invitation, Result<bool>? Failure)> FindUsableAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 128)
        {
            return (null, Result<bool>.Invalid("Token", UnknownMessage));
        }

        var hash = Hash(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            return (null, Result<bool>.Invalid("Token", UnknownMessage));
        }

        if (invitation.UsedAt is not null)
        {
            return (null, Result<bool>.Invalid("Token", UsedMessage));
        }

        if (invitation.RevokedAt is not null)
        {
            return (null, Result<bool>.Invalid("Token", RevokedMessage));
        }

        return invitation.IsExpired(clock.GetUtcNow())
            ? (null, Result<bool>.Invalid("Token", ExpiredMessage))
            : (invitation, null);
    }

    private static string Base64UrlToken() => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}

/// <summary>A user's own password change (the first sign-in with a temporary password must go through it).</summary>
public sealed record ChangePasswordInput
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; init; } = string.Empty;

    [Required, DataType(DataType.Password), StringLength(128, MinimumLength = 12), Display(Name = "New password")]
    public string NewPassword { get; init; } = string.Empty;

    [Required, DataType(DataType.Password), Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ."), Display(Name = "New password again")]
    public string ConfirmPassword { get; init; } = string.Empty;
}

/// <summary>What a signed-in user does to their own account.</summary>
public sealed class OwnAccountService(UserManager<AppUser> users)
{
    /// <summary>Whether the user still has to replace a temporary password.</summary>
    public async Task<bool> MustChangePasswordAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (UserAccess.UserIdOf(user) is not { } id)
        {
            return false;
        }

        return await users.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.MustChangePassword).FirstOrDefaultAsync(ct);
    }

    public async Task<Result<string>> ChangePasswordAsync(ClaimsPrincipal user, ChangePasswordInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (UserAccess.UserIdOf(user) is not { } id || await users.FindByIdAsync(id) is not { } account)
        {
            return Result<string>.Forbidden();
        }

        if (input.NewPassword != input.ConfirmPassword)
        {
            return Result<string>.Invalid(nameof(input.ConfirmPassword), "The two new passwords differ.");
        }

        if (input.NewPassword == input.CurrentPassword)
        {
            return Result<string>.Invalid(nameof(input.NewPassword), "Choose a password different from the temporary one.");
        }

        var changed = await users.ChangePasswordAsync(account, input.CurrentPassword, input.NewPassword);
        if (!changed.Succeeded)
        {
            var field = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
            return Result<string>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = changed.Errors.Select(e => e.Description).ToArray() });
        }

        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        ct.ThrowIfCancellationRequested();
        return Result<string>.Ok(account.Id);
    }
}
