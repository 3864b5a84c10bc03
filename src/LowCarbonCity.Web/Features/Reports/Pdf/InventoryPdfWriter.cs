using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.PdfLayout;
using SkiaSharp;
using T = LowCarbonCity.Web.Features.Reports.Pdf.PdfReportTexts;

namespace LowCarbonCity.Web.Features.Reports.Pdf;

/// <summary>
/// The PDF inventory report in Thai or English: cover, boundary and method, totals by scope (and the GPC
/// table for a City inventory), charts, every line, factors used, notation keys, memo items, data quality and review
/// history, with "page N of M" and a generated-on line on every page. Renders a <see cref="ReportModel"/> with the
/// layout module; never calculates (docs/conventions.md R1): every figure comes from the model and is rounded here, at the edge,
/// to 3 decimals of t CO2e (the kilogram, as on every door), half away from zero (<see cref="PdfReportFormat"/>).
/// </summary>
public static class InventoryPdfWriter
{
    public const string ContentType = "application/pdf";

    private static readonly TextStyle TableText = TextStyle.Body.WithSize(8);
    private static readonly SKColor Highlight = ChartPalette.Colors[0];
    private static readonly SKColor Muted = new(0xA5, 0xB8, 0xA6);

    public static ReportFile Write(ReportModel model, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(culture);
        var l = ReportEdge.LanguageOf(culture);
        var f = new PdfReportFormat(culture);
        var c = model.Cover;
        var organisation = l.Pick(c.OrganisationNameTh, c.OrganisationNameEn);
        var generatedAt = f.DateTime(model.GeneratedAt) + l.Pick(" (เวลาประเทศไทย)", " (Thailand time)");
        var running = organisation + " · " + YearText(c, l, f);
        var options = new PdfDocumentOptions
        {
            Title = T.Title(l) + " " + organisation + " " + YearText(c, l, f),
            Author = organisation,
            Subject = T.Kind(c.Kind, l),
            Keywords = string.Join(", ", c.OrganisationCode, c.Year.ToString(CultureInfo.InvariantCulture), c.Kind.ToString(), c.FactorEditionCode, c.GwpSetCode),
            Created = model.GeneratedAt,
            Header = ReportPageFrame.Header(c.Status, running, T.Title(l), l),
            Footer = ReportPageFrame.Footer(generatedAt, l, f, culture),
        };

        using var pdf = new PdfDocumentBuilder(options);
        var references = ReportReferences.Of(model);
        Cover(pdf, model, l, f, generatedAt, references);
        pdf.NewPage();
        Totals(pdf, model, l, f);
        if (c.Kind == InventoryKind.City)
        {
            Gpc(pdf, model, l, f);
        }

        Charts(pdf, model, l, f);
        if (model.Target is { } target)
        {
            TargetPdfSection.Write(pdf, target, l, f);
        }

        Lines(pdf, model, l, f);
        Factors(pdf, model, l, f, references);
        References(pdf, references, l);
        NotationKeys(pdf, model, l);
        Memo(pdf, model, l, f);
        Quality(pdf, model, l, f);
        if (!model.IsPublicCopy)
        {
            Review(pdf, model, l, f);
        }

        if (model.Verification is { } statement)
        {
            Verification.StatementPdfWriter.Section(pdf, statement, l, f);
        }

        if (!model.IsPublicCopy)
        {
            SignOffPdfSection.Certification(pdf, model, l);
        }

        return new ReportFile(ReportFileNames.Inventory(c, l, model.IsPublicCopy ? "public.pdf" : "pdf"), ContentType, pdf.ToArray());
    }

    /// <summary>"พ.ศ. 2567 (ค.ศ. 2024)" or "2024 (B.E. 2567)", with no-break spaces between era and number.</summary>
    public static string YearText(ReportCover cover, ReportLanguage l, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(cover);
        return YearText(cover.Year, l, f);
    }

    /// <summary>The same for a Gregorian year.</summary>
    public static string YearText(int year, ReportLanguage l, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var be = PdfReportFormat.BuddhistEraYear(year);
        return l.Pick(
            "พ.ศ.\u00A0" + f.Year(be) + " (ค.ศ.\u00A0" + f.Year(year) + ")",
            f.Year(year) + " (B.E.\u00A0" + f.Year(be) + ")");
    }

