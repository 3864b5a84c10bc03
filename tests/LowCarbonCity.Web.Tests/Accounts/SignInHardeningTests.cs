using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace LowCarbonCity.Web.Tests.Accounts;

/// <summary>The app's own password hasher, counting how often a typed password is checked.</summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new(options);
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>An app whose password hasher counts its checks.</summary>
public sealed class CountingHasherAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<CountingPasswordHasher>();
            s.AddSingleton<IPasswordHasher<AppUser>>(sp => sp.GetRequiredService<CountingPasswordHasher>());
        });
    }

    public CountingPasswordHasher Hasher => Services.GetRequiredService<CountingPasswordHasher>();
}

public sealed class SignInEnumerationTests(CountingHasherAppFactory app, ITestOutputHelper output) : IClassFixture<CountingHasherAppFactory>
{
    private const string WrongPassword = "Wrong-Password-0000";
    private static readonly Regex TokenValue = new("name=\"__RequestVerificationToken\"[^>]*value=\"[^\"]+\"", RegexOptions.Compiled);

    [Fact]
    public async Task SignIn_UnknownEmail_AnswersExactlyAsAKnownEmailWithAWrongPassword()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";

        var (knownStatus, knownBody) = await SignInPageAsync(user.Email, WrongPassword);
        var (unknownStatus, unknownBody) = await SignInPageAsync(unknown, WrongPassword);

        knownStatus.Should().Be(HttpStatusCode.OK);
        unknownStatus.Should().Be(knownStatus);
        knownBody.Should().Contain("The email or password is wrong.");
        unknownBody.Should().Be(knownBody, "the page must not tell which emails have an account");
    }

    [Fact]
    public async Task SignIn_UnknownEmail_ChecksThePasswordAsOftenAsAKnownEmail()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var client = app.AnonymousClient();

        var before = app.Hasher.Verifications;
        using (await AppFactory.SignInAsync(client, user.Email, WrongPassword))
        {
        }

        var known = app.Hasher.Verifications - before;
        before = app.Hasher.Verifications;
        using (await AppFactory.SignInAsync(client, $"nobody-{Guid.NewGuid():N}@test.local", WrongPassword))
        {
        }

        var unknown = app.Hasher.Verifications - before;
        known.Should().Be(1);
        unknown.Should().Be(1, "an unknown email must cost the same password check as a known one");
    }

    [Fact]
    public async Task SignIn_UnknownEmail_TakesAboutAsLongAsAKnownEmail()
    {
        // Fewer tries per account than the lockout allows: a locked account is not a wrong password.
        var users = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            users.Add(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        }

        using var client = app.AnonymousClient();
        for (var i = 0; i < 3; i++)
        {
            await TimeSignInAsync(client, $"warm-{Guid.NewGuid():N}@test.local");
        }

        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            knownTimes.Add(await TimeSignInAsync(client, users[i % users.Count].Email));
            unknownTimes.Add(await TimeSignInAsync(client, $"nobody-{Guid.NewGuid():N}@test.local"));
        }

        var knownMedian = Median(knownTimes);
        var unknownMedian = Median(unknownTimes);
        output.WriteLine($"sign-in post medians of 15: known email {knownMedian:F1} ms, unknown email {unknownMedian:F1} ms");
        unknownMedian.Should().BeGreaterThanOrEqualTo(knownMedian / 2,
            "unknown {0:F1} ms against known {1:F1} ms (medians of 15)", unknownMedian, knownMedian);
    }

    private async Task<(HttpStatusCode Status, string Body)> SignInPageAsync(string email, string password)
    {
        using var client = app.AnonymousClient();
        using var response = await AppFactory.SignInAsync(client, email, password);
        var body = await response.Content.ReadAsStringAsync();
        // The antiforgery token differs on every page, and the form keeps the email as typed.
        body = TokenValue.Replace(body, "TOKEN").Replace(email, "EMAIL", StringComparison.Ordinal);
        return (response.StatusCode, body);
    }

    private static async Task<double> TimeSignInAsync(HttpClient client, string email)
    {
        var html = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WrongPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), content);
        watch.Stop();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>The app with a sign-in limit of three posts a minute per address.</summary>
public sealed class SignInLimitedAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:PermitLimit", "3");
        builder.UseSetting("SignIn:WindowSeconds", "60");
    }
}

public sealed class SignInRateLimitTests(SignInLimitedAppFactory app) : IClassFixture<SignInLimitedAppFactory>
{
    [Fact]
    public async Task SignIn_MoreThanTheLimitFromOneAddress_Returns429WithRetryAfterAndCountsNoFailure()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var client = app.AnonymousClient();
        // Each post first reads the page for its token: reading is not counted, only the three posts are.
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await AppFactory.SignInAsync(client, user.Email, "Wrong-Password-0000");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var limited = await AppFactory.SignInAsync(client, user.Email, user.Password);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        limited.Headers.Contains("Set-Cookie").Should().BeFalse("the right password was not even checked, so no one is signed in");
        (await limited.Content.ReadAsStringAsync()).Should().Contain("Too many sign-in attempts");
        var failures = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync());
        failures.Should().Be(3, "the refused post counts towards no lockout");

        using var thai = AppFactory.InThai(app.AnonymousClient());
        using var limitedInThai = await AppFactory.SignInAsync(thai, user.Email, user.Password);
        limitedInThai.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the limit is per address, not per browser session");
        (await limitedInThai.Content.ReadAsStringAsync()).Should().Contain("พยายามเข้าสู่ระบบบ่อยเกินไป");
        (await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "reading the page stays allowed");
    }
}
