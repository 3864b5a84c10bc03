using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Keys = LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.SummaryKeys;
using LineCol = LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.LineColumns;
using RollCol = LowCarbonCity.Web.Features.Reports.Excel.RollupWorkbookWriter.Columns;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>The Excel and CSV files read back cell by cell against the stored results.</summary>
public sealed class WorkbookTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");

    public static TheoryData<Guid, string> InventoriesAndLanguages => new()
    {
        { DemoIds.Cfo2024, "th" }, { DemoIds.Cfo2024, "en" }, { DemoIds.City2025, "th" }, { DemoIds.City2025, "en" },
    };

    [Theory]
    [MemberData(nameof(InventoriesAndLanguages))]
    public async Task InventoryWorkbook_ReadBack_EveryTotalAndLineEqualsTheStoredResults(Guid inventoryId, string lang)
    {
        var culture = lang == "th" ? Thai : CultureInfo.InvariantCulture;
        var language = ReportEdge.LanguageOf(culture);
        var model = await BuildAsync(inventoryId);
        var stored = await StoredSums.OfAsync(app, inventoryId);
        var results = await StoredSums.ResultsAsync(app, inventoryId);

        var file = InventoryWorkbookWriter.Write(model, culture);

        file.FileName.Should().Be($"CMI-CM_{model.Cover.Year}_{model.Cover.Kind}_{model.Cover.FactorEditionCode}_{lang}.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        workbook.Worksheets.Select(w => w.Name).Should().Equal(InventoryWorkbookWriter.SheetNames(language));
        var summary = workbook.Worksheet(1);
        Value(summary, Keys.Organisation).GetString().Should().Be(lang == "th" ? "เทศบาลนครเชียงใหม่" : model.Cover.OrganisationNameEn);
        Value(summary, Keys.YearBe).GetValue<int>().Should().Be(model.Cover.Year + 543);
        Number(summary, Keys.Scope1).Should().Be(StoredSums.Tonnes(stored.Scope1Kg));
        Number(summary, Keys.Scope2).Should().Be(StoredSums.Tonnes(stored.Scope2Kg));
        Number(summary, Keys.Scope3).Should().Be(StoredSums.Tonnes(stored.Scope3Kg));
        Number(summary, Keys.Total).Should().Be(StoredSums.Tonnes(stored.TotalKg));
        Number(summary, Keys.Memo).Should().Be(StoredSums.Tonnes(stored.MemoKg));
        if (model.Cover.Kind == InventoryKind.City)
        {
            Number(summary, Keys.Basic).Should().Be(StoredSums.Tonnes(stored.BasicKg));
            Number(summary, Keys.BasicPlus).Should().Be(StoredSums.Tonnes(stored.BasicPlusKg));
            Number(summary, Keys.Territorial).Should().Be(StoredSums.Tonnes(stored.TerritorialKg));
            Value(summary, Keys.GpcPrefix + "I.4.4").CellRight().GetString().Should().Be("NO");
        }

        var lines = workbook.Worksheet(2);
        var row = 2;
        foreach (var result in results.OrderBy(r => r.LineId).ThenBy(r => r.Part))
        {
            var found = lines.RowsUsed().Single(r =>
                r.Cell(LineCol.LineId).GetString() == result.LineId.ToString() && r.Cell(LineCol.Part).GetString() == ReportNames.Part(result.Part, language));
            var co2e = found.Cell(LineCol.Co2eT);
            if (result.Co2eKg is { } kg)
            {
                co2e.DataType.Should().Be(XLDataType.Number);
                co2e.GetDouble().Should().Be(StoredSums.Tonnes(kg));
            }
            else
            {
                co2e.IsEmpty().Should().BeTrue("a notation key is not a zero");
                found.Cell(LineCol.NotationKey).GetString().Should().Be(result.NotationKey.ToString());
            }

            found.Cell(LineCol.CategoryCode).GetString().Should().Be(result.Category.ToString());
            found.Cell(LineCol.Scope).GetValue<int>().Should().Be((int)result.Scope);
            // The stored derivation in the workbook's language (FormulaTextTests reads what it says).
            found.Cell(LineCol.Formula).GetString().Should().Be(FormulaRenderer.Render(result.Formula, result.Derivation, language));
            row++;
        }

        var totalRow = lines.LastRowUsed();
        totalRow.Cell(LineCol.Co2eT).FormulaA1.Should().StartWith("SUM(");
        totalRow.Cell(LineCol.Co2eT).CachedValue.Should().NotBeNull();
        ((double)totalRow.Cell(LineCol.Co2eT).CachedValue).Should().BeApproximately(StoredSums.Tonnes(stored.TotalKg), 1e-5);
        var electricity = lines.RowsUsed().First(r => r.Cell(LineCol.CategoryCode).GetString() == "GridElectricity");
        electricity.Cell(LineCol.CategoryName).GetString().Should().Be(lang == "th" ? "ไฟฟ้าจากระบบสายส่ง" : "Grid electricity (location-based)");
        electricity.Cell(LineCol.Quantity).DataType.Should().Be(XLDataType.Number);
        lines.Column(LineCol.Description).Width.Should().Be(32);

        var factors = workbook.Worksheet(3);
        factors.RowsUsed().Skip(1).Should().HaveCount(model.FactorsUsed.Count);
    }

    /// <summary>
    /// What a Thai reader sees holds no code: no visible cell of the Thai inventory and roll-up workbooks is the
    /// name of a domain enum (a gas, part, category, status, kind, region, organisation type, quality, GPC
    /// sub-sector), JSON, or a GUID. Notation keys (NO, NE...) are the standard's own symbols and stay. Columns
    /// kept for programs (line id, category code, sector key) are hidden.
    /// </summary>
    [Fact]
    public async Task ThaiWorkbooks_NoVisibleCellIsAnEnumCodeJsonOrGuid()
    {
        var codes = new[]
        {
            typeof(ActivityCategory), typeof(LowCarbonCity.Domain.Factors.Gas), typeof(LowCarbonCity.Domain.Calculation.LinePart), typeof(InventoryStatus),
            typeof(InventoryKind), typeof(LowCarbonCity.Domain.Organisations.Region), typeof(LowCarbonCity.Domain.Organisations.OrganisationType),
            typeof(DataQuality), typeof(GpcSubsector), typeof(LowCarbonCity.Domain.Inventory.CategoryGroup), typeof(LowCarbonCity.Domain.Inventory.GpcSector),
        }.SelectMany(Enum.GetNames).Where(n => !Enum.GetNames<NotationKey>().Contains(n)).ToHashSet(StringComparer.Ordinal);
        // Names that are also ordinary words or standard abbreviations print as they are: CO2 for carbon dioxide, N2O...
        codes.ExceptWith(["N2O", "SF6", "NF3", "CO2e", "Other"]);
        var files = new List<(string Name, byte[] Content)>();
        foreach (var id in new[] { DemoIds.Cfo2024, DemoIds.City2025 })
        {
            files.Add((id.ToString(), InventoryWorkbookWriter.Write(await BuildAsync(id), Thai).Content));
        }

        files.Add(("gpc", LowCarbonCity.Web.Features.Reports.Gpc.GpcWorkbookWriter.Write(LowCarbonCity.Web.Features.Reports.Gpc.GpcReportBuilder.Build(await BuildAsync(DemoIds.City2025)), Thai).Content));

        var admin = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        files.Add(("rollup", await admin.GetByteArrayAsync(new Uri("/Reports/Rollup?handler=Excel&lang=th", UriKind.Relative))));

        var found = new List<string>();
        foreach (var (name, content) in files)
        {
            using var workbook = new XLWorkbook(new MemoryStream(content));
            foreach (var sheet in workbook.Worksheets)
            {
                foreach (var cell in sheet.CellsUsed().Where(c => c.DataType == XLDataType.Text && !sheet.Column(c.Address.ColumnNumber).IsHidden))
                {
                    var text = cell.GetString();
                    if (codes.Contains(text) || text.StartsWith('{') || Guid.TryParse(text, out _))
                    {
                        found.Add($"{name} {sheet.Name}!{cell.Address}: {text}");
                    }
                }
            }
        }

        found.Should().BeEmpty();
    }

    [Fact]
    public async Task InventoryWorkbook_Cfo2024_OfficeElectricityRowHoldsTheHandWorkedValueAndMonths()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);

        using var workbook = new XLWorkbook(new MemoryStream(InventoryWorkbookWriter.Write(model, Thai).Content));

        var office = workbook.Worksheet(2).RowsUsed().Single(r => r.Cell(LineCol.Quantity).DataType == XLDataType.Number && r.Cell(LineCol.Quantity).GetDouble() == 2_704_000d);
        office.Cell(LineCol.Co2eT).GetDouble().Should().Be(1_351.7296d);
        office.Cell(LineCol.FirstMonth).GetDouble().Should().Be(210_000d);
        office.Cell(LineCol.FirstMonth + 11).GetDouble().Should().Be(208_000d);
        office.Cell(LineCol.Unit).GetString().Should().Be("kWh");
        var diesel = workbook.Worksheet(2).RowsUsed().Single(r => r.Cell(LineCol.CategoryCode).GetString() == "OnRoadDiesel");
        diesel.Cell(LineCol.Co2eT).GetDouble().Should().Be(1_129.12308d);
        // A whole quantity shows no trailing decimal point ("412,000", not "412,000.").
        diesel.Cell(LineCol.Quantity).Style.NumberFormat.Format.Should().Be("#,##0");
        diesel.Cell(LineCol.Description).GetString().Should().Be("รถเก็บขนขยะ", "the demo's description, as the municipality wrote it");
    }

    [Fact]
    public async Task RollupWorkbook_National_RowsAndSheetsEqualTheDatabaseSums()
    {
        await DemoCity2025.SubmitAsync(app);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var rollup = await app.AsUserAsync<ReportService, RollupModel>(tgo, (s, u) => s.RollupAsync(u, new RollupFilter(null), CancellationToken.None));

        var content = await StreamedAsync(rollup, Thai);

        RollupWorkbookWriter.FileName(rollup.Filter, Thai).Should().Be("rollup_all-years_all_th.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(content));
        workbook.Worksheets.Select(w => w.Name).Should().Equal(RollupWorkbookWriter.SheetNames(ReportLanguage.Thai));
        var sheet = workbook.Worksheet(1);
        var rows = sheet.RowsUsed().Skip(1).ToList();
        rows.Should().HaveCount(2, "the approved 2024 and the submitted City 2025; the 2025 CFO draft counts nowhere");
        var allStored = 0m;
        foreach (var id in new[] { DemoIds.Cfo2024, DemoIds.City2025 })
        {
            var stored = await StoredSums.OfAsync(app, id);
            allStored += stored.TotalKg;
            var row = rollup.Rows.Single(r => r.InventoryId == id);
            var cells = rows.Single(r => r.Cell(RollCol.Year).GetValue<int>() == row.Year && r.Cell(RollCol.Kind).GetString() == InventoryWorkbookWriter.KindName(row.Kind, ReportLanguage.Thai));
            cells.Cell(RollCol.Province).GetString().Should().Be("เชียงใหม่");
            cells.Cell(RollCol.Organisation).GetString().Should().Be("เทศบาลนครเชียงใหม่");
            cells.Cell(RollCol.Scope1T).GetDouble().Should().Be(StoredSums.Tonnes(stored.Scope1Kg));
            cells.Cell(RollCol.Scope2T).GetDouble().Should().Be(StoredSums.Tonnes(stored.Scope2Kg));
            cells.Cell(RollCol.Scope3T).GetDouble().Should().Be(StoredSums.Tonnes(stored.Scope3Kg));
            cells.Cell(RollCol.TotalT).GetDouble().Should().Be(StoredSums.Tonnes(stored.TotalKg));
            if (row.Kind == InventoryKind.City)
            {
                cells.Cell(RollCol.BasicT).GetDouble().Should().Be(StoredSums.Tonnes(stored.BasicKg));
            }
            else
            {
                cells.Cell(RollCol.BasicT).IsEmpty().Should().BeTrue();
            }
        }

        var byYear = workbook.Worksheet(5).RowsUsed().Skip(1).Sum(r => (decimal)r.Cell(9).GetDouble());
        byYear.Should().BeApproximately(allStored / 1000m, 0.00001m);
        var byScope = workbook.Worksheet(4).RowsUsed().Skip(1).Sum(r => (decimal)r.Cell(6).GetDouble());
        byScope.Should().BeApproximately(allStored / 1000m, 0.00001m);
        var bySector = workbook.Worksheet(3).RowsUsed().Skip(1).Sum(r => (decimal)r.Cell(8).GetDouble());
        bySector.Should().BeApproximately(allStored / 1000m, 0.00001m);
    }

    [Fact]
    public async Task Csv_InventoryAndRollup_StartWithABomAndParseBackToTheStoredValues()
    {
        var model = await BuildAsync(DemoIds.Cfo2024);
        var results = await StoredSums.ResultsAsync(app, DemoIds.Cfo2024);

        var file = ReportCsvWriter.Write(model, Thai);

        file.Content.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        file.FileName.Should().EndWith("_th.csv");
        var rows = ParseCsv(new UTF8Encoding(false).GetString(file.Content, 3, file.Content.Length - 3));
        rows[0].Should().Equal(ReportCsvWriter.InventoryHeader);
        rows.Skip(1).Should().HaveCount(results.Count);
        foreach (var result in results)
        {
            var row = rows.Single(r => r[0] == result.LineId.ToString() && r[1] == result.Part.ToString());
            row[11].Should().Be(result.Co2eKg is { } kg ? Math.Round(kg / 1000m, 6, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : string.Empty);
        }

        rows.Should().Contain(r => r[3] == "ไฟฟ้าจากระบบสายส่ง");

        await DemoCity2025.SubmitAsync(app);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var rollup = await app.AsUserAsync<ReportService, RollupModel>(tgo, (s, u) => s.RollupAsync(u, new RollupFilter(2025), CancellationToken.None));
        var rollupFile = ReportCsvWriter.Write(rollup, CultureInfo.InvariantCulture);
        rollupFile.Content.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var rollupRows = ParseCsv(new UTF8Encoding(false).GetString(rollupFile.Content, 3, rollupFile.Content.Length - 3));
        rollupRows.Skip(1).Should().HaveCount(1, "the submitted City inventory; the CFO draft counts nowhere");
        foreach (var row in rollupRows.Skip(1))
        {
            Enum.Parse<InventoryKind>(row[7]).Should().Be(InventoryKind.City);
            var stored = await StoredSums.OfAsync(app, DemoIds.City2025);
            decimal.Parse(row[13], CultureInfo.InvariantCulture).Should().Be(Math.Round(stored.TotalKg / 1000m, 6, MidpointRounding.AwayFromZero));
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task Csv_TextStartingWithAFormulaTrigger_IsPrefixedWithAQuote_NumbersStayNumbers(string evil)
    {
        var model = await BuildAsync(DemoIds.Cfo2024);
        var first = model.Lines[0];
        var poisoned = first with { Description = evil, DataSource = evil, Amount = -12.5m, Co2eKg = -1500m };
        model = model with { Lines = [poisoned, .. model.Lines.Skip(1)] };

        var file = ReportCsvWriter.Write(model, CultureInfo.InvariantCulture);

        var rows = ParseCsv(new UTF8Encoding(false).GetString(file.Content, 3, file.Content.Length - 3));
        var row = rows.Single(r => r[0] == first.LineId.ToString() && r[1] == first.Part.ToString());
        row[Array.IndexOf(ReportCsvWriter.InventoryHeader, "description")].Should().Be("'" + evil);
        row[Array.IndexOf(ReportCsvWriter.InventoryHeader, "data_source")].Should().Be("'" + evil);
        row[Array.IndexOf(ReportCsvWriter.InventoryHeader, "quantity")].Should().Be("-12.5", "a negative number is not text");
        row[Array.IndexOf(ReportCsvWriter.InventoryHeader, "t_co2e")].Should().Be("-1.5");
        var signed = rows.Skip(1).SelectMany(r => r).Where(f => f.Length > 0 && ReportCsvWriter.FormulaTriggers.Contains(f[0])).ToList();
        signed.Should().NotBeEmpty();
        signed.Where(f => !decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var _)).Should().BeEmpty("only numbers may start with a sign");
    }

    [Fact]
    public async Task Csv_Rollup_NeutralisesFormulaTextInNames()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var rollup = await app.AsUserAsync<ReportService, RollupModel>(tgo, (s, u) => s.RollupAsync(u, new RollupFilter(2024), CancellationToken.None));
        var first = rollup.Rows[0] with { OrganisationNameEn = "=cmd|' /C calc'!A0", ProvinceNameEn = "@x" };
        rollup = rollup with { Rows = [first, .. rollup.Rows.Skip(1)] };

        var file = ReportCsvWriter.Write(rollup, CultureInfo.InvariantCulture);

        var rows = ParseCsv(new UTF8Encoding(false).GetString(file.Content, 3, file.Content.Length - 3));
        rows[1][Array.IndexOf(ReportCsvWriter.RollupHeader, "organisation")].Should().Be("'=cmd|' /C calc'!A0");
        rows[1][Array.IndexOf(ReportCsvWriter.RollupHeader, "province")].Should().Be("'@x");
        ReportCsvWriter.Neutralise("-5").Should().Be("'-5", "text that looks like a number is still text when it is text");
        ReportCsvWriter.Neutralise("ไฟฟ้า").Should().Be("ไฟฟ้า");
        ReportCsvWriter.Neutralise(null).Should().BeNull();
    }

    [Fact]
    public async Task Download_InventoryExcelPage_ReturnsTheWorkbookWithItsDeterministicName()
    {
        var user = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var client = await app.ClientForAsync(user);

        using var response = await client.GetAsync(new Uri($"/Reports/Inventory/{DemoIds.Cfo2024}?handler=Excel&lang=th", UriKind.Relative));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(ReportFile.XlsxContentType);
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("CMI-CM_2024_Organisation_TGO-CFO-2022-04_th.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheet(1).Name.Should().Be("สรุป");

        var other = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        using var forbidden = await other.GetAsync(new Uri($"/Reports/Inventory/{DemoIds.Cfo2024}?handler=Csv", UriKind.Relative));
        forbidden.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
    }

    /// <summary>The streamed writer over the model's rows, into memory (the download test goes through the page).</summary>
    internal static async Task<byte[]> StreamedAsync(RollupModel rollup, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        await RollupWorkbookWriter.WriteAsync(rollup.Rows.ToAsyncEnumerable(), culture, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private static IXLCell Value(IXLWorksheet sheet, string key) =>
        sheet.Column(1).CellsUsed().Single(c => c.GetString() == key).WorksheetRow().Cell(3);

    private static double Number(IXLWorksheet sheet, string key)
    {
        var cell = Value(sheet, key);
        cell.DataType.Should().Be(XLDataType.Number, "{0} is a number, not text", key);
        return cell.GetDouble();
    }

    private async Task<ReportModel> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        return result.Value!;
    }

    /// <summary>A small RFC 4180 reader, independent of the writer.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); }
            else { field.Append(c); }
        }

        return rows;
    }
}
