using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Template;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Col = LowCarbonCity.Web.Features.Reports.Template.TemplateWorkbook.Col;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>The offline template: download, fill, upload, preview, confirm; bad cells and bad files change nothing.</summary>
public sealed class TemplateTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static int _nextYear = 2030;

    [Fact]
    public async Task RoundTrip_DownloadFillUploadConfirm_InventoryHoldsExactlyTheFileAndASecondUploadChangesNothing()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        template.FileName.Should().MatchRegex(@"^template_CMI-CM_\d{4}_Organisation_v3\.xlsx$");

        var filled = Fill(template.Content, sheet =>
        {
            var electricity = RowOf(sheet, "GridElectricity");
            electricity.Cell(Col.Quantity).SetValue(150_000.5m);
            electricity.Cell(Col.Description).SetValue("สำนักงานเทศบาล");
            var next = sheet.LastRowUsed()!.RowNumber() + 1;
            Set(sheet.Row(next), "StationaryDiesel", 1_234.5m, "L", description: "Generator", quality: "High");
            Set(sheet.Row(next + 1), "OffRoadDiesel", null, null, key: "NE", explanation: "ยังไม่ได้เก็บข้อมูล");
        });

        var preview = await PreviewAsync(officer, inventoryId, filled);
        preview.Status.Should().Be(ResultStatus.Ok);
        preview.Value!.Errors.Should().BeEmpty();
        (preview.Value.Added, preview.Value.Changed, preview.Value.Unchanged).Should().Be((2, 1, 2));

        var imported = await ImportAsync(officer, inventoryId, filled, preview.Value.InventoryVersion);
        imported.Status.Should().Be(ResultStatus.Ok, string.Join("; ", imported.Errors.SelectMany(e => e.Value)));

        var inventory = await app.InventoryAsync(inventoryId);
        inventory.Lines.Should().HaveCount(5);
        var electricityLine = inventory.Lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        electricityLine.Amount.Should().Be(150_000.5m);
        electricityLine.Unit!.Code.Should().Be("kWh");
        electricityLine.Description.Should().Be("สำนักงานเทศบาล");
        var generator = inventory.Lines.Single(l => l.Category == ActivityCategory.StationaryDiesel);
        (generator.Amount, generator.Unit!.Code, generator.Description, generator.DataQuality).Should().Be((1_234.5m, "L", "Generator", DataQuality.High));
        var key = inventory.Lines.Single(l => l.Category == ActivityCategory.OffRoadDiesel);
        (key.NotationKey, key.NotationExplanation, key.Amount).Should().Be((NotationKey.NE, "ยังไม่ได้เก็บข้อมูล", (decimal?)null));
        var results = await StoredSums.ResultsAsync(app, inventoryId);
        results.Select(r => r.LineId).Distinct().Should().HaveCount(5, "the import recalculates in the same save");
        results.Single(r => r.Category == ActivityCategory.GridElectricity).ConvertedAmount.Should().Be(150_000.5m);

        var again = await PreviewAsync(officer, inventoryId, filled);
        (again.Value!.Added, again.Value.Changed, again.Value.Unchanged).Should().Be((0, 0, 5));
        var second = await ImportAsync(officer, inventoryId, filled, again.Value.InventoryVersion);
        second.Status.Should().Be(ResultStatus.Ok);
        (second.Value!.Added, second.Value.Changed).Should().Be((0, 0));
        (await app.InventoryAsync(inventoryId)).Version.Should().Be(inventory.Version, "the same file twice changes nothing");

        // A fresh download of the filled inventory uploads as "unchanged" too.
        var redownload = await DownloadAsync(officer, inventoryId);
        (await PreviewAsync(officer, inventoryId, redownload.Content)).Value!.Changes.Should().OnlyContain(c => c.Kind == TemplateChangeKind.Unchanged);
    }

    [Fact]
    public async Task RoundTrip_CustomFactorAndMethodParameters_ImportedExactlyAndASecondUploadChangesNothing()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        const string Parameters = "{\"codMgPerL\":120,\"mcf\":0.8}";
        var filled = Fill(template.Content, sheet =>
        {
            var next = sheet.LastRowUsed()!.RowNumber() + 1;
            Set(sheet.Row(next), "StationaryDiesel", 1_000m, "L", description: "Generator with a tested factor");
            SetFactor(sheet.Row(next), "CO2Fossil", 2.5m, "L", "ผลทดสอบเชื้อเพลิงของผู้ขาย 2567");
            Set(sheet.Row(next + 1), "WastewaterCod", 5_000m, "m3", description: "Treatment pond");
            sheet.Row(next + 1).Cell(Col.Parameters).SetValue(Parameters);
        });

        var preview = await PreviewAsync(officer, inventoryId, filled);
        preview.Value!.Errors.Should().BeEmpty();
        preview.Value.Added.Should().Be(2);
        var imported = await ImportAsync(officer, inventoryId, filled, preview.Value.InventoryVersion);
        imported.Status.Should().Be(ResultStatus.Ok, string.Join("; ", imported.Errors.SelectMany(e => e.Value)));

        var inventory = await app.InventoryAsync(inventoryId);
        var generator = inventory.Lines.Single(l => l.Category == ActivityCategory.StationaryDiesel);
        generator.CustomFactor.Should().NotBeNull();
        (generator.CustomFactor!.Gas, generator.CustomFactor.KgPerUnit, generator.CustomFactor.PerUnit.Code, generator.CustomFactor.Justification)
            .Should().Be((LowCarbonCity.Domain.Factors.Gas.CO2Fossil, 2.5m, "L", "ผลทดสอบเชื้อเพลิงของผู้ขาย 2567"));
        generator.ParametersJson.Should().BeNull();
        var pond = inventory.Lines.Single(l => l.Category == ActivityCategory.WastewaterCod);
        pond.ParametersJson.Should().Be(Parameters);
        pond.CustomFactor.Should().BeNull();

        var again = await PreviewAsync(officer, inventoryId, filled);
        again.Value!.Changes.Should().OnlyContain(c => c.Kind == TemplateChangeKind.Unchanged);
        var redownload = await DownloadAsync(officer, inventoryId);
        using (var workbook = new XLWorkbook(new MemoryStream(redownload.Content)))
        {
            var lines = workbook.Worksheet(TemplateWorkbook.LinesSheet);
            var row = RowOf(lines, "StationaryDiesel");
            (row.Cell(Col.FactorGas).GetString(), row.Cell(Col.FactorKgPerUnit).GetDouble(), row.Cell(Col.FactorPerUnit).GetString()).Should().Be(("CO2Fossil", 2.5d, "L"));
            RowOf(lines, "WastewaterCod").Cell(Col.Parameters).GetString().Should().Be(Parameters);
        }

        (await PreviewAsync(officer, inventoryId, redownload.Content)).Value!.Changes.Should().OnlyContain(c => c.Kind == TemplateChangeKind.Unchanged);
    }

    private static readonly string DieselUnits = LineIntake.UnitList(ActivityCategories.Get(ActivityCategory.OnRoadDiesel));

    public static TheoryData<string, int, string> BadExtraCells => new()
    {
        { "{\"codMgPerL\":120,", Col.Parameters, TemplateMessages.ParametersInvalid },
        { "gas:Unobtainium", Col.FactorGas, TemplateMessages.FactorGasUnknown },
        { "no-justification", Col.FactorJustification, LineCodes.FactorJustification },
        { "kg:abc", Col.FactorKgPerUnit, TemplateMessages.NumberText },
    };

    [Theory]
    [MemberData(nameof(BadExtraCells))]
    public async Task Upload_BadFactorOrParametersCell_RefusedNamingItsCellAndNothingChanges(string bad, int column, string code)
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var before = await app.InventoryAsync(inventoryId);
        var template = await DownloadAsync(officer, inventoryId);
        var row = 0;
        var filled = Fill(template.Content, sheet =>
        {
            row = sheet.LastRowUsed()!.RowNumber() + 1;
            Set(sheet.Row(row - 0), "StationaryDiesel", 100m, "L", description: "a good row");
            row++;
            if (code == TemplateMessages.ParametersInvalid)
            {
                Set(sheet.Row(row), "WastewaterCod", 5_000m, "m3");
                sheet.Row(row).Cell(Col.Parameters).SetValue(bad);
            }
            else
            {
                Set(sheet.Row(row), "StationaryDiesel", 7m, "L", description: "bad factor");
                SetFactor(sheet.Row(row), bad == "gas:Unobtainium" ? "Unobtainium" : "CO2Fossil", 2.5m, "L", bad == "no-justification" ? null : "because");
                if (bad == "kg:abc")
                {
                    sheet.Row(row).Cell(Col.FactorKgPerUnit).SetValue("abc");
                }
            }
        });

        var preview = await PreviewAsync(officer, inventoryId, filled);
        var imported = await ImportAsync(officer, inventoryId, filled, before.Version);

        var error = preview.Value!.Errors.Should().ContainSingle().Subject;
        var letter = XLHelper.GetColumnLetterFromNumber(column);
        (error.Sheet, error.Row, error.Column, error.Code).Should().Be((TemplateWorkbook.LinesSheet, row, letter, code));
        error.Message.Should().Contain(LineMessages.Text(code, ["x", "y"], LineMessages.English)[..10]);
        imported.Status.Should().Be(ResultStatus.Invalid);
        imported.Errors.Keys.Should().Equal($"{TemplateWorkbook.LinesSheet}!{letter}{row}");
        var after = await app.InventoryAsync(inventoryId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().HaveCount(before.Lines.Count, "the good row is not imported either");
    }

    [Fact]
    public async Task Upload_BadJsonInThai_NamesTheCellInThai()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet =>
        {
            var row = sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1);
            Set(row, "WastewaterCod", 5_000m, "m3");
            row.Cell(Col.Parameters).SetValue("not json");
        });

        var preview = await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, u) => s.PreviewAsync(u, inventoryId, filled, Thai, CancellationToken.None));

        var error = preview.Value!.Errors.Single();
        error.Column.Should().Be(XLHelper.GetColumnLetterFromNumber(Col.Parameters));
        error.Message.Should().StartWith("พารามิเตอร์วิธีคำนวณ: ไม่ถูกต้อง");
    }

    [Fact]
    public async Task Import_TextThatLooksLikeAFormula_StaysTextInTheLineAndInTheReportWorkbook()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "StationaryDiesel", 7m, "L", description: "=1+1"));
        var preview = await PreviewAsync(officer, inventoryId, filled);

        (await ImportAsync(officer, inventoryId, filled, preview.Value!.InventoryVersion)).Status.Should().Be(ResultStatus.Ok);

        (await app.InventoryAsync(inventoryId)).Lines.Should().ContainSingle(l => l.Description == "=1+1");
        var report = await app.AsUserAsync<ReportService, Result<ReportModel>>(officer, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        using var workbook = new XLWorkbook(new MemoryStream(LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.Write(report.Value!, English).Content));
        var cell = workbook.Worksheet(2).Column(LowCarbonCity.Web.Features.Reports.Excel.InventoryWorkbookWriter.LineColumns.Description).CellsUsed().Single(c => c.GetString() == "=1+1");
        cell.DataType.Should().Be(XLDataType.Text);
        cell.HasFormula.Should().BeFalse();
    }

    [Fact]
    public async Task Download_Template_HasDropDownsInstructionsInBothLanguagesAndAHiddenVersion()
    {
        var (inventoryId, officer) = await NewInventoryAsync();

        var template = await DownloadAsync(officer, inventoryId);

        using var workbook = new XLWorkbook(new MemoryStream(template.Content));
        workbook.Worksheet(TemplateWorkbook.MetaSheet).Visibility.Should().Be(XLWorksheetVisibility.VeryHidden);
        workbook.Worksheet(TemplateWorkbook.MetaSheet).Cell(1, 2).GetString().Should().Be("3");
        var instructions = workbook.Worksheet(TemplateWorkbook.InstructionsSheet).Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        instructions.Should().Contain(t => t.Contains("เทศบาลนครเชียงใหม่", StringComparison.Ordinal));
        instructions.Should().Contain(t => t.Contains("Chiang Mai", StringComparison.Ordinal));
        var lines = workbook.Worksheet(TemplateWorkbook.LinesSheet);
        lines.DataValidations.Should().HaveCountGreaterThanOrEqualTo(5);
        lines.DataValidations.Should().Contain(v => v.AllowedValues == XLAllowedValues.List && v.Ranges.Any(r => r.Contains(lines.Cell(2, Col.Category))));
        lines.DataValidations.Should().Contain(v => v.AllowedValues == XLAllowedValues.List && v.Ranges.Any(r => r.Contains(lines.Cell(2, Col.Unit))));
        RowOf(lines, "GridElectricity").Cell(Col.Quantity).GetDouble().Should().Be(120_000d);
    }

    [Fact]
    public async Task Download_WithLastYearInventory_ShowsLastYearsValues()
    {
        var (lastYearId, officer) = await NewInventoryAsync();
        var lastYear = await app.InventoryAsync(lastYearId);
        var thisYearId = await app.CreateInventoryAsync("CMI-CM", year: lastYear.Year + 1, complete: false);
        _ = Interlocked.Increment(ref _nextYear);

        var template = await DownloadAsync(officer, thisYearId);

        using var workbook = new XLWorkbook(new MemoryStream(template.Content));
        var row = RowOf(workbook.Worksheet(TemplateWorkbook.LinesSheet), "GridElectricity");
        row.Cell(Col.LineId).GetString().Should().BeEmpty();
        row.Cell(Col.LastYearQuantity).GetDouble().Should().Be(120_000d);
        row.Cell(Col.Quantity).IsEmpty().Should().BeTrue();
        var preview = await PreviewAsync(officer, thisYearId, template.Content);
        preview.Value!.Errors.Should().BeEmpty("last year's rows left unfilled are skipped");
        preview.Value.Changes.Should().BeEmpty();
    }

    public static TheoryData<string, object?, string, string, string> BadCells => new()
    {
        { "Banana", 10m, "L", "B", TemplateMessages.CategoryUnknown },
        { "OnRoadDiesel", 10m, "kg", "G", TemplateMessages.UnitCategory },
        { "OnRoadDiesel", -5m, "L", "F", TemplateMessages.NumberNegative },
        { "OnRoadDiesel", "abc", "L", "F", TemplateMessages.NumberText },
        { "OnRoadDiesel", 10m, "L", "H", TemplateMessages.KeyAndQuantity },
        { "OnRoadDiesel", 10m, "parsec", "G", TemplateMessages.UnitUnknown },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public async Task Upload_BadCell_ReportedWithSheetRowColumnAndReasonAndNothingImported(string category, object? quantity, string unit, string column, string code)
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var before = await app.InventoryAsync(inventoryId);
        var template = await DownloadAsync(officer, inventoryId);
        var row = 0;
        var filled = Fill(template.Content, sheet =>
        {
            var next = sheet.LastRowUsed()!.RowNumber() + 1;
            Set(sheet.Row(next), "StationaryDiesel", 100m, "L", description: "a good row");
            row = next + 1;
            var bad = sheet.Row(row);
            Set(bad, category, quantity as decimal?, unit, key: code == TemplateMessages.KeyAndQuantity ? "NO" : null, explanation: "x");
            if (quantity is string text)
            {
                bad.Cell(Col.Quantity).SetValue(text);
            }
        });

        var preview = await PreviewAsync(officer, inventoryId, filled);
        var imported = await ImportAsync(officer, inventoryId, filled, before.Version);

        preview.Value!.CanImport.Should().BeFalse();
        var error = preview.Value.Errors.Should().ContainSingle().Subject;
        (error.Sheet, error.Row, error.Column, error.Code).Should().Be((TemplateWorkbook.LinesSheet, row, column, code));
        // The cell's message names its field, then says what is wrong (the intake's text for the code).
        error.Message.Should().EndWith(code switch
        {
            TemplateMessages.CategoryUnknown => LineMessages.Text(code, [category, LineIntake.Names<ActivityCategory>()], LineMessages.English),
            TemplateMessages.UnitCategory => LineMessages.Text(code, [unit, ActivityCategory.OnRoadDiesel, DieselUnits], LineMessages.English),
            TemplateMessages.UnitUnknown => LineMessages.Text(code, [unit, DieselUnits], LineMessages.English),
            TemplateMessages.NumberText => TemplateMessages.Text(code, ReportLanguage.English, quantity),
            _ => TemplateMessages.Text(code, ReportLanguage.English),
        });
        imported.Status.Should().Be(ResultStatus.Invalid);
        imported.Errors.Keys.Should().Contain($"{TemplateWorkbook.LinesSheet}!{column}{row}");
        var after = await app.InventoryAsync(inventoryId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().HaveCount(before.Lines.Count, "the good row is not imported either");
    }

    [Fact]
    public async Task Upload_BadCellInThai_MessageInThai()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "OnRoadDiesel", -1m, "L"));

        var preview = await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, u) => s.PreviewAsync(u, inventoryId, filled, Thai, CancellationToken.None));

        preview.Value!.Errors.Single().Message.Should().Be("ปริมาณ: ต้องไม่ติดลบ");
    }

    public static TheoryData<string> BadFiles => new()
    {
        TemplateMessages.FileTooLarge, TemplateMessages.NotWorkbook, TemplateMessages.ZipBomb, TemplateMessages.Macros, TemplateMessages.WrongVersion, TemplateMessages.NotTemplate,
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_RefusedWithItsMessageAndNothingChanges(string code)
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var before = await app.InventoryAsync(inventoryId);
        var template = (await DownloadAsync(officer, inventoryId)).Content;
        var (file, argument) = code switch
        {
            TemplateMessages.FileTooLarge => ((byte[])[(byte)'P', (byte)'K', 3, 4, .. new byte[TemplateFileCheck.MaxBytes]], (object?)"2 MB"),
            TemplateMessages.NotWorkbook => ("Quantity,Unit\n5,L\n"u8.ToArray(), null),
            TemplateMessages.ZipBomb => (ZipBomb(), null),
            TemplateMessages.Macros => (WithPart(template, "xl/vbaProject.bin", [1, 2, 3]), null),
            // The previous format (version 1, without the factor and parameter columns) is refused, not misread.
            TemplateMessages.WrongVersion => (Fill(template, _ => { }, meta => meta.Cell(1, 2).SetValue(2)), "2"),
            TemplateMessages.NotTemplate => (PlainWorkbook(), null),
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };

        var preview = await PreviewAsync(officer, inventoryId, file);
        var imported = await ImportAsync(officer, inventoryId, file, before.Version);

        preview.Status.Should().Be(ResultStatus.Invalid);
        preview.Errors[TemplateService.FileField].Should().Equal(TemplateMessages.Text(code, ReportLanguage.English, argument));
        imported.Status.Should().Be(ResultStatus.Invalid);
        (await app.InventoryAsync(inventoryId)).Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task Upload_ZipBombWithLyingHeaders_RefusedByInflatingWithAHardLimitAndNothingChanges()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var before = await app.InventoryAsync(inventoryId);
        var template = (await DownloadAsync(officer, inventoryId)).Content;
        var bomb = LyingBomb(template, out var sheetPart);

        bomb.Length.Should().BeLessThan(TemplateFileCheck.MaxBytes, "a bomb is small");
        using (var zip = new ZipArchive(new MemoryStream(bomb), ZipArchiveMode.Read))
        {
            zip.Entries.Sum(e => e.Length).Should().BeLessThan(TemplateFileCheck.MaxUncompressedBytes, "the declared sizes pass the cheap check");
            zip.GetEntry(sheetPart)!.Length.Should().Be(LiedSize);
        }

        TemplateFileCheck.Check(bomb).Should().Be(TemplateMessages.ZipBomb);
        var preview = await PreviewAsync(officer, inventoryId, bomb);
        var imported = await ImportAsync(officer, inventoryId, bomb, before.Version);

        preview.Status.Should().Be(ResultStatus.Invalid);
        preview.Errors[TemplateService.FileField].Should().Equal(TemplateMessages.Text(TemplateMessages.ZipBomb, ReportLanguage.English, null));
        imported.Status.Should().Be(ResultStatus.Invalid);
        imported.Errors[TemplateService.FileField].Should().Equal(TemplateMessages.Text(TemplateMessages.ZipBomb, ReportLanguage.English, null));
        var after = await app.InventoryAsync(inventoryId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().HaveCount(before.Lines.Count);
    }

    [Fact]
    public void Messages_EveryCode_HasThaiAndEnglish()
    {
        foreach (var code in TemplateMessages.Codes)
        {
            var th = LineMessages.Text(code, ["x", "y", "z"], TemplateMessages.CultureOf(ReportLanguage.Thai));
            var en = LineMessages.Text(code, ["x", "y", "z"], TemplateMessages.CultureOf(ReportLanguage.English));
            th.Should().MatchRegex(@"\p{IsThai}", "{0} needs a Thai message", code);
            en.Should().MatchRegex("^[ -~]+$", "{0} needs an English message", code);
        }
    }

    [Fact]
    public async Task Upload_UserWhoMayNotEdit_Forbidden()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        var other = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");

        (await PreviewAsync(other, inventoryId, template.Content)).Status.Should().Be(ResultStatus.Forbidden);
        (await ImportAsync(other, inventoryId, template.Content, 0)).Status.Should().Be(ResultStatus.Forbidden);
        (await PreviewAsync(provincial, inventoryId, template.Content)).Status.Should().Be(ResultStatus.Forbidden, "reviewers view, they do not enter data");
        (await app.AsUserAsync<TemplateService, Result<ReportFile>>(other, (s, u) => s.DownloadAsync(u, inventoryId, English, CancellationToken.None)))
            .Status.Should().Be(ResultStatus.Forbidden);
    }

    [Fact]
    public async Task Upload_ApprovedInventory_RefusedAsLocked()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "StationaryDiesel", 5m, "L"));
        await app.SetStatusAsync(inventoryId, InventoryStatus.Approved);
        var before = await app.InventoryAsync(inventoryId);

        var imported = await ImportAsync(officer, inventoryId, filled, before.Version);

        imported.Status.Should().Be(ResultStatus.Invalid);
        imported.Errors["Status"].Should().Equal(TemplateMessages.Text(TemplateMessages.Locked, ReportLanguage.English, InventoryStatus.Approved));
        (await app.InventoryAsync(inventoryId)).Lines.Should().HaveCount(before.Lines.Count);
    }

    [Fact]
    public async Task Upload_InventoryChangedAfterThePreview_ConflictAndNothingImported()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "StationaryDiesel", 5m, "L"));
        var preview = await PreviewAsync(officer, inventoryId, filled);
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == inventoryId);
            inventory.Touch(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var imported = await ImportAsync(officer, inventoryId, filled, preview.Value!.InventoryVersion);

        imported.Status.Should().Be(ResultStatus.Conflict);
        (await app.InventoryAsync(inventoryId)).Lines.Should().NotContain(l => l.Category == ActivityCategory.StationaryDiesel);
    }

    [Fact]
    public async Task Page_UploadPreviewConfirm_WithAntiforgery_ImportsTheFile()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var client = await app.ClientForAsync(officer);
        var template = await client.GetByteArrayAsync(new Uri($"/Reports/Template/{inventoryId}?handler=Download&lang=th", UriKind.Relative));
        var filled = Fill(template, sheet => Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "StationaryDiesel", 42m, "L", description: "จากหน้าเว็บ"));
        var page = await client.GetStringAsync(new Uri($"/Reports/Template/{inventoryId}", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);

        using var withoutToken = new MultipartFormDataContent { { new ByteArrayContent(filled), "upload", "filled.xlsx" } };
        (await client.PostAsync(new Uri($"/Reports/Template/{inventoryId}?handler=Preview", UriKind.Relative), withoutToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(filled), "upload", "filled.xlsx" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var previewHtml = await (await client.PostAsync(new Uri($"/Reports/Template/{inventoryId}?handler=Preview", UriKind.Relative), form)).Content.ReadAsStringAsync();
        previewHtml.Should().Contain("id=\"changes\"").And.Contain("Added");
        var content = WebUtility.HtmlDecode(Regex.Match(previewHtml, "name=\"content\" value=\"([^\"]*)\"").Groups[1].Value);
        var version = Regex.Match(previewHtml, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var confirmToken = WebUtility.HtmlDecode(Regex.Match(previewHtml, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["content"] = content, ["version"] = version, ["lang"] = "en", ["__RequestVerificationToken"] = confirmToken,
        });
        var done = await client.PostAsync(new Uri($"/Reports/Template/{inventoryId}?handler=Confirm", UriKind.Relative), confirm);

        done.StatusCode.Should().Be(HttpStatusCode.OK);
        (await done.Content.ReadAsStringAsync()).Should().Contain("id=\"imported\"");
        (await app.InventoryAsync(inventoryId)).Lines.Should().ContainSingle(l => l.Description == "จากหน้าเว็บ" && l.Amount == 42m);
    }

    [Fact]
    public async Task Upload_TemplateOfAnotherInventory_RefusedAndNothingChanges()
    {
        var (firstId, officer) = await NewInventoryAsync();
        var (secondId, _) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, firstId);
        var filled = Fill(template.Content, sheet => Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "StationaryDiesel", 5m, "L"));
        var before = await app.InventoryAsync(secondId);

        var preview = await PreviewAsync(officer, secondId, filled);
        var imported = await ImportAsync(officer, secondId, filled, before.Version);

        preview.Status.Should().Be(ResultStatus.Invalid);
        preview.Errors[TemplateService.FileField].Should().Equal("This template was downloaded for another inventory (another organisation or year). Download the template of this inventory.");
        imported.Status.Should().Be(ResultStatus.Invalid);
        var after = await app.InventoryAsync(secondId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().HaveCount(before.Lines.Count);
        var thai = await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, u) => s.PreviewAsync(u, secondId, filled, Thai, CancellationToken.None));
        thai.Errors[TemplateService.FileField].Should().Equal("แบบฟอร์มนี้ดาวน์โหลดมาสำหรับบัญชีอื่น (องค์กรหรือปีอื่น) กรุณาดาวน์โหลดแบบฟอร์มของบัญชีนี้");
    }

    [Fact]
    public async Task Upload_RowDeletedFromTheSheet_LineIsKeptAndThePreviewCountsIt()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var before = await app.InventoryAsync(inventoryId);
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => RowOf(sheet, "GridElectricity").Delete());

        var preview = await PreviewAsync(officer, inventoryId, filled);
        var imported = await ImportAsync(officer, inventoryId, filled, before.Version);

        preview.Value!.Errors.Should().BeEmpty();
        preview.Value.LinesNotInFile.Should().Be(1);
        preview.Value.Changes.Should().OnlyContain(c => c.Kind == TemplateChangeKind.Unchanged);
        imported.Value!.Added.Should().Be(0);
        imported.Value.Changed.Should().Be(0);
        var after = await app.InventoryAsync(inventoryId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().ContainSingle(l => l.Category == ActivityCategory.GridElectricity && l.Amount == 120_000m);
    }

    [Fact]
    public async Task Preview_ShowsEachChangesEffectInCo2eAndTheNewTotalsByScope_OnThePageInThai()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        await app.CalculateAsync(inventoryId);
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => LineRowOf(sheet, "GridElectricity").Cell(Col.Quantity).SetValue(150_000m));

        var preview = (await PreviewAsync(officer, inventoryId, filled)).Value!;

        // TGO's CFO grid factor from 2026, 0.4750 kg CO2e/kWh: 120,000 kWh is 57,000 kg, 150,000 kWh is 71,250 kg.
        var change = preview.Changes.Single(c => c.Kind == TemplateChangeKind.Changed);
        (change.Before, change.After).Should().Be((new TemplateValue(120_000m, "kWh", null), new TemplateValue(150_000m, "kWh", null)));
        change.ChangedFields.Should().BeEmpty();
        (change.Effect!.BeforeKg, change.Effect.AfterKg).Should().Be((57_000m, 71_250m));
        var scope2 = preview.Totals.Single(t => t.Scope == EmissionScope.Scope2);
        (scope2.BeforeKg, scope2.AfterKg).Should().Be((57_000m, 71_250m));
        var scope1 = preview.Totals.Single(t => t.Scope == EmissionScope.Scope1);
        scope1.AfterKg.Should().Be(scope1.BeforeKg, "the diesel line is not in the file's changes");
        (await StoredSums.ResultsAsync(app, inventoryId)).Single(r => r.Category == ActivityCategory.GridElectricity).Co2eKg
            .Should().Be(57_000m, "a preview saves nothing");

        var client = await app.ClientForAsync(officer);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("th-TH");
        var page = await client.GetStringAsync(new Uri($"/Reports/Template/{inventoryId}", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(filled), "upload", "filled.xlsx" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var html = WebUtility.HtmlDecode(await (await client.PostAsync(new Uri($"/Reports/Template/{inventoryId}?handler=Preview", UriKind.Relative), form)).Content.ReadAsStringAsync());
        var changes = Regex.Match(html, "<table[^>]*id=\"changes\".*?</table>", RegexOptions.Singleline).Value;
        changes.Should().Contain(ActivityCategories.Get(ActivityCategory.GridElectricity).NameTh).And.Contain("120,000 kWh").And.Contain("150,000 kWh")
            .And.Contain("57.000 → 71.250").And.NotContain("GridElectricity").And.NotContain("|");
        Regex.Match(html, "<table[^>]*id=\"totals\".*?</table>", RegexOptions.Singleline).Value.Should().Contain("+14.250");
    }

    [Fact]
    public async Task Upload_FileOlderThanTheApp_KeepsTheAppsNewerValuesAndRefusesRowsChangedInBothPlaces()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);

        // After the download, the officer changes both lines in the app.
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == inventoryId);
            inventory.Lines.Single(l => l.Category == ActivityCategory.GridElectricity).SetAnnualQuantity(new Quantity(130_000m, Unit.KWh));
            inventory.Lines.Single(l => l.Category == ActivityCategory.OnRoadDiesel).SetAnnualQuantity(new Quantity(6_000m, Unit.Litre));
            inventory.Touch(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        // The old file as it was: nothing to import, and the app's newer values stay.
        var untouched = (await PreviewAsync(officer, inventoryId, template.Content)).Value!;
        untouched.Errors.Should().BeEmpty();
        untouched.Changes.Should().OnlyContain(c => c.Kind == TemplateChangeKind.Unchanged);
        untouched.KeptNewerInApp.Should().Be(2);

        // The old file with the electricity changed in it too: a conflict showing both values; nothing is imported.
        var filled = Fill(template.Content, sheet =>
        {
            LineRowOf(sheet, "GridElectricity").Cell(Col.Quantity).SetValue(140_000m);
            var next = sheet.LastRowUsed()!.RowNumber() + 1;
            Set(sheet.Row(next), "StationaryDiesel", 10m, "L", description: "Generator");
        });
        var before = await app.InventoryAsync(inventoryId);
        var preview = (await PreviewAsync(officer, inventoryId, filled)).Value!;
        var imported = await ImportAsync(officer, inventoryId, filled, before.Version);

        preview.CanImport.Should().BeFalse();
        var conflict = preview.Conflicts.Should().ContainSingle().Subject;
        (conflict.InFile, conflict.InApp).Should().Be((new TemplateValue(140_000m, "kWh", null), new TemplateValue(130_000m, "kWh", null)));
        preview.Errors.Should().ContainSingle().Which.Should().Match<TemplateCellError>(e => e.Code == LineCodes.LineConflict && e.Column == "F");
        imported.Status.Should().Be(ResultStatus.Invalid);
        var after = await app.InventoryAsync(inventoryId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().HaveCount(3).And.ContainSingle(l => l.Category == ActivityCategory.GridElectricity && l.Amount == 130_000m);
        after.Lines.Single(l => l.Category == ActivityCategory.OnRoadDiesel).Amount.Should().Be(6_000m);
    }

    [Fact]
    public async Task Upload_MonthlyLine_KeepsItsMonthsWhenItsTotalIsUnchangedAndRefusesANewAnnualTotal()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var months = new[] { 9_000m, 9_500m, 10_000m, 10_500m, 11_000m, 11_500m, 9_000m, 9_500m, 10_000m, 10_500m, 9_000m, 10_500m }; // 120,000 kWh
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == inventoryId);
            inventory.Lines.Single(l => l.Category == ActivityCategory.GridElectricity).SetMonthlyQuantities(months, Unit.KWh);
            inventory.Touch(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var template = await DownloadAsync(officer, inventoryId);

        var described = Fill(template.Content, sheet => LineRowOf(sheet, "GridElectricity").Cell(Col.Description).SetValue("มิเตอร์สำนักงาน"));
        var preview = (await PreviewAsync(officer, inventoryId, described)).Value!;
        preview.Changes.Single(c => c.Kind == TemplateChangeKind.Changed).ChangedFields.Should().Equal(LineFields.Description);
        (await ImportAsync(officer, inventoryId, described, preview.InventoryVersion)).Status.Should().Be(ResultStatus.Ok);
        var line = (await app.InventoryAsync(inventoryId)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        (line.Description, line.IsMonthly, line.Amount).Should().Be(("มิเตอร์สำนักงาน", true, 120_000m));
        line.MonthlyValues.Should().Equal(months);

        var again = await DownloadAsync(officer, inventoryId);
        var retotalled = Fill(again.Content, sheet => LineRowOf(sheet, "GridElectricity").Cell(Col.Quantity).SetValue(125_000m));
        var before = await app.InventoryAsync(inventoryId);
        var refused = (await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, u) => s.PreviewAsync(u, inventoryId, retotalled, Thai, CancellationToken.None))).Value!;
        var imported = await ImportAsync(officer, inventoryId, retotalled, before.Version);

        refused.Errors.Should().ContainSingle().Which.Should().Match<TemplateCellError>(e => e.Code == LineCodes.LineMonthly && e.Column == "F" && e.Message.Contains("รายเดือน"));
        imported.Status.Should().Be(ResultStatus.Invalid);
        var after = (await app.InventoryAsync(inventoryId)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        after.MonthlyValues.Should().Equal(months);
    }

    [Fact]
    public async Task Upload_LandfillLineOnASite_KeepsItsSiteAndItsSiteBasedResult()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var siteId = Guid.NewGuid();
        var year = (await app.InventoryAsync(inventoryId)).Year;
        await app.WithDbAsync(async db =>
        {
            var site = new SolidWasteSite(siteId, organisationId, "บ่อฝังกลบเทศบาล", SiteManagement.UnmanagedDeep, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            for (var y = year - 3; y <= year; y++)
            {
                site.SetDeposit(y, WasteType.Food, 4_000m, isBackCast: false);
            }

            db.SolidWasteSites.Add(site);
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == inventoryId);
            var landfill = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, ActivityCategory.SolidWasteDisposal, new Quantity(4_000m, Unit.Tonne));
            landfill.SetParameters(null, siteId);
            landfill.Describe("บ่อฝังกลบ", null, DataQuality.Medium);
            inventory.AddLine(landfill, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(landfill);
            return await db.SaveChangesAsync();
        });
        await app.CalculateAsync(inventoryId);
        var resultBefore = (await StoredSums.ResultsAsync(app, inventoryId)).Where(r => r.Category == ActivityCategory.SolidWasteDisposal).Sum(r => r.Co2eKg);
        var template = await DownloadAsync(officer, inventoryId);
        var filled = Fill(template.Content, sheet => LineRowOf(sheet, "SolidWasteDisposal").Cell(Col.DataSource).SetValue("ตาชั่งบ่อฝังกลบ"));

        var preview = (await PreviewAsync(officer, inventoryId, filled)).Value!;
        var imported = await ImportAsync(officer, inventoryId, filled, preview.InventoryVersion);

        imported.Status.Should().Be(ResultStatus.Ok, string.Join("; ", imported.Errors.SelectMany(e => e.Value)));
        var line = (await app.InventoryAsync(inventoryId)).Lines.Single(l => l.Category == ActivityCategory.SolidWasteDisposal);
        (line.SolidWasteSiteId, line.DataSource).Should().Be((siteId, "ตาชั่งบ่อฝังกลบ"));
        resultBefore.Should().BeGreaterThan(0m);
        (await StoredSums.ResultsAsync(app, inventoryId)).Where(r => r.Category == ActivityCategory.SolidWasteDisposal).Sum(r => r.Co2eKg)
            .Should().Be(resultBefore, "the site's deposit history still drives the line");
    }

    [Fact]
    public async Task Upload_RowTheCalculationRefuses_ShownOnItsRowInThePreviewAndTheImportSavesNoRowAtAll()
    {
        var (inventoryId, officer) = await NewInventoryAsync();
        var template = await DownloadAsync(officer, inventoryId);

        // Every cell is good, but 0.5986 kg CO2e/kWh is TGO's product-footprint grid factor, which the engine refuses
        // for an organisation's scope 2; the new diesel row in the same file is good.
        var filled = Fill(template.Content, sheet =>
        {
            SetFactor(LineRowOf(sheet, "GridElectricity"), "CO2e", 0.5986m, "kWh", "ค่าจากใบแจ้งหนี้");
            Set(sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1), "StationaryDiesel", 100m, "L", description: "Generator");
        });
        var before = await app.InventoryAsync(inventoryId);
        var electricityRow = RowNumberOf(template.Content, "GridElectricity");

        var preview = (await PreviewAsync(officer, inventoryId, filled)).Value!;
        var imported = await ImportAsync(officer, inventoryId, filled, before.Version);

        preview.CanImport.Should().BeFalse();
        preview.Errors.Should().ContainSingle().Which.Row.Should().Be(electricityRow);
        imported.Status.Should().Be(ResultStatus.Invalid);
        var after = await app.InventoryAsync(inventoryId);
        after.Version.Should().Be(before.Version);
        after.Lines.Should().HaveCount(3).And.NotContain(l => l.Category == ActivityCategory.StationaryDiesel, "the good row is not saved without the bad one");
        after.Lines.Single(l => l.Category == ActivityCategory.GridElectricity).CustomFactor.Should().BeNull();
    }

    private static int RowNumberOf(byte[] template, string category)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        return LineRowOf(workbook.Worksheet(TemplateWorkbook.LinesSheet), category).RowNumber();
    }

    private async Task<(Guid InventoryId, TestUser Officer)> NewInventoryAsync()
    {
        var year = Interlocked.Increment(ref _nextYear);
        var inventoryId = await app.CreateInventoryAsync("CMI-CM", year: year);
        return (inventoryId, await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
    }

    private async Task<ReportFile> DownloadAsync(TestUser user, Guid inventoryId)
    {
        var result = await app.AsUserAsync<TemplateService, Result<ReportFile>>(user, (s, u) => s.DownloadAsync(u, inventoryId, English, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value!;
    }

    private Task<Result<TemplatePreview>> PreviewAsync(TestUser user, Guid inventoryId, byte[] file) =>
        app.AsUserAsync<TemplateService, Result<TemplatePreview>>(user, (s, u) => s.PreviewAsync(u, inventoryId, file, English, CancellationToken.None));

    private Task<Result<TemplateImportResult>> ImportAsync(TestUser user, Guid inventoryId, byte[] file, int version) =>
        app.AsUserAsync<TemplateService, Result<TemplateImportResult>>(user, (s, u) => s.ImportAsync(u, inventoryId, file, version, English, CancellationToken.None));

    private static byte[] Fill(byte[] template, Action<IXLWorksheet> lines, Action<IXLWorksheet>? meta = null)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        lines(workbook.Worksheet(TemplateWorkbook.LinesSheet));
        meta?.Invoke(workbook.Worksheet(TemplateWorkbook.MetaSheet));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The row of this year's line of a category (last year's row of the same category, if any, has no line id).</summary>
    private static IXLRow LineRowOf(IXLWorksheet sheet, string category) =>
        sheet.RowsUsed().Single(r => r.Cell(Col.Category).GetString() == category && !r.Cell(Col.LineId).IsEmpty());

    private static IXLRow RowOf(IXLWorksheet sheet, string category) =>
        sheet.RowsUsed().Single(r => r.Cell(Col.Category).GetString() == category);

    private static void Set(IXLRow row, string category, decimal? quantity, string? unit, string? description = null, string? key = null, string? explanation = null, string? quality = null)
    {
        row.Cell(Col.Category).SetValue(category);
        if (quantity is { } q)
        {
            row.Cell(Col.Quantity).SetValue(q);
        }

        if (unit is not null)
        {
            row.Cell(Col.Unit).SetValue(unit);
        }

        if (description is not null)
        {
            row.Cell(Col.Description).SetValue(description);
        }

        if (key is not null)
        {
            row.Cell(Col.NotationKey).SetValue(key);
            row.Cell(Col.Explanation).SetValue(explanation ?? "because");
        }

        if (quality is not null)
        {
            row.Cell(Col.DataQuality).SetValue(quality);
        }
    }

    private static void SetFactor(IXLRow row, string gas, decimal kgPerUnit, string perUnit, string? justification)
    {
        row.Cell(Col.FactorGas).SetValue(gas);
        row.Cell(Col.FactorKgPerUnit).SetValue(kgPerUnit);
        row.Cell(Col.FactorPerUnit).SetValue(perUnit);
        if (justification is not null)
        {
            row.Cell(Col.FactorJustification).SetValue(justification);
        }
    }

    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var bomb = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                bomb.Write(zeros);
            }
        }

        stream.Length.Should().BeLessThan(TemplateFileCheck.MaxBytes, "a bomb is small");
        return stream.ToArray();
    }

    private const uint LiedSize = 1000;

    /// <summary>
    /// A real template whose lines-sheet part is its own XML followed by 40 MB of spaces (still well-formed), stored
    /// compressed, with the uncompressed size in both the local and the central header patched down to 1000 bytes.
    /// </summary>
    private static byte[] LyingBomb(byte[] template, out string sheetPart)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
            sheetPart = sheet.FullName;
            byte[] xml;
            using (var original = new MemoryStream())
            {
                using (var read = sheet.Open())
                {
                    read.CopyTo(original);
                }

                xml = original.ToArray();
            }

            sheet.Delete();
            using var part = zip.CreateEntry(sheetPart, CompressionLevel.SmallestSize).Open();
            part.Write(xml);
            var spaces = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
            for (var i = 0; i < 40; i++)
            {
                part.Write(spaces);
            }
        }

        var bytes = stream.ToArray();
        var name = System.Text.Encoding.ASCII.GetBytes(sheetPart);
        var eocd = bytes.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
        var entries = BitConverter.ToUInt16(bytes, eocd + 10);
        var at = (int)BitConverter.ToUInt32(bytes, eocd + 16);
        var patched = 0;
        for (var i = 0; i < entries; i++)
        {
            BitConverter.ToUInt32(bytes, at).Should().Be(0x02014B50u, "a central directory header");
            var nameLength = BitConverter.ToUInt16(bytes, at + 28);
            var next = at + 46 + nameLength + BitConverter.ToUInt16(bytes, at + 30) + BitConverter.ToUInt16(bytes, at + 32);
            if (bytes.AsSpan(at + 46, nameLength).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(at + 24), LiedSize).Should().BeTrue();
                var local = (int)BitConverter.ToUInt32(bytes, at + 42);
                BitConverter.ToUInt32(bytes, local).Should().Be(0x04034B50u, "a local file header");
                BitConverter.TryWriteBytes(bytes.AsSpan(local + 22), LiedSize).Should().BeTrue();
                patched++;
            }

            at = next;
        }

        patched.Should().Be(1);
        return bytes;
    }

    private static byte[] WithPart(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry(name).Open();
            part.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] PlainWorkbook()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Sheet1").Cell(1, 1).SetValue("Quantity");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
