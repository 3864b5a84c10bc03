using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Reports.Template;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Col = LowCarbonCity.Web.Features.Reports.Template.TemplateWorkbook.Col;

namespace LowCarbonCity.Web.Tests.ActivityData;

/// <summary>
/// The one line intake through every door: the same bad line sent through the editor's form, the API (one line and
/// bulk), the Excel template and the anonymous calculator is refused with the same field and code, and the words
/// for that code in the user's language; nothing is saved. An amount times a custom factor beyond any real inventory
/// is a field error (400), never a 500.
/// </summary>
public sealed class LineIntakeDoorsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    /// <summary>A bad grid-electricity line: what is sent, and the field, code and arguments every door must report.</summary>
    public sealed record BadLine(string? Category, decimal? Amount, string? Unit, string? Key, string Field, string Code, object[] Arguments, string CalculatorPath);

    /// <summary>
    /// 277,777,777,777 kWh is the plausibility bound: 10^12 MJ (docs/domain/calculation-method.md) / 3.6 MJ per kWh =
    /// 277,777,777,777.8, kept whole (rounded down).
    /// </summary>
    private const decimal MaxKWh = 277_777_777_777m;

    private static readonly string GridUnits = LineIntake.UnitList(ActivityCategories.Get(ActivityCategory.GridElectricity));

    public static TheoryData<string> Cases => ["key-with-quantity", "negative", "unit-of-another-category", "no-category", "beyond-plausible"];

    private static BadLine Case(string name) => name switch
    {
        "key-with-quantity" => new("GridElectricity", 100m, "kWh", "NE", LineFields.NotationKey, LineCodes.KeyWithQuantity, [], "notationKey"),
        "negative" => new("GridElectricity", -5m, "kWh", null, LineFields.Amount, LineCodes.Negative, [], "quantity.value"),
        "unit-of-another-category" => new("GridElectricity", 100m, "L", null, LineFields.Unit, LineCodes.UnitCategory, ["L", ActivityCategory.GridElectricity, GridUnits], "quantity.unit"),
        "no-category" => new(null, 100m, "kWh", null, LineFields.Category, LineCodes.CategoryRequired, [], "category"),
        "beyond-plausible" => new("GridElectricity", 1e15m, "kWh", null, LineFields.Amount, LineCodes.TooLarge, [MaxKWh, "kWh"], "quantity.value"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Message(BadLine bad, string culture) =>
        LineMessages.Text(new LineFailure(bad.Field, bad.Code, bad.Arguments), CultureInfo.GetCultureInfo(culture));

    private static Dictionary<string, object?> Json(BadLine bad) => new()
    {
        ["category"] = bad.Category,
        ["amount"] = bad.Amount,
        ["unitCode"] = bad.Unit,
        ["notationKey"] = bad.Key,
        ["notationExplanation"] = bad.Key is null ? null : "not measured this year",
        ["dataQuality"] = "High",
    };

    private async Task<(Guid InventoryId, ActivityLine Grid, int LineCount)> InventoryAsync()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 1950 + Interlocked.Increment(ref _nextYear));
        var inventory = await app.InventoryAsync(id);
        return (id, inventory.Lines.Single(l => l.Category == ActivityCategory.GridElectricity), inventory.Lines.Count);
    }

    private async Task NothingSavedAsync(Guid inventoryId, ActivityLine grid, int lineCount)
    {
        var after = await app.InventoryAsync(inventoryId);
        after.Lines.Should().HaveCount(lineCount);
        var line = after.Lines.Single(l => l.Id == grid.Id);
        (line.Version, line.Amount, line.NotationKey).Should().Be((grid.Version, grid.Amount, grid.NotationKey));
    }

    private static void ShouldName(JsonElement problem, string field, BadLine bad, string culture)
    {
        var failure = problem.GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        (failure.GetProperty("field").GetString(), failure.GetProperty("code").GetString()).Should().Be((field, bad.Code));
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).Should().Equal(Message(bad, culture));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ApiSingleLine_BadLine_ProblemNamesTheFieldAndCode(string name)
    {
        var bad = Case(name);
        var (id, grid, count) = await InventoryAsync();
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");

        var response = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines", UriKind.Relative), Json(bad));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldName(await AppFactory.JsonAsync(response), Web.Api.ApiResults.CamelCase(bad.Field), bad, "en-GB");
        await NothingSavedAsync(id, grid, count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ApiBulk_BadSecondLine_ProblemNamesItsIndexFieldAndCodeAndSavesNothing(string name)
    {
        var bad = Case(name);
        var (id, grid, count) = await InventoryAsync();
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var good = new Dictionary<string, object?> { ["category"] = "OnRoadDiesel", ["amount"] = 1000m, ["unitCode"] = "L", ["dataQuality"] = "High" };

        var response = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines/bulk", UriKind.Relative),
            new { lines = new[] { new { line = good }, new { line = Json(bad) } } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await AppFactory.JsonAsync(response);
        var field = "lines[1]." + Web.Api.ApiResults.CamelCase(bad.Field);
        var failure = problem.GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        (failure.GetProperty("field").GetString(), failure.GetProperty("code").GetString()).Should().Be((field, bad.Code));
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Single().GetString().Should().Be("Line 2, " + Message(bad, "en-GB"));
        await NothingSavedAsync(id, grid, count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Calculator_BadLine_ProblemNamesTheRequestPathAndCode(string name)
    {
        var bad = Case(name);
        var client = app.CreateClient();
        var line = new Dictionary<string, object?>
        {
            ["category"] = bad.Category,
            ["quantity"] = new { value = bad.Amount, unit = bad.Unit },
            ["notationKey"] = bad.Key,
            ["notationExplanation"] = bad.Key is null ? null : "not measured this year",
        };
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/calculations", UriKind.Relative), new { year = 2024, lines = new[] { line } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await AppFactory.JsonAsync(response);
        var failure = problem.GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        (failure.GetProperty("field").GetString(), failure.GetProperty("code").GetString()).Should().Be(("lines[0]." + bad.CalculatorPath, bad.Code));
        problem.GetProperty("errors").GetProperty("lines[0]." + bad.CalculatorPath).EnumerateArray().Single().GetString().Should().Be("Line 1, " + Message(bad, "en-GB"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EditorForm_BadLine_CardShowsTheCodesWordsAndSavesNothing(string name)
    {
        var bad = Case(name);
        var (id, grid, count) = await InventoryAsync();
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        var html = await PostCardAsync(client, id, grid, bad);

        html.Should().Contain($"<li>{Message(bad, "en-GB")}</li>");
        await NothingSavedAsync(id, grid, count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TemplateImport_BadRow_CellCarriesTheCodeAndNothingIsImported(string name)
    {
        var bad = Case(name);
        var (id, grid, count) = await InventoryAsync();
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var english = CultureInfo.GetCultureInfo("en-GB");
        var template = await app.AsUserAsync<TemplateService, Result<Web.Features.Reports.ReportFile>>(officer, (s, u) => s.DownloadAsync(u, id, english, CancellationToken.None));
        int row;
        byte[] file;
        using (var workbook = new XLWorkbook(new MemoryStream(template.Value!.Content)))
        {
            var lines = workbook.Worksheet(TemplateWorkbook.LinesSheet);
            row = lines.LastRowUsed()!.RowNumber() + 1;
            var cells = lines.Row(row);
            cells.Cell(Col.Category).SetValue(bad.Category ?? string.Empty);
            cells.Cell(Col.Quantity).SetValue(bad.Amount!.Value);
            cells.Cell(Col.Unit).SetValue(bad.Unit);
            cells.Cell(Col.NotationKey).SetValue(bad.Key ?? string.Empty);
            cells.Cell(Col.Explanation).SetValue(bad.Key is null ? string.Empty : "not measured this year");
            cells.Cell(Col.DataQuality).SetValue("High");
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            file = stream.ToArray();
        }

        var version = (await app.InventoryAsync(id)).Version;
        var preview = await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, u) => s.PreviewAsync(u, id, file, english, CancellationToken.None));
        var imported = await app.AsUserAsync<TemplateService, Result<TemplateImportResult>>(officer, (s, u) => s.ImportAsync(u, id, file, version, english, CancellationToken.None));

        var error = preview.Value!.Errors.Should().ContainSingle().Subject;
        (error.Row, error.Column, error.Code).Should().Be((row, XLHelper.GetColumnLetterFromNumber(TemplateWorkbook.ColumnOf(bad.Field)), bad.Code));
        error.Message.Should().Be(Message(bad, "en-GB"));
        imported.Status.Should().Be(ResultStatus.Invalid);
        await NothingSavedAsync(id, grid, count);
    }

    [Fact]
    public async Task Refusal_InThaiAndEnglish_ReadsInTheUsersLanguageNamingTheField()
    {
        var bad = Case("negative");
        var (id, grid, _) = await InventoryAsync();
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var english = await app.ClientForAsync(user);
        var thai = AppFactory.InThai(await app.ClientForAsync(user));
        var api = AppFactory.InThai(await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM"));

        var inEnglish = await PostCardAsync(english, id, grid, bad);
        var inThai = await PostCardAsync(thai, id, grid, bad);
        var apiInThai = await api.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines", UriKind.Relative), Json(bad));

        inEnglish.Should().Contain("<li>Quantity: Cannot be negative.</li>");
        inThai.Should().Contain("<li>ปริมาณ: ต้องไม่ติดลบ</li>").And.NotContain("Cannot be negative");
        (await AppFactory.JsonAsync(apiInThai)).GetProperty("errors").GetProperty("amount")[0].GetString().Should().Be("ปริมาณ: ต้องไม่ติดลบ");
    }

    [Fact]
    public async Task ApiAndCalculator_ExtremeAmountTimesCustomFactor_FieldErrorNot500()
    {
        // 200,000,000,000 kWh (under the 277,777,777,777 kWh bound) x 300,000 kg CO2e/kWh (under 100,000 kg per MJ =
        // 360,000 kg per kWh) = 6 x 10^16 kg, beyond 10^12 kg (a billion tonnes) for one line: refused on the quantity.
        var (id, grid, count) = await InventoryAsync();
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var factor = new { gas = "CO2e", kgPerUnit = 300_000m, perUnitCode = "kWh", justification = "meter audit" };
        var line = new { category = "GridElectricity", amount = 200_000_000_000m, unitCode = "kWh", dataQuality = "High", customFactor = factor };

        var single = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines", UriKind.Relative), line);
        var bulk = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines/bulk", UriKind.Relative), new { lines = new[] { new { line } } });
        var calculator = await app.CreateClient().PostAsJsonAsync(new Uri("/api/v1/calculations", UriKind.Relative), new
        {
            year = 2024,
            lines = new[] { new { category = "GridElectricity", quantity = new { value = 200_000_000_000m, unit = "kWh" }, customFactor = new { gas = "CO2e", kgPerUnit = 300_000m, perUnit = "kWh", justification = "meter audit" } } },
        });

        foreach (var (response, field) in new[] { (single, "amount"), (bulk, "lines[0].amount"), (calculator, "lines[0].quantity.value") })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var failure = (await AppFactory.JsonAsync(response)).GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
            (failure.GetProperty("field").GetString(), failure.GetProperty("code").GetString()).Should().Be((field, LineCodes.ResultTooLarge));
        }

        (await AppFactory.JsonAsync(single)).GetProperty("errors").GetProperty("amount")[0].GetString().Should()
            .Be("Quantity: The emissions would exceed 1,000,000,000 t CO2e for this one line, more than any real inventory: check the quantity and the factor.");
        await NothingSavedAsync(id, grid, count);
    }

    [Fact]
    public async Task Rollup_TwoInventoriesWithLinesAtTheBound_AnswersWithTheirSum()
    {
        // The most one line may emit: 277,777,777,777 kWh x 3.6 kg CO2e/kWh = 999,999,999,997.2 kg (under 10^12 kg).
        // Two organisations each add one such line and submit; the national roll-up still answers, and its total is
        // the stored results' sum, about 2 x 10^12 kg: nothing one organisation enters makes another user's page fail.
        const int year = 1998;
        var ids = new List<Guid>();
        foreach (var organisation in new[] { "CMI-CM", "LCB-CM" })
        {
            var id = await app.CreateInventoryAsync(organisation, year);
            var client = await app.ApiClientAsync(Roles.MunicipalOfficer, organisation);
            var response = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines", UriKind.Relative), new
            {
                category = "GridElectricity", amount = MaxKWh, unitCode = "kWh", dataQuality = "High",
                customFactor = new { gas = "CO2e", kgPerUnit = 3.6m, perUnitCode = "kWh", justification = "the bound" },
            });
            response.StatusCode.Should().Be(HttpStatusCode.Created);
            await app.SetStatusAsync(id, InventoryStatus.Approved);
            ids.Add(id);
        }

        var stored = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.ActivityLineResults.Where(r => ids.Contains(r.InventoryId))));
        var expected = stored.Sum(r => r.Co2eKg ?? 0m);
        expected.Should().BeGreaterThan(2 * 999_999_999_997.2m);

        var tgo = await app.ApiClientAsync(Roles.TgoAnalyst);
        foreach (var groupBy in new[] { "", "province", "scope" })
        {
            var response = await tgo.GetAsync(new Uri($"/api/v1/rollups?year={year}&groupBy={groupBy}", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await AppFactory.JsonAsync(response)).GetProperty("total").GetProperty("value").GetDecimal().Should().Be(expected);
        }
    }

    /// <summary>Saves the grid line's card (the editor's form post) with the bad line's fields; the page's HTML, decoded.</summary>
    private static async Task<string> PostCardAsync(HttpClient client, Guid inventoryId, ActivityLine grid, BadLine bad)
    {
        var form = new Dictionary<string, string>
        {
            ["LineId"] = grid.Id.ToString(),
            ["ExpectedVersion"] = grid.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Amount"] = bad.Amount!.Value.ToString(CultureInfo.InvariantCulture),
            ["Line.UnitCode"] = bad.Unit ?? string.Empty,
            ["Line.DataQuality"] = "High",
            ["Line.ChangeExplanation"] = "checked",
        };
        if (bad.Category is not null)
        {
            form["Line.Category"] = bad.Category;
        }

        if (bad.Key is not null)
        {
            form["Line.NotationKey"] = bad.Key;
            form["Line.NotationExplanation"] = "not measured this year";
        }

        var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{inventoryId}", form, $"/Inventories/Detail/{inventoryId}?handler=Save");
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refused line shows the editor again with its errors");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
