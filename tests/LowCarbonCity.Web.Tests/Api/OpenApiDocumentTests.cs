using System.Net;
using System.Text.Json;
using LowCarbonCity.Web.Api;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>The API contract is committed (docs/openapi/v1.json): a change to it is always deliberate.</summary>
public sealed class OpenApiDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Document_Generated_EqualsTheCommittedOne()
    {
        using var response = await app.AnonymousClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var generated = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd() + "\n";
        generated.Should().Contain("\"bearer\"");
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");
        if (Environment.GetEnvironmentVariable("LCC_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, generated);
        }

        File.Exists(path).Should().BeTrue("docs/openapi/v1.json must be committed; run the tests once with LCC_UPDATE_OPENAPI=1 to write it");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        generated.Should().Be(committed,
            "the API contract changed: if that is deliberate, run `LCC_UPDATE_OPENAPI=1 dotnet test tests/LowCarbonCity.Web.Tests --filter OpenApiDocumentTests` and commit docs/openapi/v1.json");
    }

    [Fact]
    public async Task Examples_InTheDocument_AreBodiesTheEndpointsAccept()
    {
        using var response = await app.AnonymousClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        string Example(string path, string method) =>
            paths.GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetRawText();

        void ShapeIsValid<T>(string json) => ApiResults.Shape(JsonSerializer.Deserialize<T>(json, AppFactory.Json)).Should().BeNull(json);
        ShapeIsValid<CreateInventoryInput>(Example("/api/v1/inventories", "post"));
        ShapeIsValid<LineInput>(Example("/api/v1/inventories/{inventoryId}/lines", "post"));
        ShapeIsValid<LineInput>(Example("/api/v1/lines/{lineId}", "put"));
        ShapeIsValid<PublishEditionRequest>(Example("/api/v1/factor-editions", "post"));
        var bulk = JsonSerializer.Deserialize<ActivityDataEndpoints.UpsertBody>(Example("/api/v1/inventories/{inventoryId}/lines/bulk", "post"), AppFactory.Json)!;
        bulk.Lines.Should().HaveCount(2).And.OnlyContain(l => ApiResults.Shape(l.Line, string.Empty) == null);
    }

    [Fact]
    public async Task Reference_ServedByTheAppItself_NoAssetsFromOtherHosts()
    {
        var client = app.AnonymousClient();
        using var page = await client.GetAsync(new Uri("/api/reference/", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/api/reference/scalar.js", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().NotContainAny("https://cdn", "unpkg.com", "jsdelivr");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LowCarbonCity.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LowCarbonCity.sln not found above the test binaries.");
    }
}
