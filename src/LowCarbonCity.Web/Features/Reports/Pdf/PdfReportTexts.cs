using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Reports.Pdf;

/// <summary>The fixed wording of the PDF inventory report in Thai and English: headings, labels and the method summaries.</summary>
public static class PdfReportTexts
{
    public static string Title(ReportLanguage l) => l.Pick("รายงานการปล่อยก๊าซเรือนกระจก", "Greenhouse-gas inventory report");

    public static string BoundaryHeading(ReportLanguage l) => l.Pick("ขอบเขตและวิธีการ", "Boundary and method");

    public static string TotalsHeading(ReportLanguage l) => l.Pick("ผลรวมการปล่อยตามขอบเขต", "Totals by scope");

    public static string GpcHeading(ReportLanguage l) => l.Pick("ตาราง GPC", "GPC table");

    public static string ChartsHeading(ReportLanguage l) => l.Pick("แผนภูมิ", "Charts");

    public static string LinesHeading(ReportLanguage l) => l.Pick("รายการกิจกรรมทั้งหมด", "Every activity line");

    public static string FactorsHeading(ReportLanguage l) => l.Pick("ค่าการปล่อยก๊าซเรือนกระจกที่ใช้", "Emission factors used");

    public static string NotationHeading(ReportLanguage l) => l.Pick("สัญลักษณ์แทนค่า", "Notation keys");

    public static string MemoHeading(ReportLanguage l) => l.Pick("รายการบันทึก (ไม่รวมในผลรวม)", "Memo items (outside the totals)");

    public static string QualityHeading(ReportLanguage l) => l.Pick("คุณภาพข้อมูล", "Data quality");

    public static string ReviewHeading(ReportLanguage l) => l.Pick("ประวัติการตรวจสอบและการอนุมัติ", "Review history and approval");

    public static string Unit(ReportLanguage l) => l.Pick("tCO₂e", "tCO₂e");

    public static string PageFormat(ReportLanguage l) => l.Pick("หน้า {0} จาก {1}", "Page {0} of {1}");

    public static string Scope(EmissionScope scope, ReportLanguage l) => scope switch
    {
        EmissionScope.Scope1 => l.Pick("ขอบเขตที่ 1", "Scope 1"),
        EmissionScope.Scope2 => l.Pick("ขอบเขตที่ 2", "Scope 2"),
        EmissionScope.Scope3 => l.Pick("ขอบเขตที่ 3", "Scope 3"),
    };

    public static string Kind(InventoryKind kind, ReportLanguage l) => kind switch
    {
        InventoryKind.Organisation => l.Pick("คาร์บอนฟุตพริ้นท์องค์กร (CFO)", "Organisation (CFO)"),
        InventoryKind.City => l.Pick("บัญชีระดับเมือง (GPC)", "City (GPC)"),
    };

    public static string Status(InventoryStatus status, ReportLanguage l) => status switch
    {
        InventoryStatus.Draft => l.Pick("ร่าง", "Draft"),
        InventoryStatus.Submitted => l.Pick("ส่งแล้ว", "Submitted"),
        InventoryStatus.Returned => l.Pick("ส่งกลับแก้ไข", "Returned"),
        InventoryStatus.Approved => l.Pick("อนุมัติแล้ว", "Approved"),
        InventoryStatus.Verified => l.Pick("ทวนสอบแล้ว", "Verified"),
    };

    public static string Quality(DataQuality quality, ReportLanguage l) => quality switch
    {
        DataQuality.High => l.Pick("สูง", "High"),
        DataQuality.Medium => l.Pick("ปานกลาง", "Medium"),
        DataQuality.Low => l.Pick("ต่ำ", "Low"),
    };

    /// <summary>What a notation key means (GPC v1.1 table 2.2, IPCC).</summary>
    public static string Meaning(NotationKey key, ReportLanguage l) => key switch
    {
        NotationKey.NO => l.Pick("ไม่เกิดขึ้น: กิจกรรมหรือกระบวนการนี้ไม่มีในขอบเขต", "Not occurring: the activity or process does not occur within the boundary"),
        NotationKey.IE => l.Pick("รวมอยู่ที่อื่น: ประเมินและรวมไว้ในรายการอื่นแล้ว", "Included elsewhere: estimated and included in another line or category"),
        NotationKey.NE => l.Pick("ไม่ได้ประเมิน: เกิดขึ้นแต่ยังไม่ได้ประเมิน", "Not estimated: it occurs but has not been estimated"),
        NotationKey.NA => l.Pick("ไม่เกี่ยวข้อง: ไม่ใช้กับขอบเขตหรือประเภทนี้", "Not applicable: does not apply to this scope or category"),
        NotationKey.C => l.Pick("ข้อมูลลับ: ประเมินแล้วแต่เปิดเผยไม่ได้", "Confidential: estimated but cannot be disclosed"),
    };

    public static string? PartSuffix(LinePart part, ReportLanguage l) => part switch
    {
        LinePart.Activity => null,
        LinePart.TransmissionAndDistributionLosses => l.Pick("(ความสูญเสียในระบบสายส่งและจำหน่าย)", "(T&D losses)"),
        LinePart.ElectricityUpstream => l.Pick("(ต้นน้ำของไฟฟ้า)", "(electricity upstream)"),
    };

