using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Features.Reports;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// The words of a verification statement in Thai and English, for the PDFs, the workbook and the public page alike:
/// the names of the level of assurance, the opinion and the kinds of finding as TGO's Thai practice writes them.
/// </summary>
public static class StatementTexts
{
    public static string Title(ReportLanguage l) => l.Pick("ถ้อยแถลงการทวนสอบ", "Verification statement");

    public static string SectionHeading(ReportLanguage l) => l.Pick("การทวนสอบ", "Verification");

    public static string Body(ReportLanguage l) => l.Pick("หน่วยงานทวนสอบ", "Verification body");

    public static string Registration(ReportLanguage l) => l.Pick("เลขทะเบียนหน่วยงานทวนสอบ", "Registration number");

    public static string LevelLabel(ReportLanguage l) => l.Pick("ระดับการรับรอง", "Level of assurance");

    public static string MaterialityLabel(ReportLanguage l) => l.Pick("ระดับความมีสาระสำคัญ", "Materiality");

    public static string StandardLabel(ReportLanguage l) => l.Pick("มาตรฐานที่ใช้ทวนสอบ", "Standard");

    public static string OpinionLabel(ReportLanguage l) => l.Pick("ความเห็นของผู้ทวนสอบ", "Verification opinion");

    public static string IssuedOnLabel(ReportLanguage l) => l.Pick("วันที่ออกถ้อยแถลง", "Issued on");

    public static string SignatoryLabel(ReportLanguage l) => l.Pick("ผู้ลงนาม", "Signed by");

    public static string Level(AssuranceLevel level, ReportLanguage l) => level switch
    {
        AssuranceLevel.Limited => l.Pick("ระดับการรับรองแบบจำกัด", "Limited assurance"),
        AssuranceLevel.Reasonable => l.Pick("ระดับการรับรองแบบสมเหตุสมผล", "Reasonable assurance"),
    };

    public static string Opinion(VerificationOpinion opinion, ReportLanguage l) => opinion switch
    {
        VerificationOpinion.Unmodified => l.Pick("ไม่มีเงื่อนไข", "Unmodified"),
        VerificationOpinion.Modified => l.Pick("มีเงื่อนไข", "Modified (qualified)"),
        VerificationOpinion.Adverse => l.Pick("ไม่ถูกต้องตามที่ควร", "Adverse"),
    };

    /// <summary>What each opinion says about the stated totals (ISO 14064-3 clause 9).</summary>
    public static string OpinionMeaning(VerificationOpinion opinion, ReportLanguage l) => opinion switch
    {
        VerificationOpinion.Unmodified => l.Pick(
            "ปริมาณการปล่อยก๊าซเรือนกระจกที่รายงานแสดงไว้ถูกต้องตามที่ควรในสาระสำคัญ",
            "The greenhouse-gas emissions stated are fairly stated in all material respects."),
        VerificationOpinion.Modified => l.Pick(
            "ปริมาณการปล่อยก๊าซเรือนกระจกที่รายงานแสดงไว้ถูกต้องตามที่ควรในสาระสำคัญ ยกเว้นเรื่องที่ระบุไว้ในความเห็น",
            "The greenhouse-gas emissions stated are fairly stated in all material respects, except for the matters the opinion names."),
        VerificationOpinion.Adverse => l.Pick(
            "ปริมาณการปล่อยก๊าซเรือนกระจกที่รายงานแสดงไว้ไม่ถูกต้องตามที่ควรในสาระสำคัญ",
            "The greenhouse-gas emissions stated are materially misstated."),
    };

    public static string FindingKind(FindingKind kind, ReportLanguage l) => kind switch
    {
        Domain.Verification.FindingKind.CorrectiveAction => l.Pick("คำขอให้แก้ไข (CAR)", "Corrective action request (CAR)"),
        Domain.Verification.FindingKind.Clarification => l.Pick("คำขอชี้แจง (CR)", "Clarification request (CR)"),
        Domain.Verification.FindingKind.Observation => l.Pick("ข้อสังเกต (OB)", "Observation (OB)"),
    };
}
