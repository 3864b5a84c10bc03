using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>
/// POST /api/v1/calculations over real HTTP through the app's pipeline, one test per method family, with the
/// expected numbers worked by hand from docs/domain/methodology.md (the working is in each test), and bad input answered with a
/// ProblemDetails naming the field.
/// </summary>
public sealed class CalculationEndpointTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const decimal Tolerance = 0.000001m;

    [Fact]
    public async Task Calculate_OnRoadDiesel2025_ReturnsTgoFactorWithAr5()
    {
        // 1,000 L × (2.6987 kg CO2 + 0.000142 kg CH4 × 30 + 0.000142 kg N2O × 265) = 2,740.59 kg CO2e (TGO CFO 2022, AR5).
        var result = await CalculateAsync("""{"year":2025,"lines":[{"id":"trucks","category":"OnRoadDiesel","quantity":{"value":1000,"unit":"L"}}]}""");

        var line = result.GetProperty("lines")[0];
        line.GetProperty("id").GetString().Should().Be("trucks");
        line.GetProperty("co2eKg").GetDecimal().Should().BeApproximately(2_740.59m, Tolerance);
        line.GetProperty("scope").GetString().Should().Be("Scope1");
        Gas(line, "CH4Fossil").GetProperty("massKg").GetDecimal().Should().Be(0.142m);
        Gas(line, "CH4Fossil").GetProperty("gwp").GetDecimal().Should().Be(30m);
        result.GetProperty("factorEdition").GetString().Should().Be("TGO-CFO-2022-04");
        result.GetProperty("organisation").GetProperty("scope1Kg").GetDecimal().Should().BeApproximately(2_740.59m, Tolerance);
        line.GetProperty("formula").GetString().Should().Contain("2.6987");
    }

    [Fact]
    public async Task Calculate_B7Blend_BiogenicCo2IsAMemoOutsideTheTotal()
    {
        // B7 on-road: fossil CO2 0.93 × 2.6987 = 2.509791 → TGO lists 2.5098 kg/L; biogenic 0.07 × 1.644 = 0.11508 → 0.1151 kg/L (memo).
        var result = await CalculateAsync("""{"year":2025,"lines":[{"category":"OnRoadB7","quantity":{"value":1000,"unit":"L"}}]}""");

        var line = result.GetProperty("lines")[0];
        Gas(line, "CO2Fossil").GetProperty("massKg").GetDecimal().Should().BeApproximately(2_509.8m, 0.001m);
        Gas(line, "CO2Biogenic").GetProperty("isMemo").GetBoolean().Should().BeTrue();
        line.GetProperty("memoCo2eKg").GetDecimal().Should().BeApproximately(115.1m, 0.001m);
        result.GetProperty("organisation").GetProperty("memoKg").GetDecimal().Should().BeApproximately(115.1m, 0.001m);
        result.GetProperty("organisation").GetProperty("totalKg").GetDecimal().Should().Be(line.GetProperty("co2eKg").GetDecimal());
    }

    [Theory]
    [InlineData(2025, 599.88)] // 1,200 kWh × 0.4999
    [InlineData(2026, 570.00)] // 1,200 kWh × 0.4750
    public async Task Calculate_MonthlyGridElectricity_UsesTheEditionOfTheYear(int year, decimal expectedKg)
    {
        var result = await CalculateAsync($$$"""{"year":{{{year}}},"lines":[{"category":"GridElectricity","monthly":{"values":[100,100,100,100,100,100,100,100,100,100,100,100],"unit":"kWh"}}]}""");

        var line = result.GetProperty("lines")[0];
        line.GetProperty("co2eKg").GetDecimal().Should().Be(expectedKg);
        line.GetProperty("scope").GetString().Should().Be("Scope2");
    }

    [Theory]
    [InlineData("AR5", 3_847.0)] // 1 kg HFC-32 × 677 + 1 kg HFC-125 × 3170
    [InlineData("AR4", 4_175.0)] // 1 kg × 675 + 1 kg × 3500
    [InlineData("AR6", 4_511.0)] // 1 kg × 771 + 1 kg × 3740
    public async Task Calculate_R410ARefill_FromComponentGwpsOfTheChosenSet(string gwpSet, decimal expectedKg)
    {
        var result = await CalculateAsync($$$"""{"year":2025,"gwpSet":"{{{gwpSet}}}","lines":[{"category":"RefrigerantR410A","quantity":{"value":2,"unit":"kg"}}]}""");

        result.GetProperty("lines")[0].GetProperty("co2eKg").GetDecimal().Should().Be(expectedKg);
        result.GetProperty("gwpSet").GetString().Should().Be(gwpSet);
    }

    [Fact]
    public async Task Calculate_RefrigerantScreening_ChargeTimesLeakRate()
    {
        // 2.5 kg charge × 5 % a year = 0.125 kg HFC-32 × 677 = 84.625 kg CO2e.
        var result = await CalculateAsync("""{"year":2025,"lines":[{"category":"RefrigerantR32","parameters":{"chargeKg":2.5,"annualLeakRate":0.05}}]}""");

        result.GetProperty("lines")[0].GetProperty("co2eKg").GetDecimal().Should().Be(84.625m);
    }

    [Fact]
    public async Task Calculate_TapWaterPwa_IsScope3()
    {
        // 1,000 m3 × 0.5410 kg CO2e/m3 (TGO CFP list July 2022 item 61).
        var result = await CalculateAsync("""{"year":2025,"lines":[{"category":"TapWaterPwa","quantity":{"value":1,"unit":"m3"}},{"category":"TapWaterPwa","quantity":{"value":999,"unit":"m3"}}]}""");

        result.GetProperty("organisation").GetProperty("scope3Kg").GetDecimal().Should().Be(541m);
    }

    [Fact]
    public async Task Calculate_LandfillSingleDeposit_IpccFirstOrderDecayTheYearAfter()
    {
        // 1,000 t food in 2020, unmanaged deep (MCF 0.8), tropical moist (k 0.40), DOC 0.15, DOCf 0.5, F 0.5, OX 0.
        // DDOCm = 1000 × 0.15 × 0.5 × 0.8 = 60 t; 6-month delay: nothing decays in 2020.
        // 2021: 60 × (1 − e^−0.4) = 60 × 0.3296799540 = 19.78079724 t decomposed × 0.5 × 16/12 = 13.18719816 t CH4.
        var result = await CalculateAsync("""
            {"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},
             "parameters":{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Food","tonnes":1000}],"convention":"IpccFirstOrderDecay"}}]}
            """);

        var line = result.GetProperty("lines")[0];
        Gas(line, "CH4NonFossil").GetProperty("massKg").GetDecimal().Should().BeApproximately(13_187.19816m, 0.001m);
        line.GetProperty("co2eKg").GetDecimal().Should().BeApproximately(13_187.19816m * 28m, 0.03m);
        line.GetProperty("convention").GetString().Should().Contain("IPCC");
    }

    [Fact]
    public async Task Calculate_Composting_WetBasisFactors()
    {
        // 100 t wet × 4 g CH4/kg = 400 kg CH4; × 0.24 g N2O/kg = 24 kg N2O; CO2e = 400 × 28 + 24 × 265 = 17,560 kg.
        var result = await CalculateAsync("""{"year":2025,"lines":[{"category":"Composting","quantity":{"value":100,"unit":"t"},"parameters":{"basis":"Wet","recoveredCh4Tonnes":0}}]}""");

        var line = result.GetProperty("lines")[0];
        Gas(line, "CH4NonFossil").GetProperty("massKg").GetDecimal().Should().Be(400m);
        Gas(line, "N2O").GetProperty("massKg").GetDecimal().Should().Be(24m);
        line.GetProperty("co2eKg").GetDecimal().Should().Be(17_560m);
    }

    [Fact]
    public async Task Calculate_Incineration_FossilCo2FromPlasticsOnly()
    {
        // 100 t: 50 % food (dm 0.40, C 0.38, fossil 0), 50 % plastics (dm 1.0, C 0.75, fossil 1.0), OF 1.
        // Fossil CO2 = 100 × 0.5 × 1.0 × 0.75 × 1.0 × 44/12 = 137.5 t; biogenic = 100 × 0.5 × 0.4 × 0.38 × 44/12 = 27.8667 t (memo).
        // N2O continuous stoker MSW: 50 g/t wet × 100 t = 5 kg.
        var result = await CalculateAsync("""
            {"year":2025,"lines":[{"category":"Incineration","quantity":{"value":100,"unit":"t"},
             "parameters":{"composition":[{"component":"Food","fraction":0.5},{"component":"Plastics","fraction":0.5}],"technology":"ContinuousStoker","stream":"Msw","sludgeN2oBasis":"Wet"}}]}
            """);

        var line = result.GetProperty("lines")[0];
        Gas(line, "CO2Fossil").GetProperty("massKg").GetDecimal().Should().BeApproximately(137_500m, 0.01m);
        Gas(line, "CO2Biogenic").GetProperty("massKg").GetDecimal().Should().BeApproximately(27_866.67m, 0.01m);
        Gas(line, "N2O").GetProperty("massKg").GetDecimal().Should().Be(5m);
    }

    [Fact]
    public async Task Calculate_WastewaterCod_ReproducesThePsruWorksheet()
    {
        // PSRU green-office worksheet: 775.2 m3 × 0.120 kg COD/m3 = 93.024 kg COD × 0.25 × 0.8 = 18.6048 kg CH4.
        var result = await CalculateAsync("""{"year":2025,"lines":[{"category":"WastewaterCod","quantity":{"value":775.2,"unit":"m3"},"parameters":{"codMgPerL":120,"mcf":0.8}}]}""");

        Gas(result.GetProperty("lines")[0], "CH4NonFossil").GetProperty("massKg").GetDecimal().Should().Be(18.6048m);
    }

    [Fact]
    public async Task Calculate_CityInventory_BasicCellsAndNotationKeys()
    {
        // I.1.2: 1,000,000 kWh × 0.4999 = 499,900 kg, in BASIC; I.4.4 reported as the key NO, never as zero.
        var result = await CalculateAsync("""
            {"year":2025,"kind":"City","lines":[
              {"category":"GridElectricity","gpcSubsector":"Residential","quantity":{"value":1000000,"unit":"kWh"}},
              {"category":"StationaryNaturalGas","gpcSubsector":"EnergyGenerationSuppliedToGrid","notationKey":"NO","notationExplanation":"No power plant"}]}
            """);

        var city = result.GetProperty("city");
        city.GetProperty("basicKg").GetDecimal().Should().Be(499_900m);
        var cells = city.GetProperty("cells").EnumerateArray().ToList();
        cells.Single(c => c.GetProperty("reference").GetString() == "I.1.2").GetProperty("co2eKg").GetDecimal().Should().Be(499_900m);
        var i44 = cells.Single(c => c.GetProperty("reference").GetString() == "I.4.4");
        i44.GetProperty("co2eKg").ValueKind.Should().Be(JsonValueKind.Null);
        i44.GetProperty("notationKeys")[0].GetString().Should().Be("NO");
    }

    [Theory]
    [InlineData("""{"year":2025,"lines":[{"category":"Diesel","quantity":{"value":1,"unit":"L"}}]}""", "lines[0].category")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"L"}}]}""", "lines[0].quantity.unit")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"furlong"}}]}""", "lines[0].quantity.unit")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","quantity":{"value":-5,"unit":"kWh"}}]}""", "lines[0].quantity.value")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","quantity":{"value":1e400,"unit":"kWh"}}]}""", "lines[0].quantity.value")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","quantity":{"value":"NaN","unit":"kWh"}}]}""", "lines[0].quantity.value")]
    [InlineData("""{"year":2025,"factorEdition":"TGO-1999","lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"kWh"}}]}""", "factorEdition")]
    [InlineData("""{"year":2025,"gwpSet":"AR9","lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"kWh"}}]}""", "gwpSet")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity"}]}""", "lines[0].quantity")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","notationKey":"NE"}]}""", "lines[0].notationExplanation")]
    [InlineData("""{"year":2025,"lines":[{"category":"OnRoadDiesel","quantity":{"value":1,"unit":"L"},"customFactor":{"kgPerUnit":2.5,"perUnit":"L"}}]}""", "lines[0].customFactor.justification")]
    [InlineData("""{"year":2025,"lines":[]}""", "lines")]
    [InlineData("""{"lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"kWh"}}]}""", "year")]
    [InlineData("""{"year":2025,"kind":"City","gridLossShare":1.5,"lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"kWh"}}]}""", "gridLossShare")]
    public async Task Calculate_BadInput_ValidationProblemNamesTheField(string body, string field)
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(field);
    }

    [Theory]
    [InlineData("""{"year":2025,"lines":[{"category":"Diesel","quantity":{"value":1,"unit":"L"}}]}""", "lines[0].category", "OnRoadDiesel", "GridElectricity")]
    [InlineData("""{"year":2025,"lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"furlong"}}]}""", "lines[0].quantity.unit", "kWh", "MWh")]
    [InlineData("""{"year":2025,"lines":[{"category":"OnRoadDiesel","quantity":{"value":1,"unit":"L"},"customFactor":{"gas":"Unobtainium","kgPerUnit":2.5,"perUnit":"L","justification":"Lab test"}}]}""", "lines[0].customFactor.gas", "CO2Fossil", "CH4Fossil")]
    [InlineData("""{"year":2025,"kind":"City","lines":[{"category":"GridElectricity","gpcSubsector":"Moon","quantity":{"value":1,"unit":"kWh"}}]}""", "lines[0].gpcSubsector", "Residential", "OnRoad")]
    [InlineData("""{"year":2025,"kind":"City","lines":[{"category":"Composting","wasteBoundary":"Nowhere","quantity":{"value":1,"unit":"t"}}]}""", "lines[0].wasteBoundary", "GeneratedAndTreatedInCity", "GeneratedOutsideTreatedInCity")]
    [InlineData("""{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Paper2","tonnes":1000}]}}]}""", "lines[0].parameters", "Food", "Garden")]
    [InlineData("""{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"Deep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Food","tonnes":1000}]}}]}""", "lines[0].parameters", "UnmanagedDeep", "ManagedAnaerobic")]
    [InlineData("""{"year":2025,"lines":[{"category":"RefrigerantR32","parameters":{"chargeKg":2.5,"annualLeakRate":0.05,"equipmentClass":"Spaceship"}}]}""", "lines[0].parameters", "ResidentialCommercialAirConditioning", "DomesticRefrigeration")]
    [InlineData("""{"year":2025,"kind":"Town","lines":[{"category":"GridElectricity","quantity":{"value":1,"unit":"kWh"}}]}""", "kind", "Organisation", "City")]
    public async Task Calculate_UnknownName_NamesTheFieldAndListsTheAcceptedNames(string body, string field, string accepted, string alsoAccepted)
    {
        foreach (var language in new[] { "en", "th" })
        {
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

            using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            errors.TryGetProperty(field, out var messages).Should().BeTrue($"the error names {field}: {text}");
            var message = string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
            message.Should().Contain(accepted).And.Contain(alsoAccepted, $"the {language} message lists the accepted names");
            text.Should().NotContainAny("LowCarbonCity.", "System.", "could not be converted");
        }
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheCalculationEndpointWithExamples()
    {
        using var client = app.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        document.Should().Contain("/api/v1/calculations").And.Contain("SolidWasteDisposal").And.Contain("WastewaterCod");
    }

    private async Task<JsonElement> CalculateAsync(string body)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Gas(JsonElement line, string gas) =>
        line.GetProperty("gases").EnumerateArray().Single(g => g.GetProperty("gas").GetString() == gas);
}
