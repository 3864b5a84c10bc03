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
    public async Task Calculator_AnonymousWithRequiredYear_TextsWrittenForPrograms()
    {
        using var response = await app.AnonymousClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // Anonymous: an empty requirement overrides the document-wide Bearer one; a token-only operation keeps it.
        var calculate = root.GetProperty("paths").GetProperty("/api/v1/calculations").GetProperty("post");
        calculate.TryGetProperty("security", out var security).Should().BeTrue("POST /api/v1/calculations needs no token");
        security.GetArrayLength().Should().Be(0);
        root.GetProperty("paths").GetProperty("/api/v1/inventories").GetProperty("get").TryGetProperty("security", out _).Should().BeFalse();
        root.GetProperty("security")[0].TryGetProperty("Bearer", out _).Should().BeTrue();

        var request = root.GetProperty("components").GetProperty("schemas").GetProperty("CalculationRequest");
        request.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain("year");
        var year = request.GetProperty("properties").GetProperty("year");
        year.TryGetProperty("default", out _).Should().BeFalse("the year has no default: it is required");
        year.GetProperty("minimum").GetInt32().Should().Be(1950);
        year.GetProperty("maximum").GetInt32().Should().Be(2100);
        year.GetProperty("description").GetString().Should().Contain("2000").And.Contain("factorEdition");

        var leaks = Texts(root, "$").Where(t => CSharpText(t.Text)).Select(t => $"{t.Path}: {t.Text}").ToList();
        leaks.Should().BeEmpty("summaries and descriptions are written for programs, not C# cross-references");
    }

    [Theory]
    [InlineData("The inventory year; picks the factor edition unless string? CalculationRequest.FactorEdition is given.", true)]
    [InlineData("twelve IReadOnlyList&lt;decimal?&gt;? LineInput.MonthlyValues, in a unit", true)]
    [InlineData("See <see cref=\"LineIntake\"/>.", true)]
    [InlineData("Organisation (name int? TargetInput.OrganisationId)", true)]
    [InlineData("NO, IE, NE, NA or C, with a `notationExplanation`.", false)]
    [InlineData("Is the year given? Then the edition of that year.", false)]
    public void CSharpText_FindsTypeSyntaxAndCrossReferences(string text, bool found) => CSharpText(text).Should().Be(found);

    /// <summary>C# leaking into a text: a cross-reference, or a nullable type before a Type.Member name.</summary>
    private static bool CSharpText(string text) =>
        text.Contains("cref", StringComparison.Ordinal) || text.Contains("<see", StringComparison.Ordinal) || text.Contains("&lt;see", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"[\w>;]\? [A-Z]\w*\.[A-Z]\w*");

    /// <summary>Every summary and description in the document, with its JSON path.</summary>
    private static IEnumerable<(string Path, string Text)> Texts(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "summary" or "description" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return ($"{path}.{property.Name}", property.Value.GetString()!);
                }
                else
                {
                    foreach (var text in Texts(property.Value, $"{path}.{property.Name}"))
                    {
                        yield return text;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var text in Texts(item, $"{path}[{i++}]"))
                {
                    yield return text;
                }
            }
        }
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
