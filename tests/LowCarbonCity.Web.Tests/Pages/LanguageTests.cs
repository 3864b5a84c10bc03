using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>Thai by default for Thai browsers, English on request, the choice remembered per browser and per user.</summary>
public sealed class LanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HomePage_ThaiBrowser_IsInThaiWithThaiNames()
    {
        using var client = AppFactory.InThai(app.AnonymousClient());

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        html.Should().Contain("<html lang=\"th\"").And.Contain("จังหวัดและองค์กร").And.Contain("เชียงใหม่").And.Contain("ภาคเหนือ");
        html.Should().NotContain("Provinces and organisations");
    }

    [Fact]
    public async Task HomePage_EnglishBrowser_IsInEnglishWithEnglishNames()
    {
        using var client = app.AnonymousClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        html.Should().Contain("<html lang=\"en\"").And.Contain("Provinces and organisations").And.Contain("Chiang Mai").And.Contain("North");
        html.Should().NotContain("จังหวัดและองค์กร");
    }

    [Theory]
    [InlineData(null, "th")]
    [InlineData("de-DE", "th")]
    [InlineData("th", "th")]
    [InlineData("en-US,th;q=0.5", "en")]
    [InlineData("fr-FR,th;q=0.8,en;q=0.5", "th")]
    [InlineData("fr-FR,en-AU;q=0.8", "en")]
    public async Task Browser_Languages_PickThaiOrEnglishAndDefaultToThai(string? acceptLanguage, string expected)
    {
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Contain($"<html lang=\"{expected}\"");
    }

    [Fact]
    public async Task Switch_AnonymousVisitor_IsRememberedInACookieOverTheBrowsersLanguage()
    {
        using var client = AppFactory.InThai(app.AnonymousClient());

        using var switched = await AppFactory.PostFormAsync(client, "/", new Dictionary<string, string> { ["culture"] = UiCultures.EnglishName, ["returnUrl"] = "/" }, "/Account/Language");

        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        switched.Headers.Location!.OriginalString.Should().Be("/");
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).Should().Contain("Provinces and organisations");
    }

    [Fact]
    public async Task Switch_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        using var client = AppFactory.InThai(app.AnonymousClient());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = UiCultures.EnglishName });

        using var response = await client.PostAsync(new Uri("/Account/Language", UriKind.Relative), form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).Should().Contain("<html lang=\"th\"");
    }

    [Fact]
    public async Task Switch_SignedInUser_FollowsThemToAnotherBrowser()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var first = AppFactory.InThai(await app.ClientForAsync(user));
        (await first.GetStringAsync(new Uri("/Inventories", UriKind.Relative))).Should().Contain("<html lang=\"th\"");

        using var switched = await AppFactory.PostFormAsync(first, "/Inventories", new Dictionary<string, string> { ["culture"] = UiCultures.EnglishName, ["returnUrl"] = "/Inventories" }, "/Account/Language");
        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PreferredCulture).SingleAsync())).Should().Be(UiCultures.EnglishName);
        using var second = AppFactory.InThai(await app.ClientForAsync(user));
        (await second.GetStringAsync(new Uri("/Inventories", UriKind.Relative))).Should().Contain("<html lang=\"en\"", "the account's choice beats a Thai browser");
    }

    [Fact]
    public async Task Switch_UnknownLanguage_IsABadRequest()
    {
        using var client = app.AnonymousClient();

        using var response = await AppFactory.PostFormAsync(client, "/", new Dictionary<string, string> { ["culture"] = "fr-FR" }, "/Account/Language");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignIn_EmptyForm_NamesTheFieldsInThai()
    {
        using var client = AppFactory.InThai(app.AnonymousClient());

        using var response = await AppFactory.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string> { ["Input.Email"] = string.Empty, ["Input.Password"] = string.Empty });

        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("กรุณากรอกอีเมล").And.Contain("กรุณากรอกรหัสผ่าน");
    }

    [Fact]
    public async Task SignIn_EmptyForm_NamesTheFieldsInEnglish()
    {
        using var client = app.AnonymousClient();

        using var response = await AppFactory.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string> { ["Input.Email"] = "not-an-address", ["Input.Password"] = string.Empty });

        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Email is not a valid e-mail address.").And.Contain("Password is required.");
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoInThaiAndKeepsTheEmail()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var client = AppFactory.InThai(app.AnonymousClient());

        using var response = await AppFactory.SignInAsync(client, user.Email, "Wrong-Password-0000");

        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("อีเมลหรือรหัสผ่านไม่ถูกต้อง").And.Contain($"value=\"{user.Email}\"");
    }
}
