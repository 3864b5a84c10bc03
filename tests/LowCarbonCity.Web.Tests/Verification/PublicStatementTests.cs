using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>
/// What an anonymous reader gets of a published, verified inventory: the statement's summary on the public page with
/// the statement PDF, the public copy of the report (no preparer, contact, signatory or review record; the
/// statement's section), and the organisation's target with progress from published years only; and nothing of an
/// inventory not published, nor the statement of one TGO has not certified. Hand-worked figures: every complete test
/// inventory is 13,702.95 + 59,988 = 73,690.95 kg = 73.691 t (scopes 1 and 2, see <see cref="StatementPdfTests"/>).
/// The target (AppFactory.CreateTargetAsync) is 21 % below 2019 by 2030 on scopes 1 and 2: target-year emissions
/// 73.69095 x 0.79 = 58.2158505 t (58.216); its path in 2023 is 73.69095 - 15.4750995 x 4/11 = 68.063641 t, so the
/// latest published year, 2023 at 73.69095 t, is 5.627309 t above it (off track, 5.627) and 0 % below the base year.
/// </summary>
public sealed class PublicStatementTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly VerifiedTotals HandWorked = new(13_702.95m, 59_988m, 0m);

    private static Uri U(string path) => new(path, UriKind.Relative);

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task PublishedVerifiedInventory_Anonymous_ReadsStatementSummaryStatementPdfPublicReportAndTargetInThai()
    {
        var baseYear = await app.CalculatedInventoryAsync("CMI-CM", 2019, InventoryStatus.Approved);
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2023, InventoryStatus.Approved);
        var unpublished = await app.CalculatedInventoryAsync("CMI-CM", 2024, InventoryStatus.Approved);
        await app.CreateTargetAsync("CMI-CM");
        var issued = await app.SetUpStatementAsync(id, HandWorked, certify: true);
        await app.PublishAsync(baseYear);
        await app.PublishAsync(id);
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        await app.WithDbAsync(async db =>
        {
            var profile = new ReportProfile(organisationId, DateTimeOffset.UtcNow);
            profile.Update(ReportingPeriod.CalendarYear, "สมศรี ใจดี", "นักวิชาการสิ่งแวดล้อม", "053 123 456", "env@example.go.th",
                [new Signatory("นายสมชาย ใจงาม", "นายกเทศมนตรี")], DateTimeOffset.UtcNow);
            db.ReportProfiles.Add(profile);
            return await db.SaveChangesAsync();
        });
        using var anonymous = AppFactory.InThai(Anonymous());

        var html = await anonymous.GetStringAsync(U("/Public/Inventory/CMI-CM/2023/Organisation"));
        html.Should().Contain("id=\"public-verification-body\">บริษัท ทวนสอบคาร์บอน จำกัด<")
            .And.Contain("id=\"public-verification-registration\">" + issued.RegistrationNumber + "<")
            .And.Contain("id=\"public-verification-level\">ระดับการรับรองแบบจำกัด<")
            .And.Contain("id=\"public-verification-opinion\">ไม่มีเงื่อนไข<")
            .And.Contain("id=\"public-verification-date\">15 มี.ค. 2569<")
            .And.Contain("id=\"public-verification-total\">73.691 ");
        html.Should().Contain("?handler=Statement&amp;lang=th").And.Contain("?handler=Pdf&amp;lang=th");
        html.Should().Contain("id=\"public-target-reduction\">ลดลง 21 % จากพ.ศ. 2562 ภายในพ.ศ. 2573<")
            .And.Contain("id=\"public-target-base\">73.691 ").And.Contain("id=\"public-target-target\">58.216 ")
            .And.Contain("ปีล่าสุดที่เผยแพร่ (พ.ศ. 2566)", "2024 is approved but not published: progress counts published years only")
            .And.Contain("ลดลง 0 % จากปีฐาน").And.Contain("ไม่เป็นไปตามเป้า").And.Contain("สูงกว่าเส้นเป้าหมาย 5.627 tCO₂e");
        html.Should().NotContain("2567", "nothing of the unpublished 2024 inventory").And.NotContain("Limited").And.NotContain("Unmodified");

        var statement = StatementPdfTests.Text(await PdfAsync(anonymous, "/Public/Inventory/CMI-CM/2023/Organisation?handler=Statement&lang=th"), "public-statement-th.pdf");
        statement.Should().Contain("ถ้อยแถลงการทวนสอบ").And.Contain(issued.RegistrationNumber).And.Contain("รวมขอบเขต 1-3 73.691")
            .And.Contain("1 มกราคม 2566 ถึง 31 ธันวาคม 2566").And.Contain("(" + issued.SignatoryName + ")");

        var report = StatementPdfTests.Text(await PdfAsync(anonymous, "/Public/Inventory/CMI-CM/2023/Organisation?handler=Pdf&lang=th"), "public-report-th.pdf");
        report.Should().Contain("รายงานการปล่อยก๊าซเรือนกระจก").And.Contain("ฉบับเผยแพร่ต่อสาธารณะ")
            .And.Contain("รวมขอบเขต 1-3 73.691").And.Contain("ปริมาณการปล่อยที่ผ่านการทวนสอบ").And.Contain(issued.RegistrationNumber);
        report.Should().NotContain("สมศรี").And.NotContain("053 123 456").And.NotContain("env@example.go.th").And.NotContain("สมชาย")
            .And.NotContain("ประวัติการตรวจสอบและการอนุมัติ").And.NotContain("การรับรองรายงาน");
        report.Should().NotContain("2567", "the trend shows published years only (2562 and 2566), never the unpublished 2024");
        report.Should().Contain("2562");

        var english = StatementPdfTests.Text(await PdfAsync(anonymous, "/Public/Inventory/CMI-CM/2023/Organisation?handler=Statement&lang=en"), "public-statement-en.pdf");
        english.Should().Contain("Verification statement").And.Contain("Limited assurance").And.Contain("Total, scopes 1-3 73.691");

        (await app.InventoryAsync(unpublished)).PublishedAt.Should().BeNull();
    }

    [Fact]
    public async Task NotPublishedOrNotCertified_Anonymous_GetsNotFoundForPageStatementAndReport()
    {
        // Verified and certified, but not published.
        var hidden = await app.CalculatedInventoryAsync("LCB-CM", 2023, InventoryStatus.Approved);
        await app.SetUpStatementAsync(hidden, HandWorked, certify: true);
        // Published, with a statement TGO has not certified.
        var pending = await app.CalculatedInventoryAsync("LCB-CM", 2022, InventoryStatus.Approved);
        await app.SetUpStatementAsync(pending, HandWorked, certify: false);
        await app.PublishAsync(pending);
        using var anonymous = Anonymous();

        foreach (var handler in new[] { string.Empty, "?handler=Statement&lang=th", "?handler=Pdf&lang=th", "?handler=Pdf&lang=en", "?handler=Csv" })
        {
            (await anonymous.GetAsync(U("/Public/Inventory/LCB-CM/2023/Organisation" + handler))).StatusCode.Should().Be(HttpStatusCode.NotFound, "2023 is not published ({0})", handler);
        }

        using var page = await anonymous.GetAsync(U("/Public/Inventory/LCB-CM/2022/Organisation"));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().NotContain("public-verification").And.NotContain("handler=Statement");
        (await anonymous.GetAsync(U("/Public/Inventory/LCB-CM/2022/Organisation?handler=Statement&lang=th"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "not certified");
        (await anonymous.GetAsync(U("/Public/Inventory/LCB-CM/2022/Organisation?handler=Pdf&lang=en"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(U(url));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
