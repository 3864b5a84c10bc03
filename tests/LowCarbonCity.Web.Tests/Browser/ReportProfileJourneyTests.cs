using System.Net;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// The municipal officer, in Thai, fills the organisation's report details from the editor (period, preparer,
/// signatory, logo) and gets the PDF that carries them: 1 click to the page, 6 fields, 1 file, 1 save.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportProfileJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ReportDetails_ThaiOfficer_FillsThemFromTheEditorAndThePdfCarriesThem()
    {
        var officer = await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await browser.App.CreateInventoryAsync("CMI-CM", 2025);
        var page = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(page, officer);
        await page.GotoAsync($"/Inventories/Detail/{id}");

        await page.ClickAsync("#link-report-profile");
        await page.WaitForURLAsync(url => url.Contains("/ReportProfile", StringComparison.Ordinal));
        (await page.InnerTextAsync("h1")).Should().Be("ข้อมูลสำหรับรายงาน");
        await page.CheckAsync("#period-FiscalYear");
        await page.FillAsync("#Input_PreparerName", "สมศรี ใจดี");
        await page.FillAsync("#Input_PreparerPosition", "นักวิชาการสิ่งแวดล้อมชำนาญการ");
        await page.FillAsync("#Input_ContactEmail", "env@example.go.th");
        await page.FillAsync("#Input_Signatory1Name", "นายสมชาย ใจงาม");
        await page.FillAsync("#Input_Signatory1Position", "นายกเทศมนตรีนครเชียงใหม่");
        var logo = Path.Combine(Path.GetTempPath(), $"logo-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(logo, Png());
        await page.SetInputFilesAsync("#logo", logo);
        await BrowserFixture.ScreenshotAsync(page, "report-profile-th");
        await page.ClickAsync("#report-profile-form button[type=submit]");

        await page.WaitForSelectorAsync("text=บันทึกแล้ว");
        (await page.InnerTextAsync("body")).Should().Contain("มีตราสัญลักษณ์แล้ว");
        await BrowserFixture.ScreenshotAsync(page, "report-profile-saved-th", fullPage: false);
        var stored = await browser.App.WithDbAsync(db => db.ReportProfiles.AsNoTracking().SingleAsync(p => p.Signatory1Name == "นายสมชาย ใจงาม"));
        stored.Period.Should().Be(ReportingPeriod.FiscalYear);
        stored.LogoContentType.Should().Be("image/png");

        // The PDF the editor's report link gives, fetched with the browser's own session.
        var pdf = await page.APIRequest.GetAsync($"/Reports/Inventory/{id}?handler=Pdf&lang=th");
        pdf.Status.Should().Be((int)HttpStatusCode.OK);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.BodyAsync());
        var text = LowCarbonCity.PdfLayout.Tests.PdfTestSupport.NormalizeWhitespace(string.Join(" ", document.GetPages().Select(LowCarbonCity.PdfLayout.Tests.PdfTestSupport.PageText)));
        text.Should().Contain("(นายสมชาย ใจงาม)").And.Contain("ปีงบประมาณ พ.ศ. 2568");
        File.Delete(logo);
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(240, 120);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x1B, 0x5E, 0x20), IsAntialias = true };
            canvas.DrawCircle(120, 60, 50, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
