using System.Net;
using System.Net.Http.Json;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>Personal access tokens: Bearer only, scopes, expiry, revocation, ProblemDetails on 401.</summary>
public sealed class ApiTokenTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_NoToken_Returns401ProblemWithBearerChallenge()
    {
        using var response = await app.BearerClient(null).GetAsync(new Uri("/api/v1/provinces", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Contain("Bearer");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("lcc_000000000000_nope")]
    [InlineData("garbage")]
    public async Task Get_UnknownToken_Returns401(string token)
    {
        using var response = await app.BearerClient(token).GetAsync(new Uri("/api/v1/provinces", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_ValidToken_Returns200WithCamelCaseJson()
    {
        var client = await app.ApiClientAsync(Roles.TgoAnalyst);
        using var response = await client.GetAsync(new Uri("/api/v1/provinces", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await AppFactory.JsonAsync(response);
        json.GetArrayLength().Should().Be(77);
        json[0].GetProperty("region").ValueKind.Should().Be(System.Text.Json.JsonValueKind.String);
        json[0].TryGetProperty("nameEn", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Get_CookieSessionOnApi_Returns401BecauseTheApiTakesTokensOnly()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        using var response = await client.GetAsync(new Uri("/api/v1/provinces", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ReadOnlyTokenOfAllowedUser_Returns403AndCreatesNothing()
    {
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM", write: false);
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        using var response = await client.PostAsJsonAsync("/api/v1/inventories", new { organisationId, year = 2024, kind = "Organisation" }, AppFactory.Json);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.Inventories.CountAsync(i => i.OrganisationId == organisationId))).Should().Be(0);
        using var read = await client.GetAsync(new Uri("/api/v1/inventories", UriKind.Relative));
        read.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_ExpiredToken_Returns401()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var token = await app.CreateTokenAsync(user);
        await app.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        using var response = await app.BearerClient(token).GetAsync(new Uri("/api/v1/provinces", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_RevokedToken_Returns401AndTheSecretIsNotStored()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var token = await app.CreateTokenAsync(user);
        var client = app.BearerClient(token);
        (await client.GetAsync(new Uri("/api/v1/provinces", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = await app.WithDbAsync(db => db.ApiTokens.SingleAsync(t => t.UserId == user.Id));
        stored.SecretHash.Should().NotContain(token.Split('_', 3)[2]).And.HaveLength(64);

        var revoked = await app.AsUserAsync<LowCarbonCity.Web.Features.ApiTokens.ApiTokenService, LowCarbonCity.Web.Features.Shared.Result<bool>>(user,
            (tokens, principal) => tokens.RevokeAsync(principal, stored.Id, CancellationToken.None));
        revoked.IsOk.Should().BeTrue();
        (await client.GetAsync(new Uri("/api/v1/provinces", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokensPage_CreateThenRevoke_ShowsTheTokenOnceAndItWorks()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var browser = await app.ClientForAsync(user);
        using var created = await AppFactory.PostFormAsync(browser, "/Account/Tokens", new Dictionary<string, string>
        {
            ["Input.Name"] = "script", ["Input.ExpiresInDays"] = "7", ["Input.Write"] = "false",
        });
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await created.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "<pre id=\"new-token\">([^<]+)</pre>").Groups[1].Value;
        token.Should().StartWith("lcc_");
        (await app.BearerClient(token).GetAsync(new Uri("/api/v1/provinces", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetStringAsync(new Uri("/Account/Tokens", UriKind.Relative))).Should().NotContain(token);
    }
}
