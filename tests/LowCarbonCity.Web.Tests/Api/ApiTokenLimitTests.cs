using System.Net;
using LowCarbonCity.Web.Features.ApiTokens;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>An account holds at most ten active tokens; revoked and expired ones do not count.</summary>
public sealed class ApiTokenLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<Result<CreatedToken>> CreateAsync(TestUser user) =>
        app.AsUserAsync<ApiTokenService, Result<CreatedToken>>(user,
            (tokens, principal) => tokens.CreateAsync(principal, new CreateTokenInput { Name = "script", ExpiresInDays = 30 }, CancellationToken.None));

    [Fact]
    public async Task CreateAsync_EleventhActiveToken_IsRefusedUntilOneIsRevoked()
    {
        ApiTokenService.MaxLiveTokensPerUser.Should().Be(10, "docs/api.md and docs/security.md state ten");
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        for (var i = 0; i < 10; i++)
        {
            (await CreateAsync(user)).IsOk.Should().BeTrue();
        }

        var refused = await CreateAsync(user);

        refused.Status.Should().Be(ResultStatus.Conflict);
        refused.Message.Should().Be("An account may hold at most 10 active tokens. Revoke one you no longer use, then create the new one.");
        (await app.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id))).Should().Be(10);

        var first = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id).Select(t => t.Id).FirstAsync());
        (await app.AsUserAsync<ApiTokenService, Result<bool>>(user, (tokens, principal) => tokens.RevokeAsync(principal, first, CancellationToken.None))).IsOk.Should().BeTrue();
        (await CreateAsync(user)).IsOk.Should().BeTrue();
        (await CreateAsync(user)).Status.Should().Be(ResultStatus.Conflict);
    }

    [Fact]
    public async Task CreateAsync_ExpiredTokensDoNotCount()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        for (var i = 0; i < 10; i++)
        {
            (await CreateAsync(user)).IsOk.Should().BeTrue();
        }

        await app.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id).Take(3)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        for (var i = 0; i < 3; i++)
        {
            (await CreateAsync(user)).IsOk.Should().BeTrue();
        }

        (await CreateAsync(user)).Status.Should().Be(ResultStatus.Conflict);
    }

    [Fact]
    public async Task TokensPage_EleventhToken_ShowsTheRefusalInThaiAndCreatesNothing()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        for (var i = 0; i < 10; i++)
        {
            (await CreateAsync(user)).IsOk.Should().BeTrue();
        }

        var browser = AppFactory.InThai(await app.ClientForAsync(user));
        using var response = await AppFactory.PostFormAsync(browser, "/Account/Tokens", new Dictionary<string, string>
        {
            ["Input.Name"] = "one more", ["Input.ExpiresInDays"] = "7",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("บัญชีผู้ใช้หนึ่งมีโทเคนที่ยังใช้งานได้ได้ไม่เกิน 10 โทเคน").And.NotContain("id=\"new-token\"");
        (await app.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id))).Should().Be(10);
    }
}
