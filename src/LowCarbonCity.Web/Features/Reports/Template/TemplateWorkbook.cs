using System.Globalization;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Reports.Excel;
using DomainUnit = LowCarbonCity.Domain.Quantities.Unit;

namespace LowCarbonCity.Web.Features.Reports.Template;

/// <summary>What the template of one inventory holds: its lines and last year's values where known.</summary>
public sealed record TemplateContent(Guid InventoryId, string OrganisationCode, string OrganisationNameTh, string OrganisationNameEn, int Year, InventoryKind Kind, IReadOnlyList<TemplateRow> Rows)
{
    /// <summary>The inventory's version when the file was made (kept in the meta sheet, for the reader and support).</summary>
    public int InventoryVersion { get; init; }
}

/// <summary>
/// One row of the template: an existing line (with its id) or last year's line to fill (no id, no quantity). Last
/// year's value is a quantity and unit, or a notation key.
/// </summary>
public sealed record TemplateRow(
    Guid? LineId, ActivityCategory Category, GpcSubsector? GpcSubsector, string? Description, decimal? Amount, string? UnitCode,
    NotationKey? NotationKey, string? NotationExplanation, string? DataSource, DataQuality DataQuality, decimal? LastYearAmount, string? LastYearUnitCode,
    NotationKey? LastYearNotationKey = null, CustomFactorInput? CustomFactor = null, string? ParametersJson = null)
{
    /// <summary>The line as downloaded (<see cref="TemplateFingerprint"/>), so an upload can tell the user's edits from the app's later ones.</summary>
    public string? Fingerprint { get; init; }
}

/// <summary>A bad cell of an uploaded template: where, and why in the user's language.</summary>
public sealed record TemplateCellError(string Sheet, int Row, string Column, string Code, string Message)
{
    public string Address => $"{Column}{Row.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>A row read from an uploaded template, as a line input (only rows whose cells are all good).</summary>
public sealed record TemplateParsedRow(int Row, Guid? LineId, LineInput Input)
{
    /// <summary>The hidden fingerprint of the line as it was downloaded; null for a row the user added.</summary>
    public string? Fingerprint { get; init; }
}

/// <summary>What reading a file gave: a file-level problem (code and argument), or rows and cell errors.</summary>
public sealed record TemplateReadResult(string? FileError, object? FileErrorArgument, InventoryKind? Kind, IReadOnlyList<TemplateParsedRow> Rows, IReadOnlyList<TemplateCellError> Errors)
{
    /// <summary>The inventory the template was downloaded for (the meta sheet); an upload elsewhere is refused.</summary>
    public Guid? InventoryId { get; init; }
}

/// <summary>
/// The offline template: an instructions sheet in Thai and English, a lines sheet with drop-downs (categories,
/// units, notation keys, data quality, GPC sub-sectors) from a hidden lists sheet, and a very hidden meta sheet
/// holding the template version and inventory kind. Sheet names and columns are the same in both languages.
/// </summary>
public static class TemplateWorkbook
{
    /// <summary>
    /// 3: a hidden column with each line's fingerprint as downloaded (2 added the custom factor and method parameter
    /// columns). An older file is refused: without fingerprints a stale file would silently undo later changes.
    /// </summary>
    public const int Version = 3;
    public const string Marker = "lcc-template";
    public const string InstructionsSheet = "คำแนะนำ Instructions";
    public const string LinesSheet = "ข้อมูล Lines";
    public const string ListsSheet = "Lists";
    public const string MetaSheet = "Meta";

    /// <summary>Rows the drop-downs cover, and the most data rows an upload may have.</summary>
    public const int MaxRows = 2000;

