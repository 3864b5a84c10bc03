using System.Globalization;
using System.IO.Compression;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// The provincial or national roll-up workbook, streamed (ADR 0008): one row per counted inventory (flat, filterable,
/// ready for pivot tables; its status in words, so a submitted one reads as not yet approved), then sheets by province, sector (long format: inventory × sector × scope), scope (long format)
/// and year. Rows come one at a time from <see cref="ReportService.StreamRollupAsync"/> and go out through
/// <see cref="SheetStreamWriter"/> (OpenXmlWriter, inline strings) into a zip written to the output as it grows; the
/// sector and scope sheets are spooled to temporary files during the same single pass and copied in after, and the
/// province and year totals are summed on the way (<see cref="RollupTotalsBuilder"/>). Never calculates a result
/// (docs/conventions.md R1): it only adds up the rows it writes for the totals sheets.
/// </summary>
public static class RollupWorkbookWriter
{
    /// <summary>Columns of the inventories sheet (1-based).</summary>
    public static class Columns
    {
        public const int Year = 1;
        public const int YearBe = 2;
        public const int ProvinceCode = 3;
        public const int Province = 4;
        public const int Region = 5;
        public const int OrganisationCode = 6;
        public const int Organisation = 7;
        public const int OrganisationType = 8;
        public const int Kind = 9;
        public const int Status = 10;
        public const int Edition = 11;
        public const int Scope1T = 12;
        public const int Scope2T = 13;
        public const int Scope3T = 14;
        public const int TotalT = 15;
        public const int MemoT = 16;
        public const int BasicT = 17;
        public const int BasicPlusT = 18;
        public const int TerritorialT = 19;
    }

    public static string[] SheetNames(ReportLanguage l) =>
    [
        l.Pick("บัญชีทั้งหมด", "Inventories"),
        l.Pick("รายจังหวัด", "By province"),
        l.Pick("รายภาคส่วน", "By sector"),
        l.Pick("รายขอบเขต", "By scope"),
        l.Pick("รายปี", "By year"),
        l.Pick("ความครบถ้วน", "Completeness"),
        l.Pick("ต่อประชากรและพื้นที่", "Per person and area"),
        l.Pick("หมายเหตุ", "Notes"),
    ];

