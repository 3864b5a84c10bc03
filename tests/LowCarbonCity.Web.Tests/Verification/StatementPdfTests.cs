using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.PdfLayout.Tests;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>
/// The verification statement as a PDF, downloaded over HTTP from /Verification/Statement/{inventoryId} and read back, in
/// Thai and English. Expected figures worked by hand from the April 2022 edition and AR5 (CompleteCfoLines): diesel
/// 5,000 L gives 13,493.5 + 21.3 + 188.15 = 13,702.95 kg (scope 1, 13.703 t to the kilogram, half away from zero), grid
/// 120,000 kWh x 0.4999 = 59,988 kg (scope 2, 59.988 t); 13,702.95 + 59,988 = 73,690.95 kg, printed 73.691 t.
/// </summary>
public sealed class StatementPdfTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly VerifiedTotals HandWorked = new(13_702.95m, 59_988m, 0m);

    [Fact]
    public async Task Statement_Certified_ThaiPdfCarriesBodyRegistrationBuddhistEraDatesTotalsOpinionFindingsAndSignatory()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2023, InventoryStatus.Approved);
        var issued = await app.SetUpStatementAsync(id, HandWorked, certify: true);
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        var text = await DownloadTextAsync(officer, id, "th", "statement-th.pdf");

        text.Should().Contain("ถ้อยแถลงการทวนสอบ").And.Contain("เทศบาลนครเชียงใหม่");
        text.Should().Contain("บริษัท ทวนสอบคาร์บอน จำกัด").And.Contain(issued.RegistrationNumber);
        // The calendar year 2023 is 2566 in the Buddhist Era; issued on 15 March 2026 = 15 มีนาคม 2569.
        text.Should().Contain("1 มกราคม 2566 ถึง 31 ธันวาคม 2566").And.Contain("พ.ศ. 2566");
        text.Should().Contain("วันที่ออกถ้อยแถลง 15 มีนาคม 2569").And.Contain("วันที่ 15 มีนาคม 2569");
        text.Should().Contain("ระดับการรับรองแบบจำกัด").And.Contain("5 % ของการปล่อยรวม").And.Contain("ISO 14064-3:2019");
        text.Should().Contain("ขอบเขตที่ 1 13.703").And.Contain("ขอบเขตที่ 2 59.988").And.Contain("ขอบเขตที่ 3 0.000").And.Contain("รวมขอบเขต 1-3 73.691");
        text.Should().Contain("ไม่มีเงื่อนไข: ปริมาณการปล่อยก๊าซเรือนกระจกที่รายงานแสดงไว้ถูกต้องตามที่ควรในสาระสำคัญ");
        // One of each kind raised; the corrective action and the clarification closed, the observation left open.
        text.Should().Contain("คำขอให้แก้ไข (CAR) 1 1").And.Contain("คำขอชี้แจง (CR) 1 1").And.Contain("ข้อสังเกต (OB) 1 0");
        text.Should().Contain("(" + issued.SignatoryName + ")").And.Contain("ตำแหน่ง ผู้ทวนสอบหลัก").And.Contain("ลงชื่อ ....");
        text.Should().Contain("รับรองแล้วเมื่อ");
        text.Should().NotContain("Limited").And.NotContain("Unmodified").And.NotContain("CorrectiveAction");
    }

    [Fact]
    public async Task Statement_IssuedNotYetCertified_EnglishPdfWithModifiedOpinionTextAndCommonEraDates()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2022, InventoryStatus.Approved);
        var issued = await app.SetUpStatementAsync(id, HandWorked, certify: false, VerificationOpinion.Modified, "Refrigerant refills were estimated, not metered.");
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));

        var text = await DownloadTextAsync(tgo, id, "en", "statement-en.pdf", query: "culture=en");

        text.Should().Contain("Verification statement").And.Contain("Chiang Mai");
        text.Should().Contain("Carbon Verify Co., Ltd.").And.Contain("Registration number " + issued.RegistrationNumber);
        text.Should().Contain("1 January 2022 to 31 December 2022").And.Contain("2022 (B.E. 2565)").And.Contain("Issued on 15 March 2026");
        text.Should().Contain("Limited assurance").And.Contain("5 % of total emissions");
        text.Should().Contain("Scope 1 13.703").And.Contain("Scope 2 59.988").And.Contain("Total, scopes 1-3 73.691");
        text.Should().Contain("Modified (qualified): ").And.Contain("Refrigerant refills were estimated, not metered.");
        text.Should().Contain("Corrective action request (CAR) 1 1").And.Contain("Observation (OB) 1 0");
        text.Should().Contain("awaiting TGO's certification");
    }

    [Fact]
    public async Task Statement_WhoMayRead_ViewersOnly_AndNotFoundWhileNoneIsIssued()
    {
        var id = await app.CalculatedInventoryAsync("LCB-CM", 2023, InventoryStatus.Approved);
        var url = new Uri($"/Verification/Statement/{id}?lang=th", UriKind.Relative);
        var own = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        var other = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        (await own.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, "no statement is issued yet");
        await app.SetUpStatementAsync(id, HandWorked, certify: false);

        (await own.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var forbidden = await other.GetAsync(url);
        forbidden.StatusCode.Should().Be(HttpStatusCode.Redirect);
        forbidden.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        using var anonymous = await app.AnonymousClient().GetAsync(url);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/Account/SignIn");
        (await own.GetAsync(new Uri($"/Verification/Statement/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>Downloads the statement, keeps it among the test artifacts, and returns its text with whitespace runs as one space.</summary>
    internal static async Task<string> DownloadTextAsync(HttpClient client, Guid inventoryId, string lang, string artifact, string? query = null)
    {
        using var response = await client.GetAsync(new Uri($"/Verification/Statement/{inventoryId}?{query ?? "lang=" + lang}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Text(bytes, artifact);
    }

    internal static string Text(byte[] pdf, string artifact)
    {
        File.WriteAllBytes(Path.Combine(PdfTestSupport.ArtifactsDirectory, artifact), pdf);
        using var document = PdfDocument.Open(pdf);
        return PdfTestSupport.NormalizeWhitespace(string.Join("\n", document.GetPages().Select(PdfTestSupport.PageText)));
    }
}
