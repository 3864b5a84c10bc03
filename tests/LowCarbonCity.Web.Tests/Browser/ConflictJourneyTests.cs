using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>Two browsers edit the same line; the second save meets the conflict message and changes nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConflictJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TwoBrowsersSaveTheSameLine_TheSecondGetsTheConflictMessage_TheFirstValueStays()
    {
        var user = await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var first = await browser.NewPageAsync("en-GB");
        var second = await browser.NewPageAsync("en-GB");
        await BrowserFixture.SignInAsync(first, user);
        await BrowserFixture.SignInAsync(second, user);
        var id = await InventoryPages.StartAsync(first, 2024);
        await InventoryPages.AddQuantityAsync(first, nameof(ActivityCategory.GridElectricity), 10_000m, "kWh");
        var card = await InventoryPages.CardPrefixAsync(first, 10_000m);
        await second.GotoAsync($"/Inventories/Detail/{id}");

        await first.FillAsync($"#{card}amount", "11000");
        await first.ClickAsync($"#{card}save");
        await first.Locator($"#{card}tco2e", new() { HasTextString = "5.499" }).WaitForAsync(); // 11,000 × 0.4999 kg = 5.4989 t

        await second.FillAsync($"#{card}amount", "12000");
        await second.ClickAsync($"#{card}save");
        var conflict = second.Locator($"#{card}conflict");
        await conflict.WaitForAsync();
        (await conflict.InnerTextAsync()).Should().Contain("Someone else changed this line");
        (await conflict.GetAttributeAsync("role")).Should().Be("alert");
        await BrowserFixture.ScreenshotAsync(second, "editor-conflict");

        var stored = await browser.App.WithDbAsync(db => db.ActivityLines.AsNoTracking()
            .Where(l => l.InventoryId == id).Select(l => l.Amount).SingleAsync());
        stored.Should().Be(11_000m);
    }
}
