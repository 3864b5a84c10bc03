using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// The whole year's journey in a real browser: a municipal officer starts a year, enters data and submits; the provincial
/// officer returns it with a comment; the officer fixes it and resubmits; the province approves; the officer downloads the
/// PDF report. Figures worked by hand (docs/domain/methodology.md 2.1, TGO CFO April 2022 grid factor 0.4999 kg CO2e/kWh):
/// 10,000 kWh → 4,999 kg = 4.999 t; corrected to 20,000 kWh → 9,998 kg = 9.998 t (10.00 t at the PDF's 2 decimals).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WholeYearJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2025;

    [Fact]
    public async Task EnterSubmit_ProvinceReturns_FixResubmit_ProvinceApproves_OfficerDownloadsThePdf()
    {
        var officer = await browser.NewPageAsync("en-GB");
        var reviewer = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(officer, await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        await BrowserFixture.SignInAsync(reviewer, await browser.App.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));

        // The officer starts the year and enters the data.
        var id = await InventoryPages.StartAsync(officer, Year);
        await InventoryPages.AddQuantityAsync(officer, nameof(ActivityCategory.GridElectricity), 10_000m, "kWh");
        await InventoryPages.AddNotationAsync(officer, nameof(ActivityCategory.OnRoadDiesel), "NO", "The municipality owns no diesel vehicles");
        await InventoryPages.AddNotationAsync(officer, nameof(ActivityCategory.WasteToThirdPartyLandfill), "IE", "Collected and reported by the province");
        var electricity = await InventoryPages.CardPrefixAsync(officer, 10_000m);
        (await officer.InnerTextAsync($"#{electricity}tco2e")).Should().Contain("4.999");
        await InventoryPages.OpenDetailsAsync(officer, electricity);
        await officer.ClickAsync($"details#{electricity}formula summary");
        (await officer.InnerTextAsync($"details#{electricity}formula")).Should().Contain("0.4999");
        await BrowserFixture.ScreenshotAsync(officer, "editor");
        await officer.Locator($"tbody#line-{Guid.Parse(electricity[1..^1])}").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(officer, "editor-line", fullPage: false); // the README's picture
        await officer.ClickAsync("#link-summary");
        await officer.WaitForURLAsync("**/Inventories/Summary/**");
        await officer.Locator("#chart-scope").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(officer, "summary");
        await InventoryPages.SubmitAsync(officer, id);
        (await StatusAsync(id)).Should().Be(InventoryStatus.Submitted);

        // The province returns it with a comment on the electricity line (the reviewer's browser is in Thai).
        await reviewer.GotoAsync("/Inventories");
        await reviewer.ClickAsync($"a[href*='/Inventories/Review/{id}']");
        await reviewer.WaitForURLAsync($"**/Inventories/Review/{id}");
        await reviewer.FillAsync("#comment-form [name='Comment.Text']", "Bills for March to May are missing");
        await reviewer.ClickAsync("#comment-button");
        await reviewer.GetByText("Bills for March to May are missing").First.WaitForAsync();
        await reviewer.FillAsync("#return-form [name='Transition.Reason']", "Please add the missing bills");
        await BrowserFixture.ScreenshotAsync(reviewer, "review-th");
        await reviewer.ClickAsync("#return-button");
        await reviewer.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        (await StatusAsync(id)).Should().Be(InventoryStatus.Returned);

        // The officer sees it waiting, reads the comment, fixes the line and resubmits.
        await officer.GotoAsync("/Inventories");
        (await officer.InnerTextAsync("#awaiting-panel")).Should().NotBeNullOrWhiteSpace();
        await officer.GotoAsync($"/Inventories/Review/{id}");
        (await officer.InnerTextAsync("main")).Should().Contain("Bills for March to May are missing");
        await officer.GotoAsync($"/Inventories/Detail/{id}");
        await officer.FillAsync($"#{electricity}amount", "20000");
        await officer.ClickAsync($"#{electricity}save");
        await officer.Locator($"#{electricity}tco2e", new() { HasTextString = "9.998" }).WaitForAsync();
        await InventoryPages.SubmitAsync(officer, id);
        (await StatusAsync(id)).Should().Be(InventoryStatus.Submitted);

        // The province approves through the confirmation; its comment got no reply, so it writes why it goes ahead.
        await reviewer.GotoAsync($"/Inventories/Review/{id}");
        await reviewer.ClickAsync("#approve-button");
        await reviewer.FillAsync("#confirm-reason", "ได้รับใบแจ้งหนี้ครบแล้ว");
        await reviewer.ClickAsync("#confirm-button");
        await reviewer.Locator("#confirm-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await StatusAsync(id)).Should().Be(InventoryStatus.Approved);

        // The officer downloads the English PDF: the approved figures are in it.
        await officer.GotoAsync($"/Reports/Inventory/{id}");
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.ClickAsync("a[href*='handler=Pdf'][href*='lang=en']"));
        var file = Path.Combine(Path.GetTempPath(), $"journey-{id:N}.pdf");
        await download.SaveAsAsync(file);
        using (var pdf = PdfDocument.Open(file))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            text.Should().Contain("Chiang Mai").And.Contain("10.00").And.Contain("20,000");
        }

        File.Delete(file);
    }

    private Task<InventoryStatus> StatusAsync(Guid id) =>
        browser.App.WithDbAsync(db => db.Inventories.AsNoTracking().Where(i => i.Id == id).Select(i => i.Status).SingleAsync());
}
