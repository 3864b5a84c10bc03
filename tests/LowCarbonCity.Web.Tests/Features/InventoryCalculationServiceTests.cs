using System.Globalization;
using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Features;

/// <summary>
/// A write recalculates only the lines it touches (<see cref="InventoryCalculationService.RecalculateLinesAsync"/>)
/// and moves the summary by the difference; after every step of a sequence of adds, changes and deletes the stored
/// results, gases and summary rows are exactly those a full recalculation stores. And the line limits.
/// </summary>
public sealed class InventoryCalculationServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static LineInput Electricity(decimal kwh, GpcSubsector? subsector = null) =>
        new() { Category = ActivityCategory.GridElectricity, Amount = kwh, UnitCode = "kWh", Description = "Pumps", GpcSubsector = subsector };

    private static LineInput Diesel(decimal litres, GpcSubsector? subsector = null) =>
        new() { Category = ActivityCategory.OnRoadDiesel, Amount = litres, UnitCode = "L", Description = "Trucks", GpcSubsector = subsector };

    private static LineInput Landfill(Guid site, decimal tonnes) =>
        new() { Category = ActivityCategory.SolidWasteDisposal, Amount = tonnes, UnitCode = "t", Description = "Landfill", SolidWasteSiteId = site };

    [Fact]
    public async Task Writes_OrganisationInventoryWithASharedLandfillSite_StoreWhatAFullRecalculationStores()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2012);
        await app.CalculateAsync(id);
        var site = await CreateSiteAsync("CMI-CM", lastYear: 2012);
        var lines = (await app.InventoryAsync(id)).Lines;
        var diesel = lines.Single(l => l.Category == ActivityCategory.OnRoadDiesel);
        var grid = lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        var keyed = lines.Single(l => l.NotationKey is not null);

        var a = await AddAsync(municipal, id, Landfill(site, 500m));
        await AssertAsFullRecalculationAsync(id);
        var b = await AddAsync(municipal, id, Landfill(site, 700m) with { Description = "Second cell" });
        await AssertAsFullRecalculationAsync(id);
        var changed = await UpdateAsync(municipal, diesel.Id, diesel.Version, Diesel(1_000m));
        await AssertAsFullRecalculationAsync(id);
        // Hand-worked: 1,000 L x (2.6987 + 0.000142 x 30 + 0.000142 x 265) = 2,740.59 kg CO2e, the only mobile line.
        (await SummaryAsync(id)).Should().ContainSingle(t => t.Sector == CategoryGroup.MobileCombustion)
            .Which.Should().Be((CategoryGroup.MobileCombustion, (string?)null, EmissionScope.Scope1, 2_740.59m, 1));

        // The site's history changes (as its own page would save it); a change to one of its lines brings the other
        // line on the site up to date as well.
        await SetDepositAsync(site, 2011, 9_000m);
        a = await UpdateAsync(municipal, a.Id, a.Version, Landfill(site, 550m));
        await AssertAsFullRecalculationAsync(id);

        // A notation key becomes a quantity (the line enters the summary), a line is deleted, another added.
        keyed = await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == keyed.Id));
        await UpdateAsync(municipal, keyed.Id, keyed.Version,
            new LineInput { Category = ActivityCategory.WasteToThirdPartyLandfill, Amount = 45m, UnitCode = "t" });
        await AssertAsFullRecalculationAsync(id);
        (await DeleteAsync(municipal, grid.Id, grid.Version)).Status.Should().Be(ResultStatus.Ok);
        await AssertAsFullRecalculationAsync(id);
        (await SummaryAsync(id)).Should().NotContain(t => t.Sector == CategoryGroup.Electricity, "the only electricity line is gone");
        (await DeleteAsync(municipal, b.Id, b.Version)).Status.Should().Be(ResultStatus.Ok);
        await AssertAsFullRecalculationAsync(id);
        await AddAsync(municipal, id, Electricity(3_000m));
        await AssertAsFullRecalculationAsync(id);

        // Bulk: the API's upsert (one new, one changed) and the template's batch (one new, one changed).
        var bulk = await app.AsUserAsync<ActivityDataService, Result<IReadOnlyList<LineRef>>>(municipal, (s, p) => s.UpsertLinesAsync(p, id,
            [new LineUpsert { Line = Diesel(250m) }, new LineUpsert { Id = changed.Id, Version = changed.Version, Line = Diesel(1_500m) }], CancellationToken.None));
        bulk.Status.Should().Be(ResultStatus.Ok);
        await AssertAsFullRecalculationAsync(id);
        var version = (await app.InventoryAsync(id)).Version;
        var batch = await app.AsUserAsync<ActivityDataService, Result<int>>(municipal, (s, p) => s.ApplyChangesAsync(p, id, version,
            [new LineChange(null, Electricity(10m), "row 2"), new LineChange(a.Id, Landfill(site, 600m), "row 3")], CancellationToken.None));
        batch.Status.Should().Be(ResultStatus.Ok);
        await AssertAsFullRecalculationAsync(id);

        // Results that are no base to build on (a line's results lost, as by a write that did not calculate): the
        // next write recalculates every line.
        await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.LineId == a.Id).ExecuteDeleteAsync());
        await AddAsync(municipal, id, Diesel(10m));
        await AssertAsFullRecalculationAsync(id);
        (await app.WithDbAsync(db => db.ActivityLineResults.AnyAsync(r => r.LineId == a.Id))).Should().BeTrue();
    }

    [Fact]
    public async Task Writes_CityInventory_StoreWhatAFullRecalculationStoresWithTheGpcPlacement()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "NMA-CM");
        var id = await app.CreateInventoryAsync("NMA-CM", 2013, complete: false, kind: InventoryKind.City);
        var site = await CreateSiteAsync("NMA-CM", lastYear: 2013);

        var homes = await AddAsync(municipal, id, Electricity(100_000m, GpcSubsector.Residential));
        await AssertAsFullRecalculationAsync(id);
        var shops = await AddAsync(municipal, id, Electricity(40_000m, GpcSubsector.CommercialInstitutional));
        var trucks = await AddAsync(municipal, id, Diesel(2_000m));
        await AddAsync(municipal, id, Landfill(site, 800m) with { GpcSubsector = GpcSubsector.SolidWasteDisposal });
        await AddAsync(municipal, id, new LineInput
        {
            Category = ActivityCategory.StationaryLignite, NotationKey = NotationKey.NO, NotationExplanation = "No lignite burnt",
            GpcSubsector = GpcSubsector.ManufacturingConstruction,
        });
        await AssertAsFullRecalculationAsync(id);
        (await app.WithDbAsync(db => db.ActivityLineResults.AnyAsync(r => r.InventoryId == id && r.InBasic)))
            .Should().BeTrue("the comparison covers the BASIC placement");

        // Moving a line to another sub-sector moves it between GPC cells and summary rows.
        homes = await UpdateAsync(municipal, homes.Id, homes.Version, Electricity(100_000m, GpcSubsector.ManufacturingConstruction));
        await AssertAsFullRecalculationAsync(id);
        await UpdateAsync(municipal, trucks.Id, trucks.Version, Diesel(2_500m));
        await AssertAsFullRecalculationAsync(id);
        (await DeleteAsync(municipal, shops.Id, shops.Version)).Status.Should().Be(ResultStatus.Ok);
        await AssertAsFullRecalculationAsync(id);
        (await DeleteAsync(municipal, homes.Id, homes.Version)).Status.Should().Be(ResultStatus.Ok);
        await AssertAsFullRecalculationAsync(id);
        (await SummaryAsync(id)).Should().NotContain(t => t.Sector == CategoryGroup.Electricity);
    }

    [Fact]
    public async Task AddLine_InventoryAtTheLimit_IsRefusedInThaiNamingTheLimitAndNothingIsSaved()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var id = await app.CreateInventoryAsync("LCB-CM", 2014, complete: false);
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == id);
            for (var i = 0; i < LineLimits.PerInventory; i++)
            {
                var line = ActivityLine.WithNotationKey(Guid.NewGuid(), id, ActivityCategory.StationaryLignite, NotationKey.NO, "None");
                inventory.AddLine(line, DateTimeOffset.UtcNow);
                db.ActivityLines.Add(line);
            }

            return await db.SaveChangesAsync();
        });

        var service = await AddAsync(municipal, id, Electricity(1m), expectOk: false);
        using var client = AppFactory.InThai(await app.ClientForAsync(municipal));
        using var page = await AppFactory.PostFormAsync(client, "/Inventories/Start", new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.GridElectricity),
            ["New.Amount"] = "1",
            ["New.UnitCode"] = "kWh",
        }, $"/Inventories/Detail/{id}?handler=AddLine");

        service.Status.Should().Be(ResultStatus.Invalid);
        service.Errors.Should().ContainKey("lines").WhoseValue.Should().ContainSingle()
            .Which.Should().Contain("at most 5,000 activity lines").And.Contain("has 5,000");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync())
            .Should().Contain("บัญชีหนึ่งมีรายการกิจกรรมได้ไม่เกิน 5,000 รายการ บัญชีนี้มีอยู่แล้ว 5,000 รายการ");
        (await app.WithDbAsync(db => db.ActivityLines.CountAsync(l => l.InventoryId == id))).Should().Be(5_000);
        (await app.WithDbAsync(db => db.ActivityLineResults.CountAsync(r => r.InventoryId == id))).Should().Be(0);
    }

    [Fact]
    public async Task UpsertLines_MoreThanOneBulkCallHolds_IsRefusedNamingTheLimitAndNothingIsSaved()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2015, complete: false);
        var lines = Enumerable.Range(0, LineLimits.PerBulkCall + 1).Select(i => new LineUpsert { Line = Electricity(i) }).ToList();

        var result = await app.AsUserAsync<ActivityDataService, Result<IReadOnlyList<LineRef>>>(municipal, (s, p) =>
            s.UpsertLinesAsync(p, id, lines, CancellationToken.None));
        var atTheLimit = await app.AsUserAsync<ActivityDataService, Result<IReadOnlyList<LineRef>>>(municipal, (s, p) =>
            s.UpsertLinesAsync(p, id, lines.Take(LineLimits.PerBulkCall).ToList(), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Should().ContainKey("lines").WhoseValue.Should().ContainSingle()
            .Which.Should().Be("Send at most 2,000 lines at a time; this request has 2,001. Nothing was saved.");
        atTheLimit.Status.Should().Be(ResultStatus.Ok, "2,000 lines are one bulk call");
        (await app.WithDbAsync(db => db.ActivityLines.CountAsync(l => l.InventoryId == id))).Should().Be(2_000);
        await AssertAsFullRecalculationAsync(id);
    }

    private async Task<LineRef> AddAsync(TestUser user, Guid inventoryId, LineInput input) =>
        (await AddAsync(user, inventoryId, input, expectOk: true)).Value!;

    private async Task<Result<LineRef>> AddAsync(TestUser user, Guid inventoryId, LineInput input, bool expectOk)
    {
        var result = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(user, (s, p) => s.AddLineAsync(p, inventoryId, input, CancellationToken.None));
        if (expectOk)
        {
            result.Status.Should().Be(ResultStatus.Ok, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        }

        return result;
    }

    private async Task<LineRef> UpdateAsync(TestUser user, Guid lineId, int version, LineInput input)
    {
        var result = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(user, (s, p) => s.UpdateLineAsync(p, lineId, version, input, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.Value!;
    }

    private Task<Result<LineRef>> DeleteAsync(TestUser user, Guid lineId, int version) =>
        app.AsUserAsync<ActivityDataService, Result<LineRef>>(user, (s, p) => s.DeleteLineAsync(p, lineId, version, CancellationToken.None));

    /// <summary>A managed landfill of the organisation with food and paper deposits from 2000 to <paramref name="lastYear"/>.</summary>
    private async Task<Guid> CreateSiteAsync(string organisationCode, int lastYear)
    {
        var organisationId = await app.OrganisationIdAsync(organisationCode);
        return await app.WithDbAsync(async db =>
        {
            var site = new SolidWasteSite(Guid.NewGuid(), organisationId, "Test landfill", SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: true);
            for (var year = 2000; year <= lastYear; year++)
            {
                site.SetDeposit(year, WasteType.Food, 4_000m + (100m * (year - 2000)), isBackCast: false);
                site.SetDeposit(year, WasteType.Paper, 1_000m, isBackCast: false);
            }

            db.SolidWasteSites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
    }

    private Task<int> SetDepositAsync(Guid siteId, int year, decimal foodTonnes) =>
        app.WithDbAsync(async db =>
        {
            var site = await db.SolidWasteSites.Include(s => s.Deposits).SingleAsync(s => s.Id == siteId);
            site.SetDeposit(year, WasteType.Food, foodTonnes, isBackCast: false);
            return await db.SaveChangesAsync();
        });

    private Task<List<(CategoryGroup Sector, string? GpcSector, EmissionScope Scope, decimal Co2eKg, int Lines)>> SummaryAsync(Guid id) =>
        app.WithDbAsync(async db => (await db.InventoryTotals.AsNoTracking().Where(t => t.InventoryId == id).ToListAsync())
            .Select(t => (t.Sector, t.GpcSector, t.Scope, t.Co2eKg, t.Lines)).ToList());

    /// <summary>
    /// The stored results, gases and summary of the inventory equal, to the last digit, what a full recalculation
    /// stores (run in a transaction that is rolled back, so the next step starts from the incremental state).
    /// </summary>
    private async Task AssertAsFullRecalculationAsync(Guid id)
    {
        var stored = await app.WithDbAsync(db => StoredAsync(db, id));
        var full = await app.WithServiceAsync<IServiceProvider, Stored>(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<InventoryCalculationService>().RecalculateAndSaveAsync(id, CancellationToken.None);
            db.ChangeTracker.Clear();
            var recalculated = await StoredAsync(db, id);
            await transaction.RollbackAsync();
            return recalculated;
        });

        full.Results.Should().NotBeEmpty();
        stored.Results.Should().Equal(full.Results);
        stored.Gases.Should().Equal(full.Gases);
        stored.Totals.Should().Equal(full.Totals);
    }

    private sealed record Stored(List<string> Results, List<string> Gases, List<string> Totals);

    /// <summary>Every stored column but the row ids and the calculation time, one string per row, in a fixed order.</summary>
    private static async Task<Stored> StoredAsync(AppDbContext db, Guid id)
    {
        // Decimals by value (2740.59 and 2740.590000 are one number; SQLite keeps the scale the arithmetic gave).
        static string Row(params object?[] values) => string.Join("|", values.Select(v =>
            v is decimal d ? d.ToString("G29", CultureInfo.InvariantCulture) : Convert.ToString(v, CultureInfo.InvariantCulture)));
        var results = await db.ActivityLineResults.AsNoTracking().Where(r => r.InventoryId == id).ToListAsync();
        var resultIds = results.Select(r => r.Id).ToList();
        var gases = await db.ActivityLineGasResults.AsNoTracking().Where(g => resultIds.Contains(g.ResultId)).ToListAsync();
        var keyOf = results.ToDictionary(r => r.Id, r => (r.LineId, r.Part));
        var totals = await db.InventoryTotals.AsNoTracking().Where(t => t.InventoryId == id).ToListAsync();
        return new Stored(
            results.Select(r => Row(r.LineId, r.Part, r.Category, r.Scope, r.GpcReference, r.ConvertedAmount, r.ConvertedUnit?.Code, r.Co2eKg,
                    r.MemoCo2eKg, r.Formula, r.FactorEditionCode, r.GwpSetCode, r.UsesCustomFactor, r.NotationKey, r.Convention,
                    r.InBasic, r.InBasicPlus, r.InTerritorial))
                .Order(StringComparer.Ordinal).ToList(),
            gases.Select(g => Row(keyOf[g.ResultId].LineId, keyOf[g.ResultId].Part, g.Gas, g.MassKg, g.Gwp, g.Co2eKg, g.IsMemo,
                    g.FactorKgPerUnit, g.FactorPerUnit?.Code, g.FactorSource))
                .Order(StringComparer.Ordinal).ToList(),
            totals.Select(t => Row(t.OrganisationId, t.Year, t.Kind, t.Status, t.Sector, t.GpcSector, t.Scope, t.Co2eKg, t.Lines))
                .Order(StringComparer.Ordinal).ToList());
    }
}
