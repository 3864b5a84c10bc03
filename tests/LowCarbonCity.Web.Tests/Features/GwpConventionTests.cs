using System.Net;
using System.Text;
using System.Text.Json;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Features;

/// <summary>
/// GWP sets by reporting framework: IPCC AR5 as TGO's CFO applies it (fossil CH4 30, other CH4 28), AR5 as GPC/CDP
/// reporting applies it (CH4 28 for all methane), AR6 (fossil 29.8, non-fossil 27.0, N2O 273) and AR4 (CH4 25, N2O 298).
/// Every expected figure is worked by hand below from the seeded TGO factor (April 2022 list) and the set's GWP.
/// </summary>
public sealed class GwpConventionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Municipality = "LCB-CM";

    // On-road LPG, 1,000 kg (TGO CFO April 2022, per kg: CO2 3.1106, CH4 fossil 0.00306, N2O 0.00000986):
    //   CO2 3,110.6 kg, CH4 3.06 kg (fossil), N2O 0.00986 kg.
    //   AR5     3,110.6 + 3.06 × 30   (91.8)   + 0.00986 × 265 (2.6129)  = 3,205.0129
    //   AR5-GPC 3,110.6 + 3.06 × 28   (85.68)  + 0.00986 × 265 (2.6129)  = 3,198.8929
    //   AR6     3,110.6 + 3.06 × 29.8 (91.188) + 0.00986 × 273 (2.69178) = 3,204.47978
    //   AR4     3,110.6 + 3.06 × 25   (76.5)   + 0.00986 × 298 (2.93828) = 3,190.03828
    // Composting, 100 t wet (IPCC 2006 Vol.5 Table 4.1: CH4 4 g/kg, N2O 0.24 g/kg wet):
    //   CH4 400 kg (non-fossil), N2O 24 kg.
    //   AR5     400 × 28   (11,200) + 24 × 265 (6,360) = 17,560
    //   AR5-GPC 400 × 28   (11,200) + 24 × 265 (6,360) = 17,560
    //   AR6     400 × 27.0 (10,800) + 24 × 273 (6,552) = 17,352
    //   AR4     400 × 25   (10,000) + 24 × 298 (7,152) = 17,152
    [Theory]
    [InlineData("AR5", 30.0, 28.0, 265.0, 3_205.0129, 17_560.0)]
    [InlineData("AR5-GPC", 28.0, 28.0, 265.0, 3_198.8929, 17_560.0)]
    [InlineData("AR6", 29.8, 27.0, 273.0, 3_204.47978, 17_352.0)]
    [InlineData("AR4", 25.0, 25.0, 298.0, 3_190.03828, 17_152.0)]
    public async Task Calculate_EachSet_Ch4AndN2oLinesAsWorkedByHand(
        string set, decimal fossilCh4, decimal nonFossilCh4, decimal n2o, decimal lpgKg, decimal compostKg)
    {
        var result = await CalculateAsync($$$"""
            {"year":2025,"gwpSet":"{{{set}}}","lines":[
              {"id":"lpg","category":"OnRoadLpg","quantity":{"value":1000,"unit":"kg"}},
              {"id":"compost","category":"Composting","quantity":{"value":100,"unit":"t"},"parameters":{"basis":"Wet","recoveredCh4Tonnes":0}}]}
            """);

        result.GetProperty("gwpSet").GetString().Should().Be(set);
        var lpg = Line(result, "lpg");
        GasOf(lpg, "CH4Fossil").GetProperty("gwp").GetDecimal().Should().Be(fossilCh4);
        GasOf(lpg, "N2O").GetProperty("gwp").GetDecimal().Should().Be(n2o);
        lpg.GetProperty("co2eKg").GetDecimal().Should().Be(lpgKg);
        var compost = Line(result, "compost");
        GasOf(compost, "CH4NonFossil").GetProperty("massKg").GetDecimal().Should().Be(400m);
        GasOf(compost, "CH4NonFossil").GetProperty("gwp").GetDecimal().Should().Be(nonFossilCh4);
        GasOf(compost, "N2O").GetProperty("massKg").GetDecimal().Should().Be(24m);
        compost.GetProperty("co2eKg").GetDecimal().Should().Be(compostKg);
        result.GetProperty("organisation").GetProperty("totalKg").GetDecimal().Should().Be(lpgKg + compostKg);
    }

    [Theory]
    [InlineData("Organisation", "AR5", "อบก.", "TGO", 3_205.0129)]
    [InlineData("City", "AR5-GPC", "GPC", "GPC", 3_198.8929)]
    public async Task Calculate_NoSetNamed_TheKindsConventionIsUsedAndNamed(string kind, string set, string inThai, string inEnglish, decimal lpgKg)
    {
        var result = await CalculateAsync($$$"""{"year":2025,"kind":"{{{kind}}}","lines":[{"id":"lpg","category":"OnRoadLpg","quantity":{"value":1000,"unit":"kg"}}]}""");

        // The same 1,000 kg of on-road LPG as above: 3,205.0129 kg under TGO's AR5, 3,198.8929 kg under AR5 as GPC applies it.
        Line(result, "lpg").GetProperty("co2eKg").GetDecimal().Should().Be(lpgKg);
        result.GetProperty("gwpSet").GetString().Should().Be(set);
        result.GetProperty("gwpSetNameTh").GetString().Should().Contain(inThai).And.Contain("AR5");
        result.GetProperty("gwpSetNameEn").GetString().Should().Contain(inEnglish).And.Contain("AR5");
        result.GetProperty("gwpSetSource").GetString().Should().Contain("IPCC (2013)").And.Contain("Table 8.A.1")
            .And.NotContainAny("METHODOLOGY", ".md", "TODO");
    }

    [Fact]
    public async Task Calculate_UnknownSet_ProblemNamesTheFieldAndTheKnownSets()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative), Json("""{"year":2025,"gwpSet":"AR3","lines":[{"category":"OnRoadLpg","quantity":{"value":1,"unit":"kg"}}]}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("gwpSet")[0].GetString();
        message.Should().Contain("AR3").And.Contain("AR5-GPC").And.Contain("AR4");
    }

    [Fact]
    public async Task SeededSets_EveryOneHasAValueForEveryGasTheEngineConverts()
    {
        // The seeded sets only (another test of this class adds a partial set of its own).
        var sets = await app.WithDbAsync(db => db.GwpSets.AsNoTracking().Where(g => !g.Code.StartsWith("TEST-")).ToListAsync());

        sets.Select(s => s.Code).Should().BeEquivalentTo(["AR4", "AR5", "AR5-GPC", "AR6"]);
        // Refrigerants and other fluorinated gases included: no set leaves an R-410A or SF6 line without a GWP.
        foreach (var set in sets)
        {
            foreach (var gas in Enum.GetValues<Gas>())
            {
                set.TryGet(gas, out _).Should().BeTrue($"{set.Code} needs a GWP for {gas}");
            }

            set.NameTh.Should().NotBe(set.NameEn, "each set has a Thai name of its own");
            set.Source.Should().StartWith("IPCC (").And.Contain("Table");
        }

        var gpc = sets.Single(s => s.Code == GwpConventions.GpcAr5);
        var tgo = sets.Single(s => s.Code == GwpConventions.TgoCfoAr5);
        gpc.Of(Gas.CH4Fossil).Should().Be(28m);
        gpc.Of(Gas.CH4NonFossil).Should().Be(28m);
        // Apart from fossil methane, AR5 as GPC applies it and as TGO applies it are the same AR5 table.
        gpc.Values.Where(v => v.Gas != Gas.CH4Fossil).Select(v => (v.Gas, v.Value))
            .Should().BeEquivalentTo(tgo.Values.Where(v => v.Gas != Gas.CH4Fossil).Select(v => (v.Gas, v.Value)));
    }

    [Fact]
    public async Task Calculate_SetWithoutTheRefrigerantsGas_RefusedNamingTheLineInTheUsersLanguage()
    {
        await app.WithDbAsync(async db =>
        {
            if (!await db.GwpSets.AnyAsync(g => g.Code == "TEST-NOHFC"))
            {
                db.GwpSets.Add(new GwpSet("TEST-NOHFC", "Test set without HFCs", "test", new Dictionary<Gas, decimal> { [Gas.CH4Fossil] = 30m, [Gas.CH4NonFossil] = 28m, [Gas.N2O] = 265m }, "ชุดทดสอบที่ไม่มี HFC"));
            }

            return await db.SaveChangesAsync();
        });
        using var client = AppFactory.InThai(app.CreateClient());

        using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative),
            Json("""{"year":2025,"gwpSet":"TEST-NOHFC","lines":[{"category":"RefrigerantR410A","quantity":{"value":2,"unit":"kg"}}]}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        var (field, messages) = errors.EnumerateObject().Select(p => (p.Name, p.Value)).Single();
        field.Should().StartWith("lines[0]");
        messages[0].GetString().Should().Contain("ชุดค่า GWP TEST-NOHFC ไม่มีค่าสำหรับ HFC-");
    }

    [Fact]
    public async Task CreateInventory_EachKindGetsItsFrameworksDefault()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, Municipality);
        var organisationId = await app.OrganisationIdAsync(Municipality);

        var cfo = await app.AsUserAsync<InventoryService, Result<Guid>>(officer, (s, u) =>
            s.CreateAsync(u, new CreateInventoryInput { OrganisationId = organisationId, Year = 2023, Kind = InventoryKind.Organisation }, CancellationToken.None));
        var city = await app.AsUserAsync<InventoryService, Result<Guid>>(officer, (s, u) =>
            s.CreateAsync(u, new CreateInventoryInput { OrganisationId = organisationId, Year = 2023, Kind = InventoryKind.City }, CancellationToken.None));

        (await app.InventoryAsync(cfo.Value)).GwpSetCode.Should().Be("AR5");
        (await app.InventoryAsync(city.Value)).GwpSetCode.Should().Be("AR5-GPC");
    }

    [Fact]
    public async Task SwitchOnTheEditor_RecalculatesEveryLineAndTheStoredTotalsByTheHandWorkedAmount()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, Municipality);
        var organisationId = await app.OrganisationIdAsync(Municipality);
        var created = await app.AsUserAsync<InventoryService, Result<Guid>>(officer, (s, u) =>
            s.CreateAsync(u, new CreateInventoryInput { OrganisationId = organisationId, Year = 2024, Kind = InventoryKind.City }, CancellationToken.None));
        var id = created.Value;
        var lpgLine = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.OnRoadLpg, new Quantity(1_000m, Unit.Kilogram));
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == id);
            foreach (var line in new[]
            {
                lpgLine,
                ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.OnRoadDiesel, new Quantity(1_000m, Unit.Litre)),
            })
            {
                inventory.AddLine(line, DateTimeOffset.UtcNow);
                db.ActivityLines.Add(line);
            }

            return await db.SaveChangesAsync();
        });
        await app.CalculateAsync(id);
        // AR5-GPC: LPG 3,198.8929 (above); diesel 1,000 L × (2.6987 + 0.000142 × 28 + 0.000142 × 265)
        //   = 2,698.7 + 3.976 + 37.63 = 2,740.306; total 5,939.1989 kg.
        (await StoredAsync(id)).Should().Be((5_939.1989m, 5_939.1989m, "AR5-GPC"));

        using var client = await app.ClientForAsync(officer);
        var page = WebUtility.HtmlDecode(await AppFactory.InThai(client).GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative)));
        page.Should().Contain("IPCC รายงานการประเมินฉบับที่ 5 (AR5, พ.ศ. 2556) ช่วงเวลา 100 ปี ตามที่การรายงาน GPC และ CDP ใช้ (มีเทน 28)")
            .And.Contain("บทที่ 8 ตารางที่ 8.A.1", "the set's source is cited in Thai, as the reports cite it").And.NotContain("Chapter 8, Table 8.A.1");

        using var switched = await SwitchAsync(client, id, "AR5");

        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // AR5 (TGO CFO): LPG 3,205.0129; diesel 2,698.7 + 0.142 × 30 (4.26) + 37.63 = 2,740.59; total 5,945.6029 kg,
        // 6.404 kg more = (30 − 28) × (3.06 + 0.142) kg of fossil methane.
        (await StoredAsync(id)).Should().Be((5_945.6029m, 5_945.6029m, "AR5"));

        using var again = await SwitchAsync(client, id, "AR4");

        // AR4: LPG 3,190.03828; diesel 2,698.7 + 0.142 × 25 (3.55) + 0.142 × 298 (42.316) = 2,744.566; total 5,934.60428 kg.
        (await StoredAsync(id)).Should().Be((5_934.60428m, 5_934.60428m, "AR4"));
        (await app.InventoryAsync(id)).GwpSetCode.Should().Be("AR4");
        // The line's details name the set it was calculated with, in the reader's language, and its methane GWP.
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}?handler=LineDetails&lineId={lpgLine.Id}", UriKind.Relative)));
        details.Should().Contain("IPCC รายงานการประเมินฉบับที่ 4 (AR4, พ.ศ. 2550) ช่วงเวลา 100 ปี").And.Contain("GWP 25");
    }

    [Fact]
    public async Task SwitchOnTheEditor_StaleVersion_RefusedAndNothingChanged()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, Municipality);
        var id = await app.CreateInventoryAsync(Municipality, 2022);
        await app.CalculateAsync(id);
        var before = await StoredAsync(id);
        using var client = await app.ClientForAsync(officer);
        var version = (await app.InventoryAsync(id)).Version;

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}",
            new Dictionary<string, string> { ["GwpSetCode"] = "AR6", ["ExpectedVersion"] = (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Inventories/Detail/{id}?handler=GwpSet");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the page comes back with the conflict");
        (await StoredAsync(id)).Should().Be(before);
    }

    private async Task<HttpResponseMessage> SwitchAsync(HttpClient client, Guid id, string set)
    {
        var version = (await app.InventoryAsync(id)).Version;
        return await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}",
            new Dictionary<string, string> { ["GwpSetCode"] = set, ["ExpectedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Inventories/Detail/{id}?handler=GwpSet");
    }

    /// <summary>The line results' sum, the summary rows' sum and the results' GWP set, as the database holds them.</summary>
    private Task<(decimal Lines, decimal Totals, string Set)> StoredAsync(Guid id) => app.WithDbAsync(async db =>
    {
        var results = await db.ActivityLineResults.AsNoTracking().Where(r => r.InventoryId == id).Select(r => new { r.Co2eKg, r.GwpSetCode }).ToListAsync();
        var totals = await db.InventoryTotals.AsNoTracking().Where(t => t.InventoryId == id).Select(t => t.Co2eKg).ToListAsync();
        return (results.Sum(r => r.Co2eKg ?? 0m), totals.Sum(), results.Select(r => r.GwpSetCode).Distinct().Single());
    });

    private async Task<JsonElement> CalculateAsync(string body)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync(new Uri("/api/v1/calculations", UriKind.Relative), Json(body));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static JsonElement Line(JsonElement result, string id) =>
        result.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);

    private static JsonElement GasOf(JsonElement line, string gas) =>
        line.GetProperty("gases").EnumerateArray().Single(g => g.GetProperty("gas").GetString() == gas);
}
