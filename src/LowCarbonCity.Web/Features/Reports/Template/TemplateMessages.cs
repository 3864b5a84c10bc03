using System.Globalization;

namespace LowCarbonCity.Web.Features.Reports.Template;

/// <summary>
/// Every message of the template upload, in Thai and English, in one place. Codes are stable (tests and logs use
/// them); <c>{0}</c> takes the offending value or a limit.
/// </summary>
public static class TemplateMessages
{
    public const string FileTooLarge = "file.too-large";
    public const string FileEmpty = "file.empty";
    public const string NotWorkbook = "file.not-workbook";
    public const string ZipBomb = "file.zip-bomb";
    public const string Macros = "file.macros";
    public const string NotTemplate = "file.not-template";
    public const string WrongVersion = "file.template-version";
    public const string WrongKind = "file.kind";
    public const string WrongInventory = "file.inventory";
    public const string Locked = "inventory.locked";
    public const string LineUnknown = "line.unknown";
    public const string LineDuplicate = "line.duplicate";
    public const string CategoryRequired = "category.required";
    public const string CategoryUnknown = "category.unknown";
    public const string CategoryChanged = "category.changed";
    public const string NumberText = "number.text";
    public const string NumberNegative = "number.negative";
    public const string UnitRequired = "unit.required";
    public const string UnitUnknown = "unit.unknown";
    public const string UnitCategory = "unit.category";
    public const string KeyUnknown = "key.unknown";
    public const string KeyAndQuantity = "key.quantity";
    public const string KeyExplanation = "key.explanation";
    public const string QuantityOrKey = "quantity.required";
    public const string QualityUnknown = "quality.unknown";
    public const string GpcUnknown = "gpc.unknown";
    public const string TextTooLong = "text.length";
    public const string FactorIncomplete = "factor.incomplete";
    public const string FactorGasUnknown = "factor.gas";
    public const string ParametersInvalid = "parameters.invalid";

