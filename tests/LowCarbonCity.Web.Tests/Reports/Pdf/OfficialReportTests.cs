using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Reports.Pdf;

/// <summary>
/// The inventory PDF as a document an organisation can sign: the municipal officer fills the report details page
/// (period, preparer, signatories, logo) over real HTTP, and the PDF read back carries them, with per-person and
/// per-km² figures worked from the stored results and the demo's population and area, and a DRAFT watermark on every
/// page of a report not yet approved and on none of an approved one.
/// </summary>
public sealed partial class OfficialReportTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");

    [Fact]
    public async Task ReportDetails_OfficerSavesThem_ThePdfCarriesPeriodPreparerSignatoriesLogoAndIntensities()
    {
        var organisationId = await app.OrganisationIdAsync(DemoDataSeeder.OrganisationCode);
        var officer = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode)));
        var url = $"/Organisations/{organisationId}/ReportProfile";
        var page = await officer.GetStringAsync(new Uri(url, UriKind.Relative));
        page.Should().Contain("ข้อมูลสำหรับรายงาน").And.Contain("ปีงบประมาณ").And.Contain("ผู้ลงนามรับรองรายงาน");

        using var response = await PostAsync(officer, url, Fields(("Input.Signatory2Name", "นางสาวมาลี รักษ์โลก"), ("Input.Signatory2Position", "ปลัดเทศบาล")), Png(300, 120));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await app.WithDbAsync(db => db.ReportProfiles.AsNoTracking().SingleAsync(p => p.OrganisationId == organisationId));
        stored.Period.Should().Be(ReportingPeriod.FiscalYear);
        stored.LogoContentType.Should().Be("image/png");
        stored.Signatories.Select(s => s.Position).Should().Equal("นายกเทศมนตรีนครเชียงใหม่", "ปลัดเทศบาล");

        var pdf = await DownloadAsync(officer, DemoIds.Cfo2025, "th");
        using var document = PdfDocument.Open(pdf);
        var text = PdfTestSupport.NormalizeWhitespace(string.Join("\n", document.GetPages().Select(PdfTestSupport.PageText)));
        // Fiscal year 2025 = 2568 BE: 1 October 2024 (2567 BE) to 30 September 2025 (2568 BE).
        text.Should().Contain("1 ตุลาคม 2567 ถึง 30 กันยายน 2568 (ปีงบประมาณ พ.ศ. 2568)");
        text.Should().Contain("สมศรี ใจดี, นักวิชาการสิ่งแวดล้อมชำนาญการ").And.Contain("053 123 456 · env@example.go.th");
        text.Should().Contain("การรับรองรายงาน").And.Contain("(นายสมชาย ใจงาม)").And.Contain("ตำแหน่ง นายกเทศมนตรีนครเชียงใหม่")
            .And.Contain("(นางสาวมาลี รักษ์โลก)").And.Contain("ตำแหน่ง ปลัดเทศบาล");
        document.GetPage(1).GetImages().Should().ContainSingle("the logo is drawn on the cover");

        // The demo records 125,500 people and 40.216 km² for 2025 (the seed); the totals are the stored results.
        var sums = await StoredSums.OfAsync(app, DemoIds.Cfo2025);
        var perPerson = Math.Round(sums.TotalKg / 125_500m, 2, MidpointRounding.AwayFromZero).ToString("N2", Thai);
        var perKm2 = Math.Round(sums.TotalKg / 1000m / 40.216m, 2, MidpointRounding.AwayFromZero).ToString("N2", Thai);
        text.Should().Contain("ต่อประชากร (ประชากร 125,500) " + perPerson + " kgCO₂e ต่อคน")
            .And.Contain("ต่อพื้นที่ (40.216 ตร.กม.) " + perKm2 + " tCO₂e ต่อ ตร.กม.");
    }

    [Fact]
    public async Task Watermark_OnEveryPageOfADraftAndOnNoPageOfAnApprovedReport()
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode));

        using (var draft = PdfDocument.Open(await DownloadAsync(officer, DemoIds.Cfo2025, "en")))
        {
            draft.NumberOfPages.Should().BeGreaterThan(1);
            foreach (var page in draft.GetPages())
            {
                // The watermark is the only text drawn at 150 pt; body text is 8-18 pt.
                string.Concat(page.Letters.Where(l => l.PointSize > 50).Select(l => l.Value)).Should().Be("DRAFT", "page {0} of the draft", page.Number);
            }
        }

        using (var thaiDraft = PdfDocument.Open(await DownloadAsync(officer, DemoIds.Cfo2025, "th")))
        {
            thaiDraft.GetPages().Should().OnlyContain(p => p.Letters.Any(l => l.PointSize > 50));
        }

        using var approved = PdfDocument.Open(await DownloadAsync(officer, DemoIds.Cfo2024, "th"));
        approved.GetPages().SelectMany(p => p.Letters).Should().NotContain(l => l.PointSize > 50, "the 2024 inventory is approved");
    }

    [Fact]
    public async Task ReportDetails_HalfNamedSignatoryOrAFakeLogo_RefusedInThaiNamingTheFieldAndNothingSaved()
    {
        var organisationId = await app.OrganisationIdAsync("LCB-CM");
        var officer = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM")));
        var url = $"/Organisations/{organisationId}/ReportProfile";

        using var halfNamed = await PostAsync(officer, url, Fields(("Input.Signatory2Name", "นางสาวมาลี รักษ์โลก")), null);
        halfNamed.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await halfNamed.Content.ReadAsStringAsync());
        ErrorFor(html, "Input.Signatory2Position").Should().Be("ผู้ลงนามต้องมีทั้งชื่อและตำแหน่ง");

        // A page of HTML named logo.png: refused by its bytes, whatever its name says.
        using var fake = await PostAsync(officer, url, Fields(), "<html><script>alert(1)</script></html>"u8.ToArray());
        fake.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync()).Should().Contain("ตราสัญลักษณ์: ไฟล์ไม่ใช่ภาพ PNG หรือ JPEG");

        (await app.WithDbAsync(db => db.ReportProfiles.AnyAsync(p => p.OrganisationId == organisationId))).Should().BeFalse("nothing is half-saved");
    }

    [Theory]
    [InlineData(Roles.ProvincialOfficer, "PONRE-50")]
    [InlineData(Roles.TgoAnalyst, null)]
    [InlineData(Roles.MunicipalOfficer, "LCB-CM")]
    public async Task ReportDetails_OnlyTheOrganisationsOfficersAndAdministrators(string role, string? organisationCode)
    {
        var organisationId = await app.OrganisationIdAsync(DemoDataSeeder.OrganisationCode);
        var url = $"/Organisations/{organisationId}/ReportProfile";
        var client = await app.ClientForAsync(await app.CreateUserAsync(role, organisationCode));

        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        get.StatusCode.Should().Be(HttpStatusCode.Redirect);
        get.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");

        var admin = await app.ClientForAsync(await app.CreateUserAsync(Roles.Administrator));
        (await admin.GetAsync(new Uri(url, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Period"] = nameof(ReportingPeriod.FiscalYear),
            ["Input.PreparerName"] = "สมศรี ใจดี",
            ["Input.PreparerPosition"] = "นักวิชาการสิ่งแวดล้อมชำนาญการ",
            ["Input.ContactPhone"] = "053 123 456",
            ["Input.ContactEmail"] = "env@example.go.th",
            ["Input.Signatory1Name"] = "นายสมชาย ใจงาม",
            ["Input.Signatory1Position"] = "นายกเทศมนตรีนครเชียงใหม่",
        };
        foreach (var (name, value) in overrides)
        {
            fields[name] = value;
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, byte[]? logo)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (logo is not null)
        {
            form.Add(new ByteArrayContent(logo), "logo", "logo.png");
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, Guid inventoryId, string lang)
    {
        using var response = await client.GetAsync(new Uri($"/Reports/Inventory/{inventoryId}?handler=Pdf&lang={lang}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        File.WriteAllBytes(Path.Combine(PdfTestSupport.ArtifactsDirectory, $"official-{inventoryId:N}-{lang}.pdf"), bytes);
        return bytes;
    }

    /// <summary>A real PNG drawn with Skia: a green disc on white.</summary>
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x1B, 0x5E, 0x20), IsAntialias = true };
            canvas.DrawCircle(width / 2f, height / 2f, height / 2.5f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string ErrorFor(string html, string field) =>
        Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value.Trim();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
