using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>No browser or proxy keeps a copy of a signed-in user's pages, downloads or API answers; static files stay cacheable.</summary>
public sealed class CacheControlTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Theory]
    [InlineData("/Reports/Inventory/{0}?handler=Pdf&lang=en", "application/pdf")]
    [InlineData("/Reports/Inventory/{0}?handler=Excel&lang=th", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/Reports/Inventory/{0}?handler=Csv&lang=en", "text/csv")]
    [InlineData("/Inventories/Detail/{0}?handler=Evidence&evidenceId={1}", "application/pdf")]
    [InlineData("/Inventories/Detail/{0}", "text/html")]
    public async Task SignedInPageOrDownload_IsNoStore(string pathFormat, string contentType)
    {
        var (inventoryId, evidenceId, officer) = await SetUpAsync(2034 + Array.IndexOf(Paths, pathFormat));
        var client = await app.ClientForAsync(officer);

        using var response = await client.GetAsync(U(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, inventoryId, evidenceId)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task ApiJsonAndEvidenceDownload_AreNoStore()
    {
        var (inventoryId, evidenceId, officer) = await SetUpAsync(2040);
        var client = app.BearerClient(await app.CreateTokenAsync(officer));

        using var json = await client.GetAsync(U($"/api/v1/inventories/{inventoryId}"));
        using var file = await client.GetAsync(U($"/api/v1/evidence/{evidenceId}"));

        json.StatusCode.Should().Be(HttpStatusCode.OK);
        json.Headers.CacheControl!.NoStore.Should().BeTrue();
        file.StatusCode.Should().Be(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        file.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task StaticFile_ForASignedInUser_StaysCacheable()
    {
        var (_, _, officer) = await SetUpAsync(2041);
        var client = await app.ClientForAsync(officer);

        using var response = await client.GetAsync(U("/css/site.css"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoStore ?? false).Should().BeFalse("a stylesheet holds nobody's data");
    }

    private static readonly string[] Paths =
    [
        "/Reports/Inventory/{0}?handler=Pdf&lang=en", "/Reports/Inventory/{0}?handler=Excel&lang=th", "/Reports/Inventory/{0}?handler=Csv&lang=en",
        "/Inventories/Detail/{0}?handler=Evidence&evidenceId={1}", "/Inventories/Detail/{0}",
    ];

    private async Task<(Guid InventoryId, Guid EvidenceId, TestUser Officer)> SetUpAsync(int year)
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var inventoryId = await app.CalculatedInventoryAsync("CMI-CM", year, InventoryStatus.Draft);
        var evidenceId = await app.CreateEvidenceAsync(inventoryId, officer.Id);
        return (inventoryId, evidenceId, officer);
    }
}
