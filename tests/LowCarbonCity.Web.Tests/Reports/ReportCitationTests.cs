using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using LowCarbonCity.Web.Features.Reports.Pdf;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>
/// The factor sources a reader sees in the official PDF and the inventory workbook: the citations of the edition's
/// publications and of the GWP set's IPCC report, in the report's language, numbered in the PDF; never the factors'
/// technical sources (how a gas split was derived, a newspaper address, a reviewer's tag). Also the small type rules
/// of the PDF: a unit is never split across lines, gases carry their subscripts, "อยู่กับที่" stays whole.
/// </summary>
public sealed partial class ReportCitationTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Written out from the seed's publications and GWP sets as a reader must see them (not read from the code).
    private const string CfoListTh = "องค์การบริหารจัดการก๊าซเรือนกระจก (องค์การมหาชน). ค่าการปล่อยก๊าซเรือนกระจกสำหรับการประเมินคาร์บอนฟุตพริ้นท์ขององค์กร ฉบับปรับปรุงเดือนเมษายน พ.ศ. 2565";
    private const string CfoListEn = "Thailand Greenhouse Gas Management Organization (Public Organization). Emission factors for Carbon Footprint for Organization (CFO), updated April 2022";
    private const string Ar5Th = "IPCC (พ.ศ. 2556). การเปลี่ยนแปลงสภาพภูมิอากาศ 2013: หลักฐานทางวิทยาศาสตร์กายภาพ";
    private const string Ar5En = "IPCC (2013), Climate Change 2013: The Physical Science Basis";

    /// <summary>What only a developer should read: derivation notes, confidence tags, document names, a newspaper.</summary>
    private static readonly string[] DeveloperNotes =
        ["METHODOLOGY", "[S]", "[V]", "transcri", "nationthailand", "gas split", "published total", ".md", "item '"];

    [Fact]
    public async Task ThaiPdf_FactorSources_AreTheEditionsThaiCitationsNumberedUnderReferences()
    {
        var text = PdfText(InventoryPdfWriter.Write(await BuildAsync(DemoIds.Cfo2025), Thai).Content);
        var compact = Compact(text);

        compact.Should().Contain("เอกสารอ้างอิง").And.Contain(Compact(CfoListTh)).And.Contain(Compact(Ar5Th));
        // The method paragraph cites the GWP set as reference [1], listed first.
        compact.Should().Contain("[1]" + Compact(Ar5Th));
        // Grid electricity's row in the factor table cites the April 2022 CFO list by its number (GWP 1 before it).
        var number = NumberOf(compact, CfoListTh);
        text.Should().Contain("ไฟฟ้าจากระบบสายส่ง CO₂e 0.4999 kg/kWh 1 [" + number + "]");
        foreach (var note in DeveloperNotes)
        {
            text.Should().NotContainEquivalentOf(note);
        }

        text.Should().NotContain("fossil", "the Thai report names the gas's origin in Thai");
    }

    [Fact]
    public async Task EnglishPdf_FactorSources_AreTheEnglishCitations()
    {
        var text = PdfText(InventoryPdfWriter.Write(await BuildAsync(DemoIds.Cfo2025), English).Content);
        var compact = Compact(text);

        compact.Should().Contain("References").And.Contain(Compact(CfoListEn)).And.Contain("[1]" + Compact(Ar5En));
        text.Should().Contain("Grid electricity (location-based) CO₂e 0.4999 kg/kWh 1 [" + NumberOf(compact, CfoListEn) + "]");
        compact.Should().NotContain(Compact(CfoListTh));
        foreach (var note in DeveloperNotes)
        {
            text.Should().NotContainEquivalentOf(note);
        }
    }

    [Theory]
    [InlineData("th-TH", CfoListTh)]
    [InlineData("en-GB", CfoListEn)]
    public async Task Workbook_FactorSheet_CitesEachFactorInTheReportsLanguage(string culture, string cfoList)
    {
        var model = await BuildAsync(DemoIds.Cfo2025);
        var language = ReportEdge.LanguageOf(CultureInfo.GetCultureInfo(culture));
        using var workbook = new XLWorkbook(new MemoryStream(InventoryWorkbookWriter.Write(model, CultureInfo.GetCultureInfo(culture)).Content));

        var factors = workbook.Worksheet(InventoryWorkbookWriter.SheetNames(language)[2]);
        var rows = factors.RowsUsed().Skip(1).Select(r => (Category: r.Cell(8).GetString(), Gas: r.Cell(2).GetString(), Source: r.Cell(6).GetString())).ToList();
        rows.Should().Contain(r => r.Category == "GridElectricity" && r.Source == cfoList, "grid 0.4999 comes from the April 2022 CFO list");
        rows.Should().OnlyContain(r => r.Source.Length > 0);
        factors.RowsUsed().Skip(1).Should().Contain(r => r.Cell(8).GetString() == "TapWaterPwa" && r.Cell(4).GetString() == "m³");
        var everyCell = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        foreach (var note in DeveloperNotes)
        {
            everyCell.Should().NotContain(c => c.Contains(note, StringComparison.OrdinalIgnoreCase), $"\"{note}\" is a note for developers");
        }

        if (language == ReportLanguage.Thai)
        {
            rows.Select(r => r.Source).Should().NotContain(s => s.Contains("Thailand Greenhouse", StringComparison.Ordinal));
            rows.Should().Contain(r => r.Gas == "CH₄ (ฟอสซิล)");
        }
    }

    [Fact]
    public async Task ThaiPdf_TypeRules_UnitsWholeGasesSubscriptedNoLoneWordAtALineStart()
    {
        var bytes = InventoryPdfWriter.Write(await BuildAsync(DemoIds.Cfo2025), Thai).Content;
        await File.WriteAllBytesAsync(Path.Combine(PdfTestSupport.ArtifactsDirectory, "citations-th.pdf"), bytes);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(PdfTestSupport.PageText).ToList();
        var text = string.Join("\n", pages);

        // "kg/" never ends a line of a cell: what follows the slash is on the same line.
        KgSlashThenBreak().IsMatch(text).Should().BeFalse("a unit such as kg/kg or kg/kWh is kept on one line, found: " + KgSlashThenBreak().Match(text).Value);
        // The demo's LPG factor per kg, whose unit wrapped before (its cell is narrow).
        PdfTestSupport.NormalizeWhitespace(text).Should().Contain("CH₄ (ฟอสซิล) 0.0000493 kg/kg");
        text.Should().Contain("N₂O").And.Contain("CO₂ (ชีวภาพ)").And.Contain("m³");
        text.Should().NotContain("CH4").And.NotContain("N2O").And.NotContain(" m3");
        // "อยู่กับที่" (stationary) is one word to a Thai reader: "ที่" never starts a line on its own.
        LoneThiAtLineStart().IsMatch(text).Should().BeFalse("found at: " + text[Math.Max(0, LoneThiAtLineStart().Match(text).Index - 80)..][..Math.Min(160, text.Length - Math.Max(0, LoneThiAtLineStart().Match(text).Index - 80))]);
        text.Should().Contain("อยู่กับที่");
    }

    /// <summary>The number of a citation in the references list: the digits in brackets just before it.</summary>
    private static string NumberOf(string compact, string citation)
    {
        var at = compact.IndexOf(Compact(citation), StringComparison.Ordinal);
        at.Should().BePositive();
        var match = ReferenceNumberBefore().Match(compact[..at]);
        match.Success.Should().BeTrue();
        return match.Groups[1].Value;
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
    }

    /// <summary>Without spaces: a citation wraps inside its cell, and a wrapped line loses the space it ended with.</summary>
    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private async Task<ReportModel> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        return result.Value!;
    }

    [GeneratedRegex(@"\[(\d+)\]$")]
    private static partial Regex ReferenceNumberBefore();

    [GeneratedRegex(@"kg/\s")]
    private static partial Regex KgSlashThenBreak();

    [GeneratedRegex(@"(^|\n)ที่(\s|$)")]
    private static partial Regex LoneThiAtLineStart();
}
