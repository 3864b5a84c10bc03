using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// The municipal officer, in Thai, goes from the landfill form of the editor to the sites page, creates a site with
/// one year of deposits typed in the Buddhist Era, and comes back: 1 click there, 2 fields and 2 cells, 1 save, 1 click back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SitesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sites_ThaiOfficer_CreatesASiteFromTheLandfillFormAndComesBack()
    {
        var officer = await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await browser.App.CreateInventoryAsync("CMI-CM", 2025);
        var page = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(page, officer);
        await page.GotoAsync($"/Inventories/Detail/{id}");

        await page.SetViewportSizeAsync(1366, 768);
        if (!await page.Locator("#add-line-box").EvaluateAsync<bool>("d => d.open"))
        {
            await page.ClickAsync("#add-line");
        }

        await page.SelectOptionAsync("#add-category", nameof(ActivityCategory.SolidWasteDisposal));
        await page.ClickAsync("#new-method-sites-link");
        await page.WaitForURLAsync(url => url.Contains("/Sites", StringComparison.Ordinal));
        (await page.InnerTextAsync("h1")).Should().Be("สถานที่กำจัดขยะมูลฝอย");
        await page.FillAsync("#Input_Name", "บ่อฝังกลบแม่เหียะ");
        await page.SelectOptionAsync("#Input_Management", nameof(SiteManagement.ManagedAnaerobic));
        await page.FillAsync("input[name='Input.Rows[0].Year']", "2567");
        await page.FillAsync("input[name='Input.Rows[0].Tonnes[Food]']", "1500");
        await BrowserFixture.ScreenshotAsync(page, "sites-th");
        await page.ClickAsync("#site-form button[type=submit]");

        await page.WaitForSelectorAsync("text=บันทึกสถานที่แล้ว");
        await BrowserFixture.ScreenshotAsync(page, "sites-saved-th");
        var site = await browser.App.WithDbAsync(db => db.SolidWasteSites.AsNoTracking().SingleAsync(s => s.Name == "บ่อฝังกลบแม่เหียะ"));
        site.Deposits.Select(d => (d.Year, d.WasteType, d.Tonnes)).Should().BeEquivalentTo([(2024, WasteType.Food, 1_500m)]);

        await page.ClickAsync("#sites-back");
        await page.WaitForURLAsync(url => url.Contains($"/Inventories/Detail/{id}", StringComparison.Ordinal));
        (await page.ContentAsync()).Should().Contain("บ่อฝังกลบแม่เหียะ");
    }
}