    private static void Cover(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f, string generatedAt, ReportReferences references)
    {
        var c = m.Cover;
        if (m.SignOff.Logo is { } logo && pdf.Image(logo, 160, 80))
        {
            pdf.Spacer(12);
        }
        else
        {
            pdf.Spacer(40);
        }

        pdf.Heading(T.Title(l));
        pdf.Paragraph(l.Pick(c.OrganisationNameTh, c.OrganisationNameEn) + " " + l.Pick("ปี ", "") + YearText(c, l, f), TextStyle.Heading2);
        pdf.Spacer(12);
        pdf.KeyValues(
        [
            new(l.Pick("องค์กร", "Organisation"), l.Pick(c.OrganisationNameTh, c.OrganisationNameEn) + " (" + c.OrganisationCode + ")"),
            new(l.Pick("จังหวัด", "Province"), l.Pick(c.ProvinceNameTh, c.ProvinceNameEn)),
            new(l.Pick("ปีที่รายงาน", "Reporting year"), YearText(c, l, f)),
            new(l.Pick("ประเภทบัญชี", "Inventory kind"), T.Kind(c.Kind, l)),
            new(l.Pick("สถานะ", "Status"), T.Status(c.Status, l)),
            .. SignOffPdfSection.CoverLines(m, l, f),
            new(l.Pick("ชุดค่าการปล่อย", "Factor edition"), l.Pick(c.FactorEditionNameTh, c.FactorEditionNameEn) + " (" + c.FactorEditionCode + ")"),
            new(l.Pick("ค่าศักยภาพในการทำให้โลกร้อน", "GWP set"), l.Pick(c.GwpSetNameTh, c.GwpSetNameEn)),
            new(l.Pick("การปล่อยรวม ขอบเขต 1-3", "Total emissions, scopes 1-3"), f.Tonnes(m.Totals.TotalT) + "\u00A0" + T.Unit(l)),
            .. VerificationLine(m, l, f),
            new(l.Pick("วันที่จัดทำ", "Generated on"), generatedAt),
        ]);
        if (m.IsPublicCopy)
        {
            pdf.Paragraph(l.Pick(
                "ฉบับเผยแพร่ต่อสาธารณะ: ไม่มีชื่อและข้อมูลติดต่อของผู้จัดทำและผู้ลงนาม และไม่มีประวัติการตรวจสอบ ฉบับที่ลงนามแล้วขอได้จากองค์กร",
                "Public copy: without the names and contacts of the preparer and signatories, and without the review record. The signed copy is available from the organisation."),
                TextStyle.Small);
        }

        pdf.Spacer(12);
        pdf.Heading(T.BoundaryHeading(l), 2);
        pdf.Paragraph(T.Boundary(c, l));
        pdf.Paragraph(T.Method(c, l, Reference(references.NumberOf(c.GwpSetSource), f)));
    }

    /// <summary>The cover line of a verified inventory: who verified it, to what opinion, and when.</summary>
    private static IEnumerable<KeyValuePair<string, string>> VerificationLine(ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        if (m.Verification is { } v)
        {
            yield return new(Verification.StatementTexts.SectionHeading(l),
                l.Pick("ทวนสอบโดย ", "Verified by ") + l.Pick(v.BodyNameTh, v.BodyNameEn) + " (" + v.RegistrationNumber + ")"
                + l.Pick(" ความเห็น: ", ", opinion: ") + Verification.StatementTexts.Opinion(v.Opinion, l) + l.Pick(" เมื่อ ", ", on ") + f.Date(v.IssuedOn));
        }
    }

