using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// Issue 17's compact editor in Thai: the officer copies last year (24 lines), types this year's quantities into
/// three rows and saves them without leaving the page; the total, the change against the same line last year and the
/// missing-items box update at once; a change of more than 30 % opens the row for its explanation. Figures by hand
/// (grid factor 0.4999 kg CO2e/kWh up to 2025): offices 1,000 -> 445 kWh = -55.5 %; street lighting 2,000 -> 2,100
/// kWh = +5 %; pumps 3,000 -> 3,000 kWh = 0 %; (445 + 2,100 + 3,000) x 0.4999 = 2,771.9455 kg = 2.772 t.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CopyEditorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int LastYear = 2023;

    /// <summary>Last year's 24 lines: the three electricity meters of the journey and 21 others in six categories.</summary>
    private async Task SeedLastYearAsync()
    {
        var id = await browser.App.CreateInventoryAsync("CMI-CM", LastYear, complete: false);
        await browser.App.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == id);
            void Add(ActivityCategory category, decimal amount, Unit unit, string description)
            {
                var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, category, new Quantity(amount, unit));
                line.Describe(description, "ใบเสร็จ", DataQuality.Medium);
                inventory.AddLine(line, DateTimeOffset.UtcNow);
                db.ActivityLines.Add(line);
            }

            Add(ActivityCategory.GridElectricity, 1_000m, Unit.KWh, "สำนักงานเทศบาล");
            Add(ActivityCategory.GridElectricity, 2_000m, Unit.KWh, "ไฟถนน");
            Add(ActivityCategory.GridElectricity, 3_000m, Unit.KWh, "สถานีสูบน้ำ");
            for (var i = 1; i <= 5; i++)
            {
                Add(ActivityCategory.GridElectricity, 500m * i, Unit.KWh, $"อาคาร {i}");
            }

            for (var i = 1; i <= 6; i++)
            {
                Add(ActivityCategory.OnRoadDiesel, 1_000m * i, Unit.Litre, $"รถเก็บขยะ {i}");
            }

            for (var i = 1; i <= 3; i++)
            {
                Add(ActivityCategory.OnRoadGasolineUncontrolled, 300m * i, Unit.Litre, $"รถจักรยานยนต์ {i}");
                Add(ActivityCategory.StationaryLpg, 50m * i, Unit.Kilogram, $"โรงอาหาร {i}");
            }

            Add(ActivityCategory.StationaryDiesel, 400m, Unit.Litre, "เครื่องกำเนิดไฟฟ้า");
            Add(ActivityCategory.GridElectricity, 700m, Unit.KWh, "ไฟสวนสาธารณะ");
            Add(ActivityCategory.WasteToThirdPartyLandfill, 120_000m, Unit.Kilogram, "ขยะส่งบ่อฝังกลบจังหวัด");
            Add(ActivityCategory.WasteToThirdPartyLandfill, 8_000m, Unit.Kilogram, "ขยะตลาด");
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task CopyLastYear_TypeQuantities_SaveInPlace_TheTotalAndTheChangeUpdate()
    {
        await SeedLastYearAsync();
        var officer = await browser.NewPageAsync("th-TH");
        await officer.SetViewportSizeAsync(1366, 768);
        await BrowserFixture.SignInAsync(officer, await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var loads = 0;
        officer.Load += (_, _) => loads++;

        var id = await InventoryPages.StartAsync(officer, LastYear + 1, copyLastYear: true);
        (await officer.Locator("tbody.line.awaiting").CountAsync()).Should().Be(24);
        (await officer.InnerTextAsync("#awaiting-lines")).Should().Contain("24");
        (await officer.InnerTextAsync("#total-tco2e")).Should().Be("0.000");
        var height = await officer.EvaluateAsync<int>("() => document.getElementById('editor').getBoundingClientRect().height");
        await BrowserFixture.ScreenshotAsync(officer, "editor-copied-th");
        var loadsAfterStart = loads;

        var offices = await InventoryPages.RowPrefixAsync(officer, "สำนักงานเทศบาล");
        var lighting = await InventoryPages.RowPrefixAsync(officer, "ไฟถนน");
        var pumps = await InventoryPages.RowPrefixAsync(officer, "สถานีสูบน้ำ");
        (await officer.InnerTextAsync($"#{offices}last-year")).Should().Be("1,000 kWh");
        (await officer.InputValueAsync($"#{offices}amount")).Should().BeEmpty();
        (await officer.InputValueAsync($"#{offices}unit")).Should().Be("kWh");

        // Lighting and pumps: type, then one "save all".
        await officer.FillAsync($"#{lighting}amount", "2100");
        await officer.FillAsync($"#{pumps}amount", "3000");
        await officer.ClickAsync("#save-all");
        await officer.Locator($"#{pumps}status", new() { HasTextString = "บันทึกรายการแล้ว" }).WaitForAsync();
        await officer.Locator($"#{lighting}status", new() { HasTextString = "บันทึกรายการแล้ว" }).WaitForAsync();
        (await officer.InnerTextAsync($"#{lighting}change")).Should().Be("+5 %");
        (await officer.InnerTextAsync($"#{pumps}change")).Should().Be("0 %");

        // Offices: -55.5 % needs an explanation: the row opens on it, nothing is lost.
        await officer.FillAsync($"#{offices}amount", "445");
        await officer.PressAsync($"#{offices}amount", "Enter");
        await officer.Locator($"#{offices}change-explanation").WaitForAsync();
        (await officer.InnerTextAsync($"#{offices}errors")).Should().Contain("30");
        (await officer.InputValueAsync($"#{offices}amount")).Should().Be("445");
        await BrowserFixture.ScreenshotAsync(officer, "editor-explanation-th", fullPage: false);
        await officer.FillAsync($"#{offices}change-explanation", "ย้ายงานบางส่วนไปอาคารใหม่");
        await officer.ClickAsync($"#{offices}save");
        await officer.Locator($"#{offices}status", new() { HasTextString = "บันทึกรายการแล้ว" }).WaitForAsync();

        (await officer.InnerTextAsync($"#{offices}change")).Should().Be("-55.5 %");
        (await officer.InnerTextAsync("#total-tco2e")).Should().Be("2.772");
        (await officer.InnerTextAsync("#awaiting-lines")).Should().Contain("21");
        (await officer.Locator("tbody.line.awaiting").CountAsync()).Should().Be(21);
        loads.Should().Be(loadsAfterStart, "every save happened in place");
        await BrowserFixture.ScreenshotAsync(officer, "editor-saved-th");

        var stored = await browser.App.WithDbAsync(db => db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == id && l.Amount != null).ToListAsync());
        stored.Select(l => l.Amount).Should().BeEquivalentTo(new decimal?[] { 445m, 2_100m, 3_000m });

        // Leaving with an unsaved value asks first (the browser's own dialog).
        await officer.FillAsync($"#{offices}amount", "450");
        var asked = false;
        officer.Dialog += async (_, dialog) =>
        {
            asked = dialog.Type == DialogType.BeforeUnload;
            await dialog.DismissAsync();
        };
        await officer.EvaluateAsync("() => { document.querySelector('#link-summary').click(); }");
        await officer.WaitForTimeoutAsync(500);
        asked.Should().BeTrue();

        // About two screens at 1366 x 768 for 24 lines (measured and recorded, not a tight bound).
        height.Should().BeLessThan(2 * 768 + 400);
        Console.WriteLine($"editor height at 1366x768 with 24 copied lines: {height} px");
    }

    [Fact]
    public async Task OnAPhone_TheRowsStackAndAQuantitySavesInPlace()
    {
        await SeedPhoneYearAsync();
        var officer = await browser.NewPageAsync("th-TH");
        await officer.SetViewportSizeAsync(390, 844);
        await BrowserFixture.SignInAsync(officer, await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        await InventoryPages.StartAsync(officer, 2021, copyLastYear: true);

        var lighting = await InventoryPages.RowPrefixAsync(officer, "ไฟถนน");
        await officer.FillAsync($"#{lighting}amount", "2100");
        await officer.ClickAsync($"#{lighting}save");
        await officer.Locator($"#{lighting}status", new() { HasTextString = "บันทึกรายการแล้ว" }).WaitForAsync();

        // 2,100 x 0.4999 = 1,049.79 kg = 1.050 t; nothing wider than the phone.
        (await officer.InnerTextAsync("#total-tco2e")).Should().Be("1.050");
        var overflow = await officer.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0);
        var height = await officer.EvaluateAsync<int>("() => document.getElementById('editor').getBoundingClientRect().height");
        Console.WriteLine($"editor height at 390 px with 2 copied lines: {height} px");
        await BrowserFixture.ScreenshotAsync(officer, "editor-phone-th");
    }

    private async Task SeedPhoneYearAsync()
    {
        var id = await browser.App.CreateInventoryAsync("CMI-CM", 2020, complete: false);
        await browser.App.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == id);
            foreach (var (amount, description) in new[] { (2_000m, "ไฟถนน"), (1_000m, "สำนักงานเทศบาล") })
            {
                var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(amount, Unit.KWh));
                line.Describe(description, "ใบแจ้งหนี้ กฟภ.", DataQuality.High);
                inventory.AddLine(line, DateTimeOffset.UtcNow);
                db.ActivityLines.Add(line);
            }

            return await db.SaveChangesAsync();
        });
    }
}
