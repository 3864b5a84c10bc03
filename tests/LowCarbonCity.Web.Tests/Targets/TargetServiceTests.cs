using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Targets;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Targets;

/// <summary>Targets and measures through the services: rights, versions, the audit trail, and actuals summed from stored results.</summary>
public sealed class TargetServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static TargetInput OrganisationTarget(int organisationId, int version = 0) => new()
    {
        ScopeKind = TargetScopeKind.Organisation, OrganisationId = organisationId, InventoryKind = InventoryKind.Organisation,
        BaseYear = 2019, TargetYear = 2030, ReductionKind = ReductionKind.Percent, ReductionValue = 21m,
        Scopes = [EmissionScope.Scope1, EmissionScope.Scope2], BauMethod = BauMethod.GrowthRate, BauRatePercent = 3m, ExpectedVersion = version,
    };

    private static MeasureInput Measure(int version) => new()
    {
        Sector = CategoryGroup.Electricity, DescriptionTh = "หลอดไฟ LED", DescriptionEn = "LED street lights", ExpectedTonnesPerYear = 50m, StartYear = 2021,
        Status = MeasureStatus.InProgress, ResponsibleOrganisation = "Public works", ProgressPercent = 40m, ExpectedVersion = version,
    };

    [Fact]
    public async Task GapAsync_OrganisationTarget_SumsCoveredScopesPerYearAndLeavesMissingYearsNull()
    {
        var orgId = await app.OrganisationIdAsync("KKN-CM");
        var y2019 = await app.CreateInventoryAsync("KKN-CM", 2019);
        var y2021 = await app.CreateInventoryAsync("KKN-CM", 2021);
        // 2019: 400,000 + 600,000 kg in scopes 1 and 2 = 1,000 t; the 50,000 kg in scope 3 is not covered.
        await app.StoreResultsAsync(y2019, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 400_000m), (ActivityCategory.GridElectricity, EmissionScope.Scope2, 600_000m),
            (ActivityCategory.WasteToThirdPartyLandfill, EmissionScope.Scope3, 50_000m));
        // 2021: 300,000 + 600,000 kg = 900 t. 2020 is a draft: counted nowhere, so no actual (not its 700 t).
        await app.StoreResultsAsync(y2021, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 300_000m), (ActivityCategory.GridElectricity, EmissionScope.Scope2, 600_000m));
        var y2020 = await app.CreateInventoryAsync("KKN-CM", 2020);
        await app.StoreResultsAsync(y2020, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 700_000m));
        await app.SetStatusAsync(y2019, InventoryStatus.Approved);
        await app.SetStatusAsync(y2021, InventoryStatus.Submitted);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "KKN-CM");
        var created = await app.AsUserAsync<TargetService, Result<TargetWrite>>(officer, (s, u) => s.CreateAsync(u, OrganisationTarget(orgId), default));
        created.IsOk.Should().BeTrue(string.Join("; ", created.Errors.SelectMany(e => e.Value)));
        var id = created.Value!.TargetId;
        (await app.AsUserAsync<TargetService, Result<TargetWrite>>(officer, (s, u) => s.AddMeasureAsync(u, id, Measure(1), default))).IsOk.Should().BeTrue();

        var gap = (await app.AsUserAsync<TargetGapService, Result<TargetGap>>(officer, (s, u) => s.GetAsync(u, id, default))).Value!;

        gap.Years.Should().HaveCount(12);
        gap.BaseYearTonnes.Should().Be(1_000m);
        // T = 1,000 x 0.79 = 790 t.
        gap.TargetTonnes.Should().Be(790m);
        gap.Years[0].Actual.Should().Be(1_000m);
        gap.Years[1].Actual.Should().BeNull();
        var y21 = gap.Years[2];
        y21.Actual.Should().Be(900m);
        // BAU 2021 = 1,000 x 1.03^2 = 1,060.9; plan = 1,060.9 - 50 = 1,010.9; path = 1,000 - 210 x 2/11 = 961.818181...;
        // gap = 1,010.9 - 961.818181... = 49.081818...; achieved = 50 x 40 % = 20.
        y21.Bau.Should().Be(1_060.9m);
        y21.Plan.Should().Be(1_010.9m);
        y21.TargetPath!.Value.Should().BeApproximately(961.818182m, 0.000001m);
        y21.Gap!.Value.Should().BeApproximately(49.081818m, 0.000001m);
        y21.AchievedReduction.Should().Be(20m);
    }

    [Fact]
    public async Task GapAsync_ElectricitySectorOnly_CountsOnlyElectricity()
    {
        var inventory = await app.CreateInventoryAsync("NMA-CM", 2019);
        await app.StoreResultsAsync(inventory, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 400_000m), (ActivityCategory.GridElectricity, EmissionScope.Scope2, 600_000m));
        await app.SetStatusAsync(inventory, InventoryStatus.Submitted);
        var (id, _) = await app.CreateTargetAsync("NMA-CM", sectors: [CategoryGroup.Electricity]);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var gap = (await app.AsUserAsync<TargetGapService, Result<TargetGap>>(tgo, (s, u) => s.GetAsync(u, id, default))).Value!;

        // Only grid electricity: 600,000 kg = 600 t.
        gap.Years[0].Actual.Should().Be(600m);
    }

    [Fact]
    public async Task GapAsync_ProvinceTarget_CountsReportedInventoriesOfTheProvinceOnly()
    {
        var submitted = await app.CreateInventoryAsync("LCB-CM", 2019, kind: InventoryKind.City);
        var draft = await app.CreateInventoryAsync("CPS-CM", 2019, kind: InventoryKind.City);
        await app.StoreResultsAsync(submitted, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 1_000_000m));
        await app.StoreResultsAsync(draft, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 500_000m));
        await app.SetStatusAsync(submitted, InventoryStatus.Submitted);
        var (id, _) = await app.CreateTargetAsync("LCB-CM", province: true, kind: InventoryKind.City);
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20");

        var gap = (await app.AsUserAsync<TargetGapService, Result<TargetGap>>(provincial, (s, u) => s.GetAsync(u, id, default))).Value!;

        // The submitted 1,000 t count; the draft's 500 t do not.
        gap.Years[0].Actual.Should().Be(1_000m);
        gap.TargetTonnes.Should().Be(790m);
    }

    [Fact]
    public async Task Writes_ByRole_OwnAndProvinceAllowedOthersForbiddenStaleConflict()
    {
        var orgId = await app.OrganisationIdAsync("CMI-CM");
        var other = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var own = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");

        (await app.AsUserAsync<TargetService, Result<TargetWrite>>(other, (s, u) => s.CreateAsync(u, OrganisationTarget(orgId), default)))
            .Status.Should().Be(ResultStatus.Forbidden);
        var created = await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.CreateAsync(u, OrganisationTarget(orgId), default));
        created.Status.Should().Be(ResultStatus.Ok);
        var id = created.Value!.TargetId;
        (await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.CreateAsync(u, OrganisationTarget(orgId), default)))
            .Errors.Should().ContainKey(nameof(TargetInput.OrganisationId));
        (await app.AsUserAsync<TargetService, Result<TargetDetail>>(other, (s, u) => s.GetAsync(u, id, default))).Status.Should().Be(ResultStatus.Forbidden);
        (await app.AsUserAsync<TargetService, Result<TargetWrite>>(other, (s, u) => s.UpdateAsync(u, id, OrganisationTarget(orgId, 1), default)))
            .Status.Should().Be(ResultStatus.Forbidden);

        var updated = await app.AsUserAsync<TargetService, Result<TargetWrite>>(provincial, (s, u) => s.UpdateAsync(u, id, OrganisationTarget(orgId, 1) with { ReductionValue = 25m }, default));
        updated.Value!.Version.Should().Be(2);
        (await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.UpdateAsync(u, id, OrganisationTarget(orgId, 1), default)))
            .Status.Should().Be(ResultStatus.Conflict);
        var invalid = await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.UpdateAsync(u, id, OrganisationTarget(orgId, 2) with { TargetYear = 2010 }, default));
        invalid.Errors.Should().ContainKey(nameof(TargetInput.TargetYear));
        var stored = await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));
        stored.ReductionValue.Should().Be(25m);
        stored.TargetYear.Should().Be(2030);
    }

    [Fact]
    public async Task Writes_TargetAndMeasure_AreInTheAuditTrailWithTheUser()
    {
        var orgId = await app.OrganisationIdAsync("KSM-CM");
        var own = await app.CreateUserAsync(Roles.MunicipalOfficer, "KSM-CM");
        var id = (await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.CreateAsync(u, OrganisationTarget(orgId), default))).Value!.TargetId;
        var measure = await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.AddMeasureAsync(u, id, Measure(1), default));
        (await app.AsUserAsync<TargetService, Result<TargetWrite>>(own, (s, u) => s.DeleteMeasureAsync(u, id, measure.Value!.MeasureId!.Value, 2, default))).IsOk.Should().BeTrue();

        var trail = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.UserId == own.Id).Select(a => new { a.EntityType, a.Action }).ToListAsync());

        trail.Should().ContainEquivalentOf(new { EntityType = "Target", Action = "Added" });
        trail.Should().ContainEquivalentOf(new { EntityType = "ReductionMeasure", Action = "Added" });
        trail.Should().ContainEquivalentOf(new { EntityType = "ReductionMeasure", Action = "Deleted" });
    }
}
