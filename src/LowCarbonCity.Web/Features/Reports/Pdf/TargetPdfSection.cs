using LowCarbonCity.Domain.Targets;
using LowCarbonCity.PdfLayout;
using SkiaSharp;
using T = LowCarbonCity.Web.Features.Reports.Pdf.PdfReportTexts;

namespace LowCarbonCity.Web.Features.Reports.Pdf;

/// <summary>
/// The "Target and plan" section of the inventory PDF: the target that applies (the organisation's or its
/// province's), its figures, the gap chart (actual, target path, BAU, plan) and the series as a table. Renders the
/// model's <see cref="ReportTarget"/>; rounds at the edge only (docs/conventions.md R1).
/// </summary>
internal static class TargetPdfSection
{
    public static string Heading(ReportLanguage l) => l.Pick("เป้าหมายและแผนลดก๊าซเรือนกระจก", "Target and plan");

    public static void Write(PdfDocumentBuilder pdf, ReportTarget target, ReportLanguage l, PdfReportFormat f)
    {
        var unit = "\u00A0" + T.Unit(l);
        pdf.Heading(Heading(l), 2);
        var reduction = target.ReductionKind == ReductionKind.Percent
            ? l.Pick("ลดลง ", "") + f.Quantity(target.ReductionValue) + "\u00A0%" + l.Pick(" จากปีฐาน", " below the base year")
            : l.Pick("ลดลง ", "") + f.Quantity(target.ReductionValue) + unit + l.Pick(" จากปีฐาน", " below the base year");
        pdf.KeyValues(
        [
            new(l.Pick("เป้าหมายของ", "Target of"), l.Pick(target.PlaceTh, target.PlaceEn)
                + (target.ScopeKind == TargetScopeKind.Province ? l.Pick(" (จังหวัด)", " (province)") : string.Empty)),
            new(l.Pick("ปีฐาน", "Base year"), Year(target.BaseYear, l, f)),
            new(l.Pick("ปีเป้าหมาย", "Target year"), Year(target.TargetYear, l, f)),
            new(l.Pick("การลด", "Reduction"), reduction),
            new(l.Pick("ขอบเขตที่ครอบคลุม", "Scopes covered"), string.Join(", ", target.Scopes.Select(s => T.Scope(s, l)))),
            new(l.Pick("ปริมาณปีฐาน", "Base-year emissions"), f.Tonnes(target.BaseYearT) + unit),
            new(l.Pick("ปริมาณเป้าหมาย", "Target-year emissions"), f.Tonnes(target.TargetT) + unit),
            new(l.Pick("จำนวนมาตรการ", "Reduction measures"), f.Count(target.MeasureCount)),
        ]);
        var years = target.Years;
        var max = years.SelectMany(y => new[] { y.Actual, y.TargetPath, y.Bau, y.Plan }).OfType<decimal>().DefaultIfEmpty(0m).Max();
        pdf.LineChart(new LineChart(
            l.Pick("กราฟช่องว่างสู่เป้าหมาย", "Gap chart") + " (" + T.Unit(l) + ")",
            [.. years.Select(y => YearShort(y.Year, l, f))],
            [
                new LineSeries(l.Pick("ปริมาณจริง", "Actual"), [.. years.Select(y => Point(y.Actual))], new SKColor(0x1B, 0x5E, 0x20)),
                new LineSeries(l.Pick("เส้นเป้าหมาย", "Target path"), [.. years.Select(y => Point(y.TargetPath))], new SKColor(0x0D, 0x47, 0xA1), Dashed: true),
                new LineSeries("BAU", [.. years.Select(y => Point(y.Bau))], new SKColor(0xB7, 0x1C, 0x1C), Dashed: true),
                new LineSeries(l.Pick("แผน", "Plan"), [.. years.Select(y => Point(y.Plan))], new SKColor(0xEF, 0x6C, 0x00)),
            ])
        { MaxText = f.Tonnes(max) });
        var text = TextStyle.Body.WithSize(8);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ปี", "Year"), ColumnWidth.Proportional(1)),
                new TableColumn(l.Pick("จริง", "Actual"), ColumnWidth.Proportional(1.3f), TextAlignment.Right),
                new TableColumn(l.Pick("เส้นเป้าหมาย", "Target path"), ColumnWidth.Proportional(1.3f), TextAlignment.Right),
                new TableColumn("BAU", ColumnWidth.Proportional(1.3f), TextAlignment.Right),
                new TableColumn(l.Pick("แผน", "Plan"), ColumnWidth.Proportional(1.3f), TextAlignment.Right),
                new TableColumn(l.Pick("ช่องว่าง", "Gap"), ColumnWidth.Proportional(1.3f), TextAlignment.Right),
            ])
            { HeaderStyle = text.AsBold(), CellStyle = text },
            years.Select(y => new TableRow([YearShort(y.Year, l, f), Actual(y, target, l, f), f.Tonnes(y.TargetPath), f.Tonnes(y.Bau), f.Tonnes(y.Plan), f.Tonnes(y.Gap)])));
        pdf.Paragraph(l.Pick(
            "หน่วย: ตัน CO₂e ต่อปี เส้นเป้าหมายเป็นเส้นตรงจากปีฐานถึงเป้าหมาย แผน = BAU หักปริมาณที่คาดว่าจะลดได้ของมาตรการตั้งแต่ปีที่เริ่ม ช่องว่าง = แผน − เส้นเป้าหมาย; – = ไม่มีข้อมูล",
            "Unit: t CO₂e a year. Target path: straight from the base year to the target. Plan = BAU minus the measures' expected reductions from their start year. Gap = plan − target path; – = no data."),
            TextStyle.Small);
    }

    private static double? Point(decimal? tonnes) => tonnes is { } t ? (double)t : null;

    /// <summary>A year's actual, with the status of a figure that counts a submitted inventory (not yet approved).</summary>
    private static string Actual(GapYear y, ReportTarget target, ReportLanguage l, PdfReportFormat f) =>
        f.Tonnes(y.Actual) + (y.Actual is not null && target.NotFinalYears.Contains(y.Year) ? " (" + T.Status(Domain.Inventory.InventoryStatus.Submitted, l) + ")" : string.Empty);

    private static string Year(int year, ReportLanguage l, PdfReportFormat f) => l.Pick(
        "พ.ศ.\u00A0" + f.Year(PdfReportFormat.BuddhistEraYear(year)) + " (ค.ศ.\u00A0" + f.Year(year) + ")",
        f.Year(year));

    private static string YearShort(int year, ReportLanguage l, PdfReportFormat f) =>
        l.Pick(f.Year(PdfReportFormat.BuddhistEraYear(year)), f.Year(year));
}
