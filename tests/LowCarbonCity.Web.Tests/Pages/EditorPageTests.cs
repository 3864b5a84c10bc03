using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// The inventory editor (/Inventories/Detail/{id}) through the app: grouping, a line's save with its t CO2e and
/// formula, field errors in both languages with the typed value kept, the 30 % rule, conflicts, read-only, rights.
/// Expected emissions are worked by hand from docs/domain/methodology.md 2.1: grid electricity 0.4999 kg CO2e/kWh (TGO CFO,
/// April 2022, for inventory years up to 2025).
/// </summary>
public sealed partial class EditorPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>A fresh inventory of CMI-CM (years from 2001, all under the seeded 2022-04 edition's 0.4999; saves carry a change explanation).</summary>
    private async Task<(HttpClient Client, Guid InventoryId, ActivityLine Grid)> ArrangeAsync(InventoryKind kind = InventoryKind.Organisation, int? year = null)
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var id = await app.CreateInventoryAsync("CMI-CM", year ?? 2000 + Interlocked.Increment(ref _nextYear), kind: kind);
        var grid = (await app.InventoryAsync(id)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        return (officer, id, grid);
    }

    private static Dictionary<string, string> Save(ActivityLine line, string amount, int? version = null, string? explanation = "Checked against the bills")
    {
        var form = new Dictionary<string, string>
        {
            ["LineId"] = line.Id.ToString(),
            ["ExpectedVersion"] = (version ?? line.Version).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity),
            ["Line.Amount"] = amount,
            ["Line.UnitCode"] = "kWh",
            ["Line.DataSource"] = "PEA bills",
            ["Line.DataQuality"] = nameof(DataQuality.High),
        };
        if (explanation is not null)
        {
            form["Line.ChangeExplanation"] = explanation;
        }

        return form;
    }

    private static Task<HttpResponseMessage> PostSaveAsync(HttpClient client, Guid inventoryId, Dictionary<string, string> form) =>
        AppFactory.PostFormAsync(client, $"/Inventories/Detail/{inventoryId}", form, $"/Inventories/Detail/{inventoryId}?handler=Save");

    private static string Tonnes(string html, Guid lineId)
    {
        var match = Regex.Match(html, $"id=\"l{lineId:N}-tco2e\"[^>]*>([^<]+)<");
        match.Success.Should().BeTrue("the line's card shows its t CO2e");
        return match.Groups[1].Value.Trim();
    }

    [Fact]
    public async Task Get_OrganisationInventory_GroupsByScopeThenCategory()
    {
        var (client, id, grid) = await ArrangeAsync();

        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));

        html.Should().Contain("id=\"group-Scope1\"").And.Contain("id=\"group-Scope2\"").And.Contain("id=\"subgroup-Scope2-GridElectricity\"")
            .And.Contain("id=\"subgroup-Scope1-OnRoadDiesel\"").And.NotContain("id=\"group-StationaryEnergy\"");
        var scope2 = html[html.IndexOf("id=\"group-Scope2\"", StringComparison.Ordinal)..];
        scope2.Should().Contain($"id=\"line-{grid.Id}\"");
        html.Should().Contain("id=\"link-summary\"").And.Contain($"/Inventories/Summary/{id}").And.Contain("id=\"link-submit\"").And.NotContain("id=\"link-review\"");
    }

    [Fact]
    public async Task Get_CityInventory_GroupsByGpcSectorThenSubsector()
    {
        var (client, id, grid) = await ArrangeAsync(InventoryKind.City);

        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));

        // Grid electricity defaults to I.2 (commercial and institutional), on-road diesel to II.1.
        html.Should().Contain("id=\"group-StationaryEnergy\"").And.Contain("id=\"subgroup-StationaryEnergy-CommercialInstitutional\"")
            .And.Contain("id=\"group-Transportation\"").And.Contain("id=\"subgroup-Transportation-OnRoad\"")
            .And.Contain("I.2 Commercial and institutional buildings").And.NotContain("id=\"group-Scope2\"");
        var sub = html[html.IndexOf("id=\"subgroup-StationaryEnergy-CommercialInstitutional\"", StringComparison.Ordinal)..];
        sub.Should().Contain($"id=\"line-{grid.Id}\"");
    }

    [Fact]
    public async Task SaveLine_TenThousandKwh_ShowsHandComputedTonnesAndFormulaWithFactorSourceAndGwp()
    {
        var (client, id, grid) = await ArrangeAsync();

        using var response = await PostSaveAsync(client, id, Save(grid, "10000"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        // 10,000 kWh x 0.4999 kg CO2e/kWh = 4,999 kg = 4.999 t.
        Tonnes(html, grid.Id).Should().Be("4.999");
        // The formula is in the line's details, loaded when the row is opened.
        html.Should().NotContain($"id=\"l{grid.Id:N}-formula\"");
        var details = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}?handler=LineDetails&lineId={grid.Id}", UriKind.Relative));
        details.Should().NotContain("<html");
        var formula = Regex.Match(details, $"<details id=\"l{grid.Id:N}-formula\".*?</details>", RegexOptions.Singleline).Value;
        // The factor is cited as the reports cite it (its publication), never by its technical source note.
        formula.Should().Contain("0.4999").And.Contain("kg/kWh").And.Contain("Emission factors for Carbon Footprint for Organization (CFO)")
            .And.NotContain("Thai National LCI Database").And.Contain("GWP set:");
        (await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id))).Amount.Should().Be(10_000m);
    }

    /// <summary>A save as editor.js sends it (fetch, with the antiforgery token of the page).</summary>
    private static async Task<HttpResponseMessage> FetchSaveAsync(HttpClient client, Guid inventoryId, Dictionary<string, string> form, string handler = "Save")
    {
        var page = await client.GetStringAsync(new Uri($"/Inventories/Detail/{inventoryId}", UriKind.Relative));
        form["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/Inventories/Detail/{inventoryId}?handler={handler}", UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Requested-With", "fetch");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task SaveLine_WithFetch_AnswersWithThePageWhoseLivePartsCarryTheNewTonnesAndTotal()
    {
        var (client, id, grid) = await ArrangeAsync();

        using var response = await FetchSaveAsync(client, id, Save(grid, "20000"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        // 20,000 kWh x 0.4999 = 9,998 kg = 9.998 t; no redirect, the page itself with the line's new version.
        Tonnes(html, grid.Id).Should().Be("9.998");
        var version = Regex.Match(html, $"id=\"l{grid.Id:N}-version\" data-live value=\"([0-9]+)\"");
        version.Success.Should().BeTrue("the row carries the line's version for its next save");
        int.Parse(version.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(grid.Version);
        html.Should().MatchRegex("id=\"total-tco2e\" data-live>[0-9.,]+<");
    }

    [Fact]
    public async Task QuickSave_OnlyQuantityAndUnit_KeepsEveryOtherField()
    {
        var (client, id, grid) = await ArrangeAsync();
        var form = new Dictionary<string, string>
        {
            ["LineId"] = grid.Id.ToString(), ["ExpectedVersion"] = grid.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity), ["Line.Amount"] = "125000", ["Line.UnitCode"] = "kWh",
        };

        using var response = await FetchSaveAsync(client, id, form, "Quick");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id));
        stored.Amount.Should().Be(125_000m);
        stored.DataSource.Should().Be(grid.DataSource);
        stored.DataQuality.Should().Be(grid.DataQuality);
        stored.Description.Should().Be(grid.Description);
    }

    [Fact]
    public async Task QuickSave_WithFetch_ErrorsAre422ByField_AndAStaleVersionIs409_NothingSaved()
    {
        var (client, id, grid) = await ArrangeAsync();
        Dictionary<string, string> Form(string amount, int version) => new()
        {
            ["LineId"] = grid.Id.ToString(), ["ExpectedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity), ["Line.Amount"] = amount, ["Line.UnitCode"] = "kWh",
        };

        using var invalid = await FetchSaveAsync(client, id, Form("12abc", grid.Version), "Quick");
        using var stale = await FetchSaveAsync(client, id, Form("130000", grid.Version - 1), "Quick");

        invalid.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await AppFactory.JsonAsync(invalid)).GetProperty("errors").GetProperty("Line.Amount")[0].GetString().Should().Be("The value '12abc' is not valid for Annual quantity.");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await AppFactory.JsonAsync(stale)).GetProperty("conflict").GetString().Should().StartWith("Someone else changed this line");
        (await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id))).Amount.Should().Be(grid.Amount);
    }

    [Fact]
    public async Task SaveLine_WithoutAntiforgeryToken_IsRefusedAndNothingChanges()
    {
        var (client, id, grid) = await ArrangeAsync();
        using var content = new FormUrlEncodedContent(Save(grid, "999"));

        using var response = await client.PostAsync(new Uri($"/Inventories/Detail/{id}?handler=Save", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id))).Amount.Should().Be(grid.Amount);
    }

    [Fact]
    public async Task SaveLine_NotANumber_NamesTheFieldInEnglishAndKeepsWhatWasTyped()
    {
        var (client, id, grid) = await ArrangeAsync();

        using var response = await PostSaveAsync(client, id, Save(grid, "12abc"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("The value '12abc' is not valid for Annual quantity.");
        html.Should().MatchRegex($"id=\"l{grid.Id:N}-amount\"[^>]*value=\"12abc\"");
        html.Should().Contain("role=\"alert\"");
        (await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id))).Amount.Should().Be(grid.Amount);
    }

    [Fact]
    public async Task SaveLine_NotANumberInThai_NamesTheFieldInThaiAndKeepsWhatWasTyped()
    {
        var (client, id, grid) = await ArrangeAsync();
        AppFactory.InThai(client);

        using var response = await PostSaveAsync(client, id, Save(grid, "12abc"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("ค่า '12abc' ไม่ถูกต้องสำหรับปริมาณรายปี");
        html.Should().MatchRegex($"id=\"l{grid.Id:N}-amount\"[^>]*value=\"12abc\"");
    }

    [Fact]
    public async Task AddLine_NotANumber_ErrorNamesTheFieldAndTheFormKeepsTheTypedValues()
    {
        var (client, id, _) = await ArrangeAsync();

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.StationaryLpg), ["New.Amount"] = "3,5x", ["New.UnitCode"] = "kg", ["New.DataSource"] = "Gas shop receipts",
        }, $"/Inventories/Detail/{id}?handler=AddLine");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("The value '3,5x' is not valid for Annual quantity.");
        html.Should().MatchRegex("id=\"new-amount\"[^>]*value=\"3,5x\"").And.Contain("value=\"Gas shop receipts\"");
        (await app.InventoryAsync(id)).Lines.Should().HaveCount(3);
    }

    [Fact]
    public async Task AddLine_MonthlyValues_AddsTheLineAndRedirectsToItsCard()
    {
        var (client, id, _) = await ArrangeAsync();
        var form = new Dictionary<string, string> { ["New.Category"] = nameof(ActivityCategory.StationaryLpg), ["New.UnitCode"] = "kg" };
        for (var i = 0; i < 12; i++)
        {
            form[$"New.MonthlyValues[{i}]"] = "10";
        }

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", form, $"/Inventories/Detail/{id}?handler=AddLine");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await app.InventoryAsync(id)).Lines.Single(l => l.Category == ActivityCategory.StationaryLpg);
        line.Amount.Should().Be(120m);
        line.IsMonthly.Should().BeTrue();
        response.Headers.Location!.OriginalString.Should().EndWith($"#line-{line.Id}");
    }

    [Fact]
    public async Task AddLine_WithOwnFactor_StoresItAndCalculatesWithIt()
    {
        var (client, id, _) = await ArrangeAsync();

        // The form posts its preselected gas; value, unit and source as typed (no script fills the unit here).
        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.GridElectricity), ["New.Amount"] = "10000", ["New.UnitCode"] = "kWh", ["New.Description"] = "Private supplier",
            ["New.CustomFactor.Gas"] = "CO2e", ["New.CustomFactor.KgPerUnit"] = "0.4", ["New.CustomFactor.PerUnitCode"] = "kWh", ["New.CustomFactor.Justification"] = "Supplier's certificate",
        }, $"/Inventories/Detail/{id}?handler=AddLine");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await app.InventoryAsync(id)).Lines.Single(l => l.Description == "Private supplier");
        (line.CustomFactor!.Gas, line.CustomFactor.KgPerUnit, line.CustomFactor.PerUnit.Code, line.CustomFactor.Justification)
            .Should().Be((Domain.Factors.Gas.CO2e, 0.4m, "kWh", "Supplier's certificate"));
        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        // 10,000 kWh x 0.4 kg CO2e/kWh = 4,000 kg = 4.000 t.
        Tonnes(html, line.Id).Should().Be("4.000");
    }

    [Fact]
    public async Task AddLine_OwnFactorLeftAlone_AddsTheLineWithTheEditionsFactor()
    {
        var (client, id, _) = await ArrangeAsync();

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.GridElectricity), ["New.Amount"] = "10000", ["New.UnitCode"] = "kWh", ["New.Description"] = "Annex",
            ["New.CustomFactor.Gas"] = "CO2e", ["New.CustomFactor.KgPerUnit"] = string.Empty, ["New.CustomFactor.PerUnitCode"] = "kWh", ["New.CustomFactor.Justification"] = string.Empty,
        }, $"/Inventories/Detail/{id}?handler=AddLine");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await app.InventoryAsync(id)).Lines.Single(l => l.Description == "Annex");
        line.CustomFactor.Should().BeNull();
        // 10,000 kWh x 0.4999 = 4,999 kg.
        Tonnes(await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative)), line.Id).Should().Be("4.999");
    }

    [Fact]
    public async Task AddLine_OwnFactorWithoutSource_RefusedInThaiNamingTheField_NothingAdded()
    {
        var (client, id, _) = await ArrangeAsync();
        AppFactory.InThai(client);

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.GridElectricity), ["New.Amount"] = "10000", ["New.UnitCode"] = "kWh",
            ["New.CustomFactor.Gas"] = "CO2e", ["New.CustomFactor.KgPerUnit"] = "0.4", ["New.CustomFactor.PerUnitCode"] = "kWh", ["New.CustomFactor.Justification"] = string.Empty,
        }, $"/Inventories/Detail/{id}?handler=AddLine");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var box = Regex.Match(html, "<details class=\"mt-2\" id=\"new-factor-box\" open=\"open\">.*?</details>", RegexOptions.Singleline).Value;
        box.Should().Contain("เหตุผลที่ใช้ค่าสัมประสิทธิ์เอง: ค่าสัมประสิทธิ์เองต้องมีเหตุผลประกอบ", "the error names the field, in Thai, under it");
        box.Should().MatchRegex("id=\"new-factor-value\"[^>]*value=\"0.4\"");
        (await app.InventoryAsync(id)).Lines.Should().HaveCount(3);
    }

    [Fact]
    public async Task SaveLine_MoreThanThirtyPercentFromLastYear_NeedsAnExplanationThenStoresIt()
    {
        // Last year: 120,000 kWh (the complete CFO lines); this year 200,000 kWh is +66.7 %.
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        await app.CreateInventoryAsync("LCB-CM", 2015);
        var id = await app.CreateInventoryAsync("LCB-CM", 2016);
        var grid = (await app.InventoryAsync(id)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity);

        var page = await officer.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        page.Should().Contain("Last year (2015)").And.MatchRegex($"id=\"l{grid.Id:N}-last-year\"[^>]*>120,000 kWh<");
        using var refused = await PostSaveAsync(officer, id, Save(grid, "200000", explanation: null));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var accepted = await PostSaveAsync(officer, id, Save(grid, "200000", explanation: "Two new pumping stations"));

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Change explanation: The quantity differs from last year's by more than 30 %; explain why.");
        html.Should().MatchRegex($"id=\"l{grid.Id:N}-amount\"[^>]*value=\"200000\"");
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id));
        stored.Amount.Should().Be(200_000m);
        stored.ChangeExplanation.Should().Be("Two new pumping stations");
    }

    [Fact]
    public async Task SaveLine_WithinThirtyPercentOfLastYear_NeedsNoExplanation()
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        await app.CreateInventoryAsync("LCB-CM", 2017);
        var id = await app.CreateInventoryAsync("LCB-CM", 2018);
        var grid = (await app.InventoryAsync(id)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity);

        // 156,000 kWh is exactly +30 % of 120,000: not more than 30 %.
        using var response = await PostSaveAsync(officer, id, Save(grid, "156000", explanation: null));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SaveLine_TwoBrowsersOnTheSameVersion_SecondSeesTheConflictAndNothingIsSaved()
    {
        var (first, id, grid) = await ArrangeAsync();
        var second = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        using var saved = await PostSaveAsync(first, id, Save(grid, "1111"));
        using var stale = await PostSaveAsync(second, id, Save(grid, "2222"));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.Should().MatchRegex($"<div class=\"alert alert-warning\" role=\"alert\" id=\"l{grid.Id:N}-conflict\">Someone else changed this line after you opened it");
        (await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id))).Amount.Should().Be(1111m);
    }

    [Fact]
    public async Task Get_SubmittedInventory_IsReadOnlyWithValuesShown()
    {
        var (client, id, grid) = await ArrangeAsync();
        await app.SetStatusAsync(id, InventoryStatus.Submitted);

        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));

        html.Should().Contain("id=\"read-only\"").And.Contain($"id=\"l{grid.Id:N}-values\"").And.Contain("120,000 kWh")
            .And.NotContain("id=\"add-line-form\"").And.NotContain($"id=\"l{grid.Id:N}-save\"").And.NotContain("id=\"evidence-form\"")
            .And.NotContain("id=\"link-submit\"");
    }

    [Fact]
    public async Task Get_SubmittedInventoryAsReviewer_LinksToTheReviewPage()
    {
        var (_, id, _) = await ArrangeAsync();
        await app.SetStatusAsync(id, InventoryStatus.Submitted);
        var reviewer = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));

        var html = await reviewer.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));

        html.Should().Contain("id=\"link-review\"").And.Contain($"/Inventories/Review/{id}");
    }

    [Fact]
    public async Task Editor_OfficerOfAnotherOrganisation_CannotSeeOrSaveAndNothingChanges()
    {
        var (_, id, grid) = await ArrangeAsync();
        var outsider = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "KKN-CM"));

        using var get = await outsider.GetAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        // The outsider's own page carries a valid token for their session; the post itself must be refused.
        using var post = await AppFactory.PostFormAsync(outsider, "/Inventories", Save(grid, "1"), $"/Inventories/Detail/{id}?handler=Save");

        get.Headers.Location?.OriginalString.Should().Contain("/Account/AccessDenied");
        post.Headers.Location?.OriginalString.Should().Contain("/Account/AccessDenied");
        (await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == grid.Id))).Amount.Should().Be(grid.Amount);
    }

    [Fact]
    public async Task SaveLine_LineOfAnotherInventory_IsNotFound()
    {
        var (client, id, _) = await ArrangeAsync();
        var (_, _, otherGrid) = await ArrangeAsync();

        using var response = await PostSaveAsync(client, id, Save(otherGrid, "5"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(100, 130, false)]
    [InlineData(100, 130.01, true)]
    [InlineData(100, 69.99, true)]
    [InlineData(100, 70, false)]
    [InlineData(0, 0, false)]
    [InlineData(0, 1, true)]
    public void NeedsExplanation_RelativeChange_MoreThanThirtyPercentEitherWay(double lastYear, double thisYear, bool expected) =>
        LastYearComparison.NeedsExplanation(new Quantity((decimal)lastYear, Unit.KWh), new Quantity((decimal)thisYear, Unit.KWh)).Should().Be(expected);

    [Fact]
    public void NeedsExplanation_OtherUnitsAndDimensions_ConvertsOrDoesNotCompare()
    {
        // 1 MWh = 1,000 kWh: no change; litres against MJ cannot be compared.
        LastYearComparison.NeedsExplanation(new Quantity(1000m, Unit.KWh), new Quantity(1m, Unit.MWh)).Should().BeFalse();
        LastYearComparison.NeedsExplanation(new Quantity(1000m, Unit.Litre), new Quantity(1m, Unit.MJ)).Should().BeFalse();
        LastYearComparison.NeedsExplanation(null, new Quantity(1m, Unit.MJ)).Should().BeFalse();
    }
}
