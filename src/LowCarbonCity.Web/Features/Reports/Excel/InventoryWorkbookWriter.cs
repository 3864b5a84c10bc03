using System.Globalization;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// The inventory workbook: summary (cover, totals, GPC table, sectors, trend, data quality, memo items), lines,
/// factors used and audit, in Thai or English. Renders a <see cref="ReportModel"/>; never calculates (docs/conventions.md R1).
/// The summary's column A holds stable keys (the same in both languages) so the workbook can be read back by program.
/// </summary>
public static class InventoryWorkbookWriter
{
    /// <summary>Columns of the lines sheet (1-based).</summary>
    public static class LineColumns
    {
        public const int Part = 1;
        public const int CategoryName = 2;
        public const int GpcReference = 3;
        public const int Scope = 4;
        public const int Description = 5;
        public const int Quantity = 6;
        public const int Unit = 7;
        public const int FirstMonth = 8;
        public const int NotationKey = 20;
        public const int NotationExplanation = 21;
        public const int Co2eT = 22;
        public const int MemoT = 23;
        public const int CustomFactor = 24;
        public const int Justification = 25;
        public const int DataSource = 26;
        public const int DataQuality = 27;
        public const int Formula = 28;

        /// <summary>Hidden: the line's id, for programs that match rows across files; readers never see it.</summary>
        public const int LineId = 29;

        /// <summary>Hidden: the category's code, for programs; readers see <see cref="CategoryName"/>.</summary>
        public const int CategoryCode = 30;
    }

    /// <summary>Row keys of the summary sheet (column A); values are in column C.</summary>
    public static class SummaryKeys
    {
        public const string Organisation = "organisation";
        public const string OrganisationCode = "organisation.code";
        public const string Province = "province";
        public const string YearCe = "year.ce";
        public const string YearBe = "year.be";
        public const string Kind = "kind";
        public const string Status = "status";
        public const string Edition = "edition";
        public const string EditionName = "edition.name";
        public const string GwpSet = "gwp";
        public const string GeneratedOn = "generated";
        public const string Scope1 = "total.scope1";
        public const string Scope2 = "total.scope2";
        public const string Scope3 = "total.scope3";
        public const string Total = "total";
        public const string Memo = "total.memo";
        public const string Basic = "total.basic";
        public const string BasicPlus = "total.basicplus";
        public const string Territorial = "total.territorial";
        public const string GroupPrefix = "group.";
        public const string TrendPrefix = "trend.";
        public const string GpcPrefix = "gpc.";
        public const string QualityPrefix = "quality.";
        public const string MemoPrefix = "memo.";
        public const string VerificationPrefix = "verification.";
    }

    public static string[] SheetNames(ReportLanguage l) =>
    [
        l.Pick("สรุป", "Summary"),
        l.Pick("รายการกิจกรรม", "Lines"),
        l.Pick("ค่าการปล่อยที่ใช้", "Factors used"),
        l.Pick("ประวัติ", "Audit"),
    ];

    public static ReportFile Write(ReportModel model, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = ReportEdge.LanguageOf(culture);
        var names = SheetNames(l);
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = model.GeneratedAt.UtcDateTime;
        workbook.Properties.Title = l.Pick(model.Cover.OrganisationNameTh, model.Cover.OrganisationNameEn);
        WriteSummary(workbook.AddWorksheet(names[0]), model, l);
        WriteLines(workbook.AddWorksheet(names[1]), model, l);
        WriteFactors(workbook.AddWorksheet(names[2]), model, l);
        WriteAudit(workbook.AddWorksheet(names[3]), model, l);
        return new ReportFile(ReportFileNames.Inventory(model.Cover, l, "xlsx"), ReportFile.XlsxContentType, workbook.ToBytes());
    }

