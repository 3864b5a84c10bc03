using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace LowCarbonCity.PdfLayout.Tests;

public partial class TableTests
{
    private static readonly TableDefinition Table = new(
    [
        new TableColumn("ลำดับ", ColumnWidth.Fixed(36), TextAlignment.Right),
        new TableColumn("กิจกรรม (Activity)", ColumnWidth.Proportional(3)),
        new TableColumn("หน่วย", ColumnWidth.Fixed(50)),
        new TableColumn("การปล่อย tCO₂e", ColumnWidth.Proportional(1.2f), TextAlignment.Right),
    ]);

    private static IEnumerable<TableRow> Rows(int count) =>
        Enumerable.Range(1, count).Select(i => new TableRow(
        [
            i.ToString(CultureInfo.InvariantCulture),
            i % 7 == 0 ? "การใช้ไฟฟ้าในอาคารสำนักงานเทศบาลและสถานีสูบน้ำ รวมทั้งไฟถนนสาธารณะ" : "น้ำมันดีเซล รถเก็บขยะ",
            "kWh",
            Number(i),
        ]));

    // Varying widths so right alignment is tested on numbers of different lengths.
    private static string Number(int i) => (i * i * 37.125m).ToString("N2", CultureInfo.InvariantCulture);

    [Fact]
    public void Table_200Rows_SpansPagesWithHeaderOnEveryPage()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        builder.Heading("ตารางการปล่อยก๊าซเรือนกระจก", 2);
        builder.Table(Table, Rows(200));

        var bytes = PdfTestSupport.Save(builder, "table-200-rows.pdf");

        using var pdf = PdfDocument.Open(bytes);
        pdf.NumberOfPages.Should().BeGreaterThan(3);
        var lastSeen = 0;
        foreach (var page in pdf.GetPages())
        {
            var text = PdfTestSupport.PageText(page);
            var lines = text.Split('\n');
            lines.Should().Contain(l => l.Contains("ลำดับ", StringComparison.Ordinal) && l.Contains("การปล่อย tCO₂e", StringComparison.Ordinal),
                $"page {page.Number} repeats the header row");
            lines.Should().Contain(l => l.Contains("กิจกรรม (Activity)", StringComparison.Ordinal));

            // Rows continue in order, none lost at a page break.
            var first = lines.Select(l => LeadingNumber().Match(l)).Where(m => m.Success)
                .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            first.Should().NotBeEmpty();
            first[0].Should().Be(lastSeen + 1);
            lastSeen = first[^1];
        }

        lastSeen.Should().Be(200);
    }

    [Fact]
    public void Table_NumericColumn_RightEdgesAlign()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        builder.Table(Table, Rows(60));

        using var pdf = PdfDocument.Open(PdfTestSupport.Save(builder, "table-alignment.pdf"));
        var numbers = Enumerable.Range(1, 60).Select(Number).ToHashSet();
        var rightEdges = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            var tableRight = page.Width - builder.Options.Margins.Right;
            foreach (var word in page.GetWords().Where(w => numbers.Contains(w.Text)))
            {
                rightEdges.Add(word.BoundingBox.Right);
                word.BoundingBox.Right.Should().BeApproximately(tableRight - 4, 1.5, "numbers end at the cell padding");
            }
        }

        rightEdges.Should().HaveCountGreaterThanOrEqualTo(60);
        (rightEdges.Max() - rightEdges.Min()).Should().BeLessThan(1.0);
    }

    [Fact]
    public void Table_WrappedCells_RowsGrowAndNothingOverlaps()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        var before = builder.CursorY;
        builder.Table(Table, Rows(7));
        var height = builder.CursorY - before;

        // 8 rows (header + 7), one wraps: taller than 8 single lines.
        var single = (TextStyle.Body.WithSize(9).LineHeight + 3) * 8;
        height.Should().BeGreaterThan(single);
    }

    [GeneratedRegex(@"^\d+(?= )")]
    private static partial Regex LeadingNumber();

    [Fact]
    public void Table_FixedColumnsWiderThanPage_Throws()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        var table = new TableDefinition([new TableColumn("a", ColumnWidth.Fixed(400)), new TableColumn("b", ColumnWidth.Fixed(400))]);

        var act = () => builder.Table(table, [new TableRow(["1", "2"])]);

        act.Should().Throw<ArgumentException>();
    }
}
