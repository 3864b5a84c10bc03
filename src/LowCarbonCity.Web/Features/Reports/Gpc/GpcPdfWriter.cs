using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.PdfLayout;
using LowCarbonCity.Web.Features.Reports.Pdf;
using SkiaSharp;
using G = LowCarbonCity.Web.Features.Reports.Gpc.GpcReportTexts;
using T = LowCarbonCity.Web.Features.Reports.Pdf.PdfReportTexts;

namespace LowCarbonCity.Web.Features.Reports.Gpc;

/// <summary>
/// The GPC report as a PDF (A4 landscape) in Thai or English: the inventory's particulars, the totals by reporting
/// level and by sector, the sectors x scopes table with notation keys in the cells that have no figure, the keys'
/// explanations, the emissions by gas, and the certification block of the inventory report. Renders a <see cref="GpcReport"/> with the layout module; t CO2e are rounded
/// by the one display rule (<see cref="PdfReportFormat.Tonnes(decimal)"/>); a report not yet approved carries the
/// DRAFT watermark of the inventory report.
/// </summary>
public static class GpcPdfWriter
{
    private static readonly TextStyle TableText = TextStyle.Body.WithSize(8);

    public static ReportFile Write(GpcReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var l = ReportEdge.LanguageOf(culture);
        var f = new PdfReportFormat(culture);
        var c = report.Cover;
        var organisation = l.Pick(c.OrganisationNameTh, c.OrganisationNameEn);
        var year = InventoryPdfWriter.YearText(c, l, f);
        var generatedAt = f.DateTime(report.GeneratedAt) + l.Pick(" (เวลาประเทศไทย)", " (Thailand time)");
        var running = organisation + " · " + year;
        var options = new PdfDocumentOptions
        {
            Title = G.Title(l) + " " + organisation + " " + year,
            Author = organisation,
            Subject = "GPC",
            Keywords = string.Join(", ", c.OrganisationCode, c.Year.ToString(CultureInfo.InvariantCulture), "GPC", c.FactorEditionCode, c.GwpSetCode),
            Created = report.GeneratedAt,
            PageSize = new SKSize(PdfDocumentOptions.A4.Height, PdfDocumentOptions.A4.Width),
            Margins = new PageMargins(42.5f, 48f, 42.5f, 48f),
            Header = ReportPageFrame.Header(c.Status, running, G.Title(l), l),
            Footer = ReportPageFrame.Footer(generatedAt, l, f, culture),
        };

        using var pdf = new PdfDocumentBuilder(options);
        pdf.Heading(G.Title(l));
        pdf.Paragraph(organisation + " " + l.Pick("ปี ", string.Empty) + year, TextStyle.Heading2);
        pdf.KeyValues(
        [
            new(l.Pick("องค์กร", "Organisation"), organisation + " (" + c.OrganisationCode + ")"),
            new(l.Pick("จังหวัด", "Province"), l.Pick(c.ProvinceNameTh, c.ProvinceNameEn)),
            new(l.Pick("ปีที่รายงาน", "Reporting year"), year),
            new(l.Pick("มาตรฐาน", "Standard"), G.Standard(l)),
            new(l.Pick("สถานะ", "Status"), T.Status(c.Status, l)),
            .. SignOffPdfSection.CoverLines(report.Source, l, f),
            new(l.Pick("ชุดค่าการปล่อย", "Factor edition"), l.Pick(c.FactorEditionNameTh, c.FactorEditionNameEn) + " (" + c.FactorEditionCode + ")"),
            new(l.Pick("ค่าศักยภาพในการทำให้โลกร้อน", "GWP set"), l.Pick(c.GwpSetNameTh, c.GwpSetNameEn)),
        ], 0.25f, TextStyle.Body.WithSize(9));
        Totals(pdf, report, l, f);
        Sectors(pdf, report, l, f);
        pdf.Spacer(6);
        Table(pdf, report, l, f);
        Keys(pdf, report, l);
        ByGas(pdf, report, l, f);
        SignOffPdfSection.Certification(pdf, report.Source, l);
        return new ReportFile(FileName(c, l, "pdf"), InventoryPdfWriter.ContentType, pdf.ToArray());
    }

    /// <summary>e.g. <c>CMI-CM_2025_GPC_TGO-CFO-2022-04_th.pdf</c>: the inventory's name with GPC for its kind.</summary>
    public static string FileName(ReportCover cover, ReportLanguage l, string extension)
    {
        ArgumentNullException.ThrowIfNull(cover);
        return ReportFileNames.Inventory(cover, l, extension).Replace("_" + cover.Kind + "_", "_GPC_", StringComparison.Ordinal);
    }

