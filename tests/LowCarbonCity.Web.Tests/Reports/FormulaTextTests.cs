using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LineCol = LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.LineColumns;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>
/// How a line was calculated reads in the reader's language: the Thai workbook's formula column and the Thai editor's
/// line details hold no English word, only units, chemical formulas and equation symbols of the methods (listed below);
/// the English ones stay English. A landfill and a domestic wastewater line (the demo city), a refrigerant on the
/// screening method and a grid electricity line (a new inventory), read back over HTTP.
/// </summary>
public sealed partial class FormulaTextTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    /// <summary>
    /// The Latin words a Thai formula may hold: units (kg, t, L, kWh, m³, mg/L, g, Gg, d), chemical formulas (CO₂,
    /// CH₄, N₂O, HFC-32...), notation keys, and the symbols of the IPCC and TGO equations the methods write
    /// (DOC, DOCf, DDOCm, MCF, OX, TOW, BOD, COD, Bo, F_NPR...; single letters are variables).
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "kg", "t", "L", "kWh", "MWh", "GJ", "TJ", "m", "mg", "g", "Gg", "d",
        "CO", "CH", "N", "O", "e", "HFC", "HCFC", "SF", "NF",
        "NO", "NE", "IE", "NA", "C",
        "IPCC", "DOC", "DOCf", "DDOCm", "MCF", "OX", "TOW", "BOD", "COD", "Bo", "EF", "MSW", "NPR", "NON", "CON", "IND", "COM",
        "WF", "dm", "CF", "FCF", "OF", "frac",
    };

    [Theory]
    [InlineData("th")]
    [InlineData("en")]
    public async Task Workbook_FormulaColumn_InTheReadersLanguage(string lang)
    {
        var (client, own) = await ArrangeAsync();
        var city = await DemoLinesAsync();

        var cityRows = await WorkbookFormulasAsync(client, DemoIds.City2025, lang);
        var ownRows = await WorkbookFormulasAsync(client, own.InventoryId, lang);

        var landfill = cityRows[city.Landfill];
        var wastewater = cityRows[city.Wastewater];
        var screening = ownRows[own.Screening];
        var grid = ownRows[own.Grid];
        if (lang == "th")
        {
            foreach (var formula in new[] { landfill, wastewater, screening, grid })
            {
                LatinWordsOutsideTheList(formula).Should().BeEmpty(formula);
            }

            // Years in the Buddhist Era: the demo city's inventory year 2025 is 2568.
            landfill.Should().Contain("CH4(2568)").And.Contain("ฝังกลบปี พ.ศ. 2548-2568").And.Contain("เศษอาหาร");
            wastewater.Should().Contain("คน-ปี").And.Contain("กรัม/คน/วัน");
            // 2.5 kg charged × 0.05 a year = 0.125 kg of HFC-32 × GWP 677 (AR5 as TGO applies it) = 84.625 kg CO2e.
            screening.Should().Be("ปริมาณบรรจุ 2.5 กก. × อัตรารั่วไหล 0.05 ต่อปี = 0.125 kg × 1 kg HFC-32/kg × 677 = 84.625 kg CO₂e");
            // 10,000 kWh × 0.4999 kg CO2e/kWh = 4,999 kg.
            grid.Should().Be("10,000 kWh × 0.4999 kg CO₂e/kWh × 1 = 4,999 kg CO₂e");
        }
        else
        {
            landfill.Should().Contain("CH4(2025)").And.Contain("deposits 2005-2025").And.Contain("Food waste");
            wastewater.Should().Contain("person-years").And.Contain("g/person/day");
            screening.Should().Be("2.5 kg charge × 0.05 leak rate/yr = 0.125 kg × 1 kg HFC-32/kg × 677 = 84.625 kg CO₂e");
            grid.Should().Be("10,000 kWh × 0.4999 kg CO₂e/kWh × 1 = 4,999 kg CO₂e");
        }
    }

    [Fact]
    public async Task EditorLineDetails_InThai_FormulaHasNoEnglishWordAndFactorsAreCitedByTheirPublication()
    {
        var (client, own) = await ArrangeAsync();
        var city = await DemoLinesAsync();
        AppFactory.InThai(client);

        var landfill = await DetailsAsync(client, DemoIds.City2025, city.Landfill);
        var wastewater = await DetailsAsync(client, DemoIds.City2025, city.Wastewater);
        var screening = await DetailsAsync(client, own.InventoryId, own.Screening);
        var grid = await DetailsAsync(client, own.InventoryId, own.Grid);

        foreach (var details in new[] { landfill, wastewater, screening, grid })
        {
            details.Formulas.Should().NotBeEmpty();
            foreach (var formula in details.Formulas)
            {
                LatinWordsOutsideTheList(formula).Should().BeEmpty(formula);
            }
        }

        landfill.Formulas.Single().Should().Contain("DDOCm_ที่ย่อยสลาย(2568)");
        screening.Formulas.Single().Should().Be("ปริมาณบรรจุ 2.5 กก. × อัตรารั่วไหล 0.05 ต่อปี = 0.125 kg × 1 kg HFC-32/kg × 677 = 84.625 kg CO₂e");
        grid.Formulas.Single().Should().Be("10,000 kWh × 0.4999 kg CO₂e/kWh × 1 = 4,999 kg CO₂e");
        // The grid factor is cited by TGO's publication in Thai, as the report's references list it, not by its source note.
        grid.Html.Should().Contain("องค์การบริหารจัดการก๊าซเรือนกระจก (องค์การมหาชน). ค่าการปล่อยก๊าซเรือนกระจกสำหรับการประเมินคาร์บอนฟุตพริ้นท์ขององค์กร ฉบับปรับปรุงเดือนเมษายน พ.ศ. 2565")
            .And.NotContain("Grid Mix Electricity").And.NotContain("Thai National LCI Database");
        screening.Html.Should().Contain("มาตรฐาน ANSI/ASHRAE 34").And.NotContain("Component mass fraction");
    }

    [Fact]
    public async Task EditorLineDetails_InEnglish_StayEnglish()
    {
        var (client, own) = await ArrangeAsync();

        var screening = await DetailsAsync(client, own.InventoryId, own.Screening);

        screening.Formulas.Single().Should().Be("2.5 kg charge × 0.05 leak rate/yr = 0.125 kg × 1 kg HFC-32/kg × 677 = 84.625 kg CO₂e");
        screening.Html.Should().Contain("ANSI/ASHRAE Standard 34");
    }

    [Fact]
    public async Task EditorPage_InThai_CitesTheGwpSetInThai()
    {
        var (client, own) = await ArrangeAsync();
        AppFactory.InThai(client);

        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{own.InventoryId}", UriKind.Relative));

        var source = Regex.Match(html, "id=\"gwp-set-source\".*?</p>", RegexOptions.Singleline).Value;
        source.Should().Contain("IPCC (พ.ศ.").And.NotContain("Climate Change 2013");
    }

    [Fact]
    public async Task ResultStoredBeforeDerivations_ShowsItsStoredFormula()
    {
        var (client, own) = await ArrangeAsync();
        var stored = await app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().SingleAsync(r => r.LineId == own.Grid));
        await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.LineId == own.Grid).ExecuteUpdateAsync(s => s.SetProperty(r => r.Derivation, (string?)null)));

        var details = await DetailsAsync(AppFactory.InThai(client), own.InventoryId, own.Grid);

        details.Formulas.Single().Should().Be(stored.Formula).And.Be("10,000 kWh × 0.4999 kg CO2e/kWh × 1 = 4,999 kg CO2e");
    }

    [Fact]
    public void EveryPhrase_HasThaiAndTheEnginesEnglish()
    {
        var thai = CultureInfo.GetCultureInfo("th-TH");
        var english = CultureInfo.GetCultureInfo("en-GB");
        foreach (var code in DerivationPhrases.Codes)
        {
            Texts.Instance.Get("Formula_" + code, english).Should().Be(DerivationPhrases.English(code), code);
            var th = Texts.Instance.Get("Formula_" + code, thai);
            th.Should().NotBe("Formula_" + code).And.NotBe(DerivationPhrases.English(code), code);
        }
    }

    /// <summary>The Latin words of <paramref name="text"/> that are not a unit, chemical formula, key or equation symbol.</summary>
    private static List<string> LatinWordsOutsideTheList(string text) =>
        [.. LatinWord().Matches(text).Select(m => m.Value).Where(w => w.Length > 1 && !Allowed.Contains(w)).Distinct()];

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LatinWord();

    private sealed record OwnLines(Guid InventoryId, Guid Screening, Guid Grid);

    private sealed record CityLines(Guid Landfill, Guid Wastewater);

    /// <summary>A municipal officer of CMI-CM, and a new inventory of theirs with a screened refrigerant and a grid line added through the API.</summary>
    private async Task<(HttpClient Client, OwnLines Own)> ArrangeAsync()
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2019 - Interlocked.Increment(ref _nextYear), complete: false);
        var api = app.BearerClient(await app.CreateTokenAsync(user));
        using var screening = await api.PostAsJsonAsync($"/api/v1/inventories/{id}/lines", new
        {
            category = "RefrigerantR32", parametersJson = """{"chargeKg":2.5,"annualLeakRate":0.05}""", dataSource = "Nameplate", description = "Split units",
        }, AppFactory.Json);
        screening.StatusCode.Should().Be(HttpStatusCode.Created, await screening.Content.ReadAsStringAsync());
        using var grid = await api.PostAsJsonAsync($"/api/v1/inventories/{id}/lines", new
        {
            category = "GridElectricity", amount = 10_000m, unitCode = "kWh", dataSource = "PEA bills", description = "Town hall",
        }, AppFactory.Json);
        grid.StatusCode.Should().Be(HttpStatusCode.Created, await grid.Content.ReadAsStringAsync());
        var own = new OwnLines(id, (await AppFactory.JsonAsync(screening)).GetProperty("id").GetGuid(), (await AppFactory.JsonAsync(grid)).GetProperty("id").GetGuid());
        return (await app.ClientForAsync(user), own);
    }

    private static int _nextYear;

    private Task<CityLines> DemoLinesAsync() => app.WithDbAsync(async db =>
    {
        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == DemoIds.City2025).ToListAsync();
        return new CityLines(
            lines.Single(l => ActivityCategories.Get(l.Category).Method == CalculationMethod.SolidWasteDisposal && l.NotationKey is null).Id,
            lines.Single(l => ActivityCategories.Get(l.Category).Method == CalculationMethod.DomesticWastewater && l.NotationKey is null).Id);
    });

    /// <summary>The formula column of an inventory's workbook, downloaded like the report page's link, by line id.</summary>
    private static async Task<Dictionary<Guid, string>> WorkbookFormulasAsync(HttpClient client, Guid inventoryId, string lang)
    {
        using var response = await client.GetAsync(new Uri($"/Reports/Inventory/{inventoryId}?handler=Excel&lang={lang}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return workbook.Worksheet(2).RowsUsed().Skip(1)
            .Where(r => Guid.TryParse(r.Cell(LineCol.LineId).GetString(), out _))
            .GroupBy(r => Guid.Parse(r.Cell(LineCol.LineId).GetString()))
            .ToDictionary(g => g.Key, g => g.First().Cell(LineCol.Formula).GetString());
    }

    private sealed record LineDetails(string Html, IReadOnlyList<string> Formulas);

    /// <summary>A line's details as the editor loads them when its row is opened: the formulas shown and the whole fragment.</summary>
    private static async Task<LineDetails> DetailsAsync(HttpClient client, Guid inventoryId, Guid lineId)
    {
        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{inventoryId}?handler=LineDetails&lineId={lineId}", UriKind.Relative));
        var formulas = FormulaCode().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return new LineDetails(WebUtility.HtmlDecode(html), formulas);
    }

    [GeneratedRegex("<p class=\"small mb-1 formula-text\"><code>(.*?)</code></p>", RegexOptions.Singleline)]
    private static partial Regex FormulaCode();
}
