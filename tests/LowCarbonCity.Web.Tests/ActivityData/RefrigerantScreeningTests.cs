using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports.Template;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Col = LowCarbonCity.Web.Features.Reports.Template.TemplateWorkbook.Col;

namespace LowCarbonCity.Web.Tests.ActivityData;

/// <summary>
/// Refrigerant lines by the IPCC screening method (charge × annual leak rate × GWP) or by the mass refilled (refill ×
/// GWP), entered in the editor's form in Thai with the gas picked from the category list; the same rule (one or the
/// other, never both) through the page, the API, the Excel template and the calculator. Figures by hand with the AR5
/// GWPs of the app's seeded set "AR5" (HFC-32 677, HFC-125 3,170) and R-410A = 50 % HFC-32 + 50 % HFC-125 by mass:
/// 10 kg of R-32 leaking 5 %/yr = 0.5 kg × 677 = 338.5 kg CO2e; 20 kg of R-410A leaking 10 %/yr = 2 kg = 1 kg × 677 +
/// 1 kg × 3,170 = 3,847 kg CO2e, the same as 2 kg of R-410A refilled.
/// </summary>
public sealed partial class RefrigerantScreeningTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    /// <summary>An officer of CMI-CM and a fresh inventory (years two apart, so no line has a last year).</summary>
    private async Task<(HttpClient Client, Guid InventoryId)> ArrangeAsync()
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var id = await app.CreateInventoryAsync("CMI-CM", 2010 + (2 * Interlocked.Increment(ref _nextYear)));
        return (officer, id);
    }

    private static Dictionary<string, string> Form(string category, string amount, string unit, string charge, string leakPercent, string equipment = "") => new()
    {
        ["New.Category"] = category, ["New.Amount"] = amount, ["New.UnitCode"] = unit, ["New.DataSource"] = "สัญญาบำรุงรักษา",
        ["New.Description"] = "เครื่องปรับอากาศห้องประชุม",
        ["NewMethod.RefEquipment"] = equipment, ["NewMethod.RefChargeKg"] = charge, ["NewMethod.RefLeakPercent"] = leakPercent,
    };

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, Guid inventoryId, Dictionary<string, string> form) =>
        AppFactory.PostFormAsync(client, $"/Inventories/Detail/{inventoryId}", form, $"/Inventories/Detail/{inventoryId}?handler=AddLine");

    private Task<List<ActivityLine>> LinesAsync(Guid inventoryId, ActivityCategory category) =>
        app.WithDbAsync(db => db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId && l.Category == category).ToListAsync());

    private Task<List<ActivityLineGasResult>> GasesAsync(Guid lineId) =>
        app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Where(r => r.LineId == lineId)
            .Join(db.ActivityLineGasResults.AsNoTracking(), r => r.Id, g => g.ResultId, (r, g) => g).ToListAsync());

    [Fact]
    public async Task EditorForm_R32ChargeAndLeakRate_StoresTheScreeningEstimateAnd338Point5KgCo2e()
    {
        var (client, id) = await ArrangeAsync();

        using var response = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR32), "", "", "10", "5", nameof(RefrigerationEquipmentClass.ResidentialCommercialAirConditioning)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = (await LinesAsync(id, ActivityCategory.RefrigerantR32)).Single();
        // The stored quantity is the mass emitted: 10 kg x 0.05 = 0.5 kg.
        (line.Amount, line.Unit!.Code).Should().Be((0.5m, "kg"));
        MethodParametersJson.Parse(CalculationMethod.Refrigerant, line.ParametersJson).Should().Be(new RefrigerantScreeningParameters(10m, 0.05m, RefrigerationEquipmentClass.ResidentialCommercialAirConditioning));
        var gas = (await GasesAsync(line.Id)).Single();
        (gas.Gas, gas.MassKg, gas.Gwp, gas.Co2eKg).Should().Be((Gas.HFC32, 0.5m, 677m, 338.5m));
    }

    [Fact]
    public async Task EditorForm_R410AByScreeningAndByRefill_BothGive3847KgCo2e()
    {
        var (client, id) = await ArrangeAsync();

        using var screening = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR410A), "", "", "20", "10", nameof(RefrigerationEquipmentClass.Chillers)));
        using var refill = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR410A), "2", "kg", "", ""));

        (screening.StatusCode, refill.StatusCode).Should().Be((HttpStatusCode.Redirect, HttpStatusCode.Redirect));
        var lines = await LinesAsync(id, ActivityCategory.RefrigerantR410A);
        lines.Should().HaveCount(2).And.OnlyContain(l => l.Amount == 2m);
        lines.Single(l => l.ParametersJson is null).Should().NotBeNull("the refill line has no screening parameters");
        foreach (var line in lines)
        {
            var gases = await GasesAsync(line.Id);
            gases.Single(g => g.Gas == Gas.HFC32).Co2eKg.Should().Be(677m);
            gases.Single(g => g.Gas == Gas.HFC125).Co2eKg.Should().Be(3_170m);
        }
    }

    private const string PairRule = "กรอกทั้งปริมาณบรรจุและอัตรารั่วไหล เป็นตัวเลขไม่ติดลบ อัตรารั่วไหลไม่เกิน 100 %";

    [Theory]
    [InlineData("", "10", "150", "อัตรารั่วไหลต่อปี: " + PairRule)]
    [InlineData("", "10", "", "อัตรารั่วไหลต่อปี: " + PairRule)]
    [InlineData("", "", "5", "ปริมาณสารทำความเย็นที่บรรจุในเครื่อง: " + PairRule)]
    [InlineData("", "-10", "5", "ปริมาณสารทำความเย็นที่บรรจุในเครื่อง: " + PairRule)]
    [InlineData("3", "10", "5", "ปริมาณ: กรอกปริมาณสารที่เติม หรือปริมาณบรรจุกับอัตรารั่วไหล อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง (ปริมาณบรรจุ × อัตรารั่วไหล = 0.5 กก.)")]
    public async Task EditorForm_InThai_BadScreening_NamedInThaiOnItsFieldAndNothingSaved(string amount, string charge, string leakPercent, string message)
    {
        var (client, id) = await ArrangeAsync();
        AppFactory.InThai(client);

        using var response = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR32), amount, amount.Length > 0 ? "kg" : "", charge, leakPercent));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(message).And.NotContain("annualLeakRate").And.NotContain("chargeKg");
        (await LinesAsync(id, ActivityCategory.RefrigerantR32)).Should().BeEmpty();
    }

    [Fact]
    public async Task Editor_InThai_ScreeningLine_DetailsShowTheFieldsInPercentWithUnitsAndSource_NoEnglishNoJson()
    {
        var (client, id) = await ArrangeAsync();
        using (var added = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR32), "", "", "10", "5", nameof(RefrigerationEquipmentClass.ResidentialCommercialAirConditioning))))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative)); // the English "added" message, shown once
        AppFactory.InThai(client);
        var line = (await LinesAsync(id, ActivityCategory.RefrigerantR32)).Single();
        var p = $"l{line.Id:N}-";

        var page = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        var details = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}?handler=LineDetails&lineId={line.Id}", UriKind.Relative));

        // The row shows the estimate as a hint, not as a typed amount a later save would send back.
        page.Should().MatchRegex($"id=\"{p}amount\"[^>]*value=\"\"[^>]*placeholder=\"0.5\"");
        details.Should().MatchRegex($"id=\"{p}method-RefChargeKg\"[^>]*value=\"10\"").And.MatchRegex($"id=\"{p}method-RefLeakPercent\"[^>]*value=\"5\"");
        var text = WebUtility.HtmlDecode(details);
        text.Should().Contain("เครื่องปรับอากาศแบบแยกส่วนและฮีตปั๊ม (รั่ว 1–10 %/ปี)").And.Contain("IPCC 2006 เล่ม 3 บทที่ 7 ตาราง 7.9").And.Contain("%/ปี").And.Contain("กก.");
        var english = ThaiPagesTests.EnglishOnlyTexts();
        var enumNames = ThaiPagesTests.DomainEnumNames();
        foreach (var html in new[] { page, details })
        {
            ThaiPagesTests.Check(html, english, enumNames).Should().BeEmpty();
            ThaiPagesTests.VisibleTexts(html).Should().NotContain(t => GuidPattern().IsMatch(t) || t.Contains('{', StringComparison.Ordinal));
            html.Should().NotContain("ParametersJson");
        }
    }

    [Fact]
    public async Task EditorRow_SaveWithDetails_ChangedLeakRate_Recalculates()
    {
        var (client, id) = await ArrangeAsync();
        using (var added = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR32), "", "", "10", "5")))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var line = (await LinesAsync(id, ActivityCategory.RefrigerantR32)).Single();
        using var saved = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["LineId"] = line.Id.ToString(), ["ExpectedVersion"] = line.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.RefrigerantR32), ["Line.Amount"] = "", ["Line.UnitCode"] = "kg",
            ["Line.DataQuality"] = nameof(DataQuality.Medium), ["LineMethod.RefChargeKg"] = "10", ["LineMethod.RefLeakPercent"] = "8",
            ["Line.ChangeExplanation"] = "ช่างพบรอยรั่วที่ท่อน้ำยา",
        }, $"/Inventories/Detail/{id}?handler=Save");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = (await LinesAsync(id, ActivityCategory.RefrigerantR32)).Single();
        // 10 kg x 8 % = 0.8 kg x 677 = 541.6 kg CO2e.
        stored.Amount.Should().Be(0.8m);
        (await GasesAsync(stored.Id)).Single().Co2eKg.Should().Be(541.6m);
    }

    [Fact]
    public async Task Api_ScreeningWithoutQuantity_StoredWithTheEstimate_AndWithAnotherQuantity_RefusedOnAmount()
    {
        var (_, id) = await ArrangeAsync();
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var parameters = """{"chargeKg":10,"annualLeakRate":0.05}""";

        var created = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines", UriKind.Relative),
            new { category = "RefrigerantR32", parametersJson = parameters, dataQuality = "Medium" });
        var refused = await client.PostAsJsonAsync(new Uri($"/api/v1/inventories/{id}/lines", UriKind.Relative),
            new { category = "RefrigerantR32", amount = 3m, unitCode = "kg", parametersJson = parameters, dataQuality = "Medium" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var line = (await LinesAsync(id, ActivityCategory.RefrigerantR32)).Single();
        line.Amount.Should().Be(0.5m);
        (await GasesAsync(line.Id)).Single().Co2eKg.Should().Be(338.5m);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var failure = (await AppFactory.JsonAsync(refused)).GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        (failure.GetProperty("field").GetString(), failure.GetProperty("code").GetString()).Should().Be(("amount", LineCodes.ScreeningWithQuantity));
        (await AppFactory.JsonAsync(refused)).GetProperty("errors").GetProperty("amount")[0].GetString().Should()
            .Be("Quantity: Enter either the amount refilled or the charge and leak rate, not both (charge x leak rate = 0.5 kg).");
    }

    [Fact]
    public async Task Calculator_SameScreeningLine_338Point5_AndWithAnotherQuantity_SameCode()
    {
        var client = app.CreateClient();
        var parameters = new { chargeKg = 10m, annualLeakRate = 0.05m };

        var ok = await client.PostAsJsonAsync(new Uri("/api/v1/calculations", UriKind.Relative),
            new { year = 2024, lines = new[] { new { category = "RefrigerantR32", parameters } } });
        var refused = await client.PostAsJsonAsync(new Uri("/api/v1/calculations", UriKind.Relative),
            new { year = 2024, lines = new[] { new { category = "RefrigerantR32", quantity = new { value = 3m, unit = "kg" }, parameters } } });

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        (await AppFactory.JsonAsync(ok)).GetProperty("lines")[0].GetProperty("co2eKg").GetDecimal().Should().Be(338.5m);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var failure = (await AppFactory.JsonAsync(refused)).GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        (failure.GetProperty("field").GetString(), failure.GetProperty("code").GetString()).Should().Be(("lines[0].quantity.value", LineCodes.ScreeningWithQuantity));
    }

    [Fact]
    public async Task Template_RowWithScreeningAndAnotherQuantity_RefusedOnTheQuantityCell_AndTheStoredLineRoundTrips()
    {
        var (client, id) = await ArrangeAsync();
        using (var added = await AddAsync(client, id, Form(nameof(ActivityCategory.RefrigerantR32), "", "", "10", "5")))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

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
            cells.Cell(Col.Category).SetValue(nameof(ActivityCategory.RefrigerantR32));
            cells.Cell(Col.Quantity).SetValue(3m);
            cells.Cell(Col.Unit).SetValue("kg");
            cells.Cell(Col.DataQuality).SetValue("Medium");
            cells.Cell(Col.Parameters).SetValue("""{"chargeKg":10,"annualLeakRate":0.05}""");
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            file = stream.ToArray();
        }

        var preview = await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, u) => s.PreviewAsync(u, id, file, english, CancellationToken.None));

        // Only the new row is refused: the stored screening line came back with its own 0.5 kg and passed.
        var error = preview.Value!.Errors.Should().ContainSingle().Subject;
        (error.Row, error.Column, error.Code).Should().Be((row, XLHelper.GetColumnLetterFromNumber(Col.Quantity), LineCodes.ScreeningWithQuantity));
        error.Message.Should().Be("Quantity: Enter either the amount refilled or the charge and leak rate, not both (charge x leak rate = 0.5 kg).");
    }
}
