using System.Globalization;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Pdf;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace LowCarbonCity.Web.Tests.Reports.Pdf;

/// <summary>
/// What text extraction alone cannot see: where a value is drawn and with which font. Every value of the office
/// electricity line sits under its own column header (a swap of two columns fails), and every glyph of the Thai
/// report is drawn with the embedded Sarabun (a font without Thai glyphs, drawn as empty boxes, fails).
/// </summary>
public sealed class PdfLayoutPositionTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly string[] HeaderWords = ["Category", "Description", "Quantity", "Factor", "Source", "tCO₂e"];

    [Fact]
    public async Task LinesTable_EachValueOfTheOfficeLineUnderItsOwnHeader()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);
        using var pdf = PdfDocument.Open(InventoryPdfWriter.Write(model, CultureInfo.GetCultureInfo("en-GB")).Content);

        // The first page of the lines table: it has the header "Quantity" and the office line's 2,704,000 kWh.
        var page = pdf.GetPages().First(p => Words(p).Any(w => w.Text == "Quantity") && Words(p).Any(w => w.Text == "2,704,000"));
        var words = Words(page);
        var headers = HeaderWords
            .Select(h => words.Where(w => w.Text == h).OrderBy(w => w.BoundingBox.Top).Last()) // the table header, below the section heading
            .ToList();
        headers.Select(h => h.BoundingBox.Left).Should().BeInAscendingOrder("the columns are drawn left to right in the order of the header");

        // A value belongs to the header it lines up with: left-aligned columns share the left edge, right-aligned ones
        // the right edge, so the value's box overlaps its header's box horizontally (gap 0) and no other's.
        int ColumnOf(Word w)
        {
            static double Gap(Word a, Word b) => Math.Max(0, Math.Max(a.BoundingBox.Left - b.BoundingBox.Right, b.BoundingBox.Left - a.BoundingBox.Right));
            var gaps = headers.Select(h => Gap(w, h)).ToList();
            return gaps.IndexOf(gaps.Min());
        }

        var quantity = words.First(w => w.Text == "2,704,000");
        var row = words.Where(w => Math.Abs(w.BoundingBox.Bottom - quantity.BoundingBox.Bottom) < 12).ToList();
        // Hand-worked: 2,704,000 kWh × 0.4999 kg CO2e/kWh = 1,351.7296 t, printed 1,351.730.
        ColumnOf(quantity).Should().Be(2, "the quantity is under Quantity");
        ColumnOf(row.First(w => w.Text == "0.4999")).Should().Be(3, "the factor is under Factor");
        ColumnOf(row.First(w => w.Text == "1,351.730")).Should().Be(5, "the tonnes are under tCO₂e");
        ColumnOf(row.First(w => w.Text.StartsWith("Grid", StringComparison.Ordinal))).Should().Be(0, "the category is under Category");
    }

    [Fact]
    public async Task ThaiReport_EveryGlyphDrawnWithTheEmbeddedSarabun()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);
        using var pdf = PdfDocument.Open(InventoryPdfWriter.Write(model, CultureInfo.GetCultureInfo("th-TH")).Content);

        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        letters.Should().HaveCountGreaterThan(1000);
        letters.Select(l => l.FontName).Distinct().Should().OnlyContain(name => name.Contains("Sarabun", StringComparison.Ordinal),
            "Thai is shaped and drawn with the vendored Sarabun only (a subset is embedded, its name prefixed)");
        // A glyph a font lacks is drawn as .notdef: zero advance or an empty box; Thai glyphs of Sarabun all have width.
        letters.Where(l => l.Value.Any(c => c is >= '\u0E01' and <= '\u0E2E')).Should().OnlyContain(l => l.Width > 0);
    }

    private static IReadOnlyList<Word> Words(Page page) => [.. page.GetWords()];

    private async Task<ReportModel> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        return result.Value!;
    }
}
