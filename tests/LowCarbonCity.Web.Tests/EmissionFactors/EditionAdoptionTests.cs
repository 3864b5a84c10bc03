using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.EmissionFactors;

/// <summary>
/// Publishing an edition moves the editable inventories of its years to it and recalculates them (docs/design.md section 2).
/// Worked by hand (docs/domain/methodology.md 2.1, location-based grid: kWh × grid factor): each inventory has one line of
/// 10,000 kWh, calculated with TGO CFO April 2022 (years up to 2025): 10,000 × 0.4999 = 4,999 kg CO2e. The new
/// edition, valid for 2025 only, has a grid factor of 0.45: 10,000 × 0.45 = 4,500 kg CO2e. The Draft and Returned
/// 2025 inventories move to it (4,500 kg); the Submitted 2025 one and the 2024 Draft keep TGO CFO 2022 (4,999 kg).
/// </summary>
internal sealed class AdoptionScenario(AppFactory app)
{
    public const string Csv = "category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,0.45,kg,kWh,Test list,\n";

    public const decimal OldKg = 4_999m;

    public const decimal NewKg = 4_500m;

    public Guid Draft2025 { get; private set; }

    public Guid Returned2025 { get; private set; }

    public Guid Submitted2025 { get; private set; }

    public Guid Draft2024 { get; private set; }

    public async Task ArrangeAsync()
    {
        Draft2025 = await CalculatedAsync("CMI-CM", 2025, InventoryStatus.Draft);
        Returned2025 = await CalculatedAsync("KKN-CM", 2025, InventoryStatus.Returned);
        Submitted2025 = await CalculatedAsync("LCB-CM", 2025, InventoryStatus.Submitted);
        Draft2024 = await CalculatedAsync("CMI-CM", 2024, InventoryStatus.Draft);
        foreach (var id in new[] { Draft2025, Returned2025, Submitted2025, Draft2024 })
        {
            (await StateAsync(id)).Should().Be(("TGO-CFO-2022-04", OldKg), "the set-up calculates with the seeded edition");
        }
    }

    /// <summary>The code of the pinned edition and the stored CO2e of an inventory.</summary>
    public Task<(string Edition, decimal Kg)> StateAsync(Guid id) => app.WithDbAsync(async db =>
    {
        var editionId = await db.Inventories.Where(i => i.Id == id).Select(i => i.FactorEditionId).SingleAsync();
        var edition = await db.EmissionFactorEditions.Where(e => e.Id == editionId).Select(e => e.Code).SingleAsync();
        var kg = (await db.ActivityLineResults.Where(r => r.InventoryId == id).Select(r => r.Co2eKg).ToListAsync()).Sum(v => v ?? 0m);
        return (edition, kg);
    });

    /// <summary>Checks the outcome after publishing <paramref name="code"/> by <paramref name="analystId"/>.</summary>
    public async Task AssertAdoptedAsync(string code, string analystId)
    {
        (await StateAsync(Draft2025)).Should().Be((code, NewKg));
        (await StateAsync(Returned2025)).Should().Be((code, NewKg));
        (await StateAsync(Submitted2025)).Should().Be(("TGO-CFO-2022-04", OldKg), "a submitted inventory is under review");
        (await StateAsync(Draft2024)).Should().Be(("TGO-CFO-2022-04", OldKg), "2024 is outside the edition's validity");
        var draftId = Draft2025.ToString();
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Inventory) && a.EntityId == draftId && a.UserId == analystId).Select(a => a.NewValues).ToListAsync());
        audit.Should().Contain(v => v != null && v.Contains("FactorEditionId", StringComparison.Ordinal), "a re-pin is audited like any basis change");
    }

    private async Task<Guid> CalculatedAsync(string organisation, int year, InventoryStatus status)
    {
        var id = await app.CreateInventoryAsync(organisation, year, complete: false);
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == id);
            var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(10_000m, Unit.KWh));
            inventory.AddLine(line, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(line);
            return await db.SaveChangesAsync();
        });
        await app.CalculateAsync(id);
        await app.SetStatusAsync(id, status);
        return id;
    }
}

/// <summary>Through the publish page: upload, preview, confirm; the flash says how many inventories moved.</summary>
public sealed partial class EditionAdoptionPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("name=\"token\" value=\"([0-9A-F]+)\"")]
    private static partial Regex PreviewTokenPattern();

    [Fact]
    public async Task Confirm_EditionValidFor2025_MovesAndRecalculatesEditable2025InventoriesOnlyAndSaysHowMany()
    {
        var scenario = new AdoptionScenario(app);
        await scenario.ArrangeAsync();
        var analyst = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = await app.ClientForAsync(analyst);

        var preview = await UploadAsync(client, "TEST-ADOPT-PAGE");
        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await preview.Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>
        {
            ["token"] = PreviewTokenPattern().Match(html).Groups[1].Value,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryPattern().Match(html).Groups[1].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        var confirmed = await client.PostAsync(new Uri("/Factors/Publish?handler=Confirm", UriKind.Relative), content);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var detail = await client.GetStringAsync(confirmed.Headers.Location);
        detail.Should().Contain("Edition TEST-ADOPT-PAGE published. 2 draft or returned inventories of its years moved to it and 2 were recalculated");
        await scenario.AssertAdoptedAsync("TEST-ADOPT-PAGE", analyst.Id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string code)
    {
        var html = await client.GetStringAsync(new Uri("/Factors/Publish", UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(AntiforgeryPattern().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(code), "Input.Code" },
            { new StringContent("Adoption test"), "Input.NameEn" },
            { new StringContent("ทดสอบการย้ายชุดค่า"), "Input.NameTh" },
            { new StringContent("tests"), "Input.Source" },
            { new StringContent("2025"), "Input.ValidFromYear" },
            { new StringContent("2025"), "Input.ValidToYear" },
            { new StringContent("AR5"), "Input.DefaultGwpSetCode" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(AdoptionScenario.Csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "factors.csv");
        return await client.PostAsync(new Uri("/Factors/Publish", UriKind.Relative), form);
    }
}

/// <summary>Through the API: the same publication moves the same inventories.</summary>
public sealed class EditionAdoptionApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Publish_EditionValidFor2025_MovesAndRecalculatesEditable2025InventoriesOnly()
    {
        var scenario = new AdoptionScenario(app);
        await scenario.ArrangeAsync();
        var analyst = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = app.BearerClient(await app.CreateTokenAsync(analyst));
        var body = new
        {
            code = "TEST-ADOPT-API", nameEn = "Adoption test", nameTh = "ทดสอบการย้ายชุดค่า", source = "tests", validFromYear = 2025, validToYear = 2025,
            defaultGwpSetCode = "AR5", factorsCsv = AdoptionScenario.Csv,
        };

        using var response = await client.PostAsJsonAsync("/api/v1/factor-editions", body, AppFactory.Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await scenario.AssertAdoptedAsync("TEST-ADOPT-API", analyst.Id);
    }

    [Fact]
    public async Task Publish_MunicipalOfficer_Returns403AndMovesNothing()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2023);
        var before = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == id).Select(i => i.FactorEditionId).SingleAsync());
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var body = new
        {
            code = "TEST-ADOPT-NO", nameEn = "x", nameTh = "x", source = "tests", validFromYear = 2023, validToYear = 2023, defaultGwpSetCode = "AR5",
            factorsCsv = AdoptionScenario.Csv,
        };

        (await client.PostAsJsonAsync("/api/v1/factor-editions", body, AppFactory.Json)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == id).Select(i => i.FactorEditionId).SingleAsync())).Should().Be(before);
    }
}
