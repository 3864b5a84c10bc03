using System.Net;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Accounts;

/// <summary>Invitations (single use, expiring, token stored hashed) and the first-sign-in password change.</summary>
public sealed class InvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NewPassword = "Chosen-Password-2026";

    private static InviteUserInput Invite(string email) =>
        new() { Email = email, DisplayName = "Invited Officer", Role = Roles.MunicipalOfficer, OrganisationCodes = ["CMI-CM"] };

    private async Task<InvitationCreated> InviteAsync(string email)
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var result = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) => s.InviteAsync(p, Invite(email), CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value!;
    }

    [Fact]
    public async Task Invitation_AdminInvitesAndInviteeSetsPassword_SignsInWithTheRoleAndTheLinkWorksOnce()
    {
        var email = $"invitee-{Guid.NewGuid():N}@test.local";
        var invitation = await InviteAsync(email);
        var stored = await app.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id));
        stored.TokenHash.Should().NotContain(invitation.Token).And.HaveLength(64);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Invitation").Select(a => a.NewValues).ToListAsync());
        audit.Should().NotBeEmpty().And.OnlyContain(v => v == null || !v.Contains(invitation.Token) && !v.Contains(stored.TokenHash));
        var url = $"/Account/Invitation?token={Uri.EscapeDataString(invitation.Token)}";
        using var browser = app.AnonymousClient();

        (await browser.GetStringAsync(new Uri(url, UriKind.Relative))).Should().Contain(email);
        var accepted = await AppFactory.PostFormAsync(browser, url, new Dictionary<string, string> { ["Token"] = invitation.Token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        accepted.Headers.Location!.OriginalString.Should().Be("/Welcome");
        (await browser.GetAsync(new Uri("/Inventories", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        user.MustChangePassword.Should().BeFalse();
        (await app.WithDbAsync(db => db.OrganisationMemberships.CountAsync(m => m.UserId == user.Id && m.Role == Roles.MunicipalOfficer))).Should().Be(1);
        using var again = app.AnonymousClient();
        (await again.GetStringAsync(new Uri(url, UriKind.Relative))).Should().Contain("already been used");
        var second = await app.WithServiceAsync<InvitationService, Result<string>>(s => s.AcceptAsync(invitation.Token, "Another-Password-2026", CancellationToken.None));
        second.Status.Should().Be(ResultStatus.Invalid);
        second.Errors["Token"].Single().Should().Be(InvitationService.UsedMessage);
    }

    [Fact]
    public async Task AcceptAsync_ExpiredLink_IsRefusedWithAClearMessageAndCreatesNoAccount()
    {
        var email = $"late-{Guid.NewGuid():N}@test.local";
        var invitation = await InviteAsync(email);
        await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var result = await app.WithServiceAsync<InvitationService, Result<string>>(s => s.AcceptAsync(invitation.Token, NewPassword, CancellationToken.None));
        using var browser = app.AnonymousClient();
        var page = await browser.GetStringAsync(new Uri($"/Account/Invitation?token={Uri.EscapeDataString(invitation.Token)}", UriKind.Relative));

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors["Token"].Single().Should().Be(InvitationService.ExpiredMessage);
        page.Should().Contain("has expired");
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email))).Should().BeFalse();
    }

    [Fact]
    public async Task AcceptAsync_PasswordBelowThePolicy_IsInvalidAndTheLinkStaysUsable()
    {
        var email = $"weak-{Guid.NewGuid():N}@test.local";
        var invitation = await InviteAsync(email);

        var weak = await app.WithServiceAsync<InvitationService, Result<string>>(s => s.AcceptAsync(invitation.Token, "short", CancellationToken.None));
        var unknown = await app.WithServiceAsync<InvitationService, Result<string>>(s => s.AcceptAsync("not-a-token", NewPassword, CancellationToken.None));

        weak.Status.Should().Be(ResultStatus.Invalid);
        weak.Errors.Should().ContainKey("Password");
        unknown.Errors["Token"].Single().Should().Be(InvitationService.UnknownMessage);
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email))).Should().BeFalse();
        (await app.WithServiceAsync<InvitationService, Result<InvitationPreview>>(s => s.PeekAsync(invitation.Token, CancellationToken.None))).IsOk.Should().BeTrue();
    }

    [Theory]
    [InlineData(Roles.TgoAnalyst, null)]
    [InlineData(Roles.ProvincialOfficer, "PONRE-50")]
    public async Task InviteAsync_NotAnAdministrator_IsForbiddenAndStoresNothing(string role, string? organisation)
    {
        var user = await app.CreateUserAsync(role, organisation);
        var before = await app.WithDbAsync(db => db.Invitations.CountAsync());

        var result = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(user, (s, p) => s.InviteAsync(p, Invite("x@test.local"), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Forbidden);
        (await app.WithDbAsync(db => db.Invitations.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task InviteAsync_BadAssignment_IsInvalidOnOrganisations()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);

        var result = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) =>
            s.InviteAsync(p, Invite("y@test.local") with { OrganisationCodes = ["PONRE-50"] }, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Should().ContainKey("Organisations");
    }

    [Fact]
    public async Task TemporaryPassword_FirstSignIn_RedirectsToChangePasswordAndTheApiAnswers403UntilChanged()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var email = $"temp-{Guid.NewGuid():N}@test.local";
        var created = await app.AsUserAsync<UserAdminService, Result<string>>(admin, (s, p) => s.CreateAsync(p, new CreateUserInput
        {
            Email = email, DisplayName = "Temp", Role = Roles.TgoAnalyst, TemporaryPassword = AppFactory.TestPassword,
        }, CancellationToken.None));
        created.Status.Should().Be(ResultStatus.Ok);
        var client = await app.ClientForAsync(new TestUser(created.Value!, email, AppFactory.TestPassword, Roles.TgoAnalyst, null));

        var page = await client.GetAsync(new Uri("/Inventories", UriKind.Relative));
        var api = await client.GetAsync(new Uri("/api/v1/calculations/", UriKind.Relative));

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.Should().StartWith("/Account/ChangePassword");
        api.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await api.Content.ReadAsStringAsync()).Should().Contain("Password change required");

        var changed = await AppFactory.PostFormAsync(client, "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = AppFactory.TestPassword, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });

        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync(new Uri("/Inventories", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LowCarbonCity.Web.Data.AppUser>>();
        var user = await users.FindByEmailAsync(email);
        user!.MustChangePassword.Should().BeFalse();
        (await users.CheckPasswordAsync(user, NewPassword)).Should().BeTrue();
    }
}
