using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.Web.Tests.Inventories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SkiaSharp;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// The provincial officer's review in a real browser, in Thai: opens a submitted inventory from the home page, shows
/// only the lines that changed more than 30 % from last year, opens a line's evidence in a new tab, comments, and
/// approves through the confirmation summary: refused while comments are unanswered, then approved with a reason.
/// The data and its hand-worked figures are <see cref="ReviewTestData"/> (Chiang Mai, 2024 and 2025).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ThaiProvincialOfficer_FiltersChangedLines_OpensEvidence_Comments_ApprovesThroughTheConfirmation()
    {
        var app = browser.App;
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        await NameAsync(provincial, "สมหญิง ตรวจดี");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2025, provincial.Id);
        // A photo of the street lights' meter, so the changed line has evidence to open.
        var photo = await app.WithDbAsync(async db =>
        {
            var bytes = Png();
            var file = new EvidenceFile(Guid.NewGuid(), data.Id, data.StreetLights, "meter.png", "image/png", bytes,
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), provincial.Id, DateTimeOffset.UtcNow);
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });

        var reviewer = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(reviewer, provincial);
        await reviewer.GotoAsync("/Inventories");
        await reviewer.ClickAsync($"#awaiting-panel a[href*='/Inventories/Review/{data.Id}']");
        await reviewer.WaitForURLAsync($"**/Inventories/Review/{data.Id}");
        (await reviewer.InnerTextAsync("#review-shown")).Should().Be("แสดง 4 จาก 4 รายการ");
        await BrowserFixture.ScreenshotAsync(reviewer, "review-lines-th");

        // Only the lines that changed more than 30 %: the town hall (+50 %) and the street lights (-40 %).
        (await reviewer.InnerTextAsync("label[for='filter-changed']")).Should().Be("เปลี่ยนจากปีก่อนเกิน 30 % (2 รายการ)");
        await reviewer.CheckAsync("#filter-changed");
        await reviewer.ClickAsync("#filter-apply");
        await reviewer.WaitForURLAsync(url => url.Contains("changed=true", StringComparison.Ordinal));
        (await reviewer.Locator("tbody.review-line").CountAsync()).Should().Be(2);
        (await reviewer.InnerTextAsync($"#line-{data.TownHall} [data-cell='change']")).Should().Be("+50 %");
        (await reviewer.InnerTextAsync($"#line-{data.StreetLights} [data-cell='change']")).Should().Be("-40 %");
        (await reviewer.InnerTextAsync($"#line-{data.StreetLights} [data-cell='last-year']")).Should().Be("500 kWh");
        await NoEnglishAsync(reviewer);
        await BrowserFixture.ScreenshotAsync(reviewer, "review-filtered-th");

        // The meter photo opens in a tab of its own, beside the review.
        var tab = await reviewer.Context.RunAndWaitForPageAsync(() => reviewer.ClickAsync($"#line-{data.StreetLights} a.evidence-link"));
        await tab.WaitForLoadStateAsync(LoadState.Load);
        tab.Url.Should().Contain($"evidenceId={photo}").And.Contain("handler=Evidence");
        (await tab.Locator("img").CountAsync()).Should().Be(1, "the browser shows the photo itself, not a download");
        await BrowserFixture.ScreenshotAsync(tab, "review-evidence-tab", fullPage: false);
        await tab.CloseAsync();

        // A question on the town hall's rise.
        await reviewer.SelectOptionAsync("#comment-line", data.TownHall.ToString());
        await reviewer.FillAsync("#comment-form [name='Comment.Text']", "ขอสำเนาใบแจ้งค่าไฟฟ้าของอาคารใหม่");
        await reviewer.ClickAsync("#comment-button");
        await reviewer.Locator($"#thread-{data.TownHall}").WaitForAsync();

        // The confirmation: totals by scope, the largest changes, the two unanswered comments.
        await reviewer.ClickAsync("#approve-button");
        await reviewer.Locator("#confirm").WaitForAsync();
        (await reviewer.InnerTextAsync("#confirm-total")).Should().Be("4.200 tCO₂e");
        (await reviewer.Locator("#confirm-changes tbody tr").CountAsync()).Should().Be(3);
        (await reviewer.Locator("#confirm-open li").CountAsync()).Should().Be(2);
        await NoEnglishAsync(reviewer);
        await reviewer.Locator("#confirm").ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("review-confirm-th") });

        // Without a reason it is refused, in Thai, and nothing is locked.
        await reviewer.ClickAsync("#confirm-button");
        await reviewer.Locator(".validation-summary-errors").WaitForAsync();
        (await reviewer.InnerTextAsync("#confirm")).Should().Contain("ยังมีความเห็น 2 เรื่องที่ยังไม่มีคำตอบ กรุณาระบุเหตุผลหากจะดำเนินการต่อ");
        (await StatusAsync(data.Id)).Should().Be(InventoryStatus.Submitted);
        await reviewer.Locator("#confirm").ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("review-confirm-refused-th") });

        // With a reason it is approved, and the reason is in the status history.
        await reviewer.FillAsync("#confirm-reason", "ตรวจสอบกับเทศบาลทางโทรศัพท์แล้ว");
        await reviewer.ClickAsync("#confirm-button");
        await reviewer.Locator("#confirm-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await reviewer.InnerTextAsync("main")).Should().Contain("อนุมัติบัญชีแล้ว");
        (await StatusAsync(data.Id)).Should().Be(InventoryStatus.Approved);
        (await app.WithDbAsync(db => db.InventoryStatusChanges.Where(c => c.InventoryId == data.Id && c.To == InventoryStatus.Approved).Select(c => c.Reason).SingleAsync()))
            .Should().Be("ตรวจสอบกับเทศบาลทางโทรศัพท์แล้ว");
        await BrowserFixture.ScreenshotAsync(reviewer, "review-approved-th", fullPage: false);
    }

    /// <summary>The page's text in Thai: the only Latin words are units (kWh, tCO₂e), gases (CO₂), file names and the programme's name (CFO), as Thai forms write them.</summary>
    private static async Task NoEnglishAsync(IPage page)
    {
        var text = await page.InnerTextAsync("main");
        var latin = LatinWord().Matches(text).Select(m => m.Value).Distinct().ToList();
        latin.Should().BeSubsetOf(["kWh", "tCO", "CO", "e", "CFO", "fuel", "log", "pdf", "meter", "png"]);
    }

    private Task<int> NameAsync(TestUser user, string name) => browser.App.WithDbAsync(async db =>
    {
        var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
        stored.DisplayName = name;
        return await db.SaveChangesAsync();
    });

    private Task<InventoryStatus> StatusAsync(Guid id) =>
        browser.App.WithDbAsync(db => db.Inventories.AsNoTracking().Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    /// <summary>A small picture standing in for a photo of a meter.</summary>
    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(320, 180);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xEC, 0xEF, 0xF1));
            using var paint = new SKPaint { Color = new SKColor(0x1B, 0x5E, 0x20), IsAntialias = true };
            canvas.DrawRect(40, 40, 240, 100, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LatinWord();
}
