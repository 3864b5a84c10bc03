using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Accounts;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var client = app.AnonymousClient();

        for (var i = 0; i < AuthSetup.MaxFailedSignIns; i++)
        {
            using var wrong = await AppFactory.SignInAsync(client, user.Email, "Wrong-Password-0000");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var right = await AppFactory.SignInAsync(client, user.Email, user.Password);
        right.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account cannot sign in");
        (await right.Content.ReadAsStringAsync()).Should().Contain("locked");
        var lockoutEnd = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.Should().NotBeNull();
    }

    [Fact]
    public async Task SignIn_RightPassword_RedirectsAndStoresDataProtectionKeysInTheDatabase()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);

        using var client = await app.ClientForAsync(user);
        using var page = await client.GetAsync(new Uri("/Inventories", UriKind.Relative));

        page.StatusCode.Should().Be(HttpStatusCode.OK, await page.Content.ReadAsStringAsync());
        (await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync())).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Post_EveryPageWithoutAntiforgeryToken_Returns400()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var inventoryId = await app.CreateInventoryAsync("CMI-CM");
        var lineId = (await app.InventoryAsync(inventoryId)).Lines[0].Id;
        using var signedIn = await app.ClientForAsync(admin);
        using var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        // The verifier's own page (their work list) opens to verifiers only.
        await app.CreateVerificationBodyAsync("VB-AF");
        using var verifier = await app.ClientForAsync(await app.CreateUserAsync(Roles.Verifier, "VB-AF"));
        using var anonymous = app.AnonymousClient();
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || e.Metadata.OfType<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>().Any())
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')).Distinct().ToList();
        patterns.Should().Contain("Inventories/Detail/{id:guid}");

        var failures = new List<string>();
        // /Error has no form and ignores antiforgery on purpose: it re-renders failed POSTs of other pages.
        foreach (var pattern in patterns.Where(p => p != "Error"))
        {
            var url = "/" + pattern
                .Replace("{inventoryId:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{id:guid}", (pattern.Contains("Line", StringComparison.Ordinal) ? lineId : inventoryId).ToString(), StringComparison.Ordinal)
                .Replace("{id}", admin.Id, StringComparison.Ordinal)
                .Replace("{id:int}", "1", StringComparison.Ordinal)
                .Replace("{id:int?}", "1", StringComparison.Ordinal)
                .Replace("{inventoryId:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{code}", "TGO-CFO-2022-04", StringComparison.Ordinal)
                .Replace("{targetId:int}", "1", StringComparison.Ordinal)
                .Replace("{year:int}", "2024", StringComparison.Ordinal)
                .Replace("{kind}", "Organisation", StringComparison.Ordinal);
            var reachedAntiforgery = false;
            foreach (var client in new[] { signedIn, tgo, verifier, anonymous })
            {
                using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
                using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
                // Pages a role may not open at all (admin pages for the analyst, publishing for the administrator)
                // refuse before antiforgery runs; at least one signed-in client reaches it.
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                var refusedEarlier = response.StatusCode == HttpStatusCode.Redirect
                    && (client == anonymous ? location.Contains("/Account/SignIn", StringComparison.Ordinal) : location.Contains("/Account/AccessDenied", StringComparison.Ordinal));
                reachedAntiforgery |= client != anonymous && response.StatusCode == HttpStatusCode.BadRequest;
                if (response.StatusCode != HttpStatusCode.BadRequest && !refusedEarlier)
                {
                    failures.Add($"POST {url} ({(client == anonymous ? "anonymous" : "signed in")}) without a token: {(int)response.StatusCode}");
                }
            }

            if (!reachedAntiforgery)
            {
                failures.Add($"POST {url}: no signed-in client reached the antiforgery check.");
            }
        }

        failures.Should().BeEmpty();
    }
}

/// <summary>An app started with <c>Bootstrap:AdminEmail</c> and <c>Bootstrap:AdminPassword</c> set.</summary>
public sealed class BootstrapAppFactory : AppFactory
{
    public const string Email = "first-admin@example.org";
    public const string Password = "Bootstrap-Admin-2026";

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bootstrap:AdminEmail", Email);
        builder.UseSetting("Bootstrap:AdminPassword", Password);
    }
}

public sealed class BootstrapAdminTests(BootstrapAppFactory app) : IClassFixture<BootstrapAppFactory>
{
    [Fact]
    public async Task Start_BootstrapAdminConfigured_CreatesThatAdministratorWhoCanSignIn()
    {
        var admins = await app.WithDbAsync(db => db.Users.Where(u => u.Email == BootstrapAppFactory.Email).CountAsync());
        admins.Should().Be(1);

        using var client = app.AnonymousClient();
        using var signIn = await AppFactory.SignInAsync(client, BootstrapAppFactory.Email, BootstrapAppFactory.Password);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var users = await client.GetAsync(new Uri("/Admin/Users", UriKind.Relative));
        users.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class DemoAccountsTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task Seed_Demo_OneAccountPerRoleThatSignsInWithTheReadmePassword()
    {
        foreach (var (email, _, role, organisations) in LowCarbonCity.Web.Data.Seed.DemoAccounts.All)
        {
            using var client = app.AnonymousClient();
            using var response = await AppFactory.SignInAsync(client, email, LowCarbonCity.Web.Data.Seed.DemoAccounts.Password);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, "{0} ({1}) should sign in", email, role);
            var codes = await app.WithDbAsync(db => db.OrganisationMemberships.Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == email))
                .Select(m => m.Organisation!.Code).ToListAsync());
            codes.Should().BeEquivalentTo(organisations);
        }

        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        readme.Should().Contain("Demo accounts (demo only)").And.Contain(LowCarbonCity.Web.Data.Seed.DemoAccounts.Password);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("README.md not found above the test output.");
    }
}
