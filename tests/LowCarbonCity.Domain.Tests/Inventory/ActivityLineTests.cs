using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Inventory;

public sealed class ActivityLineTests
{
    private static readonly Guid InventoryId = Guid.NewGuid();

    [Fact]
    public void WithAnnualQuantity_NegativeQuantity_IsRefusedNamingTheField()
    {
        var act = () => ActivityLine.WithAnnualQuantity(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, new Quantity(-1m, Unit.Litre));

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Amount");
    }

    [Fact]
    public void WithMonthlyQuantities_OneNegativeMonth_IsRefusedNamingTheMonth()
    {
        decimal[] months = [1, 1, 1, 1, -5, 1, 1, 1, 1, 1, 1, 1];

        var act = () => ActivityLine.WithMonthlyQuantities(Guid.NewGuid(), InventoryId, ActivityCategory.GridElectricity, months, Unit.KWh);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("MonthlyValues[4]");
    }

    [Fact]
    public void WithMonthlyQuantities_ElevenValues_IsRefused()
    {
        var act = () => ActivityLine.WithMonthlyQuantities(Guid.NewGuid(), InventoryId, ActivityCategory.GridElectricity, new decimal[11], Unit.KWh);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("months.count");
    }

    [Fact]
    public void WithMonthlyQuantities_TwelveValues_AmountIsTheirSum()
    {
        decimal[] months = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210.5m];

        var line = ActivityLine.WithMonthlyQuantities(Guid.NewGuid(), InventoryId, ActivityCategory.GridElectricity, months, Unit.KWh);

        line.Quantity.Should().Be(new Quantity(1_860.5m, Unit.KWh));
        line.MonthlyValues.Should().Equal(months);
    }

    [Theory]
    [InlineData(ActivityCategory.GridElectricity, "L")]
    [InlineData(ActivityCategory.OnRoadDiesel, "kg")]
    [InlineData(ActivityCategory.TapWaterPwa, "kWh")]
    [InlineData(ActivityCategory.RefrigerantR410A, "L")]
    [InlineData(ActivityCategory.OnRoadB7, "MJ")]
    public void WithAnnualQuantity_UnitThatDoesNotFitTheCategory_IsRefused(ActivityCategory category, string unitCode)
    {
        var act = () => ActivityLine.WithAnnualQuantity(Guid.NewGuid(), InventoryId, category, new Quantity(10m, Unit.FromCode(unitCode)));

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Unit");
    }

    [Theory]
    [InlineData(ActivityCategory.GridElectricity, "MWh")]
    [InlineData(ActivityCategory.OnRoadDiesel, "m3")]
    [InlineData(ActivityCategory.StationaryLpg, "kg")]
    [InlineData(ActivityCategory.StationaryLpg, "L")]
    [InlineData(ActivityCategory.StationaryNaturalGas, "scf")]
    public void WithAnnualQuantity_UnitOfAnAcceptedDimension_IsAccepted(ActivityCategory category, string unitCode)
    {
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), InventoryId, category, new Quantity(10m, Unit.FromCode(unitCode)));

        line.Quantity!.Value.Unit.Code.Should().Be(unitCode);
    }

    [Fact]
    public void SetNotationKey_OnALineWithAQuantity_ReplacesTheQuantitySoNeverBoth()
    {
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, new Quantity(10m, Unit.Litre));

        line.SetNotationKey(NotationKey.IE, "Included in the fleet line");

        line.Quantity.Should().BeNull();
        line.NotationKey.Should().Be(NotationKey.IE);
    }

    [Fact]
    public void SetAnnualQuantity_OnALineWithANotationKey_ClearsTheKeySoNeverBoth()
    {
        var line = ActivityLine.WithNotationKey(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, NotationKey.NE, "No records");

        line.SetAnnualQuantity(new Quantity(5m, Unit.Litre));

        line.NotationKey.Should().BeNull();
        line.NotationExplanation.Should().BeNull();
        line.Quantity.Should().Be(new Quantity(5m, Unit.Litre));
    }

    [Fact]
    public void WithNotationKey_WithoutExplanation_IsRefusedSoNeverNeither()
    {
        var act = () => ActivityLine.WithNotationKey(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, NotationKey.NE, " ");

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("NotationExplanation");
    }

    [Fact]
    public void CustomFactor_WithoutJustification_IsRefused()
    {
        var act = () => new CustomFactor(Gas.CO2e, 2.5m, Unit.Litre, "");

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("CustomFactor.Justification");
    }

    [Fact]
    public void UseCustomFactor_PerUnitOfAnotherDimension_IsRefused()
    {
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, new Quantity(10m, Unit.Litre));

        var act = () => line.UseCustomFactor(new CustomFactor(Gas.CO2e, 3m, Unit.Kilogram, "Supplier data"));

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("CustomFactor.PerUnit");
    }

    [Fact]
    public void UseCustomFactor_OnANotationKeyLine_IsRefused()
    {
        var line = ActivityLine.WithNotationKey(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, NotationKey.NO, "No vehicles");

        var act = () => line.UseCustomFactor(new CustomFactor(Gas.CO2e, 3m, Unit.Litre, "Supplier data"));

        act.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Changes_EachBumpTheVersion()
    {
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), InventoryId, ActivityCategory.OnRoadDiesel, new Quantity(10m, Unit.Litre));
        var before = line.Version;

        line.Describe("Garbage trucks", "Fuel log", DataQuality.High);
        line.SetAnnualQuantity(new Quantity(11m, Unit.Litre));

        line.Version.Should().Be(before + 2);
    }
}
