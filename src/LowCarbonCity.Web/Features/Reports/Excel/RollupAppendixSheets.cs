using System.IO.Compression;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// The roll-up workbook's last three sheets, from the <see cref="RollupAppendix"/>: completeness per province and year,
/// emissions per person and per km², and the notes (what the figures are made of, when and by whom).
/// </summary>
internal static class RollupAppendixSheets
{
    public static async Task WriteAsync(ZipArchive zip, AsyncDrainStream drain, int firstSheet, RollupAppendix a, ReportLanguage l, CancellationToken ct)
    {
        await using (var sheet = XlPackage.Entry(zip, XlPackage.SheetPath(firstSheet)).Open())
        {
            Completeness(sheet, a, l);
        }

        await drain.DrainAsync(ct);
        await using (var sheet = XlPackage.Entry(zip, XlPackage.SheetPath(firstSheet + 1)).Open())
        {
            Intensities(sheet, a, l);
        }

        await drain.DrainAsync(ct);
        await using (var sheet = XlPackage.Entry(zip, XlPackage.SheetPath(firstSheet + 2)).Open())
        {
            Notes(sheet, a, l);
        }

        await drain.DrainAsync(ct);
    }

    private static string Province(RollupAppendix a, string? code, ReportLanguage l) =>
        code is not null && a.Provinces.TryGetValue(code, out var p) ? l.Pick(p.NameTh, p.NameEn) : code ?? string.Empty;

    private static void Completeness(Stream output, RollupAppendix a, ReportLanguage l)
    {
        using var ws = new SheetStreamWriter(
            output,
            [8, 9, 24, 20, 14, 14, 14, 16],
            [
                l.Pick("ปี ค.ศ.", "Year"), l.Pick("ปี พ.ศ.", "Year (BE)"), l.Pick("ประเภทบัญชี", "Kind"), l.Pick("จังหวัด", "Province"),
                l.Pick("องค์กรที่ต้องรายงาน", "Organisations expected"), l.Pick("รายงานแล้ว", "Reported"), l.Pick("ยังไม่รายงาน", "Not reported"),
                l.Pick("ในจำนวนนี้ยังไม่เริ่ม", "Of which not started"),
            ]);
        foreach (var (kind, c) in a.Completeness.OrderBy(x => x.Completeness.Year).ThenBy(x => x.Kind).ThenBy(x => x.Completeness.ProvinceCode, StringComparer.Ordinal))
        {
            ws.BeginRow();
            ws.Integer(1, c.Year);
            ws.Integer(2, c.Year + 543);
            ws.Text(3, InventoryWorkbookWriter.KindName(kind, l));
            ws.Text(4, Province(a, c.ProvinceCode, l));
            ws.Integer(5, c.ExpectedOrganisations);
            ws.Integer(6, c.ReportingOrganisations);
            ws.Integer(7, c.MissingOrganisations);
            ws.Integer(8, c.WithoutInventory);
            ws.EndRow();
        }

        ws.Finish(autoFilter: false);
    }

    private static void Intensities(Stream output, RollupAppendix a, ReportLanguage l)
    {
        using var ws = new SheetStreamWriter(
            output,
            [8, 9, 24, 20, 16, 16, 16, 14, 16],
            [
                l.Pick("ปี ค.ศ.", "Year"), l.Pick("ปี พ.ศ.", "Year (BE)"), l.Pick("ประเภทบัญชี", "Kind"), l.Pick("จังหวัด", "Province"), "t CO2e",
                l.Pick("ประชากรขององค์กรที่รายงาน", "Population of the reporting organisations"), l.Pick("kg CO2e ต่อคน", "kg CO2e per person"),
                l.Pick("พื้นที่ (ตร.กม.)", "Area (km²)"), l.Pick("t CO2e ต่อ ตร.กม.", "t CO2e per km²"),
            ]);
        foreach (var (kind, r) in a.Intensities.OrderBy(x => x.Row.Year).ThenBy(x => x.Kind).ThenBy(x => x.Row.ProvinceCode, StringComparer.Ordinal))
        {
            ws.BeginRow();
            ws.Integer(1, r.Year ?? 0);
            ws.Integer(2, (r.Year ?? 0) + 543);
            ws.Text(3, InventoryWorkbookWriter.KindName(kind, l));
            ws.Text(4, Province(a, r.ProvinceCode, l));
            ws.Tonnes(5, r.Co2e.Value);
            if (r.Population is { } population)
            {
                ws.Long(6, population);
            }

            ws.Decimal(7, r.PerCapita?.Value);
            ws.Decimal(8, r.AreaKm2);
            // The service gives kg per km²; the sheet shows t per km², as the PDF does.
            ws.Decimal(9, r.PerKm2?.Value / 1000m);
            ws.EndRow();
        }

        ws.Finish(autoFilter: false);
    }

    private static void Notes(Stream output, RollupAppendix a, ReportLanguage l)
    {
        using var ws = new SheetStreamWriter(output, [36, 90], [l.Pick("หัวข้อ", "Item"), l.Pick("รายละเอียด", "Details")]);
        void Row(string item, string details)
        {
            ws.BeginRow();
            ws.Text(1, item);
            ws.Text(2, details);
            ws.EndRow();
        }

        Row(l.Pick("ชุดค่าการปล่อยที่ใช้", "Factor editions used"), string.Join("; ", a.FactorEditions.Select(e => l.Pick(e.NameTh, e.NameEn) + " (" + e.Code + ")")));
        Row(l.Pick("ค่าศักยภาพในการทำให้โลกร้อนที่ใช้", "GWP sets used"), string.Join("; ", a.GwpSets.Select(g => l.Pick(g.NameTh, g.NameEn))));
        Row(l.Pick("บัญชีที่นับรวม", "Inventories counted"), string.Join(", ", a.CountedStatuses.Select(s => InventoryWorkbookWriter.StatusName(s, l)))
            + l.Pick(" (ไม่นับบัญชีร่างและบัญชีที่ส่งกลับแก้ไข)", " (drafts and returned inventories are never counted)"));
        Row(l.Pick("ความครบถ้วน", "Completeness"), l.Pick(
            "องค์กรที่ยังไม่รายงานไม่ได้นับเป็นศูนย์ ผลรวมจึงเป็นของเฉพาะองค์กรที่รายงานแล้ว",
            "An organisation that has not reported is not counted as zero: totals are those of the organisations that reported."));
        Row(l.Pick("ต่อประชากรและพื้นที่", "Per person and area"), l.Pick(
            "หารด้วยประชากรและพื้นที่ของปีเดียวกันขององค์กรที่รายงาน เว้นว่างเมื่อองค์กรใดไม่มีข้อมูลของปีนั้น",
            "Divided by the same year's population and area of the reporting organisations; left empty when one of them has no figure for that year."));
        Row(l.Pick("จัดทำเมื่อ (เวลาประเทศไทย UTC+7)", "Generated (Thailand time, UTC+7)"),
            // The reports' one way of printing a time: Thailand time, in the language's calendar (Buddhist Era in Thai).
            new Pdf.PdfReportFormat(System.Globalization.CultureInfo.GetCultureInfo(l.Pick("th-TH", "en-GB"))).DateTime(a.GeneratedAt));
        Row(l.Pick("จัดทำโดย", "Generated by"), a.GeneratedBy ?? PdfDash);
        ws.Finish(autoFilter: false);
    }

    private const string PdfDash = "–";
}
