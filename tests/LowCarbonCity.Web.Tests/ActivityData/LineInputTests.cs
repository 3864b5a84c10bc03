using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.ActivityData;

/// <summary>Every field of <see cref="LineInput"/>: stored when valid; otherwise Invalid naming the field, and nothing saved.</summary>
public sealed class LineInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    private static LineInput Electricity => new() { Category = ActivityCategory.GridElectricity, Amount = 1_000m, UnitCode = "kWh", Description = "Pumps" };

    private static decimal?[] Months(params decimal?[] values) => values;

    private async Task<(TestUser Municipal, Guid InventoryId)> ArrangeAsync(InventoryKind kind = InventoryKind.Organisation)
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2000 + Interlocked.Increment(ref _nextYear), complete: false, kind: kind);
        return (municipal, id);
    }

    private Task<Result<LineRef>> AddAsync(TestUser user, Guid inventoryId, LineInput input) =>
        app.AsUserAsync<ActivityDataService, Result<LineRef>>(user, (s, p) => s.AddLineAsync(p, inventoryId, input, CancellationToken.None));

    private Task<ActivityLine> LineAsync(Guid id) => app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == id));

    private async Task AssertInvalidAndNothingSavedAsync(Guid inventoryId, Result<LineRef> result, params string[] fields)
    {
        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Keys.Should().Contain(fields);
        (await app.InventoryAsync(inventoryId)).Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task AddLineAsync_TwelveMonthlyValues_StoresTheMonthsAndTheirSumAndCalculates()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { Amount = null, MonthlyValues = Months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) });

        result.Status.Should().Be(ResultStatus.Ok);
        var line = await LineAsync(result.Value!.Id);
        line.IsMonthly.Should().BeTrue();
        line.MonthlyValues.Should().Equal(1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m, 11m, 12m);
        line.Amount.Should().Be(78m);
        (await app.WithDbAsync(db => db.ActivityLineResults.AnyAsync(r => r.LineId == line.Id))).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateLineAsync_MonthlyToAnnual_ReplacesTheMonths()
    {
        var (municipal, id) = await ArrangeAsync();
        var added = await AddAsync(municipal, id, Electricity with { Amount = null, MonthlyValues = Months(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) });

        var updated = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) =>
            s.UpdateLineAsync(p, added.Value!.Id, added.Value.Version, Electricity with { Amount = 500m, UnitCode = "MWh" }, CancellationToken.None));

        updated.Status.Should().Be(ResultStatus.Ok);
        var line = await LineAsync(added.Value!.Id);
        line.IsMonthly.Should().BeFalse();
        line.Amount.Should().Be(500m);
        line.Unit!.Code.Should().Be("MWh");
    }

    [Fact]
    public async Task AddLineAsync_ElevenMonthsAndANegativeMonth_IsInvalidNamingEachMonth()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { Amount = null, MonthlyValues = Months(1, 2, null, 4, 5, 6, -7, 8, 9, 10, 11, 12) });

        await AssertInvalidAndNothingSavedAsync(id, result, "MonthlyValues[2]", "MonthlyValues[6]");
    }

    [Fact]
    public async Task AddLineAsync_AnnualAndMonthlyTogether_IsInvalidOnAmount()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { MonthlyValues = Months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) });

        await AssertInvalidAndNothingSavedAsync(id, result, "Amount");
    }

    [Theory]
    [InlineData("L")]
    [InlineData("furlong")]
    [InlineData(null)]
    public async Task AddLineAsync_UnitNotOneOfTheCategorysUnits_IsInvalidOnUnitCode(string? unit)
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { UnitCode = unit });

        await AssertInvalidAndNothingSavedAsync(id, result, "UnitCode");
        result.Errors["UnitCode"].Single().Should().Contain("kWh");
    }

    [Fact]
    public async Task AddLineAsync_NotationKeyWithAQuantityAndNoExplanation_NamesBothFields()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { NotationKey = NotationKey.NE, NotationExplanation = " " });

        await AssertInvalidAndNothingSavedAsync(id, result, "NotationKey", "NotationExplanation");
    }

    [Fact]
    public async Task AddLineAsync_NotationKeyWithExplanation_IsStoredWithoutQuantity()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, new LineInput { Category = ActivityCategory.OnRoadDiesel, NotationKey = NotationKey.NO, NotationExplanation = "No vehicles" });

        result.Status.Should().Be(ResultStatus.Ok);
        var line = await LineAsync(result.Value!.Id);
        line.NotationKey.Should().Be(NotationKey.NO);
        line.Amount.Should().BeNull();
    }

    [Fact]
    public async Task AddLineAsync_GpcSubsectorOnAnOrganisationInventory_IsInvalidOnGpcSubsector()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { GpcSubsector = GpcSubsector.Residential });

        await AssertInvalidAndNothingSavedAsync(id, result, "GpcSubsector");
    }

    [Fact]
    public async Task AddLineAsync_GpcSubsectorOnACityInventory_IsStored()
    {
        var (municipal, id) = await ArrangeAsync(InventoryKind.City);

        var result = await AddAsync(municipal, id, Electricity with { GpcSubsector = GpcSubsector.Residential });

        result.Status.Should().Be(ResultStatus.Ok);
        (await LineAsync(result.Value!.Id)).GpcSubsector.Should().Be(GpcSubsector.Residential);
    }

    [Fact]
    public async Task AddLineAsync_CustomFactorSourceAndQuality_AreStored()
    {
        var (municipal, id) = await ArrangeAsync();
        var factor = new CustomFactorInput { Gas = Gas.CO2e, KgPerUnit = 0.45m, PerUnitCode = "kWh", Justification = "Supplier's certificate 2024" };

        var result = await AddAsync(municipal, id, Electricity with { CustomFactor = factor, DataSource = "PEA bills", DataQuality = DataQuality.High });

        result.Status.Should().Be(ResultStatus.Ok);
        var line = await LineAsync(result.Value!.Id);
        line.CustomFactor!.KgPerUnit.Should().Be(0.45m);
        line.CustomFactor.Gas.Should().Be(Gas.CO2e);
        line.CustomFactor.PerUnit.Code.Should().Be("kWh");
        line.CustomFactor.Justification.Should().Be("Supplier's certificate 2024");
        line.DataSource.Should().Be("PEA bills");
        line.DataQuality.Should().Be(DataQuality.High);
    }

    [Fact]
    public async Task AddLineAsync_IncompleteCustomFactor_NamesEveryMissingField()
    {
        var (municipal, id) = await ArrangeAsync();
        var factor = new CustomFactorInput { KgPerUnit = -1m, PerUnitCode = "L" };

        var result = await AddAsync(municipal, id, Electricity with { CustomFactor = factor });

        await AssertInvalidAndNothingSavedAsync(id, result, "CustomFactor.Gas", "CustomFactor.KgPerUnit", "CustomFactor.PerUnitCode", "CustomFactor.Justification");
    }

    [Fact]
    public async Task AddLineAsync_EmptyCustomFactorAsAFormPostsIt_MeansNone()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { CustomFactor = new CustomFactorInput() });

        result.Status.Should().Be(ResultStatus.Ok);
        (await LineAsync(result.Value!.Id)).CustomFactor.Should().BeNull();
    }

    [Fact]
    public async Task AddLineAsync_ParametersOnAFactorBasedCategory_IsInvalidOnParametersJson()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { ParametersJson = "{\"chargeKg\": 2}" });

        await AssertInvalidAndNothingSavedAsync(id, result, "ParametersJson");
    }

    [Theory]
    [InlineData("{not json", "ParametersJson")]
    [InlineData("{\"chargeKg\": -2, \"annualLeakRate\": 0.05, \"equipmentClass\": \"ResidentialCommercialAirConditioning\"}", "ParametersJson.")]
    public async Task AddLineAsync_BadRefrigerantParameters_IsInvalidKeyedByTheParameter(string json, string fieldPrefix)
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, new LineInput { Category = ActivityCategory.RefrigerantR32, Amount = 1m, UnitCode = "kg", ParametersJson = json });

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Keys.Should().Contain(k => k.StartsWith(fieldPrefix, StringComparison.Ordinal));
        (await app.InventoryAsync(id)).Lines.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"mcf\": 0.8}", "ParametersJson")]
    [InlineData("{\"codMgPerL\": \"lots\", \"mcf\": 0.8}", "ParametersJson")]
    [InlineData("{\"codMgPerL\": -120, \"mcf\": 0.8}", "ParametersJson.")]
    public async Task AddLineAsync_BadWastewaterParameters_IsInvalidAndNothingSaved(string json, string fieldPrefix)
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, new LineInput { Category = ActivityCategory.WastewaterCod, Amount = 775.2m, UnitCode = "m3", ParametersJson = json });

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Keys.Should().Contain(k => k.StartsWith(fieldPrefix, StringComparison.Ordinal));
        (await app.InventoryAsync(id)).Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task AddLineAsync_UnknownDisposalSite_IsInvalidOnSolidWasteSiteId()
    {
        var (municipal, id) = await ArrangeAsync();

        var result = await AddAsync(municipal, id, Electricity with { SolidWasteSiteId = Guid.NewGuid() });

        await AssertInvalidAndNothingSavedAsync(id, result, "SolidWasteSiteId");
    }

    [Fact]
    public async Task UpdateLineAsync_InvalidInput_ChangesNothing()
    {
        var (municipal, id) = await ArrangeAsync();
        var added = await AddAsync(municipal, id, Electricity);

        var updated = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) =>
            s.UpdateLineAsync(p, added.Value!.Id, added.Value.Version, Electricity with { Amount = 5m, UnitCode = "t", Description = "changed" }, CancellationToken.None));

        updated.Status.Should().Be(ResultStatus.Invalid);
        updated.Errors.Should().ContainKey("UnitCode");
        var line = await LineAsync(added.Value!.Id);
        line.Amount.Should().Be(1_000m);
        line.Description.Should().Be("Pumps");
        line.Version.Should().Be(added.Value.Version);
    }
}
