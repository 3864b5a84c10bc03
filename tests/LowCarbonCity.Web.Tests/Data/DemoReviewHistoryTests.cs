using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Data;

/// <summary>The demo's approved 2024 inventory carries its review: submitted by the municipal officer, approved a week later by the provincial officer.</summary>
public sealed class DemoReviewHistoryTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task Demo_ApprovedInventory_SubmittedByTheMunicipalAndApprovedByTheProvincialOfficer()
    {
        var history = await HistoryAsync();

        history.Select(h => (h.From, h.To, h.Email)).Should().Equal(
            (InventoryStatus.Draft, InventoryStatus.Submitted, "municipal@demo.lowcarboncity.local"),
            (InventoryStatus.Submitted, InventoryStatus.Approved, "provincial@demo.lowcarboncity.local"));
        (history[1].At - history[0].At).Should().Be(TimeSpan.FromDays(7));
        history[1].At.Should().BeBefore(DateTimeOffset.UtcNow);
        (await app.InventoryAsync(DemoIds.Cfo2024)).Status.Should().Be(InventoryStatus.Approved);
        (await app.WithDbAsync(db => db.InventoryStatusChanges.CountAsync(c => c.InventoryId != DemoIds.Cfo2024))).Should().Be(0, "the 2025 inventories are drafts");
    }

    [Fact]
    public async Task Demo_ApprovedInventoryPdf_ShowsWhoApprovedAndTheSteps()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));

        using var response = await client.GetAsync(new Uri($"/Reports/Inventory/{DemoIds.Cfo2024}?handler=Pdf&lang=en", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
        // The demo's people have Thai names: a name is data, printed as written in either language.
        text.Should().Contain("Approved by เจ้าหน้าที่จังหวัดเชียงใหม่ (ตัวอย่าง)").And.Contain("Draft Submitted เจ้าหน้าที่เทศบาลนคร")
            .And.NotContain("No review steps are recorded");
    }

    [Fact]
    public async Task Seed_VersionOneDemoWithoutHistory_GetsTheHistoryOnceOnUpgrade()
    {
        await app.WithDbAsync(async db =>
        {
            db.InventoryStatusChanges.RemoveRange(await db.InventoryStatusChanges.Where(c => c.InventoryId == DemoIds.Cfo2024).ToListAsync());
            (await db.SeedVersions.SingleAsync(s => s.Name == DemoDataSeeder.Name)).Version = 1;
            return await db.SaveChangesAsync();
        });

        await SeedAsync();
        await SeedAsync();

        (await HistoryAsync()).Select(h => h.To).Should().Equal(InventoryStatus.Submitted, InventoryStatus.Approved);
        (await app.WithDbAsync(db => db.Inventories.CountAsync())).Should().Be(3, "an upgrade adds no inventory");
        (await app.WithDbAsync(db => db.SeedVersions.SingleAsync(s => s.Name == DemoDataSeeder.Name))).Version.Should().Be(DemoDataSeeder.Version);
    }

    private Task<int> SeedAsync() => app.WithServiceAsync<DemoDataSeeder, int>(async s =>
    {
        await s.SeedAsync(CancellationToken.None);
        return 0;
    });

    private Task<List<(InventoryStatus From, InventoryStatus To, string? Email, DateTimeOffset At)>> HistoryAsync() => app.WithDbAsync(async db =>
        (await (from c in db.InventoryStatusChanges
                join u in db.Users on c.UserId equals u.Id
                where c.InventoryId == DemoIds.Cfo2024
                select new { c.From, c.To, u.Email, c.At }).ToListAsync())
        .OrderBy(h => h.At).Select(h => (h.From, h.To, (string?)h.Email, h.At)).ToList());
}