    private static void Totals(PdfDocumentBuilder pdf, GpcReport r, ReportLanguage l, PdfReportFormat f)
    {
        var t = r.Totals;
        pdf.Heading(G.TotalsHeading(l), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ผลรวม", "Total"), ColumnWidth.Proportional(3)),
                new TableColumn(T.Unit(l), ColumnWidth.Proportional(1), TextAlignment.Right),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            [
                new TableRow(["BASIC", f.Tonnes(t.BasicT)], Emphasis: true),
                new TableRow(["BASIC+", f.Tonnes(t.BasicPlusT)], Emphasis: true),
                new TableRow([G.Territorial(l), f.Tonnes(t.TerritorialT)], Emphasis: true),
                new TableRow([T.Scope(EmissionScope.Scope1, l), f.Tonnes(t.Scope1T)]),
                new TableRow([T.Scope(EmissionScope.Scope2, l), f.Tonnes(t.Scope2T)]),
                new TableRow([T.Scope(EmissionScope.Scope3, l), f.Tonnes(t.Scope3T)]),
                new TableRow([T.MemoHeading(l), f.Tonnes(t.MemoT)]),
            ]);
        pdf.Spacer(6);
    }

    private static void Sectors(PdfDocumentBuilder pdf, GpcReport r, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(G.SectorsHeading(l), 2);
        var rows = r.Sectors.Select(s => new TableRow(
        [
            G.Sector(s.Sector, l),
            f.Tonnes(s.Scope1Kg / 1000m), f.Tonnes(s.Scope2Kg / 1000m), f.Tonnes(s.Scope3Kg / 1000m),
            f.Tonnes(s.BasicKg / 1000m), f.Tonnes(s.BasicPlusKg / 1000m), f.Tonnes(s.TerritorialKg / 1000m),
        ])).ToList();
        var t = r.Totals;
        rows.Add(new TableRow([l.Pick("รวม", "Total"), f.Tonnes(t.Scope1T), f.Tonnes(t.Scope2T), f.Tonnes(t.Scope3T), f.Tonnes(t.BasicT), f.Tonnes(t.BasicPlusT), f.Tonnes(t.TerritorialT)], Emphasis: true));
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ภาค", "Sector"), ColumnWidth.Proportional(2.4f)),
                .. new[] { EmissionScope.Scope1, EmissionScope.Scope2, EmissionScope.Scope3 }.Select(s => new TableColumn(T.Scope(s, l), ColumnWidth.Proportional(1), TextAlignment.Right)),
                new TableColumn("BASIC", ColumnWidth.Proportional(1), TextAlignment.Right),
                new TableColumn("BASIC+", ColumnWidth.Proportional(1), TextAlignment.Right),
                new TableColumn(l.Pick("ภายในขอบเขตพื้นที่", "Territorial"), ColumnWidth.Proportional(1), TextAlignment.Right),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            rows);
        pdf.Paragraph(l.Pick("หน่วย: ", "Unit: ") + T.Unit(l), TextStyle.Small);
    }

    /// <summary>The columns of the sectors x scopes table; the header repeats on every page it spans.</summary>
    public static TableDefinition ScopeTable(ReportLanguage l) => new(
    [
        new TableColumn(G.Reference(l), ColumnWidth.Fixed(62)),
        new TableColumn(l.Pick("ภาคและภาคย่อย", "Sector and sub-sector"), ColumnWidth.Proportional(3)),
        new TableColumn(T.Scope(EmissionScope.Scope1, l) + " (" + T.Unit(l) + ")", ColumnWidth.Proportional(1), TextAlignment.Right),
        new TableColumn(T.Scope(EmissionScope.Scope2, l) + " (" + T.Unit(l) + ")", ColumnWidth.Proportional(1), TextAlignment.Right),
        new TableColumn(T.Scope(EmissionScope.Scope3, l) + " (" + T.Unit(l) + ")", ColumnWidth.Proportional(1), TextAlignment.Right),
    ])
    { HeaderStyle = TableText.AsBold(), CellStyle = TableText };

    private static void Table(PdfDocumentBuilder pdf, GpcReport r, ReportLanguage l, PdfReportFormat f)
    {
        pdf.EnsureSpace(160);
        pdf.Heading(G.TableHeading(l));
        var rows = new List<TableRow>();
        foreach (var sector in r.Rows.GroupBy(x => x.Sector))
        {
            var total = r.Sectors.Single(s => s.Sector == sector.Key);
            rows.Add(new TableRow(
                [string.Empty, G.Sector(sector.Key, l), f.Tonnes(total.Scope1Kg / 1000m), f.Tonnes(total.Scope2Kg / 1000m), f.Tonnes(total.Scope3Kg / 1000m)], Emphasis: true));
            rows.AddRange(sector.Select(row => new TableRow(
                [G.RowReference(row), G.Row(row, l), G.CellText(row.Scope1, f), G.CellText(row.Scope2, f), G.CellText(row.Scope3, f)])));
        }

        pdf.Table(ScopeTable(l), rows);
        pdf.Paragraph(G.NotEnteredLegend(l), TextStyle.Small);
        pdf.Paragraph(l.Pick(
            "ช่องขอบเขตที่ 1, 2 และ 3 ของภาค I และ II คือเลขอ้างอิง x.1, x.2 และ x.3 ของภาคย่อย; ภาค III: x.1 อยู่ใต้ขอบเขตที่ 1 และ x.2 (ของเสียที่เกิดในเมืองแต่บำบัดนอกเมือง) อยู่ใต้ขอบเขตที่ 3",
            "The scope 1, 2 and 3 cells of sectors I and II are the sub-sector's x.1, x.2 and x.3; in sector III, x.1 is under scope 1 and x.2 (waste generated in the city and treated outside) under scope 3."), TextStyle.Small);
        foreach (var line in G.LevelLegend(r, l))
        {
            pdf.Paragraph(line, TextStyle.Small);
        }

        pdf.Spacer(6);
    }

    private static void Keys(PdfDocumentBuilder pdf, GpcReport r, ReportLanguage l)
    {
        var notes = r.Cells.SelectMany(c => c.Notes.Select(n => (Cell: c, Note: n))).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        pdf.Heading(G.KeysHeading(l), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(G.Reference(l), ColumnWidth.Fixed(62)),
                new TableColumn(l.Pick("สัญลักษณ์", "Key"), ColumnWidth.Fixed(44)),
                new TableColumn(l.Pick("ความหมาย", "Meaning"), ColumnWidth.Proportional(2)),
                new TableColumn(l.Pick("คำอธิบาย", "Explanation"), ColumnWidth.Proportional(3)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            notes.Select(n => new TableRow([n.Cell.Reference, n.Note.Key.ToString(), T.Meaning(n.Note.Key, l), G.Explanation(n.Note, l)])));
        pdf.Spacer(6);
    }

    /// <summary>The columns of the by-gas table.</summary>
    public static TableDefinition GasTable(ReportLanguage l)
    {
        var t = T.Unit(l);
        return new TableDefinition(
        [
            new TableColumn(G.Reference(l), ColumnWidth.Fixed(50)),
            new TableColumn("CO₂ (t)", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("CH₄ (t)", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("N₂O (t)", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("CO₂ (" + t + ")", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("CH₄ (" + t + ")", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("N₂O (" + t + ")", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("HFCs, PFCs, SF₆, NF₃ (" + t + ")", ColumnWidth.Proportional(1.1f), TextAlignment.Right),
            new TableColumn(l.Pick("ค่าที่เผยแพร่เป็น CO₂e (", "Published as CO₂e (") + t + ")", ColumnWidth.Proportional(1.1f), TextAlignment.Right),
            new TableColumn(l.Pick("รวม (", "Total (") + t + ")", ColumnWidth.Proportional(1.1f), TextAlignment.Right),
            new TableColumn(l.Pick("CO₂ ชีวภาพ (t)", "Biogenic CO₂ (t)"), ColumnWidth.Proportional(1), TextAlignment.Right),
        ])
        { HeaderStyle = TableText.AsBold(), CellStyle = TableText };
    }

    private static void ByGas(PdfDocumentBuilder pdf, GpcReport r, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(G.GasHeading(l), 2);
        TableRow Row(GpcGasRow g, string label, bool emphasis) => new(
        [
            label,
            f.Tonnes(g.Co2Kg / 1000m), f.Tonnes(g.Ch4Kg / 1000m), f.Tonnes(g.N2OKg / 1000m),
            f.Tonnes(g.Co2Co2eKg / 1000m), f.Tonnes(g.Ch4Co2eKg / 1000m), f.Tonnes(g.N2OCo2eKg / 1000m),
            f.Tonnes(g.FluorinatedCo2eKg / 1000m), f.Tonnes(g.UnsplitCo2eKg / 1000m), f.Tonnes(g.TotalCo2eKg / 1000m), f.Tonnes(g.BiogenicCo2Kg / 1000m),
        ], emphasis);
        var rows = r.ByGas.Select(g => Row(g, g.Reference, false)).ToList();
        rows.Add(Row(r.GasTotal, l.Pick("รวม", "Total"), true));
        pdf.Table(GasTable(l), rows);
        pdf.Paragraph(l.Pick(
            "ค่าการปล่อยบางรายการเผยแพร่เป็น CO₂e รวม (เช่น ไฟฟ้าจากระบบสายส่ง) จึงแยกตามชนิดก๊าซไม่ได้ และแสดงในคอลัมน์ค่าที่เผยแพร่เป็น CO₂e; CO₂ ชีวภาพเป็นรายการบันทึก ไม่รวมในผลรวม",
            "Some factors are published as a CO₂e total (grid electricity, for one) and cannot be split by gas: they are in the published-as-CO₂e column. Biogenic CO₂ is a memo item, outside the totals."), TextStyle.Small);
    }
}