    private static void WriteSummary(IXLWorksheet ws, ReportModel m, ReportLanguage l)
    {
        var c = m.Cover;
        ws.Widths(18, 46, 22, 16, 16, 16, 40);
        ws.Column(1).Style.Font.FontColor = XLColor.Gray;
        var title = ws.Cell(1, 2).Text(l.Pick("รายงานการปล่อยก๊าซเรือนกระจก", "Greenhouse-gas inventory report"));
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        var row = 3;
        void Info(string key, string label, Action<IXLCell> value)
        {
            ws.Cell(row, 1).Text(key);
            ws.Cell(row, 2).Text(label);
            value(ws.Cell(row, 3));
            row++;
        }

        Info(SummaryKeys.Organisation, l.Pick("องค์กร", "Organisation"), x => x.Text(l.Pick(c.OrganisationNameTh, c.OrganisationNameEn)));
        Info(SummaryKeys.OrganisationCode, l.Pick("รหัสองค์กร", "Organisation code"), x => x.Text(c.OrganisationCode));
        Info(SummaryKeys.Province, l.Pick("จังหวัด", "Province"), x => x.Text(l.Pick(c.ProvinceNameTh, c.ProvinceNameEn)));
        Info(SummaryKeys.YearCe, l.Pick("ปี ค.ศ.", "Year (CE)"), x => x.Integer(c.Year));
        Info(SummaryKeys.YearBe, l.Pick("ปี พ.ศ.", "Year (BE)"), x => x.Integer(c.YearBe));
        Info(SummaryKeys.Kind, l.Pick("ประเภทบัญชี", "Inventory kind"), x => x.Text(KindName(c.Kind, l)));
        Info(SummaryKeys.Status, l.Pick("สถานะ", "Status"), x => x.Text(StatusName(c.Status, l)));
        Info(SummaryKeys.Edition, l.Pick("ชุดค่าการปล่อย", "Factor edition"), x => x.Text(c.FactorEditionCode));
        Info(SummaryKeys.EditionName, l.Pick("ชื่อชุดค่าการปล่อย", "Factor edition name"), x => x.Text(l.Pick(c.FactorEditionNameTh, c.FactorEditionNameEn)));
        Info(SummaryKeys.GwpSet, l.Pick("ค่าศักยภาพในการทำให้โลกร้อน", "GWP set"), x => x.Text(l.Pick(c.GwpSetNameTh, c.GwpSetNameEn)));
        Info(SummaryKeys.GeneratedOn, l.Pick("จัดทำเมื่อ (เวลาประเทศไทย UTC+7)", "Generated on (Thailand time, UTC+7)"), x => x.ThaiTime(m.GeneratedAt));

        row++;
        ws.Header(row++, "", l.Pick("ผลรวม", "Totals"), "t CO2e");
        var t = m.Totals;
        Info(SummaryKeys.Scope1, l.Pick("ขอบเขตที่ 1", "Scope 1"), x => x.Number(t.Scope1T, ReportEdge.TonneDecimals, XlCells.TonneFormat));
        Info(SummaryKeys.Scope2, l.Pick("ขอบเขตที่ 2", "Scope 2"), x => x.Number(t.Scope2T, ReportEdge.TonneDecimals, XlCells.TonneFormat));
        Info(SummaryKeys.Scope3, l.Pick("ขอบเขตที่ 3", "Scope 3"), x => x.Number(t.Scope3T, ReportEdge.TonneDecimals, XlCells.TonneFormat));
        Info(SummaryKeys.Total, l.Pick("รวมขอบเขต 1-3", "Total, scopes 1-3"), x => x.Number(t.TotalT, ReportEdge.TonneDecimals, XlCells.TonneFormat));
        if (c.Kind == InventoryKind.City)
        {
            Info(SummaryKeys.Basic, "BASIC", x => x.Number(t.BasicT, ReportEdge.TonneDecimals, XlCells.TonneFormat));
            Info(SummaryKeys.BasicPlus, "BASIC+", x => x.Number(t.BasicPlusT, ReportEdge.TonneDecimals, XlCells.TonneFormat));
            Info(SummaryKeys.Territorial, l.Pick("ภายในขอบเขตพื้นที่ (ขอบเขตที่ 1)", "Territorial (scope 1)"), x => x.Number(t.TerritorialT, ReportEdge.TonneDecimals, XlCells.TonneFormat));
        }

        Info(SummaryKeys.Memo, l.Pick("รายการบันทึก (ไม่รวมในผลรวม)", "Memo items (outside the totals)"), x => x.Number(t.MemoT, ReportEdge.TonneDecimals, XlCells.TonneFormat));

        row++;
        ws.Header(row++, "", l.Pick(c.Kind == InventoryKind.City ? "ภาค GPC" : "กลุ่มกิจกรรม", c.Kind == InventoryKind.City ? "GPC sector" : "Category group"),
            l.Pick("รวม t CO2e", "Total t CO2e"), l.Pick("ขอบเขต 1", "Scope 1"), l.Pick("ขอบเขต 2", "Scope 2"), l.Pick("ขอบเขต 3", "Scope 3"));
        foreach (var g in m.ByGroup)
        {
            ws.Cell(row, 1).Text(SummaryKeys.GroupPrefix + g.Key);
            ws.Cell(row, 2).Text(l.Pick(g.NameTh, g.NameEn));
            ws.Cell(row, 3).Number(g.TotalT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 4).Number(g.Scope1Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 5).Number(g.Scope2Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 6).Number(g.Scope3Kg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            row++;
        }

        row++;
        ws.Header(row++, "", l.Pick("แนวโน้ม (ปี ค.ศ.)", "Trend (year CE)"), "t CO2e", l.Pick("ปี พ.ศ.", "Year (BE)"), l.Pick("สถานะ", "Status"));
        foreach (var p in m.Trend)
        {
            ws.Cell(row, 1).Text(SummaryKeys.TrendPrefix + p.Year.ToString(CultureInfo.InvariantCulture));
            ws.Cell(row, 2).Integer(p.Year);
            ws.Cell(row, 3).Number(p.TotalT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 4).Integer(p.Year + 543);
            ws.Cell(row, 5).Text(StatusName(p.Status, l));
            row++;
        }

        if (m.GpcCells.Count > 0)
        {
            row++;
            ws.Header(row++, "", l.Pick("ช่องตาราง GPC", "GPC cell"), "t CO2e", l.Pick("สัญลักษณ์", "Notation keys"), "BASIC", "BASIC+", l.Pick("คำอธิบาย", "Notes"));
            foreach (var cell in m.GpcCells)
            {
                ws.Cell(row, 1).Text(SummaryKeys.GpcPrefix + cell.Reference);
                ws.Cell(row, 2).Text(cell.Reference);
                ws.Cell(row, 3).Number(cell.Co2eT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
                ws.Cell(row, 4).Text(string.Join(", ", cell.NotationKeys));
                ws.Cell(row, 5).Text(cell.InBasic ? "✓" : string.Empty);
                ws.Cell(row, 6).Text(cell.InBasicPlus ? "✓" : string.Empty);
                ws.Cell(row, 7).Text(string.Join("; ", cell.Notes));
                row++;
            }
        }

        row++;
        ws.Header(row++, "", l.Pick("คุณภาพข้อมูล", "Data quality"), "t CO2e", l.Pick("จำนวนรายการ", "Lines"));
        foreach (var q in m.DataQuality)
        {
            ws.Cell(row, 1).Text(SummaryKeys.QualityPrefix + q.Quality);
            ws.Cell(row, 2).Text(QualityName(q.Quality, l));
            ws.Cell(row, 3).Number(q.Co2eT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, 4).Integer(q.LineCount);
            row++;
        }

        if (m.MemoItems.Count > 0)
        {
            row++;
            ws.Header(row++, "", l.Pick("รายการบันทึก", "Memo items"), "t CO2e", l.Pick("ก๊าซ", "Gases"), l.Pick("รายละเอียด", "Description"));
            foreach (var memo in m.MemoItems)
            {
                ws.Cell(row, 1).Text(SummaryKeys.MemoPrefix + memo.LineId.ToString("N", CultureInfo.InvariantCulture));
                ws.Cell(row, 2).Text(l.Pick(memo.CategoryNameTh, memo.CategoryNameEn));
                ws.Cell(row, 3).Number(memo.Co2eT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
                ws.Cell(row, 4).Text(string.Join(", ", memo.Gases.Select(g => ReportNames.Gas(g, l))));
                ws.Cell(row, 5).Text(memo.Description);
                row++;
            }
        }

        if (m.Verification is { } v)
        {
            row++;
            ws.Header(row++, "", Verification.StatementTexts.SectionHeading(l), "");
            VerificationRows(v, l, Info);
        }
    }

    /// <summary>The certified statement's block of the summary sheet: body, registration, level, materiality, opinion, date, signatory, verified total.</summary>
    private static void VerificationRows(Verification.StatementView v, ReportLanguage l, Action<string, string, Action<IXLCell>> info)
    {
        var culture = l == ReportLanguage.Thai ? CultureInfo.GetCultureInfo("th-TH") : CultureInfo.InvariantCulture;
        const string P = SummaryKeys.VerificationPrefix;
        info(P + "body", Verification.StatementTexts.Body(l), x => x.Text(l.Pick(v.BodyNameTh, v.BodyNameEn)));
        info(P + "registration", Verification.StatementTexts.Registration(l), x => x.Text(v.RegistrationNumber));
        info(P + "level", Verification.StatementTexts.LevelLabel(l), x => x.Text(Verification.StatementTexts.Level(v.Level, l)));
        info(P + "materiality", Verification.StatementTexts.MaterialityLabel(l) + " (%)", x => x.Number(v.MaterialityPercent, 4, "0.####"));
        info(P + "standard", Verification.StatementTexts.StandardLabel(l), x => x.Text(v.Standard));
        info(P + "opinion", Verification.StatementTexts.OpinionLabel(l), x => x.Text(Verification.StatementTexts.Opinion(v.Opinion, l)
            + (v.OpinionText is { } text ? ": " + text : string.Empty)));
        info(P + "issued", Verification.StatementTexts.IssuedOnLabel(l), x => x.Text(v.IssuedOn.ToString("d MMMM yyyy", culture)));
        info(P + "signatory", Verification.StatementTexts.SignatoryLabel(l), x => x.Text(v.SignatoryName + (v.SignatoryTitle is { } title ? ", " + title : string.Empty)));
        info(P + "total", l.Pick("ปริมาณที่ผ่านการทวนสอบ รวมขอบเขต 1-3 (t CO2e)", "Verified total, scopes 1-3 (t CO2e)"),
            x => x.Number(v.TotalKg / 1000m, ReportEdge.TonneDecimals, XlCells.TonneFormat));
    }

    private static void WriteLines(IXLWorksheet ws, ReportModel m, ReportLanguage l)
    {
        string[] months = l == ReportLanguage.Thai
            ? ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        var titles = new List<string>
        {
            l.Pick("ส่วน", "Part"), l.Pick("ประเภทกิจกรรม", "Category"),
            "GPC", l.Pick("ขอบเขต", "Scope"), l.Pick("รายละเอียด", "Description"), l.Pick("ปริมาณ", "Quantity"), l.Pick("หน่วย", "Unit"),
        };
        titles.AddRange(months);
        titles.AddRange([
            l.Pick("สัญลักษณ์", "Notation key"), l.Pick("คำอธิบายสัญลักษณ์", "Notation explanation"), "t CO2e", l.Pick("รายการบันทึก t CO2e", "Memo t CO2e"),
            l.Pick("ค่าการปล่อยที่กำหนดเอง", "Custom factor"), l.Pick("เหตุผล", "Justification"), l.Pick("แหล่งข้อมูล", "Data source"),
            l.Pick("คุณภาพข้อมูล", "Data quality"), l.Pick("สูตรคำนวณ", "Formula"), "line_id", "category_code",
        ]);
        ws.Header(1, [.. titles]);
        ws.SheetView.FreezeRows(1);
        ws.Widths([16, 40, 9, 7, 32, 16, 8, .. Enumerable.Repeat(11.0, 12), 8, 30, 16, 14, 10, 30, 26, 12, 60, 10, 10]);
        ws.Column(LineColumns.LineId).Hide();
        ws.Column(LineColumns.CategoryCode).Hide();
        var row = 2;
        foreach (var line in m.Lines)
        {
            ws.Cell(row, LineColumns.LineId).Text(line.LineId.ToString("D", CultureInfo.InvariantCulture));
            ws.Cell(row, LineColumns.Part).Text(ReportNames.Part(line.Part, l));
            ws.Cell(row, LineColumns.CategoryCode).Text(line.Category.ToString());
            ws.Cell(row, LineColumns.CategoryName).Text(l.Pick(line.CategoryNameTh, line.CategoryNameEn));
            ws.Cell(row, LineColumns.GpcReference).Text(line.GpcReference);
            ws.Cell(row, LineColumns.Scope).Integer((int)line.Scope);
            ws.Cell(row, LineColumns.Description).Text(line.Description);
            ws.Cell(row, LineColumns.Quantity).Number(line.Amount, ReportEdge.QuantityDecimals, XlCells.QuantityFormat);
            ws.Cell(row, LineColumns.Unit).Text(line.UnitCode);
            if (line.MonthlyValues is { } monthly)
            {
                for (var i = 0; i < 12; i++)
                {
                    ws.Cell(row, LineColumns.FirstMonth + i).Number(monthly[i], ReportEdge.QuantityDecimals, XlCells.QuantityFormat);
                }
            }

            ws.Cell(row, LineColumns.NotationKey).Text(line.NotationKey?.ToString());
            ws.Cell(row, LineColumns.NotationExplanation).Text(line.NotationExplanation);
            ws.Cell(row, LineColumns.Co2eT).Number(line.Co2eT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, LineColumns.MemoT).Number(line.MemoCo2eT, ReportEdge.TonneDecimals, XlCells.TonneFormat);
            ws.Cell(row, LineColumns.CustomFactor).Text(line.UsesCustomFactor ? l.Pick("ใช่", "Yes") : string.Empty);
            ws.Cell(row, LineColumns.Justification).Text(line.CustomFactorJustification);
            ws.Cell(row, LineColumns.DataSource).Text(line.DataSource);
            ws.Cell(row, LineColumns.DataQuality).Text(QualityName(line.DataQuality, l));
            ws.Cell(row, LineColumns.Formula).Text(line.FormulaIn(l));
            row++;
        }

        // A filter on every column of the lines (not on the total row below them).
        ws.Range(1, 1, Math.Max(row - 1, 1), LineColumns.CategoryCode).SetAutoFilter();

        // The total row is a formula over the rounded line values; its cached value is saved with the file.
        ws.Cell(row, LineColumns.Description).Text(l.Pick("รวม", "Total")).Style.Font.Bold = true;
        if (row > 2)
        {
            var total = ws.Cell(row, LineColumns.Co2eT);
            total.FormulaA1 = $"SUM({ws.Cell(2, LineColumns.Co2eT).Address.ToStringRelative()}:{ws.Cell(row - 1, LineColumns.Co2eT).Address.ToStringRelative()})";
            total.Style.NumberFormat.Format = XlCells.TonneFormat;
            total.Style.Font.Bold = true;
        }
    }

    private static void WriteFactors(IXLWorksheet ws, ReportModel m, ReportLanguage l)
    {
        ws.Header(1, l.Pick("ประเภทกิจกรรม", "Category"), l.Pick("ก๊าซ", "Gas"),
            l.Pick("ค่าการปล่อย (kg ต่อหน่วย)", "Factor (kg per unit)"), l.Pick("ต่อหน่วย", "Per unit"), "GWP", l.Pick("แหล่งที่มา", "Source"), l.Pick("กำหนดเอง", "Custom"), "category_code");
        ws.SheetView.FreezeRows(1);
        ws.Widths(40, 16, 18, 10, 10, 60, 10, 10);
        ws.Column(8).Hide();
        var row = 2;
        foreach (var f in m.FactorsUsed)
        {
            ws.Cell(row, 1).Text(l.Pick(f.CategoryNameTh, f.CategoryNameEn));
            ws.Cell(row, 2).Text(ReportNames.Gas(f.Gas, l));
            ws.Cell(row, 3).Number(f.KgPerUnit, ReportEdge.FactorDecimals, XlCells.FactorFormat);
            ws.Cell(row, 4).Text(ReportNames.Unit(f.PerUnitCode, l));
            ws.Cell(row, 5).Number(f.Gwp, ReportEdge.QuantityDecimals, XlCells.QuantityFormat);
            ws.Cell(row, 6).Text(f.Source.In(l));
            ws.Cell(row, 7).Text(f.IsCustom ? l.Pick("ใช่", "Yes") : string.Empty);
            ws.Cell(row, 8).Text(f.Category.ToString());
            row++;
        }

        ws.Range(1, 1, Math.Max(row - 1, 1), 8).SetAutoFilter();
    }

    private static void WriteAudit(IXLWorksheet ws, ReportModel m, ReportLanguage l)
    {
        var when = l.Pick("เวลา (เวลาประเทศไทย UTC+7)", "When (Thailand time, UTC+7)");
        ws.Widths(20, 24, 22, 12, 28, 36, 36);
        var title = ws.Cell(1, 1).Text(l.Pick("ประวัติการตรวจสอบ", "Review history"));
        title.Style.Font.Bold = true;
        ws.Header(2, when, l.Pick("ผู้ดำเนินการ", "Who"), l.Pick("จาก", "From"), l.Pick("เป็น", "To"), l.Pick("เหตุผล", "Reason"));
        var row = 3;
        foreach (var step in m.ReviewHistory)
        {
            ws.Cell(row, 1).ThaiTime(step.At);
            ws.Cell(row, 2).Text(step.User);
            ws.Cell(row, 3).Text(StatusName(step.From, l));
            ws.Cell(row, 4).Text(StatusName(step.To, l));
            ws.Cell(row, 5).Text(step.Reason);
            row++;
        }

        row++;
        ws.Cell(row++, 1).Text(l.Pick("บันทึกการเปลี่ยนแปลง", "Audit trail")).Style.Font.Bold = true;
        ws.Header(row++, when, l.Pick("ผู้ดำเนินการ", "Who"), l.Pick("ข้อมูล", "Record"), l.Pick("การกระทำ", "Action"),
            l.Pick("ช่องข้อมูล", "Field"), l.Pick("ค่าเดิม", "Old value"), l.Pick("ค่าใหม่", "New value"));
        foreach (var change in AuditRows.Of(m.Audit, l))
        {
            ws.Cell(row, 1).ThaiTime(change.At);
            ws.Cell(row, 2).Text(change.User ?? l.Pick("ระบบ", "system"));
            ws.Cell(row, 3).Text(change.Record);
            ws.Cell(row, 4).Text(change.Action);
            ws.Cell(row, 5).Text(change.Field);
            ws.Cell(row, 6).Text(Clip(change.Old));
            ws.Cell(row, 7).Text(Clip(change.New));
            row++;
        }
    }

    /// <summary>Excel keeps at most 32,767 characters in a cell.</summary>
    private static string? Clip(string? text) => text is { Length: > 32_000 } ? text[..32_000] + "…" : text;

    public static string KindName(InventoryKind kind, ReportLanguage l) => kind switch
    {
        InventoryKind.Organisation => l.Pick("คาร์บอนฟุตพริ้นท์องค์กร (CFO)", "Organisation (CFO)"),
        InventoryKind.City => l.Pick("บัญชีระดับเมือง (GPC)", "City (GPC)"),
    };

    public static string StatusName(InventoryStatus status, ReportLanguage l) => status switch
    {
        InventoryStatus.Draft => l.Pick("ร่าง", "Draft"),
        InventoryStatus.Submitted => l.Pick("ส่งแล้ว", "Submitted"),
        InventoryStatus.Returned => l.Pick("ส่งกลับแก้ไข", "Returned"),
        InventoryStatus.Approved => l.Pick("อนุมัติแล้ว", "Approved"),
        InventoryStatus.Verified => l.Pick("ทวนสอบแล้ว", "Verified"),
    };

    public static string QualityName(DataQuality quality, ReportLanguage l) => quality switch
    {
        DataQuality.High => l.Pick("สูง", "High"),
        DataQuality.Medium => l.Pick("ปานกลาง", "Medium"),
        DataQuality.Low => l.Pick("ต่ำ", "Low"),
    };
}