    public static string FileName(RollupFilter filter, CultureInfo culture) => ReportFileNames.Rollup(filter, ReportEdge.LanguageOf(culture), "xlsx");

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (never read back, never seeked; written asynchronously in
    /// chunks of about <see cref="AsyncDrainStream.DrainThreshold"/> bytes) while <paramref name="rows"/> is read.
    /// </summary>
    public static async Task WriteAsync(IAsyncEnumerable<RollupRow> rows, CultureInfo culture, Stream output, CancellationToken ct, RollupAppendix? appendix = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        appendix ??= RollupAppendix.Empty(DateTimeOffset.UtcNow);
        ArgumentNullException.ThrowIfNull(output);
        var l = ReportEdge.LanguageOf(culture);
        var names = SheetNames(l);
        await using var drain = new AsyncDrainStream(output);
        await using var sectorsFile = TempFile();
        await using var scopesFile = TempFile();
        var totals = new RollupTotalsBuilder();
        string? filter;
        using (var zip = new ZipArchive(drain, ZipArchiveMode.Create, leaveOpen: true))
        {
            XlPackage.WriteFixedParts(zip, names.Length);
            await using (var sheet = XlPackage.Entry(zip, XlPackage.SheetPath(1)).Open())
            {
                using var inventories = InventoriesSheet(sheet, l);
                using var sectors = SectorsSheet(new KeepOpenStream(sectorsFile), l);
                using var scopes = ScopesSheet(new KeepOpenStream(scopesFile), l);
                await foreach (var row in rows.WithCancellation(ct))
                {
                    WriteInventory(inventories, row, l);
                    WriteSectors(sectors, row, l);
                    WriteScopes(scopes, row, l);
                    totals.Add(row);
                    if (drain.ShouldDrain)
                    {
                        await drain.DrainAsync(ct);
                    }
                }

                inventories.Finish(autoFilter: true);
                filter = inventories.Rows > 1 ? inventories.FilterRange : null;
                sectors.Finish(autoFilter: false);
                scopes.Finish(autoFilter: false);
            }

            await WriteTotalsAsync(zip, drain, 2, totals.ByProvince(), l, withProvince: true, ct);
            await CopyAsync(zip, drain, 3, sectorsFile, ct);
            await CopyAsync(zip, drain, 4, scopesFile, ct);
            await WriteTotalsAsync(zip, drain, 5, totals.ByYear(), l, withProvince: false, ct);
            await RollupAppendixSheets.WriteAsync(zip, drain, 6, appendix, l, ct);
            XlPackage.WriteWorkbook(zip, names, filter);
        }

        await drain.DrainAsync(ct);
        await output.FlushAsync(ct);
    }

    private static string[] TonneHeaders(ReportLanguage l) =>
    [
        l.Pick("ขอบเขต 1 t CO2e", "Scope 1 t CO2e"), l.Pick("ขอบเขต 2 t CO2e", "Scope 2 t CO2e"), l.Pick("ขอบเขต 3 t CO2e", "Scope 3 t CO2e"),
        l.Pick("รวม t CO2e", "Total t CO2e"), l.Pick("รายการบันทึก t CO2e", "Memo t CO2e"), "BASIC t CO2e", "BASIC+ t CO2e", l.Pick("ภายในพื้นที่ t CO2e", "Territorial t CO2e"),
    ];

    private static SheetStreamWriter InventoriesSheet(Stream output, ReportLanguage l) => new(
        output,
        [8, 9, 9, 20, 12, 14, 40, 22, 14, 12, 18, 16, 16, 16, 16, 14, 16, 16, 16],
        [
            l.Pick("ปี ค.ศ.", "Year"), l.Pick("ปี พ.ศ.", "Year (BE)"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("จังหวัด", "Province"), l.Pick("ภาค", "Region"),
            l.Pick("รหัสองค์กร", "Organisation code"), l.Pick("องค์กร", "Organisation"), l.Pick("ประเภทองค์กร", "Organisation type"),
            l.Pick("ประเภทบัญชี", "Kind"), l.Pick("สถานะ", "Status"), l.Pick("ชุดค่าการปล่อย", "Factor edition"), .. TonneHeaders(l),
        ]);

    private static void WriteInventory(SheetStreamWriter ws, RollupRow r, ReportLanguage l)
    {
        ws.BeginRow();
        ws.Integer(Columns.Year, r.Year);
        ws.Integer(Columns.YearBe, r.Year + 543);
        ws.Text(Columns.ProvinceCode, r.ProvinceCode);
        ws.Text(Columns.Province, l.Pick(r.ProvinceNameTh, r.ProvinceNameEn));
        ws.Text(Columns.Region, ReportNames.Region(r.Region, l));
        ws.Text(Columns.OrganisationCode, r.OrganisationCode);
        ws.Text(Columns.Organisation, l.Pick(r.OrganisationNameTh, r.OrganisationNameEn));
        ws.Text(Columns.OrganisationType, ReportNames.OrganisationType(r.OrganisationType, l));
        ws.Text(Columns.Kind, InventoryWorkbookWriter.KindName(r.Kind, l));
        ws.Text(Columns.Status, InventoryWorkbookWriter.StatusName(r.Status, l));
        ws.Text(Columns.Edition, r.FactorEditionCode);
        ws.Tonnes(Columns.Scope1T, r.Scope1Kg);
        ws.Tonnes(Columns.Scope2T, r.Scope2Kg);
        ws.Tonnes(Columns.Scope3T, r.Scope3Kg);
        ws.Tonnes(Columns.TotalT, r.TotalKg);
        ws.Tonnes(Columns.MemoT, r.MemoKg);
        ws.Tonnes(Columns.BasicT, r.BasicKg);
        ws.Tonnes(Columns.BasicPlusT, r.BasicPlusKg);
        ws.Tonnes(Columns.TerritorialT, r.TerritorialKg);
        ws.EndRow();
    }

    private static async Task WriteTotalsAsync(ZipArchive zip, AsyncDrainStream drain, int sheetNumber, List<RollupTotal> totals, ReportLanguage l, bool withProvince, CancellationToken ct)
    {
        await using (var sheet = XlPackage.Entry(zip, XlPackage.SheetPath(sheetNumber)).Open())
        {
            using var ws = new SheetStreamWriter(
                sheet,
                [8, 14, 9, 20, 11, 16, 16, 16, 16, 14, 16, 16, 16, 22],
                [
                    l.Pick("ปี ค.ศ.", "Year"), l.Pick("ประเภทบัญชี", "Kind"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("จังหวัด", "Province"), l.Pick("จำนวนบัญชี", "Inventories"),
                    .. TonneHeaders(l), l.Pick("ในจำนวนนี้ส่งแล้ว ยังไม่อนุมัติ", "Of which submitted, not yet approved"),
                ]);
            foreach (var t in totals.OrderBy(t => t.Year).ThenBy(t => t.Kind).ThenBy(t => t.ProvinceCode, StringComparer.Ordinal))
            {
                ws.BeginRow();
                ws.Integer(1, t.Year);
                ws.Text(2, InventoryWorkbookWriter.KindName(t.Kind, l));
                if (withProvince)
                {
                    ws.Text(3, t.ProvinceCode);
                    ws.Text(4, l.Pick(t.ProvinceNameTh ?? string.Empty, t.ProvinceNameEn ?? string.Empty));
                }

                ws.Integer(5, t.InventoryCount);
                ws.Tonnes(6, t.Scope1Kg);
                ws.Tonnes(7, t.Scope2Kg);
                ws.Tonnes(8, t.Scope3Kg);
                ws.Tonnes(9, t.TotalKg);
                ws.Tonnes(10, t.MemoKg);
                ws.Tonnes(11, t.BasicKg);
                ws.Tonnes(12, t.BasicPlusKg);
                ws.Tonnes(13, t.TerritorialKg);
                ws.Integer(14, t.NotFinalCount);
                ws.EndRow();
            }

            if (withProvince)
            {
                // A total row per year and kind under the provinces: the same sums as the by-year sheet, summed here from the
                // rows just written (the writer adds up what it prints; it never recalculates a result).
                foreach (var g in totals.GroupBy(t => (t.Year, t.Kind)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Kind))
                {
                    ws.BeginRow();
                    ws.Integer(1, g.Key.Year);
                    ws.Text(2, InventoryWorkbookWriter.KindName(g.Key.Kind, l));
                    ws.Text(4, l.Pick("รวมทุกจังหวัด", "All provinces"));
                    ws.Integer(5, g.Sum(t => t.InventoryCount));
                    ws.Tonnes(6, g.Sum(t => t.Scope1Kg));
                    ws.Tonnes(7, g.Sum(t => t.Scope2Kg));
                    ws.Tonnes(8, g.Sum(t => t.Scope3Kg));
                    ws.Tonnes(9, g.Sum(t => t.TotalKg));
                    ws.Tonnes(10, g.Sum(t => t.MemoKg));
                    ws.Tonnes(11, g.Any(t => t.BasicKg is not null) ? g.Sum(t => t.BasicKg ?? 0m) : null);
                    ws.Tonnes(12, g.Any(t => t.BasicPlusKg is not null) ? g.Sum(t => t.BasicPlusKg ?? 0m) : null);
                    ws.Tonnes(13, g.Any(t => t.TerritorialKg is not null) ? g.Sum(t => t.TerritorialKg ?? 0m) : null);
                    ws.Integer(14, g.Sum(t => t.NotFinalCount));
                    ws.EndRow();
                }
            }

            ws.Finish(autoFilter: false);
        }

        await drain.DrainAsync(ct);
    }

    private static SheetStreamWriter SectorsSheet(Stream output, ReportLanguage l) => new(
        output,
        [8, 9, 14, 14, 26, 40, 8, 16],
        [
            l.Pick("ปี ค.ศ.", "Year"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("รหัสองค์กร", "Organisation code"), l.Pick("ประเภทบัญชี", "Kind"),
            "sector_key", l.Pick("ภาคส่วนหรือกลุ่ม", "Sector or group"), l.Pick("ขอบเขต", "Scope"), "t CO2e",
        ],
        hidden: new HashSet<int> { 5 });

    private static void WriteSectors(SheetStreamWriter ws, RollupRow r, ReportLanguage l)
    {
        foreach (var g in r.BySector)
        {
            Scope(1, g.Scope1Kg);
            Scope(2, g.Scope2Kg);
            Scope(3, g.Scope3Kg);

            void Scope(int scope, decimal kg)
            {
                if (kg == 0m)
                {
                    return;
                }

                ws.BeginRow();
                ws.Integer(1, r.Year);
                ws.Text(2, r.ProvinceCode);
                ws.Text(3, r.OrganisationCode);
                ws.Text(4, InventoryWorkbookWriter.KindName(r.Kind, l));
                ws.Text(5, g.Key);
                ws.Text(6, l.Pick(g.NameTh, g.NameEn));
                ws.Integer(7, scope);
                ws.Tonnes(8, kg);
                ws.EndRow();
            }
        }
    }

    private static SheetStreamWriter ScopesSheet(Stream output, ReportLanguage l) => new(
        output,
        [8, 9, 14, 14, 8, 16],
        [l.Pick("ปี ค.ศ.", "Year"), l.Pick("รหัสจังหวัด", "Province code"), l.Pick("รหัสองค์กร", "Organisation code"), l.Pick("ประเภทบัญชี", "Kind"), l.Pick("ขอบเขต", "Scope"), "t CO2e"]);

    private static void WriteScopes(SheetStreamWriter ws, RollupRow r, ReportLanguage l)
    {
        Scope(1, r.Scope1Kg);
        Scope(2, r.Scope2Kg);
        Scope(3, r.Scope3Kg);

        void Scope(int scope, decimal kg)
        {
            ws.BeginRow();
            ws.Integer(1, r.Year);
            ws.Text(2, r.ProvinceCode);
            ws.Text(3, r.OrganisationCode);
            ws.Text(4, InventoryWorkbookWriter.KindName(r.Kind, l));
            ws.Integer(5, scope);
            ws.Tonnes(6, kg);
            ws.EndRow();
        }
    }

    /// <summary>Copies a spooled sheet into its zip entry, draining to the output as it goes.</summary>
    private static async Task CopyAsync(ZipArchive zip, AsyncDrainStream drain, int sheetNumber, FileStream spooled, CancellationToken ct)
    {
        spooled.Position = 0;
        var buffer = new byte[81_920];
        await using (var entry = XlPackage.Entry(zip, XlPackage.SheetPath(sheetNumber)).Open())
        {
            int read;
            while ((read = await spooled.ReadAsync(buffer, ct)) > 0)
            {
                entry.Write(buffer, 0, read);
                if (drain.ShouldDrain)
                {
                    await drain.DrainAsync(ct);
                }
            }
        }

        await drain.DrainAsync(ct);
    }

    /// <summary>A temporary file deleted when closed (the spooled sector and scope sheets).</summary>
    private static FileStream TempFile() => new(
        Path.Combine(Path.GetTempPath(), "lcc-rollup-" + Guid.NewGuid().ToString("N") + ".xml"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