    private static void Totals(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        var t = m.Totals;
        pdf.Heading(T.TotalsHeading(l));
        var rows = new List<TableRow>
        {
            new([T.Scope(EmissionScope.Scope1, l), f.Tonnes(t.Scope1T)]),
            new([T.Scope(EmissionScope.Scope2, l), f.Tonnes(t.Scope2T)]),
            new([T.Scope(EmissionScope.Scope3, l), f.Tonnes(t.Scope3T)]),
            new([l.Pick("รวมขอบเขต 1-3", "Total, scopes 1-3"), f.Tonnes(t.TotalT)], Emphasis: true),
        };
        if (m.Cover.Kind == InventoryKind.City)
        {
            rows.Add(new(["BASIC", f.Tonnes(t.BasicT)], Emphasis: true));
            rows.Add(new(["BASIC+", f.Tonnes(t.BasicPlusT)], Emphasis: true));
            rows.Add(new([l.Pick("ภายในขอบเขตพื้นที่ (ขอบเขตที่ 1)", "Territorial (scope 1)"), f.Tonnes(t.TerritorialT)]));
        }

        rows.Add(new([l.Pick("รายการบันทึก (ไม่รวมในผลรวม)", "Memo items (outside the totals)"), f.Tonnes(t.MemoT)]));
        rows.AddRange(SignOffPdfSection.IntensityRows(m, l, f));
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ผลรวม", "Total"), ColumnWidth.Proportional(3)),
                new TableColumn(T.Unit(l), ColumnWidth.Proportional(1), TextAlignment.Right),
            ]),
            rows);
        pdf.Spacer(8);
    }

    private static void Gpc(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(T.GpcHeading(l), 2);
        const string Yes = "•";
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ช่อง", "Cell"), ColumnWidth.Fixed(40)),
                new TableColumn(l.Pick("ภาค", "Sector"), ColumnWidth.Proportional(2.2f)),
                new TableColumn(l.Pick("ขอบเขต", "Scope"), ColumnWidth.Fixed(52)),
                new TableColumn(T.Unit(l) + l.Pick(" หรือสัญลักษณ์", " or key"), ColumnWidth.Proportional(1.3f), TextAlignment.Right),
                new TableColumn("BASIC", ColumnWidth.Fixed(38), TextAlignment.Center),
                new TableColumn("BASIC+", ColumnWidth.Fixed(42), TextAlignment.Center),
                new TableColumn(l.Pick("หมายเหตุ", "Notes"), ColumnWidth.Proportional(2)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            m.GpcCells.Select(cell => new TableRow(
            [
                cell.Reference,
                l.Pick(ReportNames.Of(cell.Sector).Th, ReportNames.Of(cell.Sector).En),
                T.Scope(cell.Scope, l),
                cell.Co2eT is { } v ? f.Tonnes(v) : cell.NotationKeys.Count > 0 ? string.Join(", ", cell.NotationKeys) : PdfReportFormat.Dash,
                cell.InBasic ? Yes : string.Empty,
                cell.InBasicPlus ? Yes : string.Empty,
                string.Join("; ", cell.Notes),
            ])));
        pdf.Paragraph(l.Pick("• = นับรวมในระดับนั้น", "• = counted in that reporting level"), TextStyle.Small);
    }

    private static void Charts(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        var t = m.Totals;
        var unit = "\u00A0" + T.Unit(l);
        pdf.Heading(T.ChartsHeading(l), 2);
        var scopes = new (EmissionScope Scope, decimal Kg, decimal T)[]
        {
            (EmissionScope.Scope1, t.Scope1Kg, t.Scope1T), (EmissionScope.Scope2, t.Scope2Kg, t.Scope2T), (EmissionScope.Scope3, t.Scope3Kg, t.Scope3T),
        };
        if (scopes.Any(s => s.Kg > 0))
        {
            // Chart values only size the slices; the printed figure is the rounded model value.
            pdf.PieChart(new PieChart(
                l.Pick("การปล่อยตามขอบเขต", "Emissions by scope") + " (" + T.Unit(l) + ")",
                [.. scopes.Select(s => new ChartItem(T.Scope(s.Scope, l), Length(s.Kg), f.Tonnes(s.T) + unit))])
            { Height = 170 });
        }

        if (m.ByGroup.Count > 0)
        {
            pdf.StackedBarChart(new StackedBarChart(
                l.Pick(m.Cover.Kind == InventoryKind.City ? "การปล่อยตามภาค GPC แยกตามขอบเขต" : "การปล่อยตามกลุ่มกิจกรรม แยกตามขอบเขต",
                    m.Cover.Kind == InventoryKind.City ? "Emissions by GPC sector and scope" : "Emissions by category group and scope") + " (" + T.Unit(l) + ")",
                [T.Scope(EmissionScope.Scope1, l), T.Scope(EmissionScope.Scope2, l), T.Scope(EmissionScope.Scope3, l)],
                [.. m.ByGroup.Select(g => new StackedBar(l.Pick(g.NameTh, g.NameEn), [Length(g.Scope1Kg), Length(g.Scope2Kg), Length(g.Scope3Kg)], f.Tonnes(g.TotalT)))])
            { Height = Math.Max(120, 40 + (28 * m.ByGroup.Count)) });
        }

        if (m.Trend.Count > 0)
        {
            pdf.BarChart(new BarChart(
                l.Pick("แนวโน้มเทียบกับปีก่อน (", "Trend against earlier years (") + T.Unit(l) + l.Pick(", ปี พ.ศ.)", ", year CE)"),
                [.. m.Trend.Select(p => new ChartItem(
                    (l == ReportLanguage.Thai ? f.Year(PdfReportFormat.BuddhistEraYear(p.Year)) : f.Year(p.Year))
                        + (RollUps.Counted.IsFinal(p.Status) ? string.Empty : " (" + T.Status(p.Status, l) + ")"),
                    Length(p.TotalKg),
                    f.Tonnes(p.TotalT),
                    p.IsThisInventory ? Highlight : Muted))])
            { Orientation = BarOrientation.Vertical, Height = 170 });
            pdf.Paragraph(l.Pick(
                "แท่งสีเข้มคือบัญชีฉบับนี้ แท่งสีอ่อนคือบัญชีปีก่อนหน้าขององค์กรเดียวกันที่ส่งแล้ว อนุมัติแล้ว หรือทวนสอบแล้ว (ไม่รวมบัญชีร่าง) ปีที่มีสถานะในวงเล็บยังไม่ได้รับอนุมัติ",
                "The dark bar is this inventory; light bars are the organisation's earlier years that were submitted, approved or verified (never a draft). A status in brackets marks a figure not yet approved."), TextStyle.Small);
        }
    }

    /// <summary>A bar length or slice angle; charts cannot draw negative values, so removals draw as nothing.</summary>
    private static double Length(decimal value) => value > 0 ? (double)value : 0d;

    private static void Lines(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(T.LinesHeading(l));
        var rows = m.Lines.Select(line => new TableRow(
        [
            Category(line, l),
            line.Description ?? string.Empty,
            line.Amount is { } amount ? f.Quantity(amount) + (line.UnitCode is { } u ? "\u00A0" + ReportNames.Unit(u, l) : string.Empty) : PdfReportFormat.Dash,
            Factor(line, l, f),
            line.DataSource ?? string.Empty,
            LineCo2e(line, l, f),
        ])).ToList();
        rows.Add(new TableRow([l.Pick("รวมขอบเขต 1-3", "Total, scopes 1-3"), string.Empty, string.Empty, string.Empty, string.Empty, f.Tonnes(m.Totals.TotalT)], Emphasis: true));
        pdf.Table(LinesTable(l), rows);
        pdf.Spacer(8);
    }

    /// <summary>The columns of the lines table; the header repeats on every page the table spans.</summary>
    public static TableDefinition LinesTable(ReportLanguage l) => new(
    [
        new TableColumn(l.Pick("ประเภทกิจกรรม", "Category"), ColumnWidth.Proportional(2.3f)),
        new TableColumn(l.Pick("รายละเอียด", "Description"), ColumnWidth.Proportional(2.1f)),
        new TableColumn(l.Pick("ปริมาณ", "Quantity"), ColumnWidth.Proportional(1.7f), TextAlignment.Right),
        new TableColumn(l.Pick("ค่าการปล่อย", "Factor"), ColumnWidth.Proportional(2.6f)),
        new TableColumn(l.Pick("แหล่งข้อมูล", "Source"), ColumnWidth.Proportional(1.6f)),
        new TableColumn(T.Unit(l), ColumnWidth.Fixed(58), TextAlignment.Right),
    ])
    { HeaderStyle = TableText.AsBold(), CellStyle = TableText };

    private static string Category(ReportLine line, ReportLanguage l)
    {
        var name = l.Pick(line.CategoryNameTh, line.CategoryNameEn);
        if (T.PartSuffix(line.Part, l) is { } suffix)
        {
            name += " " + suffix;
        }

        var where = T.Scope(line.Scope, l) + (line.GpcReference is { } gpc ? " · GPC " + gpc : string.Empty);
        return name + "\n" + where;
    }

    private static string Factor(ReportLine line, ReportLanguage l, PdfReportFormat f)
    {
        var parts = new List<string>();
        if (line.UsesCustomFactor)
        {
            parts.Add(l.Pick("ค่าที่กำหนดเอง", "Custom factor") + (line.CustomFactorJustification is { Length: > 0 } j ? l.Pick(" เหตุผล: ", "; justification: ") + j : string.Empty));
        }

        foreach (var gas in line.Gases)
        {
            if (gas.FactorKgPerUnit is { } value)
            {
                parts.Add(ReportNames.Gas(gas.Gas, l) + " " + f.Factor(value) + "\u00A0" + ReportNames.PerUnit(gas.FactorPerUnitCode ?? "?", l));
            }
        }

        if (parts.Count == 0 || (line.UsesCustomFactor && parts.Count == 1))
        {
            if (line.Gases.Count > 0)
            {
                parts.Add(l.Pick("คำนวณด้วยแบบจำลอง (", "Calculated by model (") + string.Join(", ", line.Gases.Select(g => ReportNames.Gas(g.Gas, l)).Distinct()) + ")");
            }
            else if (parts.Count == 0)
            {
                parts.Add(PdfReportFormat.Dash);
            }
        }

        return string.Join("\n", parts);
    }

    private static string LineCo2e(ReportLine line, ReportLanguage l, PdfReportFormat f)
    {
        var text = line.Co2eT is { } t ? f.Tonnes(t) : line.NotationKey is { } key ? key.ToString() : PdfReportFormat.Dash;
        if (line.MemoCo2eKg != 0)
        {
            text += "\n" + l.Pick("บันทึก ", "memo ") + f.Tonnes(line.MemoCo2eT);
        }

        return text;
    }

    private static void Factors(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f, ReportReferences references)
    {
        if (m.FactorsUsed.Count == 0)
        {
            return;
        }

        pdf.Heading(T.FactorsHeading(l), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ประเภทกิจกรรม", "Category"), ColumnWidth.Proportional(2.6f)),
                new TableColumn(l.Pick("ก๊าซ", "Gas"), ColumnWidth.Fixed(72)),
                new TableColumn(l.Pick("ค่าการปล่อย", "Factor"), ColumnWidth.Proportional(1.6f), TextAlignment.Right),
                new TableColumn("GWP", ColumnWidth.Fixed(36), TextAlignment.Right),
                new TableColumn(l.Pick("แหล่งที่มา", "Source"), ColumnWidth.Proportional(1.6f)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            // One row per category and source, its gases one per line in the cell; the source is the number of its
            // reference in the list below, or the justification of a custom factor.
            m.FactorsUsed.GroupBy(x => (x.Category, x.Source, x.IsCustom)).Select(g => new TableRow(
            [
                l.Pick(g.First().CategoryNameTh, g.First().CategoryNameEn),
                string.Join("\n", g.Select(x => ReportNames.Gas(x.Gas, l))),
                string.Join("\n", g.Select(x => f.Factor(x.KgPerUnit) + "\u00A0" + ReportNames.PerUnit(x.PerUnitCode, l))),
                string.Join("\n", g.Select(x => f.Quantity(x.Gwp))),
                g.Key.IsCustom ? l.Pick("ค่าที่กำหนดเอง: ", "Custom: ") + g.Key.Source.In(l) : Reference(references.NumberOf(g.Key.Source), f),
            ])));
        pdf.Spacer(8);
    }

    /// <summary>The numbered list of sources: the GWP set's IPCC report and each publication of the factors used.</summary>
    private static void References(PdfDocumentBuilder pdf, ReportReferences references, ReportLanguage l)
    {
        pdf.Heading(l.Pick("เอกสารอ้างอิง", "References"), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ลำดับ", "No."), ColumnWidth.Fixed(40)),
                new TableColumn(l.Pick("แหล่งที่มา", "Source"), ColumnWidth.Proportional(1)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            references.List.Select((c, i) => new TableRow(["[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]", c.In(l)])));
        pdf.Spacer(8);
    }

    /// <summary>A reference number as cited in text and tables: <c>[2]</c>.</summary>
    public static string Reference(int number, PdfReportFormat f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return "[" + f.Year(number) + "]";
    }

    private static void NotationKeys(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l)
    {
        pdf.Heading(T.NotationHeading(l), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("สัญลักษณ์", "Key"), ColumnWidth.Fixed(52)),
                new TableColumn(l.Pick("ความหมาย", "Meaning"), ColumnWidth.Proportional(1)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            Enum.GetValues<NotationKey>().Select(k => new TableRow([k.ToString(), T.Meaning(k, l)])));
        var keyed = m.Lines.Where(x => x.NotationKey is not null).ToList();
        if (keyed.Count == 0)
        {
            pdf.Paragraph(l.Pick("ไม่มีรายการที่ใช้สัญลักษณ์แทนค่า", "No line uses a notation key."));
            return;
        }

        pdf.Spacer(6);
        pdf.Paragraph(l.Pick("รายการที่ใช้สัญลักษณ์แทนค่าและคำอธิบาย", "Lines reported with a notation key, and why"), TextStyle.Heading3);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ประเภทกิจกรรม", "Category"), ColumnWidth.Proportional(2)),
                new TableColumn(l.Pick("สัญลักษณ์", "Key"), ColumnWidth.Fixed(52)),
                new TableColumn(l.Pick("คำอธิบาย", "Explanation"), ColumnWidth.Proportional(3)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            keyed.Select(x => new TableRow([Category(x, l), x.NotationKey!.Value.ToString(), x.NotationExplanation ?? string.Empty])));
        pdf.Spacer(8);
    }

    private static void Memo(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(T.MemoHeading(l), 2);
        if (m.MemoItems.Count == 0)
        {
            pdf.Paragraph(l.Pick("ไม่มีรายการบันทึก", "No memo items."));
            return;
        }

        var rows = m.MemoItems.Select(x => new TableRow(
        [
            l.Pick(x.CategoryNameTh, x.CategoryNameEn),
            x.Description ?? string.Empty,
            string.Join(", ", x.Gases.Select(g => ReportNames.Gas(g, l))),
            f.Tonnes(x.Co2eT),
        ])).ToList();
        rows.Add(new TableRow([l.Pick("รวมรายการบันทึก", "Memo total"), string.Empty, string.Empty, f.Tonnes(m.Totals.MemoT)], Emphasis: true));
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("ประเภทกิจกรรม", "Category"), ColumnWidth.Proportional(2)),
                new TableColumn(l.Pick("รายละเอียด", "Description"), ColumnWidth.Proportional(2)),
                new TableColumn(l.Pick("ก๊าซ", "Gases"), ColumnWidth.Proportional(1.2f)),
                new TableColumn(T.Unit(l), ColumnWidth.Fixed(64), TextAlignment.Right),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            rows);
        pdf.Spacer(8);
    }

    private static void Quality(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(T.QualityHeading(l), 2);
        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("คุณภาพข้อมูล", "Data quality"), ColumnWidth.Proportional(2)),
                new TableColumn(l.Pick("จำนวนรายการ", "Lines"), ColumnWidth.Proportional(1), TextAlignment.Right),
                new TableColumn(T.Unit(l), ColumnWidth.Proportional(1.2f), TextAlignment.Right),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            m.DataQuality.Select(q => new TableRow([T.Quality(q.Quality, l), f.Count(q.LineCount), f.Tonnes(q.Co2eT)])));
        pdf.Spacer(8);
    }

    private static void Review(PdfDocumentBuilder pdf, ReportModel m, ReportLanguage l, PdfReportFormat f)
    {
        pdf.Heading(T.ReviewHeading(l), 2);
        var c = m.Cover;
        var approval = m.ReviewHistory.LastOrDefault(s => s.To is InventoryStatus.Approved or InventoryStatus.Verified);
        var summary = l.Pick("สถานะปัจจุบัน: ", "Current status: ") + T.Status(c.Status, l);
        if (approval is not null)
        {
            summary += l.Pick(" · ", ". ") + T.Status(approval.To, l) + l.Pick(" โดย ", " by ") + approval.User + l.Pick(" เมื่อ ", " on ") + f.DateTime(approval.At);
        }

        pdf.Paragraph(summary);
        if (m.ReviewHistory.Count == 0)
        {
            pdf.Paragraph(l.Pick("ไม่มีขั้นตอนการตรวจสอบที่บันทึกไว้ในระบบ", "No review steps are recorded in the system."));
            return;
        }

        pdf.Table(
            new TableDefinition(
            [
                new TableColumn(l.Pick("เมื่อ", "When"), ColumnWidth.Proportional(1.6f)),
                new TableColumn(l.Pick("จาก", "From"), ColumnWidth.Proportional(1)),
                new TableColumn(l.Pick("เป็น", "To"), ColumnWidth.Proportional(1)),
                new TableColumn(l.Pick("ผู้ดำเนินการ", "By"), ColumnWidth.Proportional(1.6f)),
                new TableColumn(l.Pick("เหตุผล", "Reason"), ColumnWidth.Proportional(2.4f)),
            ])
            { HeaderStyle = TableText.AsBold(), CellStyle = TableText },
            m.ReviewHistory.Select(s => new TableRow([f.DateTime(s.At), T.Status(s.From, l), T.Status(s.To, l), s.User, s.Reason ?? string.Empty])));
    }
}