    private static readonly Dictionary<string, (string Th, string En)> Texts = new(StringComparer.Ordinal)
    {
        [FileTooLarge] = ("ไฟล์ใหญ่เกินไป (ไม่เกิน {0})", "The file is too large (at most {0})."),
        [FileEmpty] = ("ไม่ได้เลือกไฟล์ หรือไฟล์ว่างเปล่า", "No file was chosen, or the file is empty."),
        [NotWorkbook] = ("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx)", "This file is not an Excel workbook (.xlsx)."),
        [ZipBomb] = ("ไฟล์นี้ขยายตัวเกินขนาดที่อนุญาตเมื่อแตกไฟล์ จึงไม่เปิดอ่าน", "This file expands beyond the allowed size when unpacked, so it was not opened."),
        [Macros] = ("ไฟล์มีมาโคร (.xlsm) ไม่รับไฟล์ที่มีมาโคร กรุณาบันทึกเป็น .xlsx", "The file contains macros (.xlsm). Files with macros are refused; save it as .xlsx."),
        [NotTemplate] = ("ไฟล์นี้ไม่ใช่แบบฟอร์มของ LowCarbonCity กรุณาดาวน์โหลดแบบฟอร์มใหม่", "This workbook is not a LowCarbonCity template. Download the template and fill that."),
        [WrongVersion] = ("แบบฟอร์มรุ่น {0} ใช้ไม่ได้แล้ว กรุณาดาวน์โหลดแบบฟอร์มรุ่นปัจจุบัน", "Template version {0} is no longer accepted. Download the current template."),
        [WrongKind] = ("แบบฟอร์มนี้สำหรับบัญชีประเภท {0} ไม่ตรงกับบัญชีนี้", "This template is for a {0} inventory, not this one."),
        [WrongInventory] = ("แบบฟอร์มนี้ดาวน์โหลดมาสำหรับบัญชีอื่น (องค์กรหรือปีอื่น) กรุณาดาวน์โหลดแบบฟอร์มของบัญชีนี้", "This template was downloaded for another inventory (another organisation or year). Download the template of this inventory."),
        [Locked] = ("บัญชีนี้อยู่ในสถานะ {0} แก้ไขไม่ได้ ต้องเปิดให้แก้ไขก่อน", "The inventory is {0} and cannot be edited; it must be reopened first."),
        [LineUnknown] = ("ไม่พบรายการ {0} ในบัญชีนี้", "Line {0} is not part of this inventory."),
        [LineDuplicate] = ("รายการ {0} ซ้ำกับแถวก่อนหน้า", "Line {0} appears in an earlier row too."),
        [CategoryRequired] = ("กรุณาเลือกประเภทกิจกรรม", "Choose a category."),
        [CategoryUnknown] = ("ไม่รู้จักประเภทกิจกรรม \"{0}\"", "Unknown category \"{0}\"."),
        [CategoryChanged] = ("เปลี่ยนประเภทของรายการเดิมไม่ได้ ให้เพิ่มเป็นแถวใหม่แทน", "A line's category cannot change; add a new row instead."),
        [NumberText] = ("ช่องนี้ต้องเป็นตัวเลข ไม่ใช่ข้อความ \"{0}\"", "This cell must hold a number, not the text \"{0}\"."),
        [NumberNegative] = ("ปริมาณต้องไม่ติดลบ", "A quantity cannot be negative."),
        [UnitRequired] = ("กรุณาเลือกหน่วยของปริมาณ", "Choose the quantity's unit."),
        [UnitUnknown] = ("ไม่รู้จักหน่วย \"{0}\"", "Unknown unit \"{0}\"."),
        [UnitCategory] = ("หน่วย \"{0}\" ใช้กับประเภทกิจกรรมนี้ไม่ได้", "Unit \"{0}\" does not fit this category."),
        [KeyUnknown] = ("ไม่รู้จักสัญลักษณ์ \"{0}\" (ใช้ NO, IE, NE, NA หรือ C)", "Unknown notation key \"{0}\" (use NO, IE, NE, NA or C)."),
        [KeyAndQuantity] = ("ใส่ได้อย่างใดอย่างหนึ่ง: ปริมาณ หรือ สัญลักษณ์", "Enter either a quantity or a notation key, not both."),
        [KeyExplanation] = ("สัญลักษณ์ต้องมีคำอธิบาย", "A notation key needs an explanation."),
        [QuantityOrKey] = ("กรุณาใส่ปริมาณ หรือ สัญลักษณ์พร้อมคำอธิบาย", "Enter a quantity, or a notation key with its explanation."),
        [QualityUnknown] = ("ไม่รู้จักระดับคุณภาพข้อมูล \"{0}\" (High, Medium, Low)", "Unknown data quality \"{0}\" (High, Medium, Low)."),
        [GpcUnknown] = ("ไม่รู้จักภาคย่อย GPC \"{0}\"", "Unknown GPC sub-sector \"{0}\"."),
        [TextTooLong] = ("ข้อความยาวเกิน {0} ตัวอักษร", "The text is longer than {0} characters."),
        [FactorIncomplete] = ("ค่าสัมประสิทธิ์เองต้องกรอกครบทั้งก๊าซ ค่า (กก. ต่อหน่วย) หน่วย และเหตุผล", "A custom factor needs its gas, kg per unit, per unit and a justification."),
        [FactorGasUnknown] = ("ไม่รู้จักก๊าซ \"{0}\"", "Unknown gas \"{0}\"."),
        [ParametersInvalid] = ("พารามิเตอร์วิธีคำนวณ (JSON) ไม่ถูกต้อง: {0}", "The method parameters (JSON) are not valid: {0}"),
    };

    /// <summary>Every code, for tests that check each has both languages.</summary>
    public static IReadOnlyCollection<string> Codes => Texts.Keys;

    public static string Text(string code, ReportLanguage language, object? argument = null)
    {
        var (th, en) = Texts[code];
        return string.Format(CultureInfo.InvariantCulture, language.Pick(th, en), argument);
    }
}