    /// <summary>Columns of the lines sheet (1-based). Name and last-year columns are for reading only.</summary>
    public static class Col
    {
        public const int LineId = 1;
        public const int Category = 2;
        public const int CategoryName = 3;
        public const int Gpc = 4;
        public const int Description = 5;
        public const int Quantity = 6;
        public const int Unit = 7;
        public const int NotationKey = 8;
        public const int Explanation = 9;
        public const int DataSource = 10;
        public const int DataQuality = 11;
        public const int LastYearQuantity = 12;
        public const int LastYearUnit = 13;
        public const int FactorGas = 14;
        public const int FactorKgPerUnit = 15;
        public const int FactorPerUnit = 16;
        public const int FactorJustification = 17;
        public const int Parameters = 18;

        /// <summary>Hidden: the line's fingerprint when the file was made.</summary>
        public const int Fingerprint = 19;
    }

    public static byte[] Write(TemplateContent content, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        var l = ReportEdge.LanguageOf(culture);
        using var workbook = new XLWorkbook();
        WriteInstructions(workbook.AddWorksheet(InstructionsSheet), content);
        var lines = workbook.AddWorksheet(LinesSheet);
        var lists = workbook.AddWorksheet(ListsSheet);
        var meta = workbook.AddWorksheet(MetaSheet);

        var categories = ActivityCategories.All.Select(c => c.Category.ToString()).ToList();
        var units = DomainUnit.All.Select(u => u.Code).ToList();
        var keys = Enum.GetNames<NotationKey>();
        var qualities = Enum.GetNames<DataQuality>();
        var gpc = Enum.GetNames<GpcSubsector>();
        var gases = Enum.GetNames<Domain.Factors.Gas>();
        FillList(lists, 1, categories);
        FillList(lists, 2, units);
        FillList(lists, 3, keys);
        FillList(lists, 4, qualities);
        FillList(lists, 5, gpc);
        FillList(lists, 8, gases);
        for (var i = 0; i < ActivityCategories.All.Count; i++)
        {
            lists.Cell(i + 1, 6).Text(ActivityCategories.All[i].NameTh);
            lists.Cell(i + 1, 7).Text(ActivityCategories.All[i].NameEn);
        }

        lists.Visibility = XLWorksheetVisibility.Hidden;

        meta.Cell(1, 1).Text(Marker);
        meta.Cell(1, 2).Integer(Version);
        meta.Cell(2, 1).Text("kind");
        meta.Cell(2, 2).Text(content.Kind.ToString());
        meta.Cell(3, 1).Text("inventory");
        meta.Cell(3, 2).Text(content.InventoryId.ToString("D", CultureInfo.InvariantCulture));
        meta.Cell(4, 1).Text("year");
        meta.Cell(4, 2).Integer(content.Year);
        meta.Cell(5, 1).Text("version");
        meta.Cell(5, 2).Integer(content.InventoryVersion);
        meta.Visibility = XLWorksheetVisibility.VeryHidden;

        lines.Header(1,
            "Line id · รหัสรายการ", "Category · รหัสประเภท", "Category name · ชื่อประเภท", "GPC sub-sector · ภาคย่อย GPC", "Description · รายละเอียด",
            "Quantity · ปริมาณ", "Unit · หน่วย", "Notation key · สัญลักษณ์", "Explanation · คำอธิบายสัญลักษณ์", "Data source · แหล่งข้อมูล",
            "Data quality · คุณภาพข้อมูล", $"{content.Year - 1} quantity · ปริมาณปีก่อน", $"{content.Year - 1} unit · หน่วยปีก่อน",
            "Custom factor gas · ก๊าซของค่าสัมประสิทธิ์เอง", "Custom factor kg per unit · ค่าสัมประสิทธิ์ (กก. ต่อหน่วย)", "Custom factor per unit · ต่อหน่วย",
            "Custom factor justification · เหตุผลที่ใช้ค่าสัมประสิทธิ์เอง", "Method parameters (JSON) · พารามิเตอร์วิธีคำนวณ (JSON)", "As downloaded · ค่าเมื่อดาวน์โหลด");
        lines.Column(Col.Fingerprint).Hide();
        lines.SheetView.FreezeRows(1);
        lines.Widths(38, 30, 40, 26, 34, 16, 10, 12, 34, 28, 14, 18, 12, 16, 18, 12, 34, 40);
        lines.Column(Col.LineId).Style.Font.FontColor = XLColor.Gray;
        foreach (var readOnly in new[] { Col.CategoryName, Col.LastYearQuantity, Col.LastYearUnit })
        {
            lines.Range(2, readOnly, MaxRows + 1, readOnly).Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        }

        Dropdown(lines, Col.Category, lists, 1, categories.Count);
        Dropdown(lines, Col.Unit, lists, 2, units.Count);
        Dropdown(lines, Col.NotationKey, lists, 3, keys.Length);
        Dropdown(lines, Col.DataQuality, lists, 4, qualities.Length);
        Dropdown(lines, Col.Gpc, lists, 5, gpc.Length);
        Dropdown(lines, Col.FactorGas, lists, 8, gases.Length);
        Dropdown(lines, Col.FactorPerUnit, lists, 2, units.Count);
        lines.Range(2, Col.Quantity, MaxRows + 1, Col.Quantity).Style.NumberFormat.Format = XlCells.QuantityFormat;
        lines.Range(2, Col.Parameters, MaxRows + 1, Col.Parameters).Style.NumberFormat.Format = "@";

        var row = 2;
        foreach (var r in content.Rows)
        {
            var definition = ActivityCategories.Get(r.Category);
            lines.Cell(row, Col.LineId).Text(r.LineId?.ToString("D", CultureInfo.InvariantCulture));
            lines.Cell(row, Col.Category).Text(r.Category.ToString());
            lines.Cell(row, Col.CategoryName).Text(l.Pick(definition.NameTh, definition.NameEn));
            lines.Cell(row, Col.Gpc).Text(r.GpcSubsector?.ToString());
            lines.Cell(row, Col.Description).Text(r.Description);
            lines.Cell(row, Col.Quantity).Number(r.Amount, ReportEdge.QuantityDecimals, XlCells.QuantityFormat);
            lines.Cell(row, Col.Unit).Text(r.UnitCode ?? (r.LineId is null ? r.LastYearUnitCode ?? definition.DefaultUnit.Code : null));
            lines.Cell(row, Col.NotationKey).Text(r.NotationKey?.ToString());
            lines.Cell(row, Col.Explanation).Text(r.NotationExplanation);
            lines.Cell(row, Col.DataSource).Text(r.DataSource);
            lines.Cell(row, Col.DataQuality).Text(r.DataQuality.ToString());
            if (r.LastYearAmount is not null)
            {
                lines.Cell(row, Col.LastYearQuantity).Number(r.LastYearAmount, ReportEdge.QuantityDecimals, XlCells.QuantityFormat);
            }
            else if (r.LastYearNotationKey is { } lastKey)
            {
                lines.Cell(row, Col.LastYearQuantity).Text(lastKey.ToString());
            }

            lines.Cell(row, Col.LastYearUnit).Text(r.LastYearUnitCode);
            if (r.CustomFactor is { IsEmpty: false } factor)
            {
                lines.Cell(row, Col.FactorGas).Text(factor.Gas?.ToString());
                if (factor.KgPerUnit is { } kg)
                {
                    lines.Cell(row, Col.FactorKgPerUnit).SetValue(kg);
                }

                lines.Cell(row, Col.FactorPerUnit).Text(factor.PerUnitCode);
                lines.Cell(row, Col.FactorJustification).Text(factor.Justification);
            }

            lines.Cell(row, Col.Parameters).Text(r.ParametersJson);
            lines.Cell(row, Col.Fingerprint).Text(r.Fingerprint);
            row++;
        }

        workbook.Worksheet(LinesSheet).SetTabActive();
        return workbook.ToBytes();
    }

