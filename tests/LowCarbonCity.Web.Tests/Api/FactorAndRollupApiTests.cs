using System.Net;
using System.Net.Http.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>Factor editions (read, publish), roll-ups against the stored results, and the rate limit.</summary>
public sealed class FactorAndRollupApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Factors_ReadListsAndOneEdition_404ForUnknown()
    {
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM", write: false);
        var editions = await AppFactory.JsonAsync(await client.GetAsync(U("/api/v1/factor-editions")));
        editions.EnumerateArray().Should().Contain(e => e.GetProperty("code").GetString() == "TGO-CFO-2022-04");
        var edition = await AppFactory.JsonAsync(await client.GetAsync(U("/api/v1/factor-editions/TGO-CFO-2022-04")));
        edition.GetProperty("factors").GetArrayLength().Should().BeGreaterThan(10);
        (await client.GetAsync(U("/api/v1/factor-editions/NOPE"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await AppFactory.JsonAsync(await client.GetAsync(U("/api/v1/gwp-sets")))).GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Publish_AnalystValidBadCsvDuplicateAndMunicipal_Returns201400400And403()
    {
        var body = new
        {
            code = "TEST-2030", nameEn = "Test", nameTh = "ทดสอบ", source = "tests", validFromYear = 2030, validToYear = 2031, defaultGwpSetCode = "AR5",
            factorsCsv = "category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,0.5,kg,kWh,TGO,\n",
        };
        var analyst = await app.ApiClientAsync(Roles.TgoAnalyst);
        var municipal = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        (await municipal.PostAsJsonAsync("/api/v1/factor-editions", body, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // Authorization before shape: an empty body is still 403 to a caller who may not publish, 400 to one who may.
        (await municipal.PostAsJsonAsync("/api/v1/factor-editions", new { }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PostAsJsonAsync("/api/v1/factor-editions", new { }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var bad = await analyst.PostAsJsonAsync("/api/v1/factor-editions", body with { factorsCsv = "category,gas,value,mass_unit,per_unit,source,note\nNoSuch,CO2e,-1,kg,kWh,TGO,\n" }, AppFactory.Json);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(bad)).GetProperty("errors").EnumerateObject()
            .Should().Contain(e => e.Name == "csv" && e.Value.EnumerateArray().Any(m => m.GetString()!.Contains("line 2", StringComparison.Ordinal)));
        using var published = await analyst.PostAsJsonAsync("/api/v1/factor-editions", body, AppFactory.Json);
        published.StatusCode.Should().Be(HttpStatusCode.Created);
        (await AppFactory.JsonAsync(published)).GetProperty("code").GetString().Should().Be("TEST-2030");
        (await analyst.PostAsJsonAsync("/api/v1/factor-editions", body, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RollUp_SeveralGroupings_SumsEqualStoredResultsAndMissingOrganisationsAreCounted()
    {
        const int year = 2016;
        var a = await app.CreateInventoryAsync("CMI-CM", year);
        var b = await app.CreateInventoryAsync("LCB-CM", year);
        var draft = await app.CreateInventoryAsync("KKN-CM", year);
        foreach (var id in new[] { a, b, draft })
        {
            await app.CalculateAsync(id);
        }

        await app.SetStatusAsync(a, InventoryStatus.Submitted);
        await app.SetStatusAsync(b, InventoryStatus.Approved);
        var stored = await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.InventoryId == a || r.InventoryId == b).ToListAsync());
        var expected = stored.Sum(r => r.Co2eKg ?? 0m);
        expected.Should().BeGreaterThan(0);

        var tgo = await app.ApiClientAsync(Roles.TgoAnalyst);
        foreach (var groupBy in new[] { "", "province", "region,scope", "sector", "gpcSector,year", "province,sector,scope" })
        {
            var report = await AppFactory.JsonAsync(await tgo.GetAsync(U($"/api/v1/rollups?year={year}&groupBy={groupBy}")));
            report.GetProperty("total").GetProperty("value").GetDecimal().Should().Be(expected, "grouping by '{0}'", groupBy);
            report.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("co2e").GetProperty("value").GetDecimal()).Should().Be(expected, "grouping by '{0}'", groupBy);
        }

        var byScope = await AppFactory.JsonAsync(await tgo.GetAsync(U($"/api/v1/rollups?year={year}&groupBy=scope")));
        foreach (var row in byScope.GetProperty("rows").EnumerateArray())
        {
            var scope = Enum.Parse<EmissionScope>(row.GetProperty("scope").GetString()!);
            row.GetProperty("co2e").GetProperty("value").GetDecimal().Should().Be(stored.Where(r => r.Scope == scope).Sum(r => r.Co2eKg ?? 0m));
        }

        var byProvince = await AppFactory.JsonAsync(await tgo.GetAsync(U($"/api/v1/rollups?year={year}&groupBy=province")));
        var rows = byProvince.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().NotContain(r => r.GetProperty("provinceCode").GetString() == "40", "a province whose only inventory is a draft has no data, not zero");
        var completeness = byProvince.GetProperty("completeness").EnumerateArray().ToList();
        var chiangMai = completeness.Single(c => c.GetProperty("provinceCode").GetString() == "50");
        chiangMai.GetProperty("reportingOrganisations").GetInt32().Should().Be(1);
        chiangMai.GetProperty("missingOrganisations").GetInt32().Should().Be(chiangMai.GetProperty("expectedOrganisations").GetInt32() - 1);
        var khonKaen = completeness.Single(c => c.GetProperty("provinceCode").GetString() == "40");
        khonKaen.GetProperty("reportingOrganisations").GetInt32().Should().Be(0);
        khonKaen.GetProperty("missingOrganisations").GetInt32().Should().Be(khonKaen.GetProperty("expectedOrganisations").GetInt32());

        var provincial = await app.ApiClientAsync(Roles.ProvincialOfficer, "PONRE-50");
        var own = await AppFactory.JsonAsync(await provincial.GetAsync(U($"/api/v1/rollups?year={year}")));
        own.GetProperty("total").GetProperty("value").GetDecimal().Should().Be(stored.Where(r => r.InventoryId == a).Sum(r => r.Co2eKg ?? 0m));

        using var csv = await tgo.GetAsync(U($"/api/v1/rollups?year={year}&groupBy=province&format=csv"));
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        (await tgo.GetAsync(U("/api/v1/rollups?groupBy=planet&year=2020"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tgo.GetAsync(U("/api/v1/rollups"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

/// <summary>An app with a rate limit of three requests a minute per account.</summary>
public sealed class RateLimitedAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:PermitLimit", "3");
    }
}

public sealed class RateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Get_MoreThanTheLimit_Returns429WithRetryAfterPerAccount()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = app.BearerClient(await app.CreateTokenAsync(user));
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(new Uri("/api/v1/gwp-sets", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var limited = await client.GetAsync(new Uri("/api/v1/gwp-sets", UriKind.Relative));
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var secondToken = app.BearerClient(await app.CreateTokenAsync(user));
        (await secondToken.GetAsync(new Uri("/api/v1/gwp-sets", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.TooManyRequests,
            "a second token of the same account shares its window");
        var otherUser = app.BearerClient(await app.CreateTokenAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));
        (await otherUser.GetAsync(new Uri("/api/v1/gwp-sets", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
