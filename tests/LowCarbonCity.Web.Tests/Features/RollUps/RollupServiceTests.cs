using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Features.RollUps;

/// <summary>
/// Roll-ups with hand-worked figures. Each inventory has 120,000 kWh of grid electricity (x 0.4999 = 59,988 kg,
/// scope 2) and 5,000 L of on-road diesel (x 2.74059 kgCO2e/L with AR5 = 13,702.95 kg, scope 1): 73,690.95 kg.
/// Chiang Mai (province 50) is submitted with 100,000 inhabitants on 40 km² in 2013; Laem Chabang (20) is approved
/// without a population; Khon Kaen (40) is a draft: not reported, so missing and never zero.
/// </summary>
public sealed class RollupServiceTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const int Year = 2013;
    private const decimal Inventory = 73_690.95m;

    public async Task InitializeAsync()
    {
        var chiangMai = await CalculatedAsync("CMI-CM", InventoryStatus.Submitted);
        await CalculatedAsync("LCB-CM", InventoryStatus.Approved);
        await CalculatedAsync("KKN-CM", InventoryStatus.Draft);
        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.Include(o => o.YearContexts).SingleAsync(o => o.Code == "CMI-CM");
            organisation.SetYearContext(Year, 100_000, 40m);
            return await db.SaveChangesAsync();
        });
        chiangMai.Should().NotBeEmpty();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RollUp_ByProvinceAndScope_HandWorkedTotalsAndPerCapita()
    {
        var report = await RollUpAsync(Year, Year, RollupDimension.Province, RollupDimension.Scope);
        report.Total.Value.Should().Be(2 * Inventory);
        var chiangMai = report.Rows.Where(r => r.ProvinceCode == "50").ToList();
        chiangMai.Single(r => r.Scope == EmissionScope.Scope2).Co2e.Value.Should().Be(59_988m);
        chiangMai.Single(r => r.Scope == EmissionScope.Scope2).PerCapita!.Value.Should().Be(0.59988m, "59,988 kg / 100,000 people");
        chiangMai.Single(r => r.Scope == EmissionScope.Scope1).Co2e.Value.Should().Be(13_702.95m);
        chiangMai.Single(r => r.Scope == EmissionScope.Scope1).PerKm2!.Value.Should().Be(342.57375m, "13,702.95 kg / 40 km²");
        report.Rows.Where(r => r.ProvinceCode == "20").Should().OnlyContain(r => r.PerCapita == null, "Laem Chabang has no population for the year");
        report.Rows.Should().NotContain(r => r.ProvinceCode == "40", "a draft is not reported: no row, not a zero");
    }

    [Fact]
    public async Task RollUp_ByOrganisationType_OneRowAndNoPerCapitaWhenAPopulationIsMissing()
    {
        var report = await RollUpAsync(Year, Year, RollupDimension.OrganisationType);
        var row = report.Rows.Single();
        row.OrganisationType.Should().Be(OrganisationType.CityMunicipality);
        row.Co2e.Value.Should().Be(147_381.90m);
        row.PerCapita.Should().BeNull("one of the two reporting organisations has no population: a partial sum would mislead");
    }

    [Fact]
    public async Task RollUp_SectorAndGpcSector_SumsEqualStoredResults()
    {
        foreach (var dims in new[] { new[] { RollupDimension.Sector }, [RollupDimension.GpcSector, RollupDimension.Year], [RollupDimension.Region, RollupDimension.Sector, RollupDimension.Scope] })
        {
            var report = await RollUpAsync(Year, Year, dims);
            report.Rows.Sum(r => r.Co2e.Value).Should().Be(2 * Inventory);
        }

        var bySector = await RollUpAsync(Year, Year, RollupDimension.Sector);
        bySector.Rows.Single(r => r.Sector == CategoryGroup.Electricity).Co2e.Value.Should().Be(2 * 59_988m);
        bySector.Rows.Single(r => r.Sector == CategoryGroup.MobileCombustion).Co2e.Value.Should().Be(2 * 13_702.95m);
    }

    [Fact]
    public async Task RollUp_CompletenessAndTrend_CountMissingAndStatusesNeverZero()
    {
        var report = await RollUpAsync(Year - 1, Year, RollupDimension.Province);
        report.Trend.Should().BeEquivalentTo(new[] { new YearTotal(Year, Measure.Co2e(2 * Inventory)) }, "2012 has nothing reported here: absent, not zero");
        var khonKaen = report.Completeness.Single(c => c.ProvinceCode == "40" && c.Year == Year);
        khonKaen.ReportingOrganisations.Should().Be(0);
        khonKaen.MissingOrganisations.Should().Be(khonKaen.ExpectedOrganisations);
        khonKaen.ByStatus![InventoryStatus.Draft].Should().Be(1);
        khonKaen.WithoutInventory.Should().Be(khonKaen.ExpectedOrganisations - 1);
        var chiangMai = report.Completeness.Single(c => c.ProvinceCode == "50" && c.Year == Year);
        chiangMai.ReportingOrganisations.Should().Be(1);
        chiangMai.ByStatus![InventoryStatus.Submitted].Should().Be(1);
    }

    private async Task<RollupReport> RollUpAsync(int from, int to, params RollupDimension[] dims)
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var result = await app.AsUserAsync<RollupService, LowCarbonCity.Web.Features.Shared.Result<RollupReport>>(user, (s, principal) =>
            s.RollUpAsync(principal, new RollupQuery { FromYear = from, ToYear = to, GroupBy = dims }, CancellationToken.None));
        result.IsOk.Should().BeTrue();
        return result.Value!;
    }

    private async Task<Guid> CalculatedAsync(string organisation, InventoryStatus status)
    {
        var existing = await app.WithDbAsync(db => db.Inventories.Where(i => i.Organisation!.Code == organisation && i.Year == Year).Select(i => (Guid?)i.Id).SingleOrDefaultAsync());
        if (existing is { } id)
        {
            return id;
        }

        return await app.CalculatedInventoryAsync(organisation, Year, status);
    }
}
