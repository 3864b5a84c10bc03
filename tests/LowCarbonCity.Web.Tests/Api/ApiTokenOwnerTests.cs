using System.Net;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>A token is only as good as its owner's account: locked or deleted, its tokens answer 401.</summary>
public sealed class ApiTokenOwnerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] ReferencePaths = ["/api/v1/provinces", "/api/v1/organisations", "/api/v1/factor-editions"];

    [Fact]
    public async Task Get_TokenOfAccountLockedByAnAdministrator_Returns401UntilUnlocked()
    {
        var owner = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = app.BearerClient(await app.CreateTokenAsync(owner));
        await ExpectAsync(client, HttpStatusCode.OK);
        var admin = await app.CreateUserAsync(Roles.Administrator);

        (await app.AsUserAsync<UserAdminService, LowCarbonCity.Web.Features.Shared.Result<string>>(admin,
            (users, principal) => users.LockAsync(principal, owner.Id, CancellationToken.None))).IsOk.Should().BeTrue();
        await ExpectAsync(client, HttpStatusCode.Unauthorized);

        (await app.AsUserAsync<UserAdminService, LowCarbonCity.Web.Features.Shared.Result<string>>(admin,
            (users, principal) => users.UnlockAsync(principal, owner.Id, CancellationToken.None))).IsOk.Should().BeTrue();
        await ExpectAsync(client, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_TokenOfAccountLockedOutByFailedSignIns_Returns401()
    {
        var owner = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = app.BearerClient(await app.CreateTokenAsync(owner));
        using var browser = app.AnonymousClient();
        for (var i = 0; i < AuthSetup.MaxFailedSignIns; i++)
        {
            (await AppFactory.SignInAsync(browser, owner.Email, "Wrong-Password-2026")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await ExpectAsync(client, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_TokenOfDeletedAccount_Returns401()
    {
        var owner = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = app.BearerClient(await app.CreateTokenAsync(owner));
        await ExpectAsync(client, HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.DeleteAsync((await users.FindByIdAsync(owner.Id))!)).Succeeded.Should().BeTrue();
        }

        await ExpectAsync(client, HttpStatusCode.Unauthorized);
        (await app.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == owner.Id))).Should().Be(0);
    }

    private static async Task ExpectAsync(HttpClient client, HttpStatusCode status)
    {
        foreach (var path in ReferencePaths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.Should().Be(status, path);
        }
    }
}
