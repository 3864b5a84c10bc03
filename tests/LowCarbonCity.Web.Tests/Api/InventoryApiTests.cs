using System.Net;
using System.Net.Http.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>Inventories, workflow moves, lines, bulk upsert, results and audit over HTTP with Bearer tokens.</summary>
public sealed class InventoryApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string path, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, U(path));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: AppFactory.Json);
        }

        return request;
    }

    [Fact]
    public async Task List_FiltersAndPages_ReturnsTotalAndOnlyVisibleInventories()
    {
        await app.CreateInventoryAsync("KKN-CM", 2021);
        await app.CreateInventoryAsync("KKN-CM", 2022);
        await app.CreateInventoryAsync("LCB-CM", 2022);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "KKN-CM");
        var page = await AppFactory.JsonAsync(await own.GetAsync(U("/api/v1/inventories?pageSize=1")));
        page.GetProperty("total").GetInt32().Should().Be(2);
        page.GetProperty("items").GetArrayLength().Should().Be(1);
        page.GetProperty("items")[0].GetProperty("year").GetInt32().Should().Be(2022);

        var tgo = await app.ApiClientAsync(Roles.TgoAnalyst);
        var filtered = await AppFactory.JsonAsync(await tgo.GetAsync(U("/api/v1/inventories?year=2022&organisation=LCB-CM&status=Draft&kind=Organisation")));
        filtered.GetProperty("total").GetInt32().Should().Be(1);
        (await tgo.GetAsync(U("/api/v1/inventories?pageSize=1000"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_OwnOtherMissing_Returns200WithETag403And404()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2023);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var ok = await own.GetAsync(U($"/api/v1/inventories/{id}"));
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        ok.Headers.ETag!.Tag.Should().Be($"\"{(await app.InventoryAsync(id)).Version}\"");
        var other = await app.ApiClientAsync(Roles.MunicipalOfficer, "LCB-CM");
        using var forbidden = await other.GetAsync(U($"/api/v1/inventories/{id}"));
        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        forbidden.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await own.GetAsync(U($"/api/v1/inventories/{Guid.NewGuid()}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_ValidInvalidOther_Returns201400And403()
    {
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var created = await own.PostAsJsonAsync("/api/v1/inventories", new { organisationId, year = 2025, kind = "City" }, AppFactory.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.Should().StartWith("/api/v1/inventories/");
        using var invalid = await own.PostAsJsonAsync("/api/v1/inventories", new { organisationId, year = 1800 }, AppFactory.Json);
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(invalid)).GetProperty("errors").TryGetProperty("year", out _).Should().BeTrue();
        var other = await app.ApiClientAsync(Roles.MunicipalOfficer, "LCB-CM");
        (await other.PostAsJsonAsync("/api/v1/inventories", new { organisationId, year = 2026 }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // Authorization before shape: another organisation's officer is refused even with an invalid year, and a
        // provincial officer (who opens no inventory) even with an empty body.
        (await other.PostAsJsonAsync("/api/v1/inventories", new { organisationId, year = 1800 }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var provincial = await app.ApiClientAsync(Roles.ProvincialOfficer, "PONRE-50");
        (await provincial.PostAsJsonAsync("/api/v1/inventories", new { }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Submit_IfMatchMissingStaleCurrent_Returns428412And200ThenReviewFlow()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2019);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var etag = (await own.GetAsync(U($"/api/v1/inventories/{id}"))).Headers.ETag!.Tag;
        (await own.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/submit", null))).StatusCode.Should().Be((HttpStatusCode)428);
        (await own.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/submit", "\"999\""))).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        using var submitted = await own.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/submit", etag));
        submitted.StatusCode.Should().Be(HttpStatusCode.OK);

        var provincial = await app.ApiClientAsync(Roles.ProvincialOfficer, "PONRE-50");
        var otherProvince = await app.ApiClientAsync(Roles.ProvincialOfficer, "PONRE-20");
        var etag2 = submitted.Headers.ETag!.Tag;
        (await otherProvince.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/approve", etag2))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var noReason = await provincial.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/return", etag2, new { }));
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        using var approved = await provincial.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/approve", etag2));
        approved.StatusCode.Should().Be(HttpStatusCode.OK);
        var tgo = await app.ApiClientAsync(Roles.TgoAnalyst);
        // Verify is TGO's certification of a verification body's statement: refused without one, done with one.
        (await tgo.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/verify", approved.Headers.ETag!.Tag))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await app.IssueStatementAsync(id);
        using var verified = await tgo.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/verify", approved.Headers.ETag!.Tag));
        verified.StatusCode.Should().Be(HttpStatusCode.OK);
        // Verified is final: no reopening, by TGO or the province.
        using var reopened = await tgo.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{id}/reopen", verified.Headers.ETag!.Tag, new { reason = "Bill corrected" }));
        reopened.StatusCode.Should().NotBe(HttpStatusCode.OK);
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Verified);
        (await own.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/inventories/{Guid.NewGuid()}/submit", "\"1\""))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lines_CreateReadReplaceDelete_WithETagsAndEveryInputForm()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2018, complete: false);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var monthly = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines", new
        {
            category = "GridElectricity", monthlyValues = Enumerable.Repeat(1000m, 12), unitCode = "kWh", dataSource = "PEA bills", dataQuality = "High",
        }, AppFactory.Json);
        monthly.StatusCode.Should().Be(HttpStatusCode.Created);
        var line = await AppFactory.JsonAsync(monthly);
        line.GetProperty("amount").GetDecimal().Should().Be(12000m);
        line.GetProperty("monthlyValues").GetArrayLength().Should().Be(12);
        var lineId = line.GetProperty("id").GetGuid();

        using var custom = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines", new
        {
            category = "OnRoadDiesel", amount = 100m, unitCode = "L",
            customFactor = new { gas = "CO2e", kgPerUnit = 2.7m, perUnitCode = "L", justification = "Supplier's certificate" },
        }, AppFactory.Json);
        custom.StatusCode.Should().Be(HttpStatusCode.Created);
        (await AppFactory.JsonAsync(custom)).GetProperty("customFactor").GetProperty("kgPerUnit").GetDecimal().Should().Be(2.7m);

        using var keyLine = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines", new { category = "WasteToThirdPartyLandfill", notationKey = "IE", notationExplanation = "Province collects" }, AppFactory.Json);
        keyLine.StatusCode.Should().Be(HttpStatusCode.Created);
        using var bad = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines", new { category = "GridElectricity", amount = 5m, unitCode = "L" }, AppFactory.Json);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(bad)).GetProperty("errors").TryGetProperty("unitCode", out _).Should().BeTrue();

        using var got = await own.GetAsync(U($"/api/v1/lines/{lineId}"));
        var etag = got.Headers.ETag!.Tag;
        var body = new { category = "GridElectricity", amount = 9000m, unitCode = "kWh" };
        (await own.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/lines/{lineId}", null, body))).StatusCode.Should().Be((HttpStatusCode)428);
        (await own.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/lines/{lineId}", "\"0\"", body))).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var other = await app.ApiClientAsync(Roles.MunicipalOfficer, "LCB-CM");
        (await other.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/lines/{lineId}", etag, body))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.GetAsync(U($"/api/v1/lines/{lineId}"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var replaced = await own.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/lines/{lineId}", etag, body));
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await AppFactory.JsonAsync(replaced)).GetProperty("amount").GetDecimal().Should().Be(9000m);

        var results = await AppFactory.JsonAsync(await own.GetAsync(U($"/api/v1/inventories/{id}/results")));
        results.GetProperty("total").GetProperty("unit").GetString().Should().Be("kgCO2e");
        results.GetProperty("lines").EnumerateArray().Should().Contain(l => l.GetProperty("lineId").GetGuid() == lineId);

        (await own.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/lines/{lineId}", etag))).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await own.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/lines/{lineId}", replaced.Headers.ETag!.Tag))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await own.GetAsync(U($"/api/v1/lines/{lineId}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var audit = await AppFactory.JsonAsync(await own.GetAsync(U($"/api/v1/inventories/{id}/audit")));
        audit.EnumerateArray().Should().Contain(a => a.GetProperty("action").GetString() == "Deleted");
        (await other.GetAsync(U($"/api/v1/inventories/{id}/audit"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.GetAsync(U($"/api/v1/inventories/{id}/results"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await own.GetAsync(U($"/api/v1/inventories/{Guid.NewGuid()}/results"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bulk_OneBadLineAmongGood_ChangesNothingAndNamesEveryBadLine()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2017);
        var before = await app.InventoryAsync(id);
        var existing = before.Lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var lines = new object[]
        {
            new { id = existing.Id, version = existing.Version, line = new { category = "GridElectricity", amount = 1m, unitCode = "kWh" } },
            new { line = new { category = "StationaryGasoline", amount = 50m, unitCode = "L" } },
            new { line = new { category = "StationaryGasoline", amount = -5m, unitCode = "L" } },
            new { line = new { category = "StationaryGasoline", amount = 5m, unitCode = "parsec" } },
            new { line = new { category = "StationaryGasoline", notationKey = "NE" } },
        };
        using var response = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines/bulk", new { lines }, AppFactory.Json);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await AppFactory.JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        errors.Should().Contain(e => e.StartsWith("lines[2].", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("lines[3].", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("lines[4].", StringComparison.Ordinal));
        errors.Should().NotContain(e => e.StartsWith("lines[0].", StringComparison.Ordinal) || e.StartsWith("lines[1].", StringComparison.Ordinal));
        var after = await app.InventoryAsync(id);
        after.Lines.Should().HaveCount(before.Lines.Count);
        after.Version.Should().Be(before.Version);
        after.Lines.Single(l => l.Id == existing.Id).Amount.Should().Be(existing.Amount);

        using var good = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines/bulk", new { lines = lines.Take(2) }, AppFactory.Json);
        good.StatusCode.Should().Be(HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        var saved = await app.InventoryAsync(id);
        saved.Lines.Should().HaveCount(before.Lines.Count + 1);
        saved.Lines.Single(l => l.Id == existing.Id).Amount.Should().Be(1m);
        (await app.WithDbAsync(db => db.ActivityLineResults.CountAsync(r => r.InventoryId == id))).Should().BeGreaterThanOrEqualTo(saved.Lines.Count);

        using var stale = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines/bulk", new { lines = lines.Take(1) }, AppFactory.Json);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var other = await app.ApiClientAsync(Roles.MunicipalOfficer, "LCB-CM");
        (await other.PostAsJsonAsync($"/api/v1/inventories/{id}/lines/bulk", new { lines = lines.Skip(1).Take(1) }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync($"/api/v1/inventories/{id}/lines/bulk", new { }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var noLines = await own.PostAsJsonAsync($"/api/v1/inventories/{id}/lines/bulk", new { }, AppFactory.Json);
        noLines.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(noLines)).GetProperty("errors").TryGetProperty("lines", out _).Should().BeTrue();
        (await own.PostAsJsonAsync($"/api/v1/inventories/{Guid.NewGuid()}/lines/bulk", new { lines = lines.Skip(1).Take(1) }, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
