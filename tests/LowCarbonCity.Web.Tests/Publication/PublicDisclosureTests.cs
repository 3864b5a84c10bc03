using System.Net;
using System.Text.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Publication;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Publication;

/// <summary>
/// An organisation publishes its approved inventory: anyone then reads its totals and open data without signing in;
/// nothing unpublished (a draft, an approved inventory not published, a withdrawn or reopened one) is reachable
/// anonymously; only the LAO's municipal officers and administrators publish; publishing and withdrawing are audited.
/// Expected figures worked by hand from the April 2022 edition and AR5 (CompleteCfoLines): grid 120,000 kWh x 0.4999 =
/// 59,988 kg (scope 2); diesel 5,000 L: CO2 5,000 x 2.6987 = 13,493.5, CH4 5,000 x 0.000142 = 0.71 kg x 30 = 21.3,
/// N2O 0.71 kg x 265 = 188.15, so 13,702.95 kg (scope 1); the landfill line is IE; total 73,690.95 kg.
/// </summary>
public sealed class PublicDisclosureTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task PublishedApprovedInventory_ReadAnonymouslyInThai_WithOpenDataAndAudit()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2023, InventoryStatus.Approved);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var anonymous = AppFactory.InThai(Anonymous());
        (await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2023/Organisation"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "approved but not published");
        (await anonymous.GetStringAsync(U("/Public"))).Should().NotContain("data-organisation=\"CMI-CM\"");

        using var signedIn = await app.ClientForAsync(officer);
        using var posted = await AppFactory.PostFormAsync(signedIn, $"/Inventories/Publish/{id}",
            new Dictionary<string, string> { ["ExpectedVersion"] = (await app.InventoryAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Inventories/Publish/{id}?handler=Publish");
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var page = await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2023/Organisation"));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"public-total\">73.691<", "73,690.95 kg is 73.691 t in Thai number format");
        html.Should().Contain(">13.703<").And.Contain(">59.988<", "scope 1 and scope 2 in tonnes");
        html.Should().Contain("2566", "the year in the Buddhist Era").And.Contain("อนุมัติ");
        html.Should().NotContain("Organisation<").And.NotContain("Scope1").And.NotContain("Approved<");
        (await anonymous.GetStringAsync(U("/Public?q=CMI-CM"))).Should().Contain("data-organisation=\"CMI-CM\"");

        using var csv = await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2023/Organisation?handler=Csv"));
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be(OpenDataFile.CsvHeader);
        var cells = rows.Skip(1).Select(r => r.Split(',')).ToList();
        cells.Should().OnlyContain(c => c[9] == "TGO-CFO-2022-04" && c[10] == "AR5" && c[12] == "CC-BY-4.0" && c[5] == "Approved");
        cells.Sum(c => decimal.Parse(c[8], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(73_690.95m);

        using var json = JsonDocument.Parse(await anonymous.GetStringAsync(U("/Public/Inventory/CMI-CM/2023/Organisation?handler=Json")));
        json.RootElement.GetProperty("totalCo2eKg").GetDecimal().Should().Be(73_690.95m);
        json.RootElement.GetProperty("licence").GetString().Should().Be("CC-BY-4.0");
        json.RootElement.GetProperty("factorEdition").GetString().Should().Be("TGO-CFO-2022-04");

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.InventoryId == id && a.EntityType == "Inventory").Select(a => a.NewValues).ToListAsync());
        audited.Should().Contain(v => v != null && v.Contains("PublishedAt"), "publishing is in the audit trail");

        using var withdrawn = await AppFactory.PostFormAsync(signedIn, $"/Inventories/Publish/{id}",
            new Dictionary<string, string> { ["ExpectedVersion"] = (await app.InventoryAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Inventories/Publish/{id}?handler=Withdraw");
        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2023/Organisation"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "withdrawn");
        (await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2023/Organisation?handler=Json"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.InventoryId == id && a.EntityType == "Inventory" && a.OldValues != null && a.OldValues.Contains("PublishedAt"))))
            .Should().BeGreaterThan(0, "withdrawing is in the audit trail");
    }

    [Fact]
    public async Task Publish_ByWhomAndWhat_OnlyTheLaosOfficersAndAdministratorsAndOnlyApprovedData()
    {
        var draft = await app.CalculatedInventoryAsync("LCB-CM", 2023, InventoryStatus.Draft);
        var approved = await app.CalculatedInventoryAsync("LCB-CM", 2022, InventoryStatus.Approved);
        var own = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var other = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20");
        var admin = await app.CreateUserAsync(Roles.Administrator);

        Task<Result<int>> Publish(TestUser user, Guid id) => app.AsUserAsync<PublicationService, Result<int>>(user, async (s, p) =>
            await s.PublishAsync(p, new PublicationInput(id, (await app.InventoryAsync(id)).Version), CancellationToken.None));

        (await Publish(other, approved)).Status.Should().Be(ResultStatus.Forbidden);
        (await Publish(provincial, approved)).Status.Should().Be(ResultStatus.Forbidden, "the province reviews; the LAO decides what it publishes");
        var refused = await Publish(own, draft);
        refused.Status.Should().Be(ResultStatus.Invalid);
        refused.Errors.Should().ContainKey("PublishedAt");
        (await app.InventoryAsync(draft)).PublishedAt.Should().BeNull();
        (await Publish(admin, approved)).Status.Should().Be(ResultStatus.Ok);

        // A draft's public address is a 404 even when someone sets its publication in the database behind the rules.
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE inventories SET published_at = {DateTimeOffset.UtcNow} WHERE id = {draft}"));
        using var anonymous = Anonymous();
        (await anonymous.GetAsync(U("/Public/Inventory/LCB-CM/2023/Organisation"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(U("/Public/Inventory/LCB-CM/2022/Organisation"))).StatusCode.Should().Be(HttpStatusCode.OK);

        // The Thai page names the refusal in Thai.
        using var thai = AppFactory.InThai(await app.ClientForAsync(own));
        using var page = await AppFactory.PostFormAsync(thai, $"/Inventories/Publish/{draft}",
            new Dictionary<string, string> { ["ExpectedVersion"] = (await app.InventoryAsync(draft)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/Inventories/Publish/{draft}?handler=Publish");
        (await page.Content.ReadAsStringAsync()).Should().Contain("เผยแพร่ได้เฉพาะบัญชีที่อนุมัติหรือทวนสอบแล้ว");
    }

    [Fact]
    public async Task Reopen_PublishedInventory_LeavesThePublicPages()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2021, InventoryStatus.Approved);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        (await app.AsUserAsync<PublicationService, Result<int>>(officer, async (s, p) =>
            await s.PublishAsync(p, new PublicationInput(id, (await app.InventoryAsync(id)).Version), CancellationToken.None))).Status.Should().Be(ResultStatus.Ok);
        using var anonymous = Anonymous();
        (await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2021/Organisation"))).StatusCode.Should().Be(HttpStatusCode.OK);

        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        (await app.MoveAsync(provincial, id, s => s.ReopenAsync, "Bill corrected")).Status.Should().Be(ResultStatus.Ok);

        (await anonymous.GetAsync(U("/Public/Inventory/CMI-CM/2021/Organisation"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "reopened data is off the public pages at once");
        (await app.InventoryAsync(id)).PublishedAt.Should().BeNull();
    }
}
