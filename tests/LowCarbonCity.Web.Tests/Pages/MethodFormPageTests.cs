using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// The method forms of the inventory editor through the app: a landfill line added by picking the organisation's
/// disposal site by name with the waste composition as fields, a wastewater line by its treatment system and
/// defaults, a line's details showing and saving the same fields; refused fields named in Thai with nothing saved;
/// no JSON, id or English on the Thai page. Expected emissions are worked by hand from docs/domain/waste-methods.md
/// and the AR5 GWPs the test editions use (CH4 non-fossil 28, N2O 265).
/// </summary>
public sealed partial class MethodFormPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    /// <summary>An officer of CMI-CM, a fresh inventory (years two apart, so no line has a last year) and a landfill of CMI-CM.</summary>
    private async Task<(HttpClient Client, Guid InventoryId, int Year, Guid SiteId)> ArrangeAsync()
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var year = 2010 + (2 * Interlocked.Increment(ref _nextYear));
        var id = await app.CreateInventoryAsync("CMI-CM", year);
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var siteId = await app.WithDbAsync(async db =>
        {
            // Managed anaerobic (MCF 1.0), tropical moist (food k 0.40), not covered (OX 0); 1,000 t of food the year before.
            var site = new SolidWasteSite(Guid.NewGuid(), organisationId, $"บ่อฝังกลบบ้านป่า {year}", SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            site.SetDeposit(year - 1, WasteType.Food, 1_000m, isBackCast: false);
            db.SolidWasteSites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
        return (officer, id, year, siteId);
    }

    /// <summary>The landfill fields as the add-line form shows them: the default composition (IPCC 2006 Table 2.3, South-Eastern Asia).</summary>
    private static Dictionary<string, string> Landfill(Guid siteId, string tonnes = "2000") => new()
    {
        ["New.Category"] = nameof(ActivityCategory.SolidWasteDisposal), ["New.Amount"] = tonnes, ["New.UnitCode"] = "t",
        ["New.SolidWasteSiteId"] = siteId.ToString(), ["New.DataSource"] = "Weighbridge",
        ["NewMethod.Food"] = "43.5", ["NewMethod.Garden"] = "0", ["NewMethod.Paper"] = "12.9", ["NewMethod.Wood"] = "9.9",
        ["NewMethod.Textiles"] = "2.7", ["NewMethod.Nappies"] = "0", ["NewMethod.RubberLeather"] = "0.9", ["NewMethod.Plastics"] = "7.2",
        ["NewMethod.MetalGlassInert"] = "23.6", ["NewMethod.Convention"] = nameof(LandfillConvention.IpccFirstOrderDecay),
        ["NewMethod.Docf"] = "", ["NewMethod.RecoveredCh4Tonnes"] = "0",
    };

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, Guid inventoryId, Dictionary<string, string> form) =>
        AppFactory.PostFormAsync(client, $"/Inventories/Detail/{inventoryId}", form, $"/Inventories/Detail/{inventoryId}?handler=AddLine");

    private Task<ActivityLine?> LineAsync(Guid inventoryId, ActivityCategory category) =>
        app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleOrDefaultAsync(l => l.InventoryId == inventoryId && l.Category == category));

    private Task<List<ActivityLineGasResult>> GasesAsync(Guid lineId) =>
        app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Where(r => r.LineId == lineId)
            .Join(db.ActivityLineGasResults.AsNoTracking(), r => r.Id, g => g.ResultId, (r, g) => g).ToListAsync());

    [Fact]
    public async Task AddLine_LandfillSitePickedByName_DefaultComposition_StoresSiteAndCompositionAndTheSiteHistorysMethane()
    {
        var (client, id, year, siteId) = await ArrangeAsync();

        var page = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        using var response = await AddAsync(client, id, Landfill(siteId));

        page.Should().Contain($"<option value=\"{siteId}\">บ่อฝังกลบบ้านป่า {year}</option>").And.Contain("name=\"NewMethod.Food\"")
            .And.MatchRegex("id=\"new-method-Food\"[^>]*value=\"43.5\"").And.NotContain("ParametersJson");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        line.SolidWasteSiteId.Should().Be(siteId);
        var parameters = (SolidWasteDisposalParameters)WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, line.ParametersJson)!;
        parameters.Convention.Should().Be(LandfillConvention.IpccFirstOrderDecay);
        parameters.Composition!.Single(s => s.WasteType == WasteType.Food).Fraction.Should().Be(43.5m);
        // Bulk DOC = (43.5 x 0.15 + 12.9 x 0.40 + 9.9 x 0.43 + 2.7 x 0.24 + 0.9 x 0.39) / 100.7 = 16.941 / 100.7.
        parameters.EffectiveBulkDoc.Should().BeApproximately(16.941m / 100.7m, 0.0000001m);
        // With the IPCC delay this year's 2,000 t do not emit yet; last year's 1,000 t of food do:
        // DDOCm = 1,000 x DOC 0.15 x DOCf 0.5 x MCF 1.0 = 75 t; decomposed = 75 x (1 - e^-0.40) = 75 x 0.329679954 = 24.725997 t;
        // CH4 = 24.725997 x 0.5 x 16/12 = 16.483998 t = 16,483.998 kg; x GWP 28 = 461,551.94 kg CO2e.
        var gas = (await GasesAsync(line.Id)).Single();
        gas.Gas.Should().Be(Gas.CH4NonFossil);
        gas.MassKg.Should().BeApproximately(16_483.998m, 0.01m);
        gas.Gwp.Should().Be(28m);
        gas.Co2eKg.Should().BeApproximately(461_551.94m, 0.1m);
    }

    [Fact]
    public async Task AddLine_LandfillMethaneCommitmentWithOwnComposition_CountsThisYearsDepositByItsComposition()
    {
        var (client, id, _, siteId) = await ArrangeAsync();
        var form = Landfill(siteId);
        form["NewMethod.Food"] = "60";
        form["NewMethod.Paper"] = "10";
        form["NewMethod.Wood"] = "0";
        form["NewMethod.Textiles"] = "0";
        form["NewMethod.RubberLeather"] = "0";
        form["NewMethod.Plastics"] = "30";
        form["NewMethod.MetalGlassInert"] = "0";
        form["NewMethod.Convention"] = nameof(LandfillConvention.MethaneCommitment);

        using var response = await AddAsync(client, id, form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        // Bulk DOC = (60 x 0.15 + 10 x 0.40 + 30 x 0) / 100 = 0.13; L0 = MCF 1.0 x 0.13 x DOCf 0.6 x 0.5 x 16/12 = 0.052;
        // CH4 = 2,000 t x 0.052 = 104 t = 104,000 kg; x 28 = 2,912,000 kg CO2e.
        var gas = (await GasesAsync(line.Id)).Single();
        gas.MassKg.Should().BeApproximately(104_000m, 0.001m);
        gas.Co2eKg.Should().BeApproximately(2_912_000m, 0.01m);
    }

    [Fact]
    public async Task AddLine_DomesticWastewaterByTreatmentSystem_StoresParametersAndHandWorkedMethaneAndNitrousOxide()
    {
        var (client, id, _, _) = await ArrangeAsync();

        using var response = await AddAsync(client, id, new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.DomesticWastewater), ["New.Amount"] = "10000", ["New.UnitCode"] = "person-year",
            ["NewMethod.DwPathway"] = nameof(TreatmentPathway.SepticSystem), ["NewMethod.DwBod"] = "40", ["NewMethod.DwBo"] = "0.6",
            ["NewMethod.DwSludgeKgBod"] = "0", ["NewMethod.DwRecoveredCh4Kg"] = "0", ["NewMethod.DwN2o"] = "true", ["NewMethod.DwProtein"] = "21.535",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await LineAsync(id, ActivityCategory.DomesticWastewater))!;
        var parameters = (DomesticWastewaterParameters)WasteMethods.ParseParameters(CalculationMethod.DomesticWastewater, line.ParametersJson)!;
        parameters.Pathways.Should().ContainSingle().Which.Should().Be(new PathwayShare(TreatmentPathway.SepticSystem, 1m));
        var gases = await GasesAsync(line.Id);
        // Septic tank: not collected (I = 1.0), MCF 0.5. TOW = 10,000 x 40 g x 0.001 x 1.0 x 365 = 146,000 kg BOD;
        // CH4 = Bo 0.6 x 0.5 x 146,000 = 43,800 kg; x 28 = 1,226,400 kg CO2e.
        gases.Single(g => g.Gas == Gas.CH4NonFossil).MassKg.Should().Be(43_800m);
        // N = 10,000 x 21.535 x 0.16 x 1.1 x 1.25 = 47,377 kg N; N2O = 47,377 x 0.005 x 44/28 = 372.2479 kg; x 265 = 98,645.68 kg CO2e.
        gases.Single(g => g.Gas == Gas.N2O).MassKg.Should().BeApproximately(372.2479m, 0.0001m);
        gases.Sum(g => g.Co2eKg).Should().BeApproximately(1_325_045.68m, 0.01m);
    }

    [Fact]
    public async Task AddLine_CompostingWithDefaults_StoresWetBasisAndHandWorkedGases()
    {
        var (client, id, _, _) = await ArrangeAsync();

        using var response = await AddAsync(client, id, new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.Composting), ["New.Amount"] = "100", ["New.UnitCode"] = "t",
            ["NewMethod.BioBasis"] = nameof(MassBasis.Wet), ["NewMethod.BioCh4GPerKg"] = "", ["NewMethod.BioN2oGPerKg"] = "", ["NewMethod.BioRecoveredCh4Tonnes"] = "0",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await LineAsync(id, ActivityCategory.Composting))!;
        ((BiologicalTreatmentParameters)WasteMethods.ParseParameters(CalculationMethod.BiologicalTreatment, line.ParametersJson)!).Basis.Should().Be(MassBasis.Wet);
        var gases = await GasesAsync(line.Id);
        // IPCC 2006 Table 4.1, composting, wet: CH4 = 100 t x 4 g/kg = 400 kg; N2O = 100 t x 0.24 g/kg = 24 kg;
        // CO2e = 400 x 28 + 24 x 265 = 11,200 + 6,360 = 17,560 kg.
        gases.Single(g => g.Gas == Gas.CH4NonFossil).MassKg.Should().Be(400m);
        gases.Single(g => g.Gas == Gas.N2O).MassKg.Should().Be(24m);
        gases.Sum(g => g.Co2eKg).Should().Be(17_560m);
    }

    [Fact]
    public async Task AddLine_IncinerationOfPlastics_StoresTheCompositionAndTheFossilCo2_AndSharesNotMaking100AreRefusedInThai()
    {
        var (client, id, _, _) = await ArrangeAsync();
        Dictionary<string, string> Form(string plastics, string food) => new()
        {
            ["New.Category"] = nameof(ActivityCategory.Incineration), ["New.Amount"] = "100", ["New.UnitCode"] = "t",
            ["NewMethod.InciPlastics"] = plastics, ["NewMethod.InciFood"] = food, ["NewMethod.InciTechnology"] = nameof(IncineratorTechnology.ContinuousStoker),
        };

        using var refused = await AddAsync(AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"))), id, Form("70", "20"));
        var noLine = await LineAsync(id, ActivityCategory.Incineration);
        using var response = await AddAsync(client, id, Form("100", ""));

        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("กระดาษและกระดาษแข็ง: สัดส่วนต้องอยู่ระหว่าง 0 ถึง 100 % และรวมกันได้ 100 %");
        noLine.Should().BeNull();
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await LineAsync(id, ActivityCategory.Incineration))!;
        // Plastics (IPCC 2006 Table 2.4): dry matter 1.0, carbon 0.75, fossil 1.0; OF 1.0 for incineration:
        // CO2 fossil = 100 t x 1.0 x 0.75 x 1.0 x 1.0 x 44/12 = 275 t = 275,000 kg. N2O (Table 5.6, continuous MSW) = 100 t x 50 g = 5 kg.
        var gases = await GasesAsync(line.Id);
        gases.Single(g => g.Gas == Gas.CO2Fossil).MassKg.Should().Be(275_000m);
        gases.Single(g => g.Gas == Gas.N2O).MassKg.Should().Be(5m);
    }

    [Fact]
    public async Task AddLine_InThai_DocfAboveOne_IsNamedInThaiOnItsFieldAndNothingIsSaved()
    {
        var (client, id, _, siteId) = await ArrangeAsync();
        AppFactory.InThai(client);
        var form = Landfill(siteId);
        form["NewMethod.Docf"] = "1.5";

        using var response = await AddAsync(client, id, form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("สัดส่วนคาร์บอนอินทรีย์ที่ย่อยสลายได้จริง (DOCf): ต้องเป็นสัดส่วนตั้งแต่ 0 ถึง 1")
            .And.MatchRegex("id=\"new-method-Docf\"[^>]*value=\"1.5\"").And.NotContain("docf").And.NotContain("Parameters");
        (await LineAsync(id, ActivityCategory.SolidWasteDisposal)).Should().BeNull();
    }

    [Fact]
    public async Task AddLine_InThai_WastewaterWithoutTreatmentSystemOrLandfillWithoutSite_NamedInThaiAndNothingIsSaved()
    {
        var (client, id, _, siteId) = await ArrangeAsync();
        AppFactory.InThai(client);
        var noSite = Landfill(siteId);
        noSite["New.SolidWasteSiteId"] = string.Empty;

        using var wastewater = await AddAsync(client, id, new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.DomesticWastewater), ["New.Amount"] = "10000", ["New.UnitCode"] = "person-year", ["NewMethod.DwPathway"] = "",
        });
        using var landfill = await AddAsync(client, id, noSite);

        WebUtility.HtmlDecode(await wastewater.Content.ReadAsStringAsync()).Should().Contain("ระบบบำบัด: กรุณากรอกหรือเลือกค่า");
        WebUtility.HtmlDecode(await landfill.Content.ReadAsStringAsync()).Should().Contain("สถานที่กำจัดขยะ: กรุณาเลือกสถานที่กำจัดขยะขององค์กรนี้");
        (await LineAsync(id, ActivityCategory.DomesticWastewater)).Should().BeNull();
        (await LineAsync(id, ActivityCategory.SolidWasteDisposal)).Should().BeNull();
    }

    [Fact]
    public async Task LineDetails_Landfill_ShowsThePickedSiteAndStoredFieldsAndSavesAChangedComposition()
    {
        var (client, id, _, siteId) = await ArrangeAsync();
        using (var added = await AddAsync(client, id, Landfill(siteId)))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var line = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        var p = $"l{line.Id:N}-";

        var details = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}?handler=LineDetails&lineId={line.Id}", UriKind.Relative));
        var form = new Dictionary<string, string>
        {
            ["LineId"] = line.Id.ToString(), ["ExpectedVersion"] = line.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.SolidWasteDisposal), ["Line.Amount"] = "2000", ["Line.UnitCode"] = "t",
            ["Line.DataSource"] = "Weighbridge", ["Line.DataQuality"] = nameof(DataQuality.Medium), ["Line.SolidWasteSiteId"] = siteId.ToString(),
            ["LineMethod.Food"] = "60", ["LineMethod.Paper"] = "10", ["LineMethod.Plastics"] = "30", ["LineMethod.Garden"] = "0", ["LineMethod.Wood"] = "0",
            ["LineMethod.Textiles"] = "0", ["LineMethod.Nappies"] = "0", ["LineMethod.RubberLeather"] = "0", ["LineMethod.MetalGlassInert"] = "0",
            ["LineMethod.Convention"] = nameof(LandfillConvention.MethaneCommitment),
        };
        using var saved = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", form, $"/Inventories/Detail/{id}?handler=Save");

        details.Should().MatchRegex($"<option value=\"{siteId}\" selected=\"selected\">")
            .And.MatchRegex($"id=\"{p}method-Food\" name=\"LineMethod.Food\" form=\"{p}form\"[^>]*value=\"43.5\"")
            .And.NotContain("ParametersJson").And.NotContain("type=\"hidden\" name=\"Line.SolidWasteSiteId\"");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        stored.SolidWasteSiteId.Should().Be(siteId);
        // As in the add test with this composition: 2,000 t x 0.052 = 104,000 kg CH4.
        (await GasesAsync(stored.Id)).Single().MassKg.Should().BeApproximately(104_000m, 0.001m);
    }

    [Fact]
    public async Task Editor_InThai_WithALandfillLine_ShowsNoJsonNoIdAndNoEnglish()
    {
        var (client, id, _, siteId) = await ArrangeAsync();
        using (var added = await AddAsync(client, id, Landfill(siteId)))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var line = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        // The add's "added" message was written in English: shown once, on the page it led to.
        await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        AppFactory.InThai(client);

        var page = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        var details = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}?handler=LineDetails&lineId={line.Id}", UriKind.Relative));

        var english = ThaiPagesTests.EnglishOnlyTexts();
        var enumNames = ThaiPagesTests.DomainEnumNames();
        foreach (var html in new[] { page, details })
        {
            ThaiPagesTests.Check(html, english, enumNames).Should().BeEmpty();
            var texts = ThaiPagesTests.VisibleTexts(html).ToList();
            texts.Should().NotContain(t => GuidPattern().IsMatch(t) || t.Contains('{', StringComparison.Ordinal));
            html.Should().NotContain("ParametersJson").And.NotMatchRegex("name=\"(New|Line)\\.SolidWasteSiteId\"[^>]*type=\"text\"");
        }

        details.Should().Contain("เศษอาหาร").And.Contain("ค่าเริ่มต้น:").And.Contain("IPCC 2006 เล่ม 5 ตาราง 2.3").And.Contain("มีการจัดการ แบบไร้อากาศ");
    }

    [Fact]
    public async Task LinePage_Landfill_EditsTheSameFieldsAndShowsThemReadOnlyOnceSubmitted_NoJson()
    {
        var (client, id, _, siteId) = await ArrangeAsync();
        using (var added = await AddAsync(client, id, Landfill(siteId)))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var line = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        var edit = await client.GetStringAsync(new Uri($"/Inventories/Line/{line.Id}", UriKind.Relative));
        using var saved = await AppFactory.PostFormAsync(client, $"/Inventories/Line/{line.Id}", new Dictionary<string, string>
        {
            ["ExpectedVersion"] = line.Version.ToString(CultureInfo.InvariantCulture), ["Line.Category"] = nameof(ActivityCategory.SolidWasteDisposal),
            ["Line.Amount"] = "2000", ["Line.UnitCode"] = "t", ["Line.DataQuality"] = nameof(DataQuality.Medium), ["Line.SolidWasteSiteId"] = siteId.ToString(),
            ["LineMethod.Food"] = "60", ["LineMethod.Paper"] = "10", ["LineMethod.Plastics"] = "30", ["LineMethod.Garden"] = "0", ["LineMethod.Wood"] = "0",
            ["LineMethod.Textiles"] = "0", ["LineMethod.Nappies"] = "0", ["LineMethod.RubberLeather"] = "0", ["LineMethod.MetalGlassInert"] = "0",
            ["LineMethod.Convention"] = nameof(LandfillConvention.MethaneCommitment),
        });
        await app.SetStatusAsync(id, InventoryStatus.Submitted);
        var shown = await client.GetStringAsync(new Uri($"/Inventories/Line/{line.Id}", UriKind.Relative));

        edit.Should().Contain("name=\"LineMethod.Food\"").And.MatchRegex($"<option value=\"{siteId}\" selected=\"selected\">").And.NotContain("ParametersJson");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // 2,000 t x 0.052 = 104,000 kg CH4 (as in the add test with this composition).
        (await GasesAsync(line.Id)).Single().MassKg.Should().BeApproximately(104_000m, 0.001m);
        var values = Regex.Match(shown, "<dl class=\"row small mb-0 method-values\".*?</dl>", RegexOptions.Singleline).Value;
        values.Should().Contain("Food waste").And.Contain("60 % of wet weight").And.Contain("GPC methane commitment").And.Contain($"บ่อฝังกลบบ้านป่า");
        shown.Should().NotContain("\"composition\"").And.NotContain("name=\"LineMethod.Food\"");
    }

    [Fact]
    public async Task QuickSave_LandfillLineWithItsSiteOnly_SiteHasNoDepositThisYear_SavedWithTheCompositionItsDetailsShow()
    {
        // As a line copied from last year arrives: its site, no parameters; the site's history stops at last year.
        var (client, id, _, siteId) = await ArrangeAsync();
        var line = await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == id);
            var created = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.SolidWasteDisposal, new Domain.Quantities.Quantity(1_500m, Domain.Quantities.Unit.Tonne));
            created.SetParameters(null, siteId);
            inventory.AddLine(created, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(created);
            await db.SaveChangesAsync();
            return created;
        });

        // The row's quantity only, as typed into the compact table.
        using var saved = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["LineId"] = line.Id.ToString(), ["ExpectedVersion"] = line.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Amount"] = "2000", ["Line.UnitCode"] = "t", ["Line.ChangeExplanation"] = "",
        }, $"/Inventories/Detail/{id}?handler=Quick");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = (await LineAsync(id, ActivityCategory.SolidWasteDisposal))!;
        stored.Amount.Should().Be(2_000m);
        var parameters = (SolidWasteDisposalParameters)WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, stored.ParametersJson)!;
        parameters.Composition!.Single(c => c.WasteType == WasteType.Food).Fraction.Should().Be(43.5m);
        // As in the add test with the default composition: this year's tonnes emit from next year on; last year's
        // 1,000 t of food give 16,483.998 kg CH4 x 28 = 461,551.94 kg CO2e.
        (await GasesAsync(stored.Id)).Single().Co2eKg.Should().BeApproximately(461_551.94m, 0.1m);
    }
}
