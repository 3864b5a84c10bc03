using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>The report model of the demo inventories against the stored results and hand-worked values.</summary>
public sealed class ReportServiceTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    public static TheoryData<Guid> DemoInventories => new() { DemoIds.Cfo2024, DemoIds.Cfo2025, DemoIds.City2025 };

    [Theory]
    [MemberData(nameof(DemoInventories))]
    public async Task BuildAsync_DemoInventory_TotalsEqualTheStoredResultsSummedFromTheDatabase(Guid inventoryId)
    {
        var report = await BuildAsync(inventoryId);
        var stored = await StoredSums.OfAsync(app, inventoryId);

        report.Totals.Scope1Kg.Should().Be(stored.Scope1Kg);
        report.Totals.Scope2Kg.Should().Be(stored.Scope2Kg);
        report.Totals.Scope3Kg.Should().Be(stored.Scope3Kg);
        report.Totals.MemoKg.Should().Be(stored.MemoKg);
        report.Totals.TotalKg.Should().Be(stored.TotalKg);
        report.Totals.TotalT.Should().Be(stored.TotalKg / 1000m);
        report.Lines.Sum(l => l.Co2eKg ?? 0m).Should().Be(stored.TotalKg);
        report.ByGroup.Sum(g => g.TotalKg).Should().Be(stored.TotalKg);
        report.Trend.Single(t => t.IsThisInventory).TotalKg.Should().Be(stored.TotalKg);
        var results = await StoredSums.ResultsAsync(app, inventoryId);
        foreach (var r in results)
        {
            var line = report.Lines.Single(l => l.LineId == r.LineId && l.Part == r.Part);
            line.Co2eKg.Should().Be(r.Co2eKg);
            line.MemoCo2eKg.Should().Be(r.MemoCo2eKg);
            line.Formula.Should().Be(r.Formula);
            line.Scope.Should().Be(r.Scope);
        }
    }

    [Fact]
    public async Task BuildAsync_Cfo2024_CoverInThaiAndEnglishWithBuddhistEraYear()
    {
        var report = await BuildAsync(DemoIds.Cfo2024);

        report.Cover.OrganisationNameTh.Should().Be("เทศบาลนครเชียงใหม่");
        report.Cover.OrganisationCode.Should().Be("CMI-CM");
        report.Cover.ProvinceNameTh.Should().Be("เชียงใหม่");
        report.Cover.Year.Should().Be(2024);
        report.Cover.YearBe.Should().Be(2567);
        report.Cover.Kind.Should().Be(InventoryKind.Organisation);
        report.Cover.Status.Should().Be(InventoryStatus.Approved);
        report.Cover.FactorEditionCode.Should().Be("TGO-CFO-2022-04");
        report.Cover.GwpSetCode.Should().NotBeNullOrEmpty();
        report.Totals.BasicKg.Should().BeNull("BASIC is a City total");
        report.GpcCells.Should().BeEmpty();
    }

    [Fact]
    public async Task BuildAsync_Cfo2024_HandWorkedLinesAndMemoItem()
    {
        var report = await BuildAsync(DemoIds.Cfo2024);

        // 2,704,000 kWh × 0.4999 kg CO2e/kWh = 1,351,729.6 kg CO2e.
        var office = report.Lines.Single(l => l.Category == ActivityCategory.GridElectricity && l.Amount == 2_704_000m);
        office.Co2eKg.Should().Be(1_351_729.6m);
        office.Co2eT.Should().Be(1_351.7296m);
        office.MonthlyValues.Should().HaveCount(12).And.StartWith(210_000m);
        office.UnitCode.Should().Be("kWh");
        office.UnitNameTh.Should().Be("กิโลวัตต์ชั่วโมง");
        office.Gases.Should().ContainSingle(g => g.FactorKgPerUnit == 0.4999m);
        office.CategoryNameTh.Should().Be("ไฟฟ้าจากระบบสายส่ง");
        // 412,000 L × 2.74059 = 1,129,123.08 kg CO2e.
        report.Lines.Single(l => l.Category == ActivityCategory.OnRoadDiesel).Co2eKg.Should().Be(1_129_123.08m);
        // 18 kg R-22 × 1760 = 31,680 kg CO2e memo.
        report.MemoItems.Should().ContainSingle(m => m.Co2eKg == 31_680m);
        var key = report.Lines.Single(l => l.Category == ActivityCategory.StationaryNaturalGas);
        key.NotationKey.Should().Be(NotationKey.NO);
        key.Co2eKg.Should().BeNull();
        report.FactorsUsed.Should().Contain(f => f.Category == ActivityCategory.GridElectricity && f.KgPerUnit == 0.4999m && f.PerUnitCode == "kWh");
        report.DataQuality.Sum(q => q.LineCount).Should().Be(report.Lines.Select(l => l.LineId).Distinct().Count());
        report.ReviewHistory.Select(h => (h.From, h.To, h.User)).Should().Equal(
            (InventoryStatus.Draft, InventoryStatus.Submitted, "เจ้าหน้าที่เทศบาลนครเชียงใหม่ (ตัวอย่าง)"),
            (InventoryStatus.Submitted, InventoryStatus.Approved, "เจ้าหน้าที่จังหวัดเชียงใหม่ (ตัวอย่าง)"));
    }

    [Fact]
    public async Task BuildAsync_City2025_GpcTotalsAndCellsFromTheStoredFlags()
    {
        var report = await BuildAsync(DemoIds.City2025);
        var stored = await StoredSums.OfAsync(app, DemoIds.City2025);

        report.Totals.BasicKg.Should().Be(stored.BasicKg);
        report.Totals.BasicPlusKg.Should().Be(stored.BasicPlusKg);
        report.Totals.TerritorialKg.Should().Be(stored.TerritorialKg);
        var i44 = report.GpcCells.Single(c => c.Reference == "I.4.4");
        i44.NotationKeys.Should().Equal(NotationKey.NO);
        i44.Co2eKg.Should().BeNull();
        i44.InTerritorial.Should().BeTrue();
        report.GpcCells.Single(c => c.Reference == "II.4.1").NotationKeys.Should().Equal(NotationKey.NE);
        report.GpcCells.Single(c => c.Reference == "I.1.2").InBasic.Should().BeTrue();
        report.GpcCells.Select(c => c.Reference).Should().BeInAscendingOrder(GpcReferenceComparer.Instance);
        report.ByGroup.Select(g => g.Key).Should().Contain(["StationaryEnergy", "Transportation", "Waste"]);
    }

    [Fact]
    public async Task BuildAsync_Cfo2025_TrendHasBothOrganisationYears()
    {
        var report = await BuildAsync(DemoIds.Cfo2025);
        var stored2024 = await StoredSums.OfAsync(app, DemoIds.Cfo2024);

        report.Trend.Select(t => (t.Year, t.Status)).Should().Equal((2024, InventoryStatus.Approved), (2025, InventoryStatus.Draft));
        report.Trend.Single(t => t.Year == 2024).TotalKg.Should().Be(stored2024.TotalKg);
        (await BuildAsync(DemoIds.Cfo2024)).Trend.Select(t => t.Year).Should().Equal([2024], "the 2025 draft is neither earlier nor counted");
    }

    [Fact]
    public async Task BuildAsync_UserOfAnotherMunicipality_ReturnsForbidden()
    {
        var other = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");

        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(other, (s, u) => s.BuildAsync(u, DemoIds.Cfo2024, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Forbidden);
    }

    [Fact]
    public async Task BuildAsync_UnknownInventory_ReturnsNotFound()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(tgo, (s, u) => s.BuildAsync(u, Guid.NewGuid(), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.NotFound);
    }

    [Fact]
    public async Task RollupAsync_National_OneRowPerInventoryWithSqlSumsEqualToTheDatabase()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var rollup = await app.AsUserAsync<ReportService, RollupModel>(tgo, (s, u) => s.RollupAsync(u, new RollupFilter(2024), CancellationToken.None));
        var drafts = await app.AsUserAsync<ReportService, RollupModel>(tgo, (s, u) => s.RollupAsync(u, new RollupFilter(2025), CancellationToken.None));

        drafts.Rows.Should().BeEmpty("the demo's 2025 inventories are drafts: counted nowhere");
        drafts.ByYear.Should().BeEmpty();
        drafts.NotCounted.Should().BeEquivalentTo(new Dictionary<InventoryStatus, int> { [InventoryStatus.Draft] = 2 });
        rollup.Rows.Select(r => r.InventoryId).Should().BeEquivalentTo([DemoIds.Cfo2024]);
        foreach (var row in rollup.Rows)
        {
            var stored = await StoredSums.OfAsync(app, row.InventoryId);
            row.Scope1Kg.Should().Be(stored.Scope1Kg);
            row.Scope2Kg.Should().Be(stored.Scope2Kg);
            row.Scope3Kg.Should().Be(stored.Scope3Kg);
            row.MemoKg.Should().Be(stored.MemoKg);
            row.BySector.Sum(s => s.TotalKg).Should().Be(stored.TotalKg);
            if (row.Kind == InventoryKind.City)
            {
                row.BasicKg.Should().Be(stored.BasicKg);
                row.BasicPlusKg.Should().Be(stored.BasicPlusKg);
                row.TerritorialKg.Should().Be(stored.TerritorialKg);
            }
            else
            {
                row.BasicKg.Should().BeNull();
            }
        }

        row0(rollup).ProvinceNameTh.Should().Be("เชียงใหม่");
        rollup.ByYear.Sum(y => y.TotalKg).Should().Be(rollup.Rows.Sum(r => r.TotalKg));
        rollup.ByProvince.Sum(p => p.InventoryCount).Should().Be(1);
        rollup.ByYear.Single().NotFinalCount.Should().Be(0, "the 2024 inventory is approved");
        static RollupRow row0(RollupModel m) => m.Rows[0];
    }

    [Fact]
    public async Task RollupAsync_ProvincialOfficerOfAnotherProvince_SeesNothing()
    {
        var other = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20");
        var own = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");

        var none = await app.AsUserAsync<ReportService, RollupModel>(other, (s, u) => s.RollupAsync(u, new RollupFilter(null), CancellationToken.None));
        var all = await app.AsUserAsync<ReportService, RollupModel>(own, (s, u) => s.RollupAsync(u, new RollupFilter(null), CancellationToken.None));

        none.Rows.Should().BeEmpty();
        all.Rows.Select(r => r.InventoryId).Should().Equal(DemoIds.Cfo2024);
    }

    private async Task<ReportModel> BuildAsync(Guid inventoryId)
    {
        var user = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(user, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value!;
    }
}
