using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Template;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Inventories;

/// <summary>
/// Copy from last year (<see cref="InventoryStartService"/>) and the line-by-line year-on-year comparison
/// (<see cref="LastYearComparison"/>), through the real services on the run's database. Each test uses its own
/// years of CMI-CM.
/// </summary>
public sealed class CopyLastYearTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string WastewaterParameters = "{\"codMgPerL\":120,\"mcf\":0.8}";

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Last year's inventory: offices 1,000 kWh and street lighting 2,000 kWh (a category total of 3,000), a
    /// wastewater line with its parameters, a landfill line on a site, and biogas "NO".
    /// </summary>
    private async Task<(Guid InventoryId, Dictionary<string, Guid> Lines, Guid SiteId)> LastYearAsync(int year)
    {
        var id = await app.CreateInventoryAsync("CMI-CM", year, complete: false);
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var lines = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var siteId = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            var site = new SolidWasteSite(siteId, organisationId, $"บ่อฝังกลบ {year}", SiteManagement.UnmanagedDeep, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            for (var y = year - 2; y <= year + 1; y++)
            {
                site.SetDeposit(y, WasteType.Food, 4_000m, isBackCast: false);
            }

            db.SolidWasteSites.Add(site);
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == id);
            void Add(string name, ActivityLine line, string? description, string? source)
            {
                line.Describe(description, source, DataQuality.High);
                inventory.AddLine(line, Now);
                db.ActivityLines.Add(line);
                lines[name] = line.Id;
            }

            var offices = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(1_000m, Unit.KWh));
            offices.UseCustomFactor(new CustomFactor(Gas.CO2e, 0.45m, Unit.KWh, "Supplier's green tariff"));
            Add("offices", offices, "สำนักงาน", "บิล กฟภ.");
            Add("lighting", ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(2_000m, Unit.KWh)), "ไฟถนน", "บิล กฟภ.");
            var wastewater = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.WastewaterCod, new Quantity(775.2m, Unit.CubicMetre));
            wastewater.SetParameters(WastewaterParameters, null);
            Add("wastewater", wastewater, "บ่อบำบัดตลาด", null);
            var landfill = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.SolidWasteDisposal, new Quantity(4_000m, Unit.Tonne));
            landfill.SetParameters(null, siteId);
            Add("landfill", landfill, "ขยะเทศบาล", "ตาชั่งบ่อขยะ");
            Add("biogas", ActivityLine.WithNotationKey(Guid.NewGuid(), id, ActivityCategory.StationaryBiogas, NotationKey.NO, "ไม่มีระบบก๊าซชีวภาพ"), null, null);
            return await db.SaveChangesAsync();
        });
        await app.CalculateAsync(id);
        return (id, lines, siteId);
    }

    private async Task<(TestUser Officer, Guid InventoryId)> CopyAsync(int year)
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var started = await app.AsUserAsync<InventoryStartService, Result<Guid>>(officer, (s, p) =>
            s.StartAsync(p, new StartInventoryInput { OrganisationId = organisationId, Year = year, CopyLastYear = true }, CancellationToken.None));
        started.Status.Should().Be(ResultStatus.Ok);
        return (officer, started.Value);
    }

    /// <summary>What the editor posts for a copied line with only the quantity typed (every other field as copied).</summary>
    private static LineInput Typed(ActivityLine line, decimal amount, string? explanation = null) => new()
    {
        Category = line.Category,
        Description = line.Description,
        Amount = amount,
        UnitCode = line.Unit?.Code,
        DataSource = line.DataSource,
        DataQuality = line.DataQuality,
        CustomFactor = line.CustomFactor is { } f ? new CustomFactorInput { Gas = f.Gas, KgPerUnit = f.KgPerUnit, PerUnitCode = f.PerUnit.Code, Justification = f.Justification } : null,
        ParametersJson = line.ParametersJson,
        SolidWasteSiteId = line.SolidWasteSiteId,
        ChangeExplanation = explanation,
    };

    private Task<Result<LineRef>> SaveAsync(TestUser officer, ActivityLine line, LineInput input) =>
        app.AsUserAsync<ActivityDataService, Result<LineRef>>(officer, (s, p) =>
            s.UpdateLineAsync(p, line.Id, line.Version, input, requireChangeExplanation: true, CancellationToken.None));

    [Fact]
    public async Task Start_WithCopy_CarriesEveryLineButItsValue_LinkedToItsSource_NotCalculatedAndStillMissing()
    {
        var (_, source, siteId) = await LastYearAsync(2030);

        var (officer, id) = await CopyAsync(2031);

        var copied = (await app.InventoryAsync(id)).Lines;
        copied.Should().HaveCount(5);
        copied.Should().OnlyContain(l => l.AwaitsValue && l.Amount == null && l.NotationKey == null && l.NotationExplanation == null && l.ChangeExplanation == null);
        copied.Select(l => l.PreviousLineId).Should().BeEquivalentTo(source.Values.Select(v => (Guid?)v));

        var offices = copied.Single(l => l.PreviousLineId == source["offices"]);
        offices.Category.Should().Be(ActivityCategory.GridElectricity);
        offices.Unit.Should().Be(Unit.KWh);
        offices.Description.Should().Be("สำนักงาน");
        offices.DataSource.Should().Be("บิล กฟภ.");
        offices.DataQuality.Should().Be(DataQuality.High);
        offices.CustomFactor.Should().Be(new CustomFactor(Gas.CO2e, 0.45m, Unit.KWh, "Supplier's green tariff"));
        var wastewater = copied.Single(l => l.PreviousLineId == source["wastewater"]);
        wastewater.ParametersJson.Should().Be(WastewaterParameters);
        wastewater.Unit.Should().Be(Unit.CubicMetre);
        var landfill = copied.Single(l => l.PreviousLineId == source["landfill"]);
        landfill.SolidWasteSiteId.Should().Be(siteId);
        landfill.Unit.Should().Be(Unit.Tonne);
        // A line that had a notation key comes with its category's default unit, ready for a number.
        copied.Single(l => l.PreviousLineId == source["biogas"]).Unit.Should().Be(Unit.CubicMetre);

        // Not calculated: no stored result, a total of zero.
        (await app.WithDbAsync(db => db.ActivityLineResults.CountAsync(r => r.InventoryId == id))).Should().Be(0);

        // Still missing: every CFO item uncovered, and all five lines listed as awaiting a value.
        var checklist = await app.AsUserAsync<InventoryOverviewService, Result<SubmissionChecklist>>(officer, (s, p) => s.ChecklistAsync(p, id, CancellationToken.None));
        checklist.Value!.MissingItems.Select(m => m.Code).Should().BeEquivalentTo("cfo.electricity", "cfo.fuel", "cfo.waste");
        checklist.Value.Placeholders.Should().HaveCount(5);
    }

    [Fact]
    public async Task TypingQuantities_IntoCopiedLines_SavesWithNothingElse_KeepsSiteAndParameters_AndCalculates()
    {
        var (_, source, siteId) = await LastYearAsync(2032);
        var (officer, id) = await CopyAsync(2033);
        var copied = (await app.InventoryAsync(id)).Lines;
        ActivityLine Copy(string name) => copied.Single(l => l.PreviousLineId == source[name]);

        // 1,000 -> 800 kWh (-20 %), 775.2 -> 800 m3 (+3.2 %), 4,000 -> 4,100 t (+2.5 %): within 30 %, no explanation needed.
        (await SaveAsync(officer, Copy("offices"), Typed(Copy("offices"), 800m))).Status.Should().Be(ResultStatus.Ok);
        (await SaveAsync(officer, Copy("wastewater"), Typed(Copy("wastewater"), 800m))).Status.Should().Be(ResultStatus.Ok);
        var landfillSaved = await SaveAsync(officer, Copy("landfill"), Typed(Copy("landfill"), 4_100m));
        landfillSaved.Status.Should().Be(ResultStatus.Ok, string.Join("; ", landfillSaved.Errors.SelectMany(e => e.Value)));

        var lines = (await app.InventoryAsync(id)).Lines;
        lines.Single(l => l.Id == Copy("offices").Id).Quantity.Should().Be(new Quantity(800m, Unit.KWh));
        lines.Single(l => l.Id == Copy("wastewater").Id).ParametersJson.Should().Be(WastewaterParameters);
        lines.Single(l => l.Id == Copy("landfill").Id).SolidWasteSiteId.Should().Be(siteId);
        var results = await app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Where(r => r.InventoryId == id).ToListAsync());
        results.Select(r => r.LineId).Distinct().Should().BeEquivalentTo([Copy("offices").Id, Copy("wastewater").Id, Copy("landfill").Id]);
        // The custom factor came along: 800 kWh x 0.45 kg CO2e/kWh = 360 kg.
        results.Where(r => r.LineId == Copy("offices").Id).Sum(r => r.Co2eKg).Should().Be(360m);
    }

    [Fact]
    public async Task YearOnYearCheck_ComparesTheSameLine_NotTheCategoryTotal()
    {
        var (_, source, _) = await LastYearAsync(2034);
        var (officer, id) = await CopyAsync(2035);
        var copied = (await app.InventoryAsync(id)).Lines;
        var offices = copied.Single(l => l.PreviousLineId == source["offices"]);
        var lighting = copied.Single(l => l.PreviousLineId == source["lighting"]);

        // Offices 1,000 -> 445 kWh: (445 - 1,000) / 1,000 = -55.5 %, more than 30 %: an explanation is needed.
        // (Against the category's 3,000 it would have been -85.2 %.)
        var refused = await SaveAsync(officer, offices, Typed(offices, 445m));
        refused.Status.Should().Be(ResultStatus.Invalid);
        refused.Errors.Keys.Should().Equal(nameof(LineInput.ChangeExplanation));
        (await SaveAsync(officer, offices, Typed(offices, 445m, "ย้ายสำนักงานบางส่วนไปอาคารใหม่"))).Status.Should().Be(ResultStatus.Ok);

        // Street lighting 2,000 -> 3,100 kWh: +55 %; against the category's 3,000 it would have passed as +3.3 %.
        (await SaveAsync(officer, lighting, Typed(lighting, 3_100m))).Errors.Keys.Should().Equal(nameof(LineInput.ChangeExplanation));
        // 2,000 -> 2,500 kWh: +25 %, saved as it is (against 3,000 it would have been -16.7 %, also fine; the point is the line's own value).
        (await SaveAsync(officer, lighting, Typed(lighting, 2_500m))).Status.Should().Be(ResultStatus.Ok);

        var inventory = await app.InventoryAsync(id);
        var lastYear = await app.WithServiceAsync<LastYearLineReader, LastYearLines>(r =>
            r.ForAsync(inventory.OrganisationId, inventory.Kind, inventory.Year, inventory.Lines.Select(LineKey.Of).ToList(), CancellationToken.None));
        lastYear.Year.Should().Be(2034);
        var officesNow = inventory.Lines.Single(l => l.Id == offices.Id);
        var officesChange = LastYearComparison.Change(lastYear.Of(offices.Id)!.Quantity, officesNow.Quantity);
        Math.Round(officesChange!.Value, 3).Should().Be(-0.555m);
        LastYearComparison.Change(lastYear.Of(lighting.Id)!.Quantity, inventory.Lines.Single(l => l.Id == lighting.Id).Quantity).Should().Be(0.25m);
        lastYear.Of(copied.Single(l => l.PreviousLineId == source["biogas"]).Id)!.NotationKey.Should().Be(NotationKey.NO);
    }

    [Fact]
    public async Task YearOnYearCheck_ALineEnteredAnew_IsMatchedByCategoryDescriptionAndSite()
    {
        await LastYearAsync(2036);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2037, complete: false);

        // "  ไฟถนน " is last year's "ไฟถนน" (2,000 kWh): 2,000 -> 1,000 kWh is -50 %, an explanation is needed.
        var input = new LineInput { Category = ActivityCategory.GridElectricity, Description = "  ไฟถนน ", Amount = 1_000m, UnitCode = "kWh" };
        var refused = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(officer, (s, p) => s.AddLineAsync(p, id, input, requireChangeExplanation: true, CancellationToken.None));
        refused.Errors.Keys.Should().Equal(nameof(LineInput.ChangeExplanation));

        // A description last year did not have: nothing to compare with, saved.
        var added = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(officer, (s, p) =>
            s.AddLineAsync(p, id, input with { Description = "ปั๊มน้ำ" }, requireChangeExplanation: true, CancellationToken.None));
        added.Status.Should().Be(ResultStatus.Ok);
    }

    [Fact]
    public async Task Template_OfACopiedInventory_FillingOneLine_ImportsItAndLeavesTheOthersAwaiting()
    {
        var (_, source, _) = await LastYearAsync(2038);
        var (officer, id) = await CopyAsync(2039);
        var template = await app.AsUserAsync<TemplateService, Result<ReportFile>>(officer, (s, p) =>
            s.DownloadAsync(p, id, System.Globalization.CultureInfo.InvariantCulture, CancellationToken.None));
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(template.Value!.Content));
        var sheet = workbook.Worksheet(TemplateWorkbook.LinesSheet);
        var offices = sheet.RowsUsed().Single(r => r.Cell(TemplateWorkbook.Col.Description).GetString() == "สำนักงาน");
        offices.Cell(TemplateWorkbook.Col.Quantity).SetValue(900m);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var preview = await app.AsUserAsync<TemplateService, Result<TemplatePreview>>(officer, (s, p) =>
            s.PreviewAsync(p, id, stream.ToArray(), System.Globalization.CultureInfo.InvariantCulture, CancellationToken.None));
        preview.Value!.Errors.Should().BeEmpty();
        var imported = await app.AsUserAsync<TemplateService, Result<TemplateImportResult>>(officer, (s, p) =>
            s.ImportAsync(p, id, stream.ToArray(), preview.Value.InventoryVersion, System.Globalization.CultureInfo.InvariantCulture, CancellationToken.None));

        imported.Status.Should().Be(ResultStatus.Ok, string.Join("; ", imported.Errors.SelectMany(e => e.Value)));
        var lines = (await app.InventoryAsync(id)).Lines;
        lines.Single(l => l.PreviousLineId == source["offices"]).Quantity.Should().Be(new Quantity(900m, Unit.KWh));
        lines.Where(l => l.PreviousLineId != source["offices"]).Should().HaveCount(4).And.OnlyContain(l => l.AwaitsValue);
    }

    [Fact]
    public void Match_PrefersTheCopiedFromLink_ThenAUniqueKey_AndLeavesDuplicatesUnmatched()
    {
        PreviousLine Previous(string? description, decimal kwh) =>
            new(Guid.NewGuid(), ActivityCategory.GridElectricity, description, null, new Quantity(kwh, Unit.KWh), null);
        LineKey Line(string? description, Guid? from = null) => new(Guid.NewGuid(), from, ActivityCategory.GridElectricity, description, null);
        var offices = Previous("Offices", 1_000m);
        var pumpA = Previous("Pump", 10m);
        var pumpB = Previous("Pump", 20m);
        var school = Previous("School", 30m);
        var renamed = Line("Town hall", from: offices.Id);
        var pump = Line("Pump");
        var schoolNow = Line(" school  ");
        var site = new LineKey(Guid.NewGuid(), null, ActivityCategory.GridElectricity, "Offices", Guid.NewGuid());

        var matched = LastYearComparison.Match([renamed, pump, schoolNow, site], [offices, pumpA, pumpB, school]);

        matched[renamed.Id].Should().Be(offices);
        matched[schoolNow.Id].Should().Be(school);
        matched.Should().NotContainKey(pump.Id, "two lines last year were called Pump");
        matched.Should().NotContainKey(site.Id, "offices was claimed by its copy, and this line is on a disposal site");
    }
}
