using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.PdfLayout;
using SkiaSharp;

namespace LowCarbonCity.Web.Features.Reports.Pdf;

/// <summary>
/// What makes the inventory report a document an organisation can sign: the logo and the cover lines from its report
/// profile (period, base year, preparer, contact), per-capita and per-km² figures, the DRAFT watermark of a report not
/// yet approved, and the certification block with a signature line per named signatory.
/// </summary>
public static class SignOffPdfSection
{
    /// <summary>The watermark's colour: a pale red at about 15 % opacity, readable through the tables.</summary>
    public static readonly SKColor WatermarkColor = new(0xC6, 0x28, 0x28, 0x28);

    /// <summary>The watermark's word: on every page of a report whose inventory is not approved or verified.</summary>
    public static string DraftMark(ReportLanguage l) => l.Pick("ร่าง", "DRAFT");

    /// <summary>"1 ตุลาคม 2567 ถึง 30 กันยายน 2568 (ปีงบประมาณ พ.ศ. 2568)" or "1 January 2024 to 31 December 2024 (calendar year)".</summary>
    public static string PeriodText(ReportingPeriod period, int year, ReportLanguage l, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var dates = PeriodDates.Of(period, year);
        var span = f.Date(dates.First) + l.Pick(" ถึง ", " to ") + f.Date(dates.Last);
        return span + " (" + (period == ReportingPeriod.FiscalYear
            ? l.Pick("ปีงบประมาณ พ.ศ.\u00A0" + f.Year(PdfReportFormat.BuddhistEraYear(year)), "fiscal year " + f.Year(year))
            : l.Pick("ปีปฏิทิน", "calendar year")) + ")";
    }

    /// <summary>The cover lines the profile adds after the status: period, base year, preparer and contact.</summary>
    public static IEnumerable<KeyValuePair<string, string>> CoverLines(ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(m);
        var s = m.SignOff;
        yield return new(l.Pick("ช่วงเวลาที่รายงาน", "Reporting period"), PeriodText(s.Period, m.Cover.Year, l, f));
        if (m.IsPublicCopy)
        {
            // The public copy names no one and has no target section to take a base year from (ReportModel.ForPublic).
            yield break;
        }

        yield return new(l.Pick("ปีฐาน", "Base year"), m.Target is { } t
            ? l.Pick("พ.ศ.\u00A0" + f.Year(PdfReportFormat.BuddhistEraYear(t.BaseYear)), f.Year(t.BaseYear)) + l.Pick(" (ตามเป้าหมายการลด)", " (of the reduction target)")
            : l.Pick("ยังไม่ได้กำหนด", "not set"));
        var preparer = Join(", ", s.PreparerName, s.PreparerPosition);
        yield return new(l.Pick("ผู้จัดทำ", "Prepared by"), preparer ?? PdfReportFormat.Dash);
        yield return new(l.Pick("ติดต่อ", "Contact"), Join(" · ", s.ContactPhone, s.ContactEmail) ?? PdfReportFormat.Dash);
    }

    /// <summary>
    /// Rows for the totals table: the total per person (kg CO2e: an organisation's own operations are a few kg a head,
    /// which tonnes would print as 0.020) and per km² (t CO2e) of the year's population and area, when recorded.
    /// </summary>
    public static IEnumerable<TableRow> IntensityRows(ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(f);
        if (m.YearContext is { PerPersonKg: { } perPerson, Population: { } population })
        {
            yield return new TableRow([
                l.Pick("ต่อประชากร (ประชากร ", "Per person (population ") + f.Count(population) + ")",
                f.Intensity(perPerson) + l.Pick("\u00A0kgCO₂e ต่อคน", "\u00A0kgCO₂e per person")]);
        }

        if (m.YearContext is { PerKm2T: { } perKm2, AreaKm2: { } area })
        {
            yield return new TableRow([
                l.Pick("ต่อพื้นที่ (", "Per km² (area ") + f.Quantity(area) + l.Pick(" ตร.กม.)", " km²)"),
                f.Intensity(perKm2) + l.Pick("\u00A0tCO₂e ต่อ ตร.กม.", "\u00A0tCO₂e per km²")]);
        }
    }

    /// <summary>
    /// The certification block, kept on one page: a statement, then the preparer and each named signatory with a line
    /// to sign on, their name, position and a date line. With nobody named, one blank block to fill by hand.
    /// </summary>
    public static void Certification(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(m);
        var s = m.SignOff;
        var blocks = new List<(string Role, string? Name, string? Position)>();
        if (s.PreparerName is not null)
        {
            blocks.Add((l.Pick("ผู้จัดทำรายงาน", "Prepared by"), s.PreparerName, s.PreparerPosition));
        }

        blocks.AddRange(s.Signatories.Select(x => (l.Pick("ผู้รับรองรายงาน", "Certified by"), (string?)x.Name, (string?)x.Position)));
        if (s.Signatories.Count == 0)
        {
            blocks.Add((l.Pick("ผู้รับรองรายงาน", "Certified by"), null, null));
        }

        const float BlockHeight = 92;
        pdf.EnsureSpace(80 + (BlockHeight * blocks.Count));
        pdf.Heading(l.Pick("การรับรองรายงาน", "Certification"), 2);
        pdf.Paragraph(l.Pick(
            "ขอรับรองว่าข้อมูลในรายงานฉบับนี้ถูกต้องตามหลักฐานที่องค์กรมีอยู่ และจัดทำตามวิธีการที่ระบุไว้ในรายงาน",
            "We certify that the data in this report are correct according to the organisation's records and were prepared by the method the report describes."));
        foreach (var (role, name, position) in blocks)
        {
            pdf.Spacer(18);
            pdf.Paragraph(l.Pick("ลงชื่อ", "Signed") + " ........................................................ " + role, alignment: TextAlignment.Right);
            pdf.Paragraph("(" + (name ?? "........................................................") + ")", alignment: TextAlignment.Right);
            pdf.Paragraph(l.Pick("ตำแหน่ง ", "Position ") + (position ?? "........................................"), alignment: TextAlignment.Right);
            pdf.Paragraph(l.Pick("วันที่ ", "Date ") + "........ / ........ / ............", alignment: TextAlignment.Right);
        }
    }

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }
}
