using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>Years are typed and shown in the Buddhist Era in Thai and the Common Era in English, stored as the Common Era.</summary>
public sealed class CalendarYearTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task StartPage_InThai_OffersBuddhistEraBoundsAndLastYear()
    {
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));

        var html = await client.GetStringAsync(new Uri("/Inventories/Start", UriKind.Relative));

        // 1990-2100 CE is 2533-2643 BE; last year (the default) is shown in the Buddhist Era too.
        var lastYear = DateTime.UtcNow.Year - 1 + 543;
        html.Should().MatchRegex("<input[^>]*id=\"Input_Year\"[^>]*>")
            .And.Contain("min=\"2533\"").And.Contain("max=\"2643\"").And.Contain($"value=\"{lastYear}\"");
        html.Should().NotContain("alert-danger", "there is no error to show yet");
        html.Should().MatchRegex("<input[^>]*checked[^>]*id=\"Input_CopyLastYear\"", "copying last year's lines is the usual start");
        System.Net.WebUtility.HtmlDecode(html).Should().Contain("เว้นช่องปริมาณไว้ให้กรอกของปีนี้").And.NotContain("NE ยังไม่ได้ประเมิน");
    }

    [Fact]
    public async Task Start_InThai_Typing2569_StartsTheInventoryOf2026AndSaysSoInTheBuddhistEra()
    {
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM")));
        var organisationId = await app.OrganisationIdAsync("LCB-CM");

        using var response = await AppFactory.PostFormAsync(client, "/Inventories/Start", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Year"] = "2569",
            ["Input.Kind"] = "Organisation",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Inventories.Where(i => i.OrganisationId == organisationId).Select(i => i.Year).ToListAsync())).Should().Equal(2026);
        var editor = await client.GetStringAsync(response.Headers.Location);
        editor.Should().Contain("พ.ศ. 2569").And.NotContain("2026 ");
    }

    [Fact]
    public async Task Start_InEnglish_Typing2026_StartsTheInventoryOf2026()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "KKN-CM"));
        var organisationId = await app.OrganisationIdAsync("KKN-CM");

        using var response = await AppFactory.PostFormAsync(client, "/Inventories/Start", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Year"] = "2026",
            ["Input.Kind"] = "Organisation",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Inventories.Where(i => i.OrganisationId == organisationId).Select(i => i.Year).ToListAsync())).Should().Equal(2026);
    }

    [Theory]
    [InlineData("th", "2026", "ปีของบัญชีต้องอยู่ระหว่าง พ.ศ. 2533 ถึง พ.ศ. 2643")]
    [InlineData("en", "2569", "Inventory year must be between 1990 and 2100.")]
    [InlineData("th", "๒๕๖๙x", "ปีของบัญชี")]
    public async Task Start_YearOutsideTheRangeOfTheUsersCalendar_IsRefusedOnceInThatCalendarAndNothingIsSaved(string language, string typed, string message)
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        if (language == "th")
        {
            AppFactory.InThai(client);
        }

        var before = await app.WithDbAsync(db => db.Inventories.CountAsync());

        using var response = await AppFactory.PostFormAsync(client, "/Inventories/Start", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = (await app.OrganisationIdAsync("CMI-CM")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Year"] = typed,
            ["Input.Kind"] = "Organisation",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain(message).And.Contain($"value=\"{typed}\"", "what was typed is shown back");
        System.Text.RegularExpressions.Regex.Matches(html, "<li>[^<]*" + System.Text.RegularExpressions.Regex.Escape(message)).Should().HaveCount(1, "one message in the summary");
        (await app.WithDbAsync(db => db.Inventories.CountAsync())).Should().Be(before);
    }
}
