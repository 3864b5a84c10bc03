using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Boards;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Boards;

/// <summary>
/// The province and national boards. Each complete test inventory (AppFactory.CompleteCfoLines, year up to 2025:
/// TGO CFO April 2022, AR5) is worked by hand from docs/domain/methodology.md 2.1/2.2:
/// grid 120,000 kWh x 0.4999 = 59,988 kg (scope 2); on-road diesel 5,000 L x (2.6987 CO2 + 0.000142 x 30 CH4
/// + 0.000142 x 265 N2O) = 13,493.5 + 21.3 + 188.15 = 13,702.95 kg (scope 1); landfill IE: nothing.
/// Total 73,690.95 kg = 73.69095 t.
/// </summary>
public sealed class BoardTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const decimal Scope1Tonnes = 13.70295m;
    private const decimal Scope2Tonnes = 59.988m;
    private const decimal InventoryTonnes = 73.69095m;

    [Fact]
    public async Task Province_ThreeInventoriesOneMissing_ShowsEveryOrganisationAndReportedTotalsEqualStoredResults()
    {
        const int year = 2023;
        var submitted = await app.CalculatedInventoryAsync("LCB-CM", year, InventoryStatus.Submitted);
        var draft = await app.CalculatedInventoryAsync("CPS-CM", year, InventoryStatus.Draft);
        var approved = await app.CalculatedInventoryAsync("PTY", year, InventoryStatus.Approved);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var board = (await app.AsUserAsync<BoardQueries, Result<ProvinceBoard>>(tgo, (s, u) => s.ProvinceAsync(u, "20", year, CancellationToken.None))).Value!;

        board.Organisations.Select(o => o.Code).Should().BeEquivalentTo(["LCB-CM", "CPS-CM", "CBI-TM", "PTY"]);
        var missing = board.Organisations.Single(o => o.Code == "CBI-TM");
        missing.Status.Should().BeNull();
        missing.Co2eTonnes.Should().BeNull("an organisation with no inventory is not started, never zero");
        board.Organisations.Single(o => o.Code == "CPS-CM").Should().Match<BoardOrganisationRow>(o => o.InventoryId == draft && o.Status == InventoryStatus.Draft && o.Co2eTonnes == InventoryTonnes);
        board.ByScope.Should().BeEquivalentTo([new BoardTotal<EmissionScope>(EmissionScope.Scope1, 2 * Scope1Tonnes), new BoardTotal<EmissionScope>(EmissionScope.Scope2, 2 * Scope2Tonnes)]);
        board.BySector.Should().BeEquivalentTo([new BoardTotal<CategoryGroup>(CategoryGroup.MobileCombustion, 2 * Scope1Tonnes), new BoardTotal<CategoryGroup>(CategoryGroup.Electricity, 2 * Scope2Tonnes)]);
        board.ReportedTonnes.Should().Be(2 * InventoryTonnes, "the draft is not reported");
        var stored = await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.InventoryId == submitted || r.InventoryId == approved).SumAsync(r => r.Co2eKg!.Value));
        board.ReportedTonnes.Should().Be(stored / 1000m);
    }

    [Fact]
    public async Task ProvincePage_ThaiProvincialOfficer_ShowsOwnProvinceWithBuddhistEraYearNotStartedAndChartData()
    {
        const int year = 2021;
        var inventory = await app.CalculatedInventoryAsync("CMI-CM", year, InventoryStatus.Approved);
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50")));

        var html = await client.GetStringAsync(new Uri($"/Boards/Province?year={year}", UriKind.Relative));

        html.Should().Contain("เชียงใหม่").And.Contain("พ.ศ. 2564").And.Contain($"/Inventories/Detail/{inventory}")
            .And.Contain("73.691").And.Contain("id=\"board-chart-data\"").And.Contain("/js/boards.js");
        html.Should().NotContain("<script>", "the page has no inline script");
    }

    [Fact]
    public async Task ProvincePage_ProvincialOfficerOfAnotherProvince_IsForbidden()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));

        var other = await client.GetAsync(new Uri("/Boards/Province?province=20", UriKind.Relative));
        var own = await client.GetAsync(new Uri("/Boards/Province?province=50", UriKind.Relative));

        other.StatusCode.Should().Be(HttpStatusCode.Redirect);
        other.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        own.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task National_TwoProvincesReporting_CountsCompletenessAndRanksByTheChosenFigure()
    {
        const int year = 2022;
        await app.CalculatedInventoryAsync("LCB-CM", year, InventoryStatus.Submitted);
        await app.CalculatedInventoryAsync("PTY", year, InventoryStatus.Approved);
        await app.CalculatedInventoryAsync("CPS-CM", year, InventoryStatus.Draft);
        await app.CalculatedInventoryAsync("CMI-CM", year, InventoryStatus.Verified);
        var admin = await app.CreateUserAsync(Roles.Administrator);

        var byTotal = (await app.AsUserAsync<BoardQueries, Result<NationalBoard>>(admin, (s, u) => s.NationalAsync(u, year, NationalSort.Total, CancellationToken.None))).Value!;
        var byCompleteness = (await app.AsUserAsync<BoardQueries, Result<NationalBoard>>(admin, (s, u) => s.NationalAsync(u, year, NationalSort.Completeness, CancellationToken.None))).Value!;

        var chonBuri = byTotal.Provinces.Single(p => p.ProvinceCode == "20");
        chonBuri.Organisations.Should().Be(4);
        chonBuri.ByStatus.Should().BeEquivalentTo(new Dictionary<InventoryStatus, int> { [InventoryStatus.Submitted] = 1, [InventoryStatus.Approved] = 1, [InventoryStatus.Draft] = 1 });
        chonBuri.NotStarted.Should().Be(1);
        chonBuri.Reporting.Should().Be(2);
        chonBuri.CompletenessPercent.Should().Be(50m);
        chonBuri.ReportedTonnes.Should().Be(2 * InventoryTonnes);
        var chiangMai = byTotal.Provinces.Single(p => p.ProvinceCode == "50");
        chiangMai.CompletenessPercent.Should().Be(100m);
        chiangMai.ReportedTonnes.Should().Be(InventoryTonnes);
        byTotal.ReportedTonnes.Should().Be(3 * InventoryTonnes);
        byTotal.Provinces.Take(2).Select(p => p.ProvinceCode).Should().Equal("20", "50");
        byCompleteness.Provinces.Take(2).Select(p => p.ProvinceCode).Should().Equal("50", "20");
        byTotal.Provinces.Where(p => p.ProvinceCode is not ("20" or "50")).Should().OnlyContain(p => p.ReportedTonnes == null);
    }

    [Fact]
    public async Task NationalPage_SortQueryAndRoles_RanksServerSideAndForbidsProvincialOfficers()
    {
        const int year = 2019;
        await app.CalculatedInventoryAsync("CMI-CM", year, InventoryStatus.Submitted);
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var provincial = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));

        var html = await tgo.GetStringAsync(new Uri($"/Boards/National?year={year}&sort=Completeness", UriKind.Relative));
        var forbidden = await provincial.GetAsync(new Uri("/Boards/National", UriKind.Relative));

        html.IndexOf("data-province=\"50\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("data-province=\"10\"", StringComparison.Ordinal));
        html.Should().Contain($"/Boards/Province?province=50&amp;year={year}").And.Contain("100 %").And.Contain("73.691");
        forbidden.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Boards_AfterAStatusChange_ShowTheNewFiguresOnTheNextLoad()
    {
        const int year = 2017;
        var inventory = await app.CalculatedInventoryAsync("CMI-CM", year, InventoryStatus.Draft);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        async Task<(NationalBoardRow Nation, ProvinceBoard Province)> BoardsAsync() => (
            (await app.AsUserAsync<BoardQueries, Result<NationalBoard>>(admin, (s, u) => s.NationalAsync(u, year, NationalSort.Province, CancellationToken.None))).Value!
                .Provinces.Single(p => p.ProvinceCode == "50"),
            (await app.AsUserAsync<BoardQueries, Result<ProvinceBoard>>(admin, (s, u) => s.ProvinceAsync(u, "50", year, CancellationToken.None))).Value!);

        var before = await BoardsAsync();
        await app.SetStatusAsync(inventory, InventoryStatus.Submitted);
        var after = await BoardsAsync();

        before.Nation.ReportedTonnes.Should().BeNull("a draft is not reported");
        before.Province.ReportedTonnes.Should().BeNull();
        after.Nation.ReportedTonnes.Should().Be(InventoryTonnes, "the board's figures are kept only until something they show changes");
        after.Nation.ByStatus.Should().BeEquivalentTo(new Dictionary<InventoryStatus, int> { [InventoryStatus.Submitted] = 1 });
        after.Province.ReportedTonnes.Should().Be(InventoryTonnes);
        after.Province.Organisations.Single(o => o.InventoryId == inventory).Status.Should().Be(InventoryStatus.Submitted);
    }
}