    /// <summary>The boundary paragraph: TGO CFO (operational control) or GPC v1.1 (the city's area).</summary>
    public static string Boundary(ReportCover c, ReportLanguage l) => c.Kind switch
    {
        InventoryKind.Organisation => l.Pick(
            $"ขอบเขตขององค์กรกำหนดตามการควบคุมการดำเนินงาน (operational control) ครอบคลุมอาคาร สิ่งอำนวยความสะดวก ยานพาหนะ และกิจกรรมที่{c.OrganisationNameTh}ดำเนินการเอง ตามแนวทางการประเมินคาร์บอนฟุตพริ้นท์ขององค์กร (CFO) ขององค์การบริหารจัดการก๊าซเรือนกระจก (องค์การมหาชน) (อบก., TGO) ขอบเขตที่ 1 คือการปล่อยโดยตรง ขอบเขตที่ 2 คือการปล่อยทางอ้อมจากการใช้ไฟฟ้าที่ซื้อ (ตามตำแหน่งที่ตั้ง) และขอบเขตที่ 3 คือการปล่อยทางอ้อมอื่นที่เลือกรายงาน",
            $"The organisational boundary is operational control: the buildings, facilities, vehicles and activities that {c.OrganisationNameEn} runs itself, following the Carbon Footprint for Organization (CFO) guidelines of the Thailand Greenhouse Gas Management Organization (TGO). Scope 1 is direct emissions, scope 2 indirect emissions from purchased electricity (location-based), and scope 3 the other indirect emissions reported."),
        InventoryKind.City => l.Pick(
            $"ขอบเขตคือพื้นที่การปกครองของ{c.OrganisationNameTh} ตามพิธีสารสากลสำหรับการจัดทำบัญชีก๊าซเรือนกระจกระดับเมือง (GPC) ฉบับ 1.1 ขอบเขตที่ 1 คือการปล่อยจากแหล่งภายในเขตเมือง ขอบเขตที่ 2 คือการปล่อยจากการใช้พลังงานจากระบบสายส่งในเมือง และขอบเขตที่ 3 คือการปล่อยอื่นนอกเขตที่เกิดจากกิจกรรมในเมือง ระดับ BASIC ครอบคลุมพลังงานอยู่กับที่และการขนส่ง (ขอบเขตที่ 1 และ 2) และของเสีย (ขอบเขตที่ 1 และ 3) ระดับ BASIC+ เพิ่มกระบวนการอุตสาหกรรม เกษตร ป่าไม้และการใช้ที่ดิน การขนส่งข้ามเขต และความสูญเสียในระบบสายส่ง แหล่งที่ไม่ได้ประเมินแสดงด้วยสัญลักษณ์แทนค่า",
            $"The boundary is the administrative area of {c.OrganisationNameEn}, following the Global Protocol for Community-Scale Greenhouse Gas Emission Inventories (GPC) v1.1. Scope 1 is emissions from sources inside the city boundary, scope 2 emissions from grid-supplied energy used in the city, and scope 3 other emissions outside the boundary caused by activities in the city. BASIC covers stationary energy and transportation (scopes 1 and 2) and waste (scopes 1 and 3); BASIC+ adds IPPU, AFOLU, transboundary transportation and transmission and distribution losses. Sources not estimated carry notation keys."),
    };

    /// <summary>
    /// The method paragraph: factor edition and GWP set from the model (the set's IPCC report cited by its number in
    /// the references, e.g. <c>[1]</c>), memo items, rounding.
    /// </summary>
    public static string Method(ReportCover c, ReportLanguage l, string gwpReference) => l.Pick(
        $"การปล่อย = ข้อมูลกิจกรรม × ค่าการปล่อยก๊าซเรือนกระจก จากชุด{c.FactorEditionNameTh} ({c.FactorEditionCode}) แปลงเป็นคาร์บอนไดออกไซด์เทียบเท่าด้วยค่าศักยภาพในการทำให้โลกร้อนชุด {c.GwpSetNameTh}\u00A0{gwpReference} คาร์บอนไดออกไซด์จากชีวมวลและ HCFC-22 รายงานเป็นรายการบันทึกนอกผลรวม ตัวเลขเป็นตันคาร์บอนไดออกไซด์เทียบเท่า (tCO₂e) ปัดทศนิยม 3 ตำแหน่ง (ระดับกิโลกรัม) เท่ากันทุกช่องทาง ผลรวมคำนวณจากค่าก่อนปัดเศษ จึงอาจต่างจากผลบวกของตัวเลขที่ปัดแล้วเล็กน้อย แหล่งที่มาของค่าต่าง ๆ อยู่ในหัวข้อเอกสารอ้างอิง",
        $"Emissions = activity data × emission factor, from {c.FactorEditionNameEn} ({c.FactorEditionCode}); gases are converted to CO₂ equivalent with the global warming potentials of {c.GwpSetNameEn}\u00A0{gwpReference}. Biogenic CO₂ and HCFC-22 are reported as memo items outside the totals. Figures are tonnes of CO₂ equivalent (tCO₂e) rounded to 3 decimals (the kilogram), as on every page and workbook; totals are summed before rounding, so rounded figures may not add up exactly. The sources of the factors are listed under References.");
}
