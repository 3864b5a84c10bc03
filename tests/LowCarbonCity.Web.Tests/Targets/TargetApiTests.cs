using System.Net;
using System.Net.Http.Json;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Targets;

/// <summary>/api/v1/targets over HTTP with Bearer tokens: create, the right before the shape, field-named problems, If-Match, measures, gap.</summary>
public sealed class TargetApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    private static object Body(int provinceId, decimal reduction = 21m) => new
    {
        scopeKind = "Province", provinceId, inventoryKind = "City", baseYear = 2019, targetYear = 2030, reductionKind = "Percent",
        reductionValue = reduction, scopes = new[] { "Scope1", "Scope2" }, sectors = Array.Empty<string>(), bauMethod = "GrowthRate", bauRatePercent = 3,
    };

    private static HttpRequestMessage Write(HttpMethod method, string path, string etag, object? body)
    {
        var request = new HttpRequestMessage(method, U(path));
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: AppFactory.Json);
        }

        return request;
    }

    [Fact]
    public async Task Targets_CreateChangeMeasureAndGap_FollowTheRightsAndVersions()
    {
        var provinceId = await app.WithDbAsync(db => db.Provinces.Where(p => p.Code == "84").Select(p => p.Id).SingleAsync());
        var provincial = await app.ApiClientAsync(Roles.ProvincialOfficer, "PONRE-84");
        var outsider = await app.ApiClientAsync(Roles.MunicipalOfficer, "LCB-CM");

        // The right comes before the shape: an outsider gets 403 even for a bad body.
        (await outsider.PostAsJsonAsync(U("/api/v1/targets/"), Body(provinceId, 0m), AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var invalid = await provincial.PostAsJsonAsync(U("/api/v1/targets/"), Body(provinceId, 0m), AppFactory.Json);
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(invalid)).GetProperty("errors").TryGetProperty("reductionValue", out _).Should().BeTrue();

        using var created = await provincial.PostAsJsonAsync(U("/api/v1/targets/"), Body(provinceId), AppFactory.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.ETag!.Tag.Should().Be("\"1\"");
        var id = (await AppFactory.JsonAsync(created)).GetProperty("summary").GetProperty("id").GetInt32();
        (await outsider.GetAsync(U($"/api/v1/targets/{id}"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        using var stale = await provincial.SendAsync(Write(HttpMethod.Put, $"/api/v1/targets/{id}", "\"0\"", Body(provinceId, 25m)));
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        using var noIfMatch = await provincial.PutAsJsonAsync(U($"/api/v1/targets/{id}"), Body(provinceId, 25m), AppFactory.Json);
        noIfMatch.StatusCode.Should().Be(HttpStatusCode.PreconditionRequired);

        var measure = new
        {
            sector = "Electricity", descriptionTh = "โซลาร์เซลล์", descriptionEn = "Solar rooftops", expectedTonnesPerYear = 1200, startYear = 2024,
            status = "InProgress", responsibleOrganisation = "Koh Samui", progressPercent = 35,
        };
        using var added = await provincial.SendAsync(Write(HttpMethod.Post, $"/api/v1/targets/{id}/measures", "\"1\"", measure));
        added.StatusCode.Should().Be(HttpStatusCode.OK);
        added.Headers.ETag!.Tag.Should().Be("\"2\"");
        var detail = await AppFactory.JsonAsync(added);
        detail.GetProperty("measures").GetArrayLength().Should().Be(1);
        var measureId = detail.GetProperty("measures")[0].GetProperty("id").GetInt32();
        using var badMeasure = await provincial.SendAsync(Write(HttpMethod.Put, $"/api/v1/targets/{id}/measures/{measureId}", "\"2\"", measure with { status = "Planned" }));
        badMeasure.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(badMeasure)).GetProperty("errors").TryGetProperty("progressPercent", out _).Should().BeTrue();

        using var gap = await provincial.GetAsync(U($"/api/v1/targets/{id}/gap"));
        gap.StatusCode.Should().Be(HttpStatusCode.OK);
        var years = (await AppFactory.JsonAsync(gap)).GetProperty("years");
        years.GetArrayLength().Should().Be(12);
        // No reported City inventory of the province: actuals are null, not zero.
        years[0].GetProperty("actual").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        years[5].GetProperty("plannedReduction").GetDecimal().Should().Be(1200m);

        (await provincial.SendAsync(Write(HttpMethod.Delete, $"/api/v1/targets/{id}", "\"2\"", null))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await provincial.GetAsync(U($"/api/v1/targets/{id}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
