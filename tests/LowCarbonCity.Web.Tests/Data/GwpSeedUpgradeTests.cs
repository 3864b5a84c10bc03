using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Data;

/// <summary>
/// A database seeded before the GWP conventions (reference seed version 1: AR4, AR5 and AR6 with English names only)
/// is brought up to date by the next start: the AR5 GPC convention is added, every set gets its Thai and English
/// names and its citation, and no value of an existing set changes.
/// </summary>
public sealed class GwpSeedUpgradeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Seed_Version1Database_GetsTheGpcSetNamesAndCitationsValuesUntouched()
    {
        var valuesBefore = await ValuesAsync("AR5");
        await app.WithDbAsync(async db =>
        {
            // As version 1 left it: no AR5-GPC, one English name, the old source text.
            db.GwpSets.Remove(await db.GwpSets.SingleAsync(g => g.Code == GwpConventions.GpcAr5));
            foreach (var set in await db.GwpSets.ToListAsync())
            {
                set.Describe("IPCC " + set.Code, "IPCC " + set.Code, set.Code + " WG1 table");
            }

            (await db.SeedVersions.SingleAsync(s => s.Name == ReferenceDataSeeder.Name)).Version = 1;
            return await db.SaveChangesAsync();
        });

        await app.WithServiceAsync<ReferenceDataSeeder, int>(async seeder =>
        {
            await seeder.SeedAsync(CancellationToken.None);
            return 0;
        });

        var sets = await app.WithDbAsync(db => db.GwpSets.AsNoTracking().ToListAsync());
        var gpc = sets.Single(s => s.Code == GwpConventions.GpcAr5);
        gpc.Of(Gas.CH4Fossil).Should().Be(28m);
        gpc.Of(Gas.HFC32).Should().Be(677m);
        var ar5 = sets.Single(s => s.Code == GwpConventions.TgoCfoAr5);
        ar5.NameTh.Should().Be("IPCC รายงานการประเมินฉบับที่ 5 (AR5, พ.ศ. 2556) ช่วงเวลา 100 ปี ตามที่ อบก. ใช้ใน CFO (มีเทนจากฟอสซิล 30)");
        ar5.NameEn.Should().Be("IPCC AR5 (2013), 100-year, as TGO applies it for CFO (fossil CH4 30)");
        ar5.Source.Should().StartWith("IPCC (2013), Climate Change 2013: The Physical Science Basis").And.Contain("Table 8.A.1");
        sets.Should().OnlyContain(s => s.NameTh != s.NameEn && s.Source.StartsWith("IPCC ("));
        (await ValuesAsync("AR5")).Should().BeEquivalentTo(valuesBefore);
        (await app.WithDbAsync(db => db.SeedVersions.SingleAsync(s => s.Name == ReferenceDataSeeder.Name))).Version.Should().Be(ReferenceDataSeeder.Version);
    }

    private Task<List<(Gas Gas, decimal Value)>> ValuesAsync(string code) => app.WithDbAsync(async db =>
        (await db.GwpSets.AsNoTracking().SingleAsync(g => g.Code == code)).Values.Select(v => (v.Gas, v.Value)).ToList());
}
