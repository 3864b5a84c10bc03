using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Data;

public sealed class SeedingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Seed_Provinces_AllSeventySevenWithBothNamesAndRegion()
    {
        var provinces = await app.WithDbAsync(db => db.Provinces.AsNoTracking().ToListAsync());

        provinces.Should().HaveCount(77);
        provinces.Select(p => p.Code).Should().OnlyHaveUniqueItems();
        provinces.Should().OnlyContain(p => p.NameTh.Length > 0 && p.NameEn.Length > 0);
        provinces.Should().Contain(p => p.Code == "50" && p.NameTh == "เชียงใหม่" && p.NameEn == "Chiang Mai" && p.Region == Region.North);
        provinces.Should().Contain(p => p.Code == "10" && p.NameTh == "กรุงเทพมหานคร" && p.Region == Region.Central);
        provinces.Should().Contain(p => p.Code == "38" && p.NameTh == "บึงกาฬ" && p.Region == Region.Northeast);
        provinces.GroupBy(p => p.Region).Should().HaveCount(6);
    }

    [Fact]
    public async Task Seed_Organisations_HasTheProgrammePilotsOfficesAndTgo()
    {
        var organisations = await app.WithDbAsync(db => db.Organisations.AsNoTracking().Include(o => o.Province).ToListAsync());

        organisations.Should().Contain(o => o.NameTh == "เทศบาลนครเชียงใหม่" && o.Type == OrganisationType.CityMunicipality && o.Province!.Code == "50");
        organisations.Should().Contain(o => o.NameTh == "เทศบาลนครขอนแก่น" && o.Province!.Code == "40");
        organisations.Should().Contain(o => o.NameTh == "เทศบาลนครนครราชสีมา" && o.Province!.Code == "30");
        organisations.Should().Contain(o => o.NameTh == "เทศบาลนครเกาะสมุย" && o.Province!.Code == "84");
        organisations.Count(o => o.Province!.Code == "21" && o.KeepsInventories).Should().BeGreaterThanOrEqualTo(3);
        organisations.Count(o => o.Province!.Code == "20" && o.KeepsInventories).Should().BeGreaterThanOrEqualTo(3);
        organisations.Count(o => o.Province!.Code == "24" && o.KeepsInventories).Should().BeGreaterThanOrEqualTo(3);
        organisations.Where(o => o.Type == OrganisationType.ProvincialOffice).Select(o => o.Province!.Code)
            .Should().Contain(["21", "20", "24"]);
        organisations.Should().ContainSingle(o => o.Type == OrganisationType.NationalAgency && o.Code == "TGO");
    }

    [Fact]
    public async Task Seed_FactorEditions_BothTgoEditionsWithEveryFactorSourced()
    {
        var editions = await app.WithDbAsync(db => db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).ToListAsync());

        var e2022 = editions.Single(e => e.Code == "TGO-CFO-2022-04");
        var e2026 = editions.Single(e => e.Code == "TGO-CFO-2026-01");
        e2022.AppliesToYear(2025).Should().BeTrue();
        e2022.AppliesToYear(2026).Should().BeFalse();
        e2026.AppliesToYear(2026).Should().BeTrue();
        e2022.Factors.Single(f => f.Category == ActivityCategory.GridElectricity).Value.Should().Be(0.4999m);
        e2026.Factors.Single(f => f.Category == ActivityCategory.GridElectricity).Value.Should().Be(0.4750m);
        e2022.Factors.Single(f => f.Category == ActivityCategory.StationaryDiesel && f.Gas == Gas.N2O && f.PerUnit == Unit.Litre).Value.Should().Be(0.0000219m);
        editions.SelectMany(e => e.Factors).Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f.Source));
        editions.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Source) && e.DefaultGwpSetCode == "AR5");
    }

    [Fact]
    public async Task Seed_GwpSets_Ar4Ar5BothConventionsAr6WithFossilAndNonFossilMethane()
    {
        var sets = await app.WithDbAsync(db => db.GwpSets.AsNoTracking().ToListAsync());

        sets.Select(s => s.Code).Should().BeEquivalentTo(["AR4", "AR5", "AR5-GPC", "AR6"]);
        sets.Single(s => s.Code == "AR5-GPC").Of(Gas.CH4Fossil).Should().Be(28m);
        var ar5 = sets.Single(s => s.Code == "AR5");
        ar5.Of(Gas.CH4Fossil).Should().Be(30m);
        ar5.Of(Gas.CH4NonFossil).Should().Be(28m);
        ar5.Of(Gas.N2O).Should().Be(265m);
        sets.Single(s => s.Code == "AR6").Of(Gas.CH4Fossil).Should().Be(29.8m);
        sets.Single(s => s.Code == "AR4").Of(Gas.CH4NonFossil).Should().Be(25m);
    }

    [Fact]
    public async Task Seed_RunTwiceEvenWhenTheVersionRecordIsGone_ChangesNothing()
    {
        var before = await SnapshotAsync();

        await app.WithDbAsync(async db =>
        {
            await db.SeedVersions.ExecuteDeleteAsync();
            return 0;
        });
        await app.WithServiceAsync<ReferenceDataSeeder, int>(async seeder =>
        {
            await seeder.SeedAsync(CancellationToken.None);
            await seeder.SeedAsync(CancellationToken.None);
            return 0;
        });

        var after = await SnapshotAsync();
        after.Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        var version = await app.WithDbAsync(db => db.SeedVersions.SingleAsync(s => s.Name == ReferenceDataSeeder.Name));
        version.Version.Should().Be(ReferenceDataSeeder.Version);
    }

    private Task<List<string>> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"P|{p.Id}|{p.Code}|{p.NameTh}|{p.NameEn}|{p.Region}").ToListAsync();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => $"O|{o.Id}|{o.Code}|{o.Type}|{o.ProvinceId}|{o.NameTh}|{o.NameEn}").ToListAsync();
        var contexts = await db.OrganisationYearContexts.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"C|{c.Id}|{c.OrganisationId}|{c.Year}|{c.Population}|{c.AreaKm2}").ToListAsync();
        var factors = await db.EmissionFactors.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => $"F|{f.Id}|{f.EditionId}|{f.Category}|{f.Gas}|{f.Value}|{f.PerUnit}").ToListAsync();
        var gwp = await db.GwpSets.AsNoTracking().OrderBy(g => g.Code).Select(g => $"G|{g.Code}|{g.Values.Count}").ToListAsync();
        return provinces.Concat(organisations).Concat(contexts).Concat(factors).Concat(gwp).ToList();
    });
}