    /// <summary>Reads a file that passed <see cref="TemplateFileCheck"/>: the meta sheet, then every data row's cells.</summary>
    public static TemplateReadResult Read(byte[] content, ReportLanguage language)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
#pragma warning disable CA1031 // Any failure to open an uploaded file means "not a workbook" to the user; nothing else runs.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new TemplateReadResult(TemplateMessages.NotWorkbook, null, null, [], []);
        }

        using (workbook)
        {
            if (!workbook.TryGetWorksheet(MetaSheet, out var meta) || meta.Cell(1, 1).GetString() != Marker || !workbook.TryGetWorksheet(LinesSheet, out var lines))
            {
                return new TemplateReadResult(TemplateMessages.NotTemplate, null, null, [], []);
            }

            var version = meta.Cell(1, 2).GetString();
            if (version != Version.ToString(CultureInfo.InvariantCulture))
            {
                return new TemplateReadResult(TemplateMessages.WrongVersion, version, null, [], []);
            }

            if (!Enum.TryParse<InventoryKind>(meta.Cell(2, 2).GetString(), out var kind) || !Enum.IsDefined(kind))
            {
                return new TemplateReadResult(TemplateMessages.NotTemplate, null, null, [], []);
            }

            if (!Guid.TryParse(meta.Cell(3, 2).GetString(), out var inventoryId))
            {
                return new TemplateReadResult(TemplateMessages.NotTemplate, null, null, [], []);
            }

            var last = lines.LastRowUsed()?.RowNumber() ?? 1;
            if (last > MaxRows + 1)
            {
                return new TemplateReadResult(TemplateMessages.FileTooLarge, $"{MaxRows} rows", kind, [], []);
            }

            var errors = new List<TemplateCellError>();
            var rows = new List<TemplateParsedRow>();
            for (var r = 2; r <= last; r++)
            {
                if (ReadRow(lines.Row(r), kind, language, errors) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }

            return new TemplateReadResult(null, null, kind, rows, errors) { InventoryId = inventoryId };
        }
    }

