using System.Globalization;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Reports.Excel;
using DomainUnit = LowCarbonCity.Domain.Quantities.Unit;

namespace LowCarbonCity.Web.Features.Reports.Template;

/// <summary>What the template of one inventory holds: its lines and last year's values where known.</summary>
public sealed record TemplateContent(Guid InventoryId, string OrganisationCode, string OrganisationNameTh, string OrganisationNameEn, int Year, InventoryKind Kind, IReadOnlyList<TemplateRow> Rows);

/// <summary>
/// One row of the template: an existing line (with its id) or last year's line to fill (no id, no quantity). Last
/// year's value is a quantity and unit, or a notation key.
/// </summary>
public sealed record TemplateRow(
    Guid? LineId, ActivityCategory Category, GpcSubsector? GpcSubsector, string? Description, decimal? Amount, string? UnitCode,
    NotationKey? NotationKey, string? NotationExplanation, string? DataSource, DataQuality DataQuality, decimal? LastYearAmount, string? LastYearUnitCode,
    NotationKey? LastYearNotationKey = null, CustomFactorInput? CustomFactor = null, string? ParametersJson = null);

/// <summary>A bad cell of an uploaded template: where, and why in the user's language.</summary>
public sealed record TemplateCellError(string Sheet, int Row, string Column, string Code, string Message)
{
    public string Address => $"{Column}{Row.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>A row read from an uploaded template, as a line input (only rows whose cells are all good).</summary>
public sealed record TemplateParsedRow(int Row, Guid? LineId, LineInput Input);

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
    /// <summary>2: custom factor and method parameter columns. An older file is refused (its columns differ).</summary>
    public const int Version = 2;
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
        meta.Visibility = XLWorksheetVisibility.VeryHidden;

        lines.Header(1,
            "Line id · รหัสรายการ", "Category · รหัสประเภท", "Category name · ชื่อประเภท", "GPC sub-sector · ภาคย่อย GPC", "Description · รายละเอียด",
            "Quantity · ปริมาณ", "Unit · หน่วย", "Notation key · สัญลักษณ์", "Explanation · คำอธิบายสัญลักษณ์", "Data source · แหล่งข้อมูล",
            "Data quality · คุณภาพข้อมูล", $"{content.Year - 1} quantity · ปริมาณปีก่อน", $"{content.Year - 1} unit · หน่วยปีก่อน",
            "Custom factor gas · ก๊าซของค่าสัมประสิทธิ์เอง", "Custom factor kg per unit · ค่าสัมประสิทธิ์ (กก. ต่อหน่วย)", "Custom factor per unit · ต่อหน่วย",
            "Custom factor justification · เหตุผลที่ใช้ค่าสัมประสิทธิ์เอง", "Method parameters (JSON) · พารามิเตอร์วิธีคำนวณ (JSON)");
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
                if (ReadRow(lines.Row(r), language, errors) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }

