using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// Issue 17's method forms in Thai, in Chromium: the municipal officer adds a landfill line by picking the
/// organisation's existing disposal site by name and accepting the default waste composition, then a domestic
/// wastewater line by its treatment system; nothing asks for JSON or an id. Figures by hand (AR5: CH4 28, N2O 265):
/// the site's 1,000 t of food deposited in 2023 emit in 2024 75 x (1 - e^-0.40) x 0.5 x 16/12 = 16.484 t CH4 =
/// 461.552 t CO2e (this year's 2,000 t decay from next year on); 10,000 people on septic tanks emit 43,800 kg CH4 and
/// 372.248 kg N2O = 1,325.046 t CO2e.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MethodFormJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2024;

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [Fact]
    public async Task AddLandfillOnAnExistingSiteAndAWastewaterLine_InThai_NoJsonNoId()
    {
        var organisationId = await browser.App.OrganisationIdAsync("CMI-CM");
        var siteId = await browser.App.WithDbAsync(async db =>
        {
            var site = new SolidWasteSite(Guid.NewGuid(), organisationId, "บ่อฝังกลบแม่เหียะ", SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            site.SetDeposit(Year - 1, WasteType.Food, 1_000m, isBackCast: false);
            db.SolidWasteSites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
        var officer = await browser.NewPageAsync("th-TH");
        await officer.SetViewportSizeAsync(1366, 768);
        await BrowserFixture.SignInAsync(officer, await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var id = await InventoryPages.StartAsync(officer, Year);
        if (!await officer.Locator("#add-line-box").EvaluateAsync<bool>("d => d.open"))
        {
            await officer.ClickAsync("#add-line");
        }

        // Landfill: only its form shows; the site is picked by its name, its data beside it; the composition stays as proposed.
        await officer.SelectOptionAsync("#add-category", nameof(ActivityCategory.SolidWasteDisposal));
        (await officer.IsVisibleAsync("#new-method-SolidWasteDisposal")).Should().BeTrue();
        (await officer.IsVisibleAsync("#new-method-DomesticWastewater")).Should().BeFalse();
        await officer.SelectOptionAsync("#new-method-site", new SelectOptionValue { Label = "บ่อฝังกลบแม่เหียะ" });
        (await officer.InnerTextAsync("#new-method-sites")).Should().Contain("บ่อฝังกลบแม่เหียะ").And.Contain("มีการจัดการ แบบไร้อากาศ");
        (await officer.InputValueAsync("#new-method-Food")).Should().Be("43.5");
        await officer.FillAsync("#new-amount", "2000");
        await officer.SelectOptionAsync("#new-unit", "t");
        await officer.FillAsync("#new-description", "ขยะเข้าบ่อฝังกลบ");
        await BrowserFixture.ScreenshotAsync(officer, "method-landfill-form-th");
        await officer.ClickAsync("#add-save");
        await officer.Locator("tbody[id^='line-']").First.WaitForAsync();

        // Wastewater: population served, the treatment system from the list, defaults as shown.
        if (!await officer.Locator("#add-line-box").EvaluateAsync<bool>("d => d.open"))
        {
            await officer.ClickAsync("#add-line");
        }

        await officer.SelectOptionAsync("#add-category", nameof(ActivityCategory.DomesticWastewater));
        (await officer.IsVisibleAsync("#new-method-SolidWasteDisposal")).Should().BeFalse();
        await officer.FillAsync("#new-amount", "10000");
        await officer.SelectOptionAsync("#new-unit", "person-year");
        await officer.SelectOptionAsync("#new-method-DwPathway", new SelectOptionValue { Label = "บ่อเกรอะ/ถังส้วม (MCF 0.5)" });
        await officer.FillAsync("#new-description", "น้ำเสียชุมชนบ่อเกรอะ");
        await officer.ClickAsync("#add-save");
        await officer.Locator("tbody[id^='line-']").Nth(1).WaitForAsync();

        var landfill = await InventoryPages.RowPrefixAsync(officer, "ขยะเข้าบ่อฝังกลบ");
        var wastewater = await InventoryPages.RowPrefixAsync(officer, "น้ำเสียชุมชนบ่อเกรอะ");
        (await officer.InnerTextAsync($"#{landfill}tco2e")).Should().Be("461.552");
        (await officer.InnerTextAsync($"#{wastewater}tco2e")).Should().Be("1,325.046");
        await InventoryPages.OpenDetailsAsync(officer, landfill);
        (await officer.InputValueAsync($"#{landfill}method-site")).Should().Be(siteId.ToString());
        await BrowserFixture.ScreenshotAsync(officer, "method-landfill-details-th");
        var text = await officer.InnerTextAsync("body");
        text.Should().NotContain("{").And.NotContain("ParametersJson");
        GuidPattern().IsMatch(text).Should().BeFalse("no id is shown to a person");

        var stored = await browser.App.WithDbAsync(db => db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == id).ToListAsync());
        stored.Single(l => l.Category == ActivityCategory.SolidWasteDisposal).SolidWasteSiteId.Should().Be(siteId);
        ((DomesticWastewaterParameters)WasteMethods.ParseParameters(CalculationMethod.DomesticWastewater,
            stored.Single(l => l.Category == ActivityCategory.DomesticWastewater).ParametersJson)!).Pathways.Single().Pathway.Should().Be(TreatmentPathway.SepticSystem);
    }
}
