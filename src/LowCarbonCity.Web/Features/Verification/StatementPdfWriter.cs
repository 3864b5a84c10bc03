using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.PdfLayout;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Pdf;
using S = LowCarbonCity.Web.Features.Verification.StatementTexts;
using T = LowCarbonCity.Web.Features.Reports.Pdf.PdfReportTexts;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// The verification statement as a PDF in Thai or English (the inventory reports' layout: Sarabun, the page frame with
/// running head, generated-on and page N of M): who verified whose inventory for which period, against which standard,
/// at what level of assurance and materiality; the verified totals by scope; the opinion; the findings raised and
/// closed by kind; the date and the signatory with a line to sign on. <see cref="Section"/> is the same content as a
/// section of the inventory report. Renders a <see cref="StatementView"/>; rounds at the edge only (t CO2e to the
/// kilogram, <see cref="Shared.DisplayRounding"/>), never calculates.
/// </summary>
public static class StatementPdfWriter
{
    private static readonly TextStyle TableText = TextStyle.Body.WithSize(9);

    public static ReportFile Write(StatementView statement, CultureInfo culture, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(culture);
        var s = statement;
        var l = ReportEdge.LanguageOf(culture);
        var f = new PdfReportFormat(culture);
        var organisation = l.Pick(s.OrganisationNameTh, s.OrganisationNameEn);
        var year = InventoryPdfWriter.YearText(s.Year, l, f);
        var options = new PdfDocumentOptions
        {
            Title = S.Title(l) + " " + organisation + " " + year,
            Author = l.Pick(s.BodyNameTh, s.BodyNameEn),
            Subject = T.Kind(s.Kind, l),
            Keywords = string.Join(", ", s.OrganisationCode, s.Year.ToString(CultureInfo.InvariantCulture), s.Kind.ToString(), s.RegistrationNumber),
            Created = generatedAt,
            Header = ReportPageFrame.Header(s.Status, organisation + " · " + year, S.Title(l), l),
            Footer = ReportPageFrame.Footer(f.DateTime(generatedAt) + l.Pick(" (เวลาประเทศไทย)", " (Thailand time)"), l, f, culture),
        };

        using var pdf = new PdfDocumentBuilder(options);
        pdf.Heading(S.Title(l));
        pdf.Paragraph(organisation + " " + l.Pick("ปี ", string.Empty) + year, TextStyle.Heading2);
        pdf.Spacer(6);
        Content(pdf, s, l, f);
        Signature(pdf, s, l, f);
        return new ReportFile(ReportFileNames.Statement(s.OrganisationCode, s.Year, s.Kind, l), InventoryPdfWriter.ContentType, pdf.ToArray());
    }

    /// <summary>The statement as a section of the inventory report: its content and who signed it when.</summary>
    public static void Section(PdfDocumentBuilder pdf, StatementView statement, ReportLanguage l, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(f);
        pdf.NewPage();
        pdf.Heading(S.SectionHeading(l));
        Content(pdf, statement, l, f);
        pdf.KeyValues([new(S.SignatoryLabel(l), Signatory(statement, l) + l.Pick(" เมื่อ ", " on ") + f.Date(statement.IssuedOn))]);
    }