            return new TemplateReadResult(null, null, kind, rows, errors) { InventoryId = inventoryId };
        }
    }

    private static TemplateParsedRow? ReadRow(IXLRow row, ReportLanguage language, List<TemplateCellError> errors)
    {
        var r = row.RowNumber();
        var before = errors.Count;
        void Error(int column, string code, object? argument = null) => AddError(column, code, argument);
        void AddError(int column, string code, object? argument) =>
            errors.Add(new TemplateCellError(LinesSheet, r, XLHelper.GetColumnLetterFromNumber(column), code, TemplateMessages.Text(code, language, argument)));

        var lineIdText = Text(row, Col.LineId);
        var categoryText = Text(row, Col.Category);
        var keyText = Text(row, Col.NotationKey);
        var quantityCell = row.Cell(Col.Quantity);
        var hasQuantity = !quantityCell.IsEmpty() && !(quantityCell.DataType == XLDataType.Text && string.IsNullOrWhiteSpace(quantityCell.GetString()));
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
                Error(Col.LineId, TemplateMessages.LineUnknown, lineIdText);
            }
        }

        ActivityCategory? category = null;
        if (categoryText is null)
        {
            Error(Col.Category, TemplateMessages.CategoryRequired);
        }
        else if (TryEnum<ActivityCategory>(categoryText, out var c))
        {
            category = c;
        }
        else
        {
            Error(Col.Category, TemplateMessages.CategoryUnknown, categoryText);
        }

        decimal? amount = null;
        if (hasQuantity)
        {
            if (quantityCell.DataType == XLDataType.Number && quantityCell.TryGetValue<decimal>(out var value))
            {
                if (value < 0)
                {
                    Error(Col.Quantity, TemplateMessages.NumberNegative);
                }
                else
                {
                    // Stored with six decimals: rounding here keeps a second upload of the same file a no-op.
                    amount = ReportEdge.Round(value, ReportEdge.QuantityDecimals);
                }
            }
            else
            {
                Error(Col.Quantity, TemplateMessages.NumberText, quantityCell.GetString());
            }
        }

        var unitText = Text(row, Col.Unit);
        NotationKey? key = null;
        if (keyText is not null)
        {
            if (TryEnum<NotationKey>(keyText, out var k))
            {
                key = k;
            }
            else
            {
                Error(Col.NotationKey, TemplateMessages.KeyUnknown, keyText);
            }
        }

        var explanation = Text(row, Col.Explanation);
        if (hasQuantity && keyText is not null)
        {
            Error(Col.NotationKey, TemplateMessages.KeyAndQuantity);
        }
        else if (!hasQuantity && keyText is null)
        {
            Error(Col.Quantity, TemplateMessages.QuantityOrKey);
        }
        else if (key is not null && explanation is null)
        {
            Error(Col.Explanation, TemplateMessages.KeyExplanation);
        }

        if (hasQuantity)
        {
            if (unitText is null)
            {
                Error(Col.Unit, TemplateMessages.UnitRequired);
            }
            else if (!DomainUnit.TryFromCode(unitText, out var unit))
            {
                Error(Col.Unit, TemplateMessages.UnitUnknown, unitText);
            }
            else if (category is { } cat && !ActivityCategories.Get(cat).Accepts(unit))
            {
                Error(Col.Unit, TemplateMessages.UnitCategory, unitText);
            }
        }

        var quality = DataQuality.Medium;
        if (Text(row, Col.DataQuality) is { } qualityText && !TryEnum(qualityText, out quality))
        {
            Error(Col.DataQuality, TemplateMessages.QualityUnknown, qualityText);
        }

        GpcSubsector? gpc = null;
        if (Text(row, Col.Gpc) is { } gpcText)
        {
            if (TryEnum<GpcSubsector>(gpcText, out var g))
            {
                gpc = g;
            }
            else
            {
                Error(Col.Gpc, TemplateMessages.GpcUnknown, gpcText);
            }
        }

        var factor = ReadCustomFactor(row, Error);
        var parameters = Text(row, Col.Parameters);
        if (parameters is { Length: > MaxParametersLength })
        {
            Error(Col.Parameters, TemplateMessages.TextTooLong, MaxParametersLength);
        }
        else if (parameters is not null && category is { } forMethod)
        {
            if (ParametersProblem(ActivityCategories.Get(forMethod).Method, parameters) is { } problem)
            {
                Error(Col.Parameters, TemplateMessages.ParametersInvalid, problem);
            }
        }

        foreach (var column in new[] { Col.Description, Col.Explanation, Col.DataSource, Col.FactorJustification })
        {
            if (Text(row, column) is { Length: > ActivityLine.MaxTextLength })
            {
                Error(column, TemplateMessages.TextTooLong, ActivityLine.MaxTextLength);
            }
        }

        if (errors.Count > before || category is null)
        {
            return null;
        }

        return new TemplateParsedRow(r, lineId, new LineInput
        {
            Category = category.Value,
            GpcSubsector = gpc,
            Amount = key is null ? amount : null,
            UnitCode = key is null ? unitText : null,
            NotationKey = key,
            NotationExplanation = key is null ? null : explanation,
            Description = Text(row, Col.Description),
            DataSource = Text(row, Col.DataSource),
            DataQuality = quality,
            CustomFactor = factor,
            ParametersJson = parameters,
        });
    }

    /// <summary>Longest method-parameter text (the line input's limit).</summary>
    public const int MaxParametersLength = 20_000;

    /// <summary>The custom factor columns: all four filled, or all empty (no factor).</summary>
    private static CustomFactorInput? ReadCustomFactor(IXLRow row, Action<int, string, object?> error)
    {
        var gasText = Text(row, Col.FactorGas);
        var kgCell = row.Cell(Col.FactorKgPerUnit);
        var hasKg = !kgCell.IsEmpty() && !(kgCell.DataType == XLDataType.Text && string.IsNullOrWhiteSpace(kgCell.GetString()));
        var perUnitText = Text(row, Col.FactorPerUnit);
        var justification = Text(row, Col.FactorJustification);
        if (gasText is null && !hasKg && perUnitText is null && justification is null)
        {
            return null;
        }

        Domain.Factors.Gas? gas = null;
        if (gasText is null)
        {
            error(Col.FactorGas, TemplateMessages.FactorIncomplete, null);
        }
        else if (TryEnum<Domain.Factors.Gas>(gasText, out var g))
        {
            gas = g;
        }
        else
        {
            error(Col.FactorGas, TemplateMessages.FactorGasUnknown, gasText);
        }

        decimal? kg = null;
        if (!hasKg)
        {
            error(Col.FactorKgPerUnit, TemplateMessages.FactorIncomplete, null);
        }
        else if (kgCell.DataType == XLDataType.Number && kgCell.TryGetValue<decimal>(out var value))
        {
            if (value < 0)
            {
                error(Col.FactorKgPerUnit, TemplateMessages.NumberNegative, null);
            }
            else
            {
                kg = value;
            }
        }
        else
        {
            error(Col.FactorKgPerUnit, TemplateMessages.NumberText, kgCell.GetString());
        }

        if (perUnitText is null)
        {
            error(Col.FactorPerUnit, TemplateMessages.FactorIncomplete, null);
        }
        else if (!DomainUnit.TryFromCode(perUnitText, out _))
        {
            error(Col.FactorPerUnit, TemplateMessages.UnitUnknown, perUnitText);
        }

        if (justification is null)
        {
            error(Col.FactorJustification, TemplateMessages.FactorIncomplete, null);
        }

        return new CustomFactorInput { Gas = gas, KgPerUnit = kg, PerUnitCode = perUnitText, Justification = justification };
    }

    /// <summary>Why a method-parameter text does not parse for the category's method, or null when it does.</summary>
    private static string? ParametersProblem(CalculationMethod method, string json)
    {
        try
        {
            _ = Domain.Calculation.MethodParametersJson.Parse(method, json);
            return null;
        }
        catch (Domain.DomainRuleException e)
        {
            return e.Message;
        }
        catch (System.Text.Json.JsonException e)
        {
            return e.Message;
        }
        catch (FormatException e)
        {
            return e.Message; // the waste methods wrap a JSON error in a FormatException
        }
    }

    private static string? Text(IXLRow row, int column)
    {
        var text = row.Cell(column).GetString().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>An enum member by name only (a number such as "3" is not a name).</summary>
    private static bool TryEnum<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]) && text[0] != '-';

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
