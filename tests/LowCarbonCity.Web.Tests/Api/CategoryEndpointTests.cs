using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Resources;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>
/// GET /api/v1/categories over real HTTP through the app: anonymous, cacheable, every category with its Thai and
/// English name, units, method and parameter schema, and what it says is what the calculator accepts and uses.
/// </summary>
public sealed class CategoryEndpointTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>One valid line body per method family that takes parameters, to try each published default on.</summary>
    public static TheoryData<string, string, string> MethodLines => new()
    {
        { "SolidWasteDisposal", """{"value":0,"unit":"t"}""", """{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Food","tonnes":1000}]}""" },
        { "Composting", """{"value":100,"unit":"t"}""", "{}" },
        { "Incineration", """{"value":100,"unit":"t"}""", """{"composition":[{"component":"Food","fraction":0.5},{"component":"Plastics","fraction":0.5}]}""" },
        { "DomesticWastewater", """{"value":10000,"unit":"person-year"}""", """{"pathways":[{"pathway":"SepticSystem","fraction":1}],"advancedPlantFraction":0.5}""" },
        { "WastewaterCod", """{"value":775.2,"unit":"m3"}""", """{"codMgPerL":120,"pathway":"AnaerobicReactor"}""" },
        { "SepticTank", """{"value":1000,"unit":"person-year"}""", "{}" },
        { "IndustrialWastewater", """{"value":1000,"unit":"m3"}""", """{"codKgPerM3":2,"pathway":"AnaerobicReactor"}""" },
        { "RefrigerantR32", """null""", """{"chargeKg":2.5,"annualLeakRate":0.05}""" },
    };

    [Fact]
    public async Task Categories_Anonymous_EveryCategoryWithNamesScopeUnitsAndMethod()
    {
        using var response = await app.AnonymousClient().GetAsync(new Uri("/api/v1/categories", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.Public.Should().BeTrue("the list is the same for everyone");
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromDays(1));
        var categories = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        categories.EnumerateArray().Select(c => c.GetProperty("name").GetString()).Should().Equal(Enum.GetNames<ActivityCategory>());

        var grid = Category(categories, "GridElectricity");
        grid.GetProperty("nameTh").GetString().Should().Be("ไฟฟ้าจากระบบสายส่ง");
        grid.GetProperty("nameEn").GetString().Should().Be("Grid electricity (location-based)");
        grid.GetProperty("scope").GetString().Should().Be("Scope2");
        grid.GetProperty("method").GetString().Should().Be("EmissionFactor");
        grid.GetProperty("defaultUnit").GetString().Should().Be("kWh");
        grid.GetProperty("units").EnumerateArray().Select(u => u.GetString()).Should().BeEquivalentTo("kWh", "MWh", "MJ", "GJ", "TJ", "MMBTU");
        grid.GetProperty("parameters").GetArrayLength().Should().Be(0);
        grid.GetProperty("parametersRequired").GetBoolean().Should().BeFalse();

        var landfill = Category(categories, "SolidWasteDisposal");
        landfill.GetProperty("scope").GetString().Should().Be("Scope1");
        landfill.GetProperty("parametersRequired").GetBoolean().Should().BeTrue();
        var management = Parameter(landfill, "management");
        management.GetProperty("type").GetString().Should().Be("Name");
        management.GetProperty("required").GetBoolean().Should().BeTrue();
        var deep = management.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "UnmanagedDeep");
        deep.GetProperty("nameTh").GetString().Should().StartWith("ไม่มีการจัดการ");
        deep.GetProperty("nameEn").GetString().Should().StartWith("Unmanaged, deep");
        var mcf = Parameter(landfill, "mcf");
        (mcf.GetProperty("type").GetString(), mcf.GetProperty("unit").GetString(), mcf.GetProperty("minimum").GetDecimal(), mcf.GetProperty("maximum").GetDecimal())
            .Should().Be(("Number", "fraction", 0m, 1m));
        Parameter(landfill, "methaneFraction").GetProperty("default").GetDecimal().Should().Be(0.5m);
        Parameter(landfill, "convention").GetProperty("default").GetString().Should().Be("IpccFirstOrderDecay");
        var typeFactors = Parameter(landfill, "wasteTypeFactors");
        typeFactors.GetProperty("type").GetString().Should().Be("List");
        typeFactors.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Equal("wasteType", "doc", "k");
        var deposits = Parameter(landfill, "deposits").GetProperty("fields");
        var year = deposits.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "year");
        (year.GetProperty("type").GetString(), year.GetProperty("minimum").GetInt32(), year.GetProperty("maximum").GetInt32()).Should().Be(("WholeNumber", 1950, 2100));

        var people = Category(categories, "DomesticWastewater");
        var bod = Parameter(people, "bodGPerPersonDay");
        (bod.GetProperty("unit").GetString(), bod.GetProperty("default").GetDecimal(), bod.GetProperty("required").GetBoolean()).Should().Be(("g BOD/person/day", 40m, false));
    }

    [Fact]
    public async Task Categories_Answer_IsValidAgainstTheCommittedOpenApiSchema()
    {
        using var response = await app.AnonymousClient().GetAsync(new Uri("/api/v1/categories", UriKind.Relative));

        ApiContractExamplesTests.Errors(ApiContractExamplesTests.ResponseSchema("/api/v1/categories", "get"), await response.Content.ReadAsStringAsync())
            .Should().BeEmpty();
    }

    [Fact]
    public void Labels_EveryNameAParameterTakes_HasAThaiAndAnEnglishLabel()
    {
        var thai = CultureInfo.GetCultureInfo("th-TH");
        var english = CultureInfo.GetCultureInfo("en-GB");
        CategoryCatalog.NameTypes.Should().HaveCountGreaterThanOrEqualTo(10);
        foreach (var type in CategoryCatalog.NameTypes)
        {
            foreach (var name in Enum.GetNames(type))
            {
                var key = CategoryCatalog.LabelKey(type, name);
                Texts.Instance.Get(key, thai).Should().NotBe(key, $"{type.Name}.{name} has a Thai label").And.MatchRegex("[\u0E00-\u0E7F]");
                Texts.Instance.Get(key, english).Should().NotBe(key, $"{type.Name}.{name} has an English label").And.NotMatchRegex("[\u0E00-\u0E7F]");
            }
        }
    }

    [Fact]
    public async Task Units_TheListedOnes_AreTheOnesTheCalculatorNamesWhenItRefusesAUnit()
    {
        var categories = await CategoriesAsync();
        foreach (var name in new[] { "GridElectricity", "OnRoadDiesel", "StationaryLpg", "SepticTank" })
        {
            var body = $$$"""{"year":2025,"lines":[{"category":"{{{name}}}","quantity":{"value":1,"unit":"furlong"}}]}""";
            var problem = await PostAsync(body, "en", HttpStatusCode.BadRequest);
            var message = problem.GetProperty("errors").GetProperty("lines[0].quantity.unit")[0].GetString()!;
            var listed = Category(categories, name).GetProperty("units").EnumerateArray().Select(u => u.GetString()!).ToList();
            message[(message.LastIndexOf("of ", StringComparison.Ordinal) + 3)..].TrimEnd('.').Split(", ").Should().BeEquivalentTo(listed, name);
        }
    }

    [Theory]
    [MemberData(nameof(MethodLines))]
    public async Task Defaults_EachPublishedDefaultSentExplicitly_GivesTheSameResultAsLeavingItOut(string category, string quantity, string parameters)
    {
        var categories = await CategoriesAsync();
        var defaults = Category(categories, category).GetProperty("parameters").EnumerateArray()
            .Where(p => p.TryGetProperty("default", out var d) && d.ValueKind is JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False)
            .ToList();
        var baseline = await Co2eAsync(category, quantity, parameters);

        foreach (var parameter in defaults.Where(p => !parameters.Contains($"\"{p.GetProperty("name").GetString()}\"", StringComparison.Ordinal)))
        {
            var withDefault = parameters.TrimEnd('}') + (parameters.Trim() == "{}" ? string.Empty : ",")
                + $"\"{parameter.GetProperty("name").GetString()}\":{parameter.GetProperty("default").GetRawText()}}}";
            (await Co2eAsync(category, quantity, withDefault)).Should().Be(baseline, $"{category}: {withDefault}");
        }
    }

    [Theory]
    [InlineData("""{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Food","tonnes":1000}],"mcf":1.5}}""", "lines[0].parameters.mcf", "between 0 and 1", "ระหว่าง 0 ถึง 1")]
    [InlineData("""{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Food","tonnes":1000}],"wasteTypeFactors":[{"wasteType":"Food","k":3}]}}""", "lines[0].parameters.wasteTypeFactors[0].k", "between 0 and 1", "ระหว่าง 0 ถึง 1")]
    [InlineData("""{"category":"DomesticWastewater","quantity":{"value":10,"unit":"person-year"},"parameters":{"pathways":[{"pathway":"SepticSystem","fraction":1}],"bodGPerPersonDay":-40}}""", "lines[0].parameters.bodGPerPersonDay", "at least 0", "ไม่น้อยกว่า 0")]
    [InlineData("""{"category":"SepticTank","quantity":{"value":10,"unit":"person-year"},"parameters":{"sludgeKgBod":-1}}""", "lines[0].parameters.sludgeKgBod", "at least 0", "ไม่น้อยกว่า 0")]
    [InlineData("""{"category":"RefrigerantR32","parameters":{"chargeKg":2.5,"annualLeakRate":1.5}}""", "lines[0].parameters.annualLeakRate", "between 0 and 1", "ระหว่าง 0 ถึง 1")]
    public async Task Override_OutOfRange_400NamingTheParameterInEnglishAndThai(string line, string field, string english, string thai)
    {
        var body = """{"year":2021,"lines":[""" + line + "]}";
        foreach (var (language, text) in new[] { ("en", english), ("th", thai) })
        {
            var problem = await PostAsync(body, language, HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty(field, out var messages).Should().BeTrue($"the error names {field}: {problem}");
            messages[0].GetString().Should().Contain(text).And.Contain(field[(field.IndexOf("parameters.", StringComparison.Ordinal) + 11)..]);
        }
    }

    private async Task<JsonElement> CategoriesAsync()
    {
        using var response = await app.AnonymousClient().GetAsync(new Uri("/api/v1/categories", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<decimal> Co2eAsync(string category, string quantity, string parameters)
    {
        var result = await PostAsync($$$"""{"year":2021,"lines":[{"category":"{{{category}}}","quantity":{{{quantity}}},"parameters":{{{parameters}}}}]}""", "en", HttpStatusCode.OK);
        return result.GetProperty("lines")[0].GetProperty("co2eKg").GetDecimal();
    }

    private async Task<JsonElement> PostAsync(string body, string language, HttpStatusCode expected)
    {
        using var client = language == "th" ? AppFactory.InThai(app.CreateClient()) : app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Category(JsonElement categories, string name) =>
        categories.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static JsonElement Parameter(JsonElement category, string name) =>
        category.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
}
