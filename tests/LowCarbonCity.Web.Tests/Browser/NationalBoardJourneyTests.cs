using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// A TGO analyst in a Thai browser opens the national board from the menu, switches to the sector view and to GPC,
/// and downloads that view as Excel. 2015: Laem Chabang's CFO inventory (AppFactory.CompleteCfoLines: 59,988 kg of
/// electricity and 13,702.95 kg of on-road diesel) is approved; Chiang Mai's GPC inventory holds the same diesel
/// line in on-road transport: 13,702.95 kg in GPC sector II.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NationalBoardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2015;

    [Fact]
    public async Task ThaiTgoAnalyst_OpensNationalBoardFromMenu_SectorViewGpc_DownloadsThatView()
    {
        await browser.App.CalculatedInventoryAsync("LCB-CM", Year, InventoryStatus.Approved);
        await browser.App.CalculatedCityInventoryAsync("CMI-CM", Year, InventoryStatus.Submitted);
        var tgo = await browser.App.CreateUserAsync(Roles.TgoAnalyst);
        var page = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(page, tgo);
        await BrowserFixture.ScreenshotAsync(page, "tgo-home-th");

        await page.ClickAsync("#site-nav a[href='/Boards/National']");
        await page.WaitForSelectorAsync("h1:text('ภาพรวมประเทศ')");
        await page.SelectOptionAsync("#year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#board-filter button[type=submit]");
        await page.ClickAsync("#board-views a[data-view=Sector]");
        await page.WaitForSelectorAsync("#board-views a.active[data-view=Sector]");
        await ChartDrawnAsync(page);
        (await page.InnerTextAsync("#board-view")).Should().Contain("ไฟฟ้า").And.Contain("59.988").And.Contain("การเผาไหม้เคลื่อนที่").And.Contain("13.703");
        await BrowserFixture.ScreenshotAsync(page, "national-board-sector-cfo-th", fullPage: false);

        await page.ClickAsync("#board-kinds a[data-kind=City]");
        await page.WaitForSelectorAsync("#board-kinds a.active[data-kind=City]");
        await ChartDrawnAsync(page);
        var main = await page.InnerTextAsync("main");
        main.Should().Contain("II การขนส่ง").And.Contain("13.703").And.Contain("พ.ศ. 2558");
        main.Should().NotContainAny("Organisation", "City", "Sector", "Transportation", "Electricity");
        (await page.EvaluateAsync<bool>(
            "() => document.getElementById('board-chart').getBoundingClientRect().top < document.getElementById('board-view').getBoundingClientRect().top"))
            .Should().BeTrue("the chart comes before the table");
        await BrowserFixture.ScreenshotAsync(page, "national-board-sector-gpc-th");
        await BrowserFixture.ScreenshotAsync(page, "national-board-sector-gpc-th-screen", fullPage: false);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#board-download-excel"));
        var path = await download.PathAsync();
        using var workbook = new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(path)));
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().Should().Be("ภาคส่วน");
        sheet.Cell(2, 1).GetString().Should().Be("II การขนส่ง");
        sheet.Cell(2, 2).GetValue<decimal>().Should().Be(13.70295m);
        download.SuggestedFilename.Should().Be("national_Sector_City_2015_th.xlsx");

        // The province board from the completeness table: every LAO of Chon Buri with its state, in Thai.
        await page.ClickAsync("#board-provinces tr[data-province='20'] a");
        await page.WaitForSelectorAsync("#board-organisations");
        (await page.InnerTextAsync("#board-organisations")).Should().Contain("ยังไม่มีผู้ใช้งาน");
        await BrowserFixture.ScreenshotAsync(page, "province-board-th", fullPage: false);
    }

    /// <summary>Chart.js grows its bars for a moment: the screenshot waits until they stand at their values.</summary>
    private static Task ChartDrawnAsync(Microsoft.Playwright.IPage page) => page.WaitForTimeoutAsync(1200);
}
