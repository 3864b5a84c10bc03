using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Features;

/// <summary>Changing an inventory's GWP set or factor edition recalculates its stored results in the same save.</summary>
public sealed class InventoryBasisTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task ChangeBasis_Ar5ToAr6_ChangesCo2eAndNothingElse()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var before = await ResultsAsync(DemoIds.Cfo2025);
        var version = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == DemoIds.Cfo2025).Select(i => i.Version).SingleAsync());

        var result = await app.AsUserAsync<InventoryBasisService, Result<int>>(officer, (s, u) =>
            s.ChangeBasisAsync(u, new ChangeBasisInput(DemoIds.Cfo2025, version, null, "AR6"), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Ok);
        var after = await ResultsAsync(DemoIds.Cfo2025);
        after.Select(r => r.GwpSetCode).Should().OnlyContain(c => c == "AR6");
        // Masses per gas are identical: only the GWPs differ.
        after.SelectMany(r => r.Gases.Select(g => (r.LineId, g.Gas, g.MassKg))).Should().BeEquivalentTo(
            before.SelectMany(r => r.Gases.Select(g => (r.LineId, g.Gas, g.MassKg))));
        // Garbage-truck diesel 2025: 412,000 × 1.04 = 428,480 L × (2.6987 + 0.000142 × 29.8 + 0.000142 × 273)
        // = 1,174,762.587648 kg under AR6, against 428,480 × 2.74059 = 1,174,288.0032 kg under AR5.
        before.Single(r => r.Category == ActivityCategory.OnRoadDiesel).Co2eKg.Should().Be(1_174_288.0032m);
        after.Single(r => r.Category == ActivityCategory.OnRoadDiesel).Co2eKg.Should().Be(1_174_762.587648m);
        // Grid electricity is published in CO2e: no GWP applies, so it does not move.
        after.Where(r => r.Category == ActivityCategory.GridElectricity).Sum(r => r.Co2eKg)
            .Should().Be(before.Where(r => r.Category == ActivityCategory.GridElectricity).Sum(r => r.Co2eKg));
    }

    [Fact]
    public async Task ChangeBasis_StaleVersion_ConflictAndNothingChanged()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var before = await ResultsAsync(DemoIds.City2025);
        var version = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == DemoIds.City2025).Select(i => i.Version).SingleAsync());

        var result = await app.AsUserAsync<InventoryBasisService, Result<int>>(officer, (s, u) =>
            s.ChangeBasisAsync(u, new ChangeBasisInput(DemoIds.City2025, version - 1, null, "AR4"), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Conflict);
        (await ResultsAsync(DemoIds.City2025)).Select(r => r.GwpSetCode).Should().OnlyContain(c => c == before[0].GwpSetCode);
    }

    [Fact]
    public async Task ChangeBasis_ApprovedInventory_RefusedAsLocked()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var version = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == DemoIds.Cfo2024).Select(i => i.Version).SingleAsync());

        var result = await app.AsUserAsync<InventoryBasisService, Result<int>>(officer, (s, u) =>
            s.ChangeBasisAsync(u, new ChangeBasisInput(DemoIds.Cfo2024, version, "TGO-CFO-2026-01", null), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Should().ContainKey("Status");
    }

    [Fact]
    public async Task ChangeBasis_OfficerOfAnotherMunicipality_Forbidden()
    {
        var other = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var version = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == DemoIds.City2025).Select(i => i.Version).SingleAsync());

        var result = await app.AsUserAsync<InventoryBasisService, Result<int>>(other, (s, u) =>
            s.ChangeBasisAsync(u, new ChangeBasisInput(DemoIds.City2025, version, null, "AR6"), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Forbidden);
    }

    private Task<List<ActivityLineResult>> ResultsAsync(Guid inventoryId) =>
        app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).Where(r => r.InventoryId == inventoryId).ToListAsync());
}
