using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>
/// Every example request the docs give, in docs/api.md (the bodies of its curl commands) and in docs/openapi/v1.json
/// (request-body examples, and the request and line examples in operation descriptions), is valid against the
/// committed OpenAPI document's own schema for it (JSON Schema 2020-12, the dialect of OpenAPI 3.1): a client built
/// from the schema accepts what the docs show.
/// </summary>
public sealed partial class ApiContractExamplesTests
{
    private static readonly JsonObject Document = JsonNode.Parse(File.ReadAllText(RepositoryFile("docs", "openapi", "v1.json")))!.AsObject();

    [Fact]
    public void DocsApiMd_EveryCurlBody_IsValidAgainstItsOperationsSchema()
    {
        var bodies = ApiWalkthroughTests.CurlCommands(File.ReadAllText(RepositoryFile("docs", "api.md")))
            .Select(c => (Command: c, Body: Body().Match(c)))
            .Where(c => c.Body.Success)
            .ToList();
        bodies.Should().HaveCountGreaterThanOrEqualTo(9, "the bulk upsert and one calculation per method family");

        foreach (var (command, body) in bodies)
        {
            var url = Url().Match(command).Groups[1].Value;
            var method = Method().Match(command) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : "post";
            var path = PathOf(url);
            Errors(RequestSchema(path, method), body.Groups[1].Value).Should().BeEmpty($"{method} {path}: {body.Groups[1].Value}");
        }
    }

    [Fact]
    public void OpenApi_EveryRequestBodyExample_IsValidAgainstItsSchema()
    {
        var examples = Operations()
            .Where(o => o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is not null)
            .ToList();
        examples.Should().HaveCountGreaterThanOrEqualTo(8);

        foreach (var (path, method, operation) in examples)
        {
            var example = operation["requestBody"]!["content"]!["application/json"]!["example"]!.ToJsonString();
            Errors(RequestSchema(path, method), example).Should().BeEmpty($"{method} {path}: {example}");
        }
    }

    [Fact]
    public void OpenApi_CalculatorDescriptionExamples_AreValidRequestsAndLines()
    {
        var description = Document["paths"]!["/api/v1/calculations"]!["post"]!["description"]!.GetValue<string>();
        var spans = CodeSpan().Matches(description).Select(m => m.Groups[1].Value).Where(s => s.StartsWith('{')).ToList();
        var requests = spans.Where(s => s.StartsWith("{\"year\"", StringComparison.Ordinal)).ToList();
        var lines = spans.Where(s => s.StartsWith("{\"category\"", StringComparison.Ordinal)).ToList();
        (requests.Count + lines.Count).Should().Be(spans.Count, "every JSON example in the description is a request or a line");
        requests.Should().HaveCountGreaterThanOrEqualTo(8, "one request per method family");

        var request = RequestSchema("/api/v1/calculations", "post");
        requests.ForEach(r => Errors(request, r).Should().BeEmpty(r));
        var line = Schema(Ref("CalculationLineDto"));
        lines.ForEach(l => Errors(line, l).Should().BeEmpty(l));
    }

    [Theory]
    [InlineData("""{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[],"mcf":1.5}}]}""", "a value above its maximum")]
    [InlineData("""{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"Deep","climate":"TropicalMoistWet","deposits":[]}}]}""", "a name outside its list")]
    [InlineData("""{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"codMgPerL":120,"mcf":0.8}}]}""", "another method's parameters for the category")]
    [InlineData("""{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"}}]}""", "no parameters where the method needs them")]
    [InlineData("""{"year":2021,"lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"kWh"},"parameters":{"chargeKg":1,"annualLeakRate":0.1}}]}""", "parameters on a factor-based category")]
    [InlineData("""{"year":2021,"lines":[{"category":"SepticTank","quantity":{"value":1,"unit":"person-year"},"parameters":{"bodGPerPersonDay":40,"kelvin":3}}]}""", "an unknown parameter")]
    [InlineData("""{"year":2021,"lines":[{"category":"Diesel","quantity":{"value":1,"unit":"L"}}]}""", "an unknown category")]
    public void Schema_AWrongRequest_IsRefused(string body, string why)
    {
        Errors(RequestSchema("/api/v1/calculations", "post"), body).Should().NotBeEmpty(why);
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations() =>
        Document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!)));

    /// <summary>The OpenAPI path template a concrete URL of the docs matches (<c>$LCC/api/v1/inventories/$INVENTORY/lines/bulk</c>).</summary>
    private static string PathOf(string url)
    {
        var concrete = url.Replace("$LCC", string.Empty, StringComparison.Ordinal).Split('?')[0];
        var matches = Document["paths"]!.AsObject().Select(p => p.Key)
            .Where(template => Regex.IsMatch(concrete, "^" + Regex.Replace(Regex.Escape(template), @"\\\{\w+}", "[^/]+") + "$")).ToList();
        matches.Should().ContainSingle($"one operation serves {url}");
        return matches[0];
    }

    private static JsonSchema RequestSchema(string path, string method) =>
        Schema(Document["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["schema"]!.DeepClone());

    private static JsonObject Ref(string component) => new JsonObject { ["$ref"] = "#/components/schemas/" + component };

    /// <summary>The schema of an operation's 200 answer in the committed document.</summary>
    internal static JsonSchema ResponseSchema(string path, string method) =>
        Schema(Document["paths"]![path]![method]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone());

    /// <summary>A schema with the document's components as <c>$defs</c>, so its references resolve.</summary>
    private static JsonSchema Schema(JsonNode schema)
    {
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = Document["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(schema),
        };
        var text = wrapper.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, baseUri: new Uri($"https://schemas.lowcarboncity.test/{Guid.NewGuid():N}"));
    }

    /// <summary>Where <paramref name="json"/> breaks <paramref name="schema"/>; empty when it is valid.</summary>
    internal static List<string> Errors(JsonSchema schema, string json)
    {
        using var instance = JsonDocument.Parse(json);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static string RepositoryFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LowCarbonCity.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("repository root not found"), .. parts]);
    }

    [GeneratedRegex(@"-d '(.*)'", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("\"(\\$LCC/[^\"]+)\"")]
    private static partial Regex Url();

    [GeneratedRegex(@"-X (\w+)")]
    private static partial Regex Method();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
