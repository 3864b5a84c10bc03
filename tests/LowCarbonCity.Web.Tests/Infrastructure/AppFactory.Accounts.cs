using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>A user the test created, with the password to sign in.</summary>
public sealed record TestUser(string Id, string Email, string Password, string Role, string? OrganisationCode);

/// <summary>Intent methods for accounts, inventories and signed-in clients (docs/conventions.md T3).</summary>
public partial class AppFactory
{
    public const string TestPassword = "Test-Password-2026";
    private static readonly Regex TokenPattern = new("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", RegexOptions.Compiled);

    /// <summary>Creates an account in <paramref name="role"/>, bound to the organisation with <paramref name="organisationCode"/> if given.</summary>
    public async Task<TestUser> CreateUserAsync(string role, string? organisationCode = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await using var scope = Services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
        var result = await provisioner.CreateAsync(email, $"Test {role}", TestPassword, role, organisationCode is null ? [] : [organisationCode], CancellationToken.None);
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return new TestUser(result.Value!, email, TestPassword, role, organisationCode);
    }

    /// <summary>The principal the app would build for <paramref name="user"/> at sign-in, for calling services directly.</summary>
    public async Task<ClaimsPrincipal> PrincipalForAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var scope = Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var appUser = await signIn.UserManager.FindByIdAsync(user.Id);
        return await signIn.CreateUserPrincipalAsync(appUser!);
    }

    /// <summary>Calls a feature service as <paramref name="user"/>, in a fresh DI scope (one request's worth).</summary>
    public async Task<T> AsUserAsync<TService, T>(TestUser user, Func<TService, ClaimsPrincipal, Task<T>> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        var principal = await PrincipalForAsync(user);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>(), principal);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, not signed in.</summary>
    public HttpClient AnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="user"/> through the real sign-in page (with its antiforgery token).</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var client = AnonymousClient();
        var response = await SignInAsync(client, user.Email, user.Password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "signing in as {0} should succeed", user.Email);
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>GETs <paramref name="pageUrl"/> for its antiforgery token, then posts <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var html = await client.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var token = TokenPattern.Match(html);
        token.Success.Should().BeTrue("the page {0} should carry an antiforgery token", pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(postUrl ?? pageUrl, UriKind.Relative), content);
    }

    public async Task<int> OrganisationIdAsync(string code) =>
        await WithDbAsync(db => db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    /// <summary>An inventory of the organisation (an edition and GWP set are created when none applies), optionally with every CFO requirement covered.</summary>
    public async Task<Guid> CreateInventoryAsync(string organisationCode, int year = 2024, bool complete = true, InventoryKind kind = InventoryKind.Organisation)
    {
        var organisationId = await OrganisationIdAsync(organisationCode);
        return await WithDbAsync(async db =>
        {
            var edition = await EnsureEditionAsync(db, year);
            var inventory = new Inventory(Guid.NewGuid(), organisationId, year, kind, edition.Id, edition.DefaultGwpSetCode, DateTimeOffset.UtcNow);
            db.Inventories.Add(inventory);
            if (complete)
            {
                foreach (var line in CompleteCfoLines(inventory.Id))
                {
                    inventory.AddLine(line, DateTimeOffset.UtcNow);
                    db.ActivityLines.Add(line);
                }
            }

            await db.SaveChangesAsync();
            return inventory.Id;
        });
    }

    /// <summary>Calculates an inventory with the engine and stores its results, as saving a line does.</summary>
    public Task CalculateAsync(Guid inventoryId) =>
        WithServiceAsync<InventoryCalculationService, int>(async s =>
        {
            await s.RecalculateAndSaveAsync(inventoryId, CancellationToken.None);
            return 0;
        });

    /// <summary>A complete inventory (<see cref="CreateInventoryAsync"/>) with its stored results, at a status.</summary>
    public async Task<Guid> CalculatedInventoryAsync(string organisationCode, int year, InventoryStatus status)
    {
        var id = await CreateInventoryAsync(organisationCode, year);
        await CalculateAsync(id);
        await SetStatusAsync(id, status);
        return id;
    }

    /// <summary>One workflow move by <paramref name="user"/> through <see cref="InventoryWorkflowService"/>, at the inventory's current version.</summary>
    public Task<Result<int>> MoveAsync(
        TestUser user, Guid inventoryId, Func<InventoryWorkflowService, Func<ClaimsPrincipal, TransitionInput, CancellationToken, Task<Result<int>>>> pick,
        string? reason = null) =>
        AsUserAsync<InventoryWorkflowService, Result<int>>(user, async (s, p) =>
        {
            var version = (await InventoryAsync(inventoryId)).Version;
            return await pick(s)(p, new TransitionInput { InventoryId = inventoryId, ExpectedVersion = version, Reason = reason }, CancellationToken.None);
        });

    /// <summary>Moves an inventory through the workflow directly in the database (setting up, not testing, a status).</summary>
    public async Task SetStatusAsync(Guid inventoryId, InventoryStatus status)
    {
        InventoryStatus[] path = status switch
        {
            InventoryStatus.Draft => [],
            InventoryStatus.Submitted => [InventoryStatus.Submitted],
            InventoryStatus.Returned => [InventoryStatus.Submitted, InventoryStatus.Returned],
            InventoryStatus.Approved => [InventoryStatus.Submitted, InventoryStatus.Approved],
            // Verified only by TGO's certification of a verification (below).
            InventoryStatus.Verified => [InventoryStatus.Submitted, InventoryStatus.Approved],
        };
        await WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == inventoryId);
            foreach (var step in path)
            {
                inventory.MoveTo(step, DateTimeOffset.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
        if (status == InventoryStatus.Verified)
        {
            await CertifyAsync(inventoryId);
        }
    }

    public Task<Inventory> InventoryAsync(Guid id) =>
        WithDbAsync(db => db.Inventories.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == id));

    public static IReadOnlyList<ActivityLine> CompleteCfoLines(Guid inventoryId) =>
    [
        ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, ActivityCategory.GridElectricity, new Quantity(120_000m, Unit.KWh)),
        ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, ActivityCategory.OnRoadDiesel, new Quantity(5_000m, Unit.Litre)),
        ActivityLine.WithNotationKey(Guid.NewGuid(), inventoryId, ActivityCategory.WasteToThirdPartyLandfill, NotationKey.IE, "Collected by the province"),
    ];

    private static async Task<EmissionFactorEdition> EnsureEditionAsync(AppDbContext db, int year)
    {
        var editions = await db.EmissionFactorEditions.ToListAsync();
        var existing = editions.FirstOrDefault(e => e.AppliesToYear(year));
        if (existing is not null)
        {
            return existing;
        }

        // A year no seeded edition covers: a test edition with the seeded factors, so lines can be calculated.
        var seeded = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).FirstAsync(e => e.Code == "TGO-CFO-2022-04");
        var edition = new EmissionFactorEdition($"TEST-{Guid.NewGuid():N}"[..20], "Test edition", "ชุดทดสอบ", "tests", 1950, 1999, seeded.DefaultGwpSetCode);
        foreach (var f in seeded.Factors)
        {
            edition.AddFactor(new EmissionFactor(f.Category, f.Gas, f.Value, f.MassUnit, f.PerUnit, f.Source, f.Note));
        }

        db.EmissionFactorEditions.Add(edition);
        await db.SaveChangesAsync();
        return edition;
    }
}