    /// <summary>
    /// One data row: the cells read as they are (a number cell must hold a number), then every rule of a line from
    /// <see cref="LineIntake"/>, each refusal placed on its column. Null for an empty row, a row with errors, or last
    /// year's row left unfilled.
    /// </summary>
    private static TemplateParsedRow? ReadRow(IXLRow row, InventoryKind kind, ReportLanguage language, List<TemplateCellError> errors)
    {
        var r = row.RowNumber();
        var culture = TemplateMessages.CultureOf(language);
        var before = errors.Count;
        void Error(int column, LineFailure failure) =>
            errors.Add(new TemplateCellError(LinesSheet, r, XLHelper.GetColumnLetterFromNumber(column), failure.Code, LineMessages.Text(failure, culture)));

        var lineIdText = Text(row, Col.LineId);
        var categoryText = Text(row, Col.Category);
        var keyText = Text(row, Col.NotationKey);
        var quantityCell = row.Cell(Col.Quantity);
        var hasQuantity = HasValue(quantityCell);
        if (lineIdText is null && categoryText is null && keyText is null && !hasQuantity && Text(row, Col.Description) is null)
        {
            return null; // an empty row
        }

        if (keyText is null && !hasQuantity && !row.Cell(Col.LastYearQuantity).IsEmpty())
        {
            return null; // last year's line (or this year's copy of it, awaiting its value), left unfilled this year
        }

        Guid? lineId = null;
        if (lineIdText is not null)
        {
            if (Guid.TryParseExact(lineIdText, "D", out var id))
            {
                lineId = id;
            }
            else
            {
                Error(Col.LineId, new LineFailure("Id", LineCodes.LineUnknown, [lineIdText]));
            }
        }

        // Stored with six decimals: rounding here keeps a second upload of the same file a no-op.
        var amount = Number(quantityCell, Col.Quantity, LineFields.Amount, Error) is { } value ? ReportEdge.Round(value, ReportEdge.QuantityDecimals) : (decimal?)null;
        var hasFactor = Text(row, Col.FactorGas) is not null || HasValue(row.Cell(Col.FactorKgPerUnit)) || Text(row, Col.FactorPerUnit) is not null || Text(row, Col.FactorJustification) is not null;
        var kg = hasFactor ? Number(row.Cell(Col.FactorKgPerUnit), Col.FactorKgPerUnit, LineFields.FactorKgPerUnit, Error) : null;
        if (errors.Count > before)
        {
            return null;
        }

        var draft = new LineDraft
        {
            Category = categoryText,
            GpcSubsector = Text(row, Col.Gpc),
            Amount = amount,
            // A row with a notation key carries no quantity: the unit cell (pre-filled from last year) is not read then.
            Unit = keyText is null ? Text(row, Col.Unit) : null,
            NotationKey = keyText,
            NotationExplanation = Text(row, Col.Explanation),
            Description = Text(row, Col.Description),
            DataSource = Text(row, Col.DataSource),
            DataQuality = Text(row, Col.DataQuality),
            CustomFactor = hasFactor ? new CustomFactorDraft(Text(row, Col.FactorGas), kg, Text(row, Col.FactorPerUnit), Text(row, Col.FactorJustification)) : null,
            ParametersJson = Text(row, Col.Parameters),
        };
        var intake = LineIntake.Check(draft, kind);
        foreach (var failure in intake.Failures)
        {
            Error(ColumnOf(failure.Field), failure);
        }

        if (intake.Line is not { } line)
        {
            return null;
        }

        return new TemplateParsedRow(r, lineId, new LineInput
        {
            Category = line.Category,
            GpcSubsector = line.GpcSubsector,
            Amount = line.Quantity?.Value,
            UnitCode = line.Quantity?.Unit.Code,
            NotationKey = line.NotationKey,
            NotationExplanation = line.NotationExplanation,
            Description = draft.Description,
            DataSource = draft.DataSource,
            DataQuality = line.DataQuality,
            CustomFactor = line.CustomFactor is { } f ? new CustomFactorInput { Gas = f.Gas, KgPerUnit = f.KgPerUnit, PerUnitCode = f.PerUnit.Code, Justification = f.Justification } : null,
            ParametersJson = draft.ParametersJson,
        })
        {
            Fingerprint = lineId is null ? null : Text(row, Col.Fingerprint),
        };
    }

