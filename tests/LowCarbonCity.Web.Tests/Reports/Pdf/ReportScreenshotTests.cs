using System.Diagnostics;
using System.Globalization;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Gpc;
using LowCarbonCity.Web.Features.Reports.Pdf;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Reports.Pdf;

/// <summary>
/// The rendered pages committed under <c>docs/screenshots/</c> (the cover of the Thai and English draft report of
/// 2025 with its watermark, and the Thai certification page), drawn by this test with pdftoppm from the demo data and
/// a report profile. Every run renders them into the test output; with <c>LCC_REFRESH_SCREENSHOTS=1</c> the run
/// also writes them over the committed ones, so the pictures in the docs are the product's own.
/// </summary>
public sealed class ReportScreenshotTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly DateTimeOffset Generated = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(7));

    [PdftoppmFact]
    public async Task DraftReport_CoverAndCertification_RenderedForTheDocs()
    {
        var model = await BuildAsync(DemoIds.Cfo2025) with { GeneratedAt = Generated };
        model = model with
        {
            SignOff = new ReportSignOff(ReportingPeriod.FiscalYear, "สมศรี ใจดี", "นักวิชาการสิ่งแวดล้อมชำนาญการ", "053 123 456", "env@example.go.th",
                [new Signatory("นายสมชาย ใจงาม", "นายกเทศมนตรีนครเชียงใหม่")], null),
        };
        var shots = new List<string>();
        foreach (var (culture, lang) in new[] { (CultureInfo.GetCultureInfo("th-TH"), "th"), (CultureInfo.GetCultureInfo("en-GB"), "en") })
        {
            var bytes = InventoryPdfWriter.Write(model, culture).Content;
            using var pdf = PdfDocument.Open(bytes);
            shots.Add(await RenderAsync(bytes, 1, $"report-{lang}-cover"));
            if (lang == "th")
            {
                shots.Add(await RenderAsync(bytes, pdf.NumberOfPages, "report-th-certification"));
            }
        }

        shots.Should().OnlyContain(p => new FileInfo(p).Length > 20_000, "a rendered A4 page with text is tens of kilobytes");
        var docs = DocsScreenshots();
        if (Environment.GetEnvironmentVariable("LCC_REFRESH_SCREENSHOTS") == "1")
        {
            foreach (var shot in shots)
            {
                File.Copy(shot, Path.Combine(docs, Path.GetFileName(shot)), overwrite: true);
            }
        }

        shots.Select(Path.GetFileName).Should().OnlyContain(name => File.Exists(Path.Combine(docs, name!)),
            "the docs show these pages; refresh them with LCC_REFRESH_SCREENSHOTS=1");
    }

    /// <summary>The GPC table of the demo's 2025 City draft (the page after the totals), in Thai and English, for the docs.</summary>
    [PdftoppmFact]
    public async Task GpcReport_TablePage_RenderedForTheDocs()
    {
        var model = await BuildAsync(DemoIds.City2025) with { GeneratedAt = Generated };
        var report = GpcReportBuilder.Build(model);
        var shots = new List<string>();
        foreach (var (culture, lang) in new[] { (CultureInfo.GetCultureInfo("th-TH"), "th"), (CultureInfo.GetCultureInfo("en-GB"), "en") })
        {
            shots.Add(await RenderAsync(GpcPdfWriter.Write(report, culture).Content, 2, $"gpc-{lang}-table"));
        }

        var docs = DocsScreenshots();
        if (Environment.GetEnvironmentVariable("LCC_REFRESH_SCREENSHOTS") == "1")
        {
            foreach (var shot in shots)
            {
                File.Copy(shot, Path.Combine(docs, Path.GetFileName(shot)), overwrite: true);
            }
        }

        shots.Select(Path.GetFileName).Should().OnlyContain(name => File.Exists(Path.Combine(docs, name!)),
            "the docs show these pages; refresh them with LCC_REFRESH_SCREENSHOTS=1");
    }

    private static async Task<string> RenderAsync(byte[] pdf, int page, string name)
    {
        var dir = PdfTestSupport.ArtifactsDirectory;
        var source = Path.Combine(dir, name + ".pdf");
        await File.WriteAllBytesAsync(source, pdf);
        var number = page.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(PdftoppmFactAttribute.Pdftoppm)
        {
            ArgumentList = { "-r", "60", "-f", number, "-l", number, "-singlefile", "-png", source, Path.Combine(dir, name) },
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, stderr);
        return Path.Combine(dir, name + ".png");
    }

    /// <summary>The repository's docs/screenshots, found upwards from the test output.</summary>
    private static string DocsScreenshots()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "screenshots");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("docs/screenshots above " + AppContext.BaseDirectory);
    }

    private async Task<ReportModel> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        return result.Value!;
    }
}
