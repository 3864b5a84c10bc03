using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Pdf;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Reports.Pdf;

/// <summary>
/// The PDF inventory report of the demo inventories, read back with PdfPig (with <c>/ActualText</c>, as pdftotext
/// does): Thai and English headings, the organisation, the BE year, totals equal to the stored results rounded to
/// 2 decimals, hand-worked lines, a lines table whose header repeats on every page, and PNGs rendered with pdftoppm.
/// </summary>
public sealed partial class InventoryPdfWriterTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Write_Cfo2024InThai_HeadingsOrganisationYearAndTotalsFromTheStoredResults()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);
        var stored = await StoredSums.OfAsync(app, DemoIds.Cfo2024);

        var file = InventoryPdfWriter.Write(model, Thai);
        var text = Normalized(Save(file, "cfo2024-th.pdf"));

        file.FileName.Should().Be("CMI-CM_2024_Organisation_TGO-CFO-2022-04_th.pdf");
        file.ContentType.Should().Be("application/pdf");
        text.Should().Contain("รายงานการปล่อยก๊าซเรือนกระจก")
            .And.Contain("ขอบเขตและวิธีการ")
            .And.Contain("ผลรวมการปล่อยตามขอบเขต")
            .And.Contain("แผนภูมิ")
            .And.Contain("รายการกิจกรรมทั้งหมด")
            .And.Contain("ค่าการปล่อยก๊าซเรือนกระจกที่ใช้")
            .And.Contain("สัญลักษณ์แทนค่า")
            .And.Contain("รายการบันทึก (ไม่รวมในผลรวม)")
            .And.Contain("คุณภาพข้อมูล")
            .And.Contain("ประวัติการตรวจสอบและการอนุมัติ");
        text.Should().Contain("เทศบาลนครเชียงใหม่").And.Contain("เชียงใหม่").And.Contain("พ.ศ. 2567 (ค.ศ. 2024)");
        text.Should().Contain("TGO-CFO-2022-04").And.Contain(model.Cover.GwpSetCode).And.Contain("อนุมัติแล้ว");

        // Totals: the database's stored results summed by the test, in tonnes, rounded half away from zero.
        text.Should().Contain("ขอบเขตที่ 1 " + Tonnes(stored.Scope1Kg))
            .And.Contain("ขอบเขตที่ 2 " + Tonnes(stored.Scope2Kg))
            .And.Contain("ขอบเขตที่ 3 " + Tonnes(stored.Scope3Kg))
            .And.Contain("รวมขอบเขต 1-3 " + Tonnes(stored.TotalKg))
            .And.Contain("(ไม่รวมในผลรวม) " + Tonnes(stored.MemoKg));

        // Hand-worked: 2,704,000 kWh × 0.4999 kg/kWh = 1,351,729.6 kg = 1,351.730 t;
        // 412,000 L × 2.74059 kg/L = 1,129,123.08 kg = 1,129.123 t; 18 kg R-22 × 1,760 = 31.680 t memo.
        text.Should().Contain("2,704,000 kWh").And.Contain("CO₂e 0.4999 kg/kWh").And.Contain("1,351.730");
        text.Should().Contain("412,000 L").And.Contain("1,129.123").And.Contain("31.680");
        // The demo's explanation is Thai; a table cell may wrap it, so it is compared without spaces.
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Should().Contain("ไม่มีระบบท่อก๊าซธรรมชาติในเขตเทศบาล");
        text.Should().Contain("NO");
    }

    [Fact]
    public async Task Write_Cfo2024InThai_ToneMarksSurviveAndEveryPageHasItsNumberAndGeneratedOnLine()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);

        var bytes = InventoryPdfWriter.Write(model, Thai).Content;

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(PdfTestSupport.PageText).ToList();
        var all = string.Join("\n", pages);
        all.Should().Contain("ก๊าซเรือนกระจก").And.Contain("ปล่อย").And.Contain("ค่าศักยภาพในการทำให้โลกร้อน").And.Contain("tCO₂e");
        var generatedOn = model.GeneratedAt.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy HH:mm", Thai);
        Thai.DateTimeFormat.Calendar.Should().BeOfType<ThaiBuddhistCalendar>("th-TH prints Buddhist Era dates");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = PdfTestSupport.NormalizeWhitespace(pages[i]);
            page.Should().Contain($"หน้า {i + 1} จาก {pages.Count}");
            page.Should().Contain("จัดทำเมื่อ " + generatedOn);
        }
    }

    [Fact]
    public async Task Write_City2025InThai_GpcTableWithNotationKeysAndBasicTotals()
    {
        var model = await BuildAsync(DemoIds.City2025);
        var stored = await StoredSums.OfAsync(app, DemoIds.City2025);

        var text = Normalized(Save(InventoryPdfWriter.Write(model, Thai), "city2025-th.pdf"));

        text.Should().Contain("ตาราง GPC").And.Contain("บัญชีระดับเมือง (GPC)").And.Contain("พ.ศ. 2568 (ค.ศ. 2025)");
        text.Should().Contain("BASIC " + Tonnes(stored.BasicKg))
            .And.Contain("BASIC+ " + Tonnes(stored.BasicPlusKg))
            .And.Contain("(ขอบเขตที่ 1) " + Tonnes(stored.TerritorialKg))
            .And.Contain("รวมขอบเขต 1-3 " + Tonnes(stored.TotalKg));
        text.Should().MatchRegex(@"I\.4\.4 I พลังงานอยู่กับที่ ขอบเขตที่ \d NO\b", "a cell with only a notation key shows the key");
        text.Should().MatchRegex(@"II\.4\.1 II การขนส่ง ขอบเขตที่ \d NE\b");
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Should().Contain("ยังไม่ได้รับข้อมูลการจำหน่ายน้ำมันอากาศยานจากทอท.");
    }

    [Fact]
    public async Task Write_Cfo2024InEnglish_EnglishHeadingsAndNoThaiText()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);
        var stored = await StoredSums.OfAsync(app, DemoIds.Cfo2024);

        var file = InventoryPdfWriter.Write(model, English);
        var text = Normalized(Save(file, "cfo2024-en.pdf"));

        file.FileName.Should().Be("CMI-CM_2024_Organisation_TGO-CFO-2022-04_en.pdf");
        text.Should().Contain("Greenhouse-gas inventory report")
            .And.Contain("Boundary and method")
            .And.Contain("Totals by scope")
            .And.Contain("Every activity line")
            .And.Contain("Emission factors used")
            .And.Contain("Notation keys")
            .And.Contain("Memo items (outside the totals)")
            .And.Contain("Data quality")
            .And.Contain("Review history and approval")
            .And.Contain("Chiang Mai")
            .And.Contain("2024 (B.E. 2567)")
            .And.Contain("Page 1 of ")
            .And.Contain("Carbon Footprint for Organization (CFO)")
            .And.Contain("Total, scopes 1-3 " + Tonnes(stored.TotalKg, English))
            .And.Contain("1,351.730")
            .And.Contain("1,129.123");
        // Factor sources and people's names are data, quoted as written (some in Thai); everything else is English.
        // Compared without spaces: a name may wrap inside its table cell.
        static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        // The organisation's own words (line descriptions, data sources, notation explanations) are data too.
        var data = model.Lines.SelectMany(l => new[] { l.Description, l.DataSource, l.NotationExplanation })
            .Concat(model.MemoItems.Select(m => m.Description)).OfType<string>();
        var labels = model.FactorsUsed.Select(f => f.Source.En).Concat(model.ReviewHistory.Select(h => h.User)).Concat(data)
            .Select(Compact).Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length)
            .Aggregate(Compact(text), (t, source) => t.Replace(source, string.Empty, StringComparison.Ordinal));
        ThaiLetters().IsMatch(labels).Should().BeFalse($"the English report has no Thai label, found: {ThaiLetters().Match(labels).Value}");
    }

    [Fact]
    public async Task Write_ManyLines_TableSpansSeveralPagesWithItsHeaderOnEveryPage()
    {
        var demo = await BuildAsync(DemoIds.Cfo2024);
        var n = 0;
        var model = demo with
        {
            Lines = [.. Enumerable.Range(0, 12).SelectMany(_ => demo.Lines).Select(l => l with { Description = string.Create(CultureInfo.InvariantCulture, $"R{++n:000} {l.Description}") })],
        };

        var bytes = Save(InventoryPdfWriter.Write(model, Thai), "many-lines-th.pdf");

        using var pdf = PdfDocument.Open(bytes);
        var seen = new List<int>();
        var tablePages = 0;
        foreach (var page in pdf.GetPages())
        {
            var lines = PdfTestSupport.PageText(page).Split('\n');
            var rows = lines.SelectMany(l => RowMarker().Matches(l)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            tablePages++;
            var header = Array.FindIndex(lines, l => l.Contains("ประเภทกิจกรรม", StringComparison.Ordinal) && l.Contains("ค่าการปล่อย", StringComparison.Ordinal)
                && l.Contains("แหล่งข้อมูล", StringComparison.Ordinal) && l.Contains("tCO₂e", StringComparison.Ordinal));
            header.Should().BeGreaterThanOrEqualTo(0, $"page {page.Number} repeats the lines table's header");
            Array.FindIndex(lines, l => RowMarker().IsMatch(l)).Should().BeGreaterThan(header, $"the header is at the top of the table on page {page.Number}");
            seen.AddRange(rows);
        }

        tablePages.Should().BeGreaterThanOrEqualTo(3);
        seen.Should().Equal(Enumerable.Range(1, n), "every row is printed once, in order, none lost at a page break");
    }

    [Fact]
    public async Task Write_CustomFactorAndMidpoint_FlagsTheJustificationAndRoundsHalfAwayFromZero()
    {
        var demo = await BuildAsync(DemoIds.Cfo2024);
        var office = demo.Lines.Single(l => l.Amount == 2_704_000m);
        var model = demo with
        {
            Lines = [.. demo.Lines.Select(l => l == office
                ? l with { UsesCustomFactor = true, CustomFactorJustification = "ใบรับรองจากการไฟฟ้าส่วนภูมิภาค 2567", Co2eKg = 1_234_565.5m }
                : l)],
        };

        var text = Normalized(InventoryPdfWriter.Write(model, Thai).Content);

        // The justification wraps in its cell, so compare without the spaces that line ends become.
        text.Replace(" ", string.Empty, StringComparison.Ordinal).Should().Contain("ค่าที่กำหนดเองเหตุผล:ใบรับรองจากการไฟฟ้าส่วนภูมิภาค2567");
        text.Should().Contain("1,234.566", "1,234.5655 t rounds half away from zero").And.NotContain("1,234.565 ");
    }

    [PdftoppmFact]
    public async Task Write_Cfo2024AndCity2025_RenderedToPngWithPdftoppm()
    {
        File.Exists(PdftoppmFactAttribute.Pdftoppm).Should().BeTrue(
            $"the PDF render check needs {PdftoppmFactAttribute.Pdftoppm}: install poppler-utils (CI's .ci/run does)");
        foreach (var (id, name) in new[] { (DemoIds.Cfo2024, "inventory-cfo2024-th"), (DemoIds.City2025, "inventory-city2025-th") })
        {
            var bytes = Save(InventoryPdfWriter.Write(await BuildAsync(id), Thai), name + ".pdf");
            var dir = PdfTestSupport.ArtifactsDirectory;
            foreach (var old in Directory.EnumerateFiles(dir, name + "-*.png"))
            {
                File.Delete(old);
            }

            var start = new ProcessStartInfo(PdftoppmFactAttribute.Pdftoppm)
            {
                ArgumentList = { "-r", "100", "-png", Path.Combine(dir, name + ".pdf"), Path.Combine(dir, name) },
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            process.ExitCode.Should().Be(0, stderr);
            using var pdf = PdfDocument.Open(bytes);
            Directory.EnumerateFiles(dir, name + "-*.png").Should().HaveCount(pdf.NumberOfPages).And.OnlyContain(p => new FileInfo(p).Length > 10_000);
        }
    }

    /// <summary>kg → t with 3 decimals, half away from zero, as the report prints them.</summary>
    private static string Tonnes(decimal kg, CultureInfo? culture = null) =>
        Math.Round(kg / 1000m, 3, MidpointRounding.AwayFromZero).ToString("N3", culture ?? Thai);

    private static byte[] Save(ReportFile file, string name)
    {
        File.WriteAllBytes(Path.Combine(PdfTestSupport.ArtifactsDirectory, name), file.Content);
        return file.Content;
    }

    private static string Normalized(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
    }

    private async Task<ReportModel> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value!;
    }

    [GeneratedRegex(@"[\u0E00-\u0E7F]+")]
    private static partial Regex ThaiLetters();

    [GeneratedRegex(@"\bR(\d{3})\b")]
    private static partial Regex RowMarker();
}