    /// <summary>The column a line field is read from (a field the sheet has no column for is shown on the category's).</summary>
    public static int ColumnOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            LineFields.GpcSubsector => Col.Gpc,
            LineFields.Description => Col.Description,
            LineFields.Amount => Col.Quantity,
            LineFields.Unit => Col.Unit,
            LineFields.NotationKey => Col.NotationKey,
            LineFields.NotationExplanation => Col.Explanation,
            LineFields.DataSource => Col.DataSource,
            LineFields.DataQuality => Col.DataQuality,
            LineFields.CustomFactor or LineFields.FactorGas => Col.FactorGas,
            LineFields.FactorKgPerUnit => Col.FactorKgPerUnit,
            LineFields.FactorPerUnit => Col.FactorPerUnit,
            LineFields.FactorJustification => Col.FactorJustification,
            _ when field.StartsWith(LineFields.Parameters, StringComparison.Ordinal) => Col.Parameters,
            _ => Col.Category,
        };
    }

    /// <summary>Longest method-parameter text (the line input's limit).</summary>
    public const int MaxParametersLength = ActivityLine.MaxParametersLength;

    private static bool HasValue(IXLCell cell) => !cell.IsEmpty() && !(cell.DataType == XLDataType.Text && string.IsNullOrWhiteSpace(cell.GetString()));

    /// <summary>A number cell's value; null when empty, or (with an error on the cell) when it holds text.</summary>
    private static decimal? Number(IXLCell cell, int column, string field, Action<int, LineFailure> error)
    {
        if (!HasValue(cell))
        {
            return null;
        }

        if (cell.DataType == XLDataType.Number && cell.TryGetValue<decimal>(out var value))
        {
            return value;
        }

        error(column, new LineFailure(field, LineCodes.NumberText, [cell.GetString()]));
        return null;
    }

    private static string? Text(IXLRow row, int column)
    {
        var text = row.Cell(column).GetString().Trim();
        return text.Length == 0 ? null : text;
    }

    private static void FillList(IXLWorksheet lists, int column, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            lists.Cell(i + 1, column).Text(values[i]);
        }
    }

    private static void Dropdown(IXLWorksheet lines, int column, IXLWorksheet lists, int listColumn, int count)
    {
        var validation = lines.Range(2, column, MaxRows + 1, column).SetDataValidation();
        validation.List(lists.Range(1, listColumn, count, listColumn), true);
        validation.IgnoreBlanks = true;
    }

    private static void WriteInstructions(IXLWorksheet ws, TemplateContent content)
    {
        ws.Column(1).Width = 120;
        string[] text =
        [
            $"แบบฟอร์มกรอกข้อมูลกิจกรรม: {content.OrganisationNameTh} ปี พ.ศ. {content.Year + 543} ({content.Kind})",
            "1. กรอกในแผ่นงาน \"ข้อมูล Lines\" หนึ่งแถวต่อหนึ่งรายการ เลือกประเภทกิจกรรม หน่วย สัญลักษณ์ และคุณภาพข้อมูลจากรายการที่มีให้",
            "2. ใส่ปริมาณเป็นตัวเลข (ไม่ติดลบ) พร้อมหน่วย หรือใส่สัญลักษณ์ (NO, IE, NE, NA, C) พร้อมคำอธิบาย อย่างใดอย่างหนึ่ง",
            "3. แถวที่มีรหัสรายการคือรายการเดิม แก้ไขได้แต่เปลี่ยนประเภทไม่ได้ แถวที่ไม่มีรหัสคือรายการใหม่ รายการที่ไม่อยู่ในไฟล์จะไม่ถูกลบ",
            "4. ช่องสีเทาคือข้อมูลอ้างอิง (ชื่อประเภท ค่าปีก่อน) ระบบไม่อ่าน แถวของปีก่อนที่ไม่ได้กรอกจะถูกข้าม",
            "5. อัปโหลดแล้วระบบจะตรวจทุกช่องและแสดงการเปลี่ยนแปลงก่อนยืนยัน ถ้ามีช่องผิดแม้ช่องเดียวจะไม่นำเข้าข้อมูลใด ๆ",
            "6. ค่าสัมประสิทธิ์เอง: กรอกครบทั้งก๊าซ ค่า (กก. ต่อหน่วย) หน่วย และเหตุผล หรือเว้นว่างทั้งหมด พารามิเตอร์วิธีคำนวณกรอกเป็น JSON เช่น {\"codMgPerL\":120,\"mcf\":0.8}",
            string.Empty,
            $"Activity data template: {content.OrganisationNameEn}, year {content.Year} ({content.Kind})",
            "1. Fill the \"ข้อมูล Lines\" sheet, one row per line; pick the category, unit, notation key and data quality from the drop-downs.",
            "2. Enter either a quantity (a number, not negative) with its unit, or a notation key (NO, IE, NE, NA, C) with an explanation.",
            "3. Rows with a line id are existing lines: change them, but not their category. Rows without an id are new lines. Lines missing from the file are not deleted.",
            "4. Grey cells are for reference (category name, last year's values) and are not read; last year's rows left unfilled are skipped.",
            "5. After upload every cell is checked and the changes are shown before you confirm; if any cell is wrong, nothing is imported.",
            "6. A custom factor needs all four cells (gas, kg per unit, per unit, justification) or none. Method parameters are JSON, e.g. {\"codMgPerL\":120,\"mcf\":0.8}.",
        ];
        for (var i = 0; i < text.Length; i++)
        {
            ws.Cell(i + 1, 1).Text(text[i]);
        }

        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(Array.IndexOf(text, string.Empty) + 2, 1).Style.Font.Bold = true;
    }
}