    private static void Content(PdfDocumentBuilder pdf, StatementView s, ReportLanguage l, PdfReportFormat f)
    {
        var organisation = l.Pick(s.OrganisationNameTh, s.OrganisationNameEn);
        var body = l.Pick(s.BodyNameTh, s.BodyNameEn);
        var period = f.Date(s.PeriodStart) + l.Pick(" ถึง ", " to ") + f.Date(s.PeriodEnd);
        var materiality = f.Quantity(s.MaterialityPercent) + "\u00A0%";
        pdf.Paragraph(l.Pick(
            $"{body} (ทะเบียนเลขที่ {s.RegistrationNumber}) ได้ทวนสอบบัญชีก๊าซเรือนกระจกของ{organisation} สำหรับช่วงเวลา {period} ตาม {s.Standard} ที่{S.Level(s.Level, l)} โดยใช้ระดับความมีสาระสำคัญร้อยละ {f.Quantity(s.MaterialityPercent)} ของการปล่อยรวม",
            $"{body} (registration {s.RegistrationNumber}) has verified the greenhouse-gas inventory of {organisation} for {period} against {s.Standard}, to {S.Level(s.Level, l).ToLowerInvariant()}, with a materiality threshold of {materiality} of total emissions."));
        pdf.KeyValues(
        [
            new(l.Pick("องค์กร", "Organisation"), organisation + " (" + s.OrganisationCode + ")"),
            new(l.Pick("ช่วงเวลาที่ทวนสอบ", "Period verified"), period),
            new(l.Pick("ประเภทบัญชี", "Inventory kind"), T.Kind(s.Kind, l)),
            new(S.Body(l), body),
            new(S.Registration(l), s.RegistrationNumber),
            new(S.LevelLabel(l), S.Level(s.Level, l)),
            new(S.MaterialityLabel(l), materiality + l.Pick(" ของการปล่อยรวม", " of total emissions")),
            new(S.StandardLabel(l), s.Standard),
            new(S.IssuedOnLabel(l), f.Date(s.IssuedOn)),
            new(l.Pick("การรับรองโดย อบก.", "Certified by TGO"), s.CertifiedAt is { } at && s.IsCertified
                ? l.Pick("รับรองแล้วเมื่อ ", "on ") + f.Date(at) + l.Pick(" (บัญชีทวนสอบแล้ว)", " (the inventory is verified)")
                : l.Pick("รอการรับรองจาก อบก.", "awaiting TGO's certification")),
        ]);

        pdf.Heading(l.Pick("ปริมาณการปล่อยที่ผ่านการทวนสอบ", "Verified emissions"), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ขอบเขต", "Scope"), ColumnWidth.Proportional(3)),
                new TableColumn(T.Unit(l), ColumnWidth.Proportional(1), TextAlignment.Right),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            [
                new TableRow([T.Scope(EmissionScope.Scope1, l), f.Tonnes(s.Scope1Kg / 1000m)]),
                new TableRow([T.Scope(EmissionScope.Scope2, l), f.Tonnes(s.Scope2Kg / 1000m)]),
                new TableRow([T.Scope(EmissionScope.Scope3, l), f.Tonnes(s.Scope3Kg / 1000m)]),
                new TableRow([l.Pick("รวมขอบเขต 1-3", "Total, scopes 1-3"), f.Tonnes(s.TotalKg / 1000m)], Emphasis: true),
            ]);

        pdf.Heading(S.OpinionLabel(l), 2);
        pdf.Paragraph(S.Opinion(s.Opinion, l) + ": " + S.OpinionMeaning(s.Opinion, l), TextStyle.Body.AsBold());
        if (s.OpinionText is { } text)
        {
            pdf.Paragraph(text);
        }

        pdf.Heading(l.Pick("ข้อบกพร่องและข้อสังเกตที่พบ", "Findings"), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ประเภท", "Kind"), ColumnWidth.Proportional(3)),
                new TableColumn(l.Pick("ที่พบ", "Raised"), ColumnWidth.Proportional(1), TextAlignment.Right),
                new TableColumn(l.Pick("ที่ปิดแล้ว", "Closed"), ColumnWidth.Proportional(1), TextAlignment.Right),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            s.Findings.Select(x => new TableRow([S.FindingKind(x.Kind, l), f.Count(x.Raised), f.Count(x.Closed)])));
    }

    /// <summary>The signature block: a line to sign on, the signatory's name and title, the body, the date; kept on one page.</summary>
    private static void Signature(PdfDocumentBuilder pdf, StatementView s, ReportLanguage l, PdfReportFormat f)
    {
        pdf.EnsureSpace(115);
        pdf.Spacer(12);
        pdf.Paragraph(l.Pick("ลงชื่อ", "Signed") + " ........................................................ " + S.SignatoryLabel(l), alignment: TextAlignment.Right);
        pdf.Paragraph("(" + s.SignatoryName + ")", alignment: TextAlignment.Right);
        if (s.SignatoryTitle is { } title)
        {
            pdf.Paragraph(l.Pick("ตำแหน่ง ", "Position ") + title, alignment: TextAlignment.Right);
        }

        pdf.Paragraph(l.Pick(s.BodyNameTh, s.BodyNameEn), alignment: TextAlignment.Right);
        pdf.Paragraph(l.Pick("วันที่ ", "Date ") + f.Date(s.IssuedOn), alignment: TextAlignment.Right);
    }

    private static string Signatory(StatementView s, ReportLanguage l) =>
        s.SignatoryName + (s.SignatoryTitle is { } title ? ", " + title : string.Empty) + " (" + l.Pick(s.BodyNameTh, s.BodyNameEn) + ")";
}
