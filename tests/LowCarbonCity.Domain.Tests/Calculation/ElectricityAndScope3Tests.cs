using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

public class ElectricityAndScope3Tests
{
    [Theory]
    [InlineData(2025, "499.9", "TGO-CFO-2022-04")]
    [InlineData(2026, "475.0", "TGO-CFO-2026-01")]
    public void Calculate_ThousandKwhOfGridElectricity_ScopeTwoByEditionOfYear(int year, string expected, string edition)
    {
        var result = Run(Cfo(year), Record(ActivityCategory.GridElectricity, 1000m, Unit.KWh));

        result.FactorEditionCode.Should().Be(edition);
        result.Lines.Should().ContainSingle().Which.Scope.Should().Be(EmissionScope.Scope2);
        result.Organisation!.Scope2Kg.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        result.Organisation.Scope3Kg.Should().Be(0m);
    }

    [Theory]
    [InlineData(2025, "98.7")]
    [InlineData(2026, "81.2")]
    public void Calculate_GridElectricityWithUpstreamOption_AddsScopeThreeUpstreamPart(int year, string expected)
    {
        var basis = Cfo(year) with { IncludeElectricityUpstream = true };

        var result = Run(basis, Record(ActivityCategory.GridElectricity, 1000m, Unit.KWh));

        var upstream = result.Lines.Single(l => l.Part == LinePart.ElectricityUpstream);
        upstream.Scope.Should().Be(EmissionScope.Scope3);
        result.Organisation!.Scope3Kg.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Calculate_ElectricityInMegawattHours_ConvertedOnceToKwh()
    {
        var line = One(Cfo(), Record(ActivityCategory.GridElectricity, 2m, Unit.MWh));

        line.ConvertedQuantity.Should().Be(new Quantity(2000m, Unit.KWh));
        line.Co2eKg.Should().Be(999.8m);
        line.Formula.Should().Be("2 MWh = 2,000 kWh × 0.4999 kg CO2e/kWh × 1 = 999.8 kg CO2e");
    }

    [Theory]
    [InlineData("0.5986")]
    [InlineData("0.5562")]
    public void Calculate_EditionWithProductLcaGridFactor_RefusedNamingTheLine(string lca)
    {
        var edition = new EmissionFactorEdition("BAD", "CFP as CFO", "CFP", "test", 2000, null, "AR5");
        edition.AddFactor(new EmissionFactor(ActivityCategory.GridElectricity, Gas.CO2e, decimal.Parse(lca, System.Globalization.CultureInfo.InvariantCulture), Unit.Kilogram, Unit.KWh, "TGO CFP list"));
        var record = Record(ActivityCategory.GridElectricity, 1000m, Unit.KWh);

        var act = () => EmissionCalculator.Calculate([record], new CalculationBasis(edition, SeedData.Ar5, InventoryKind.Organisation, 2025));

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == "CalculationBasis.Edition");
    }

    [Theory]
    [InlineData("598.6", "MWh")] // 0.5986 kg/kWh × 1,000
    [InlineData("556.2", "MWh")] // 0.5562 kg/kWh × 1,000
    [InlineData("166.28", "GJ")] // 0.5986 kg/kWh ÷ 3.6 MJ/kWh × 1,000 MJ/GJ = 166.277..., as a user would round it
    public void Calculate_CustomProductLcaGridFactorPerAnotherEnergyUnit_RefusedAsPerKwh(string value, string perUnit)
    {
        var custom = new CustomFactor(Gas.CO2e, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Unit.FromCode(perUnit), "supplier's figure");
        var record = Record(ActivityCategory.GridElectricity, 10m, Unit.MWh) with { CustomFactor = custom };

        var act = () => EmissionCalculator.Calculate([record], Cfo());

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == nameof(ActivityRecord.CustomFactor));
    }

    [Fact]
    public void Calculate_QuantityWithARepeatingConversion_FormulaPrintsSixDecimalsWhileTheResultKeepsItsPrecision()
    {
        // 1 GJ = 1,000 / 3.6 kWh = 277.777... kWh; × 0.4999 = 138.861111... kg CO2e.
        var line = One(Cfo(), Record(ActivityCategory.GridElectricity, 1m, Unit.GJ));

        line.Formula.Should().Be("1 GJ = 277.777778 kWh × 0.4999 kg CO2e/kWh × 1 = 138.861111 kg CO2e");
        line.Co2eKg.Should().BeApproximately(1000m / 3.6m * 0.4999m, 0.000000000001m);
        (line.Co2eKg - 138.861111m).Should().NotBe(0m, "only the text is rounded");
    }

    [Fact]
    public void Calculate_CustomGridFactorPerMwhThatIsNotTheProductOne_Accepted()
    {
        // 499.9 kg/MWh is the CFO scope-2 factor 0.4999 kg/kWh: 10 MWh × 499.9 = 4,999 kg.
        var record = Record(ActivityCategory.GridElectricity, 10m, Unit.MWh) with { CustomFactor = new CustomFactor(Gas.CO2e, 499.9m, Unit.MWh, "TGO CFO factor per MWh") };

        EmissionCalculator.Calculate([record], Cfo()).Lines.Single().Co2eKg.Should().Be(4_999m);
    }

    [Fact]
    public void Calculate_CfoWithGridLossShare_RefusedBecauseTgoFactorContainsLosses()
    {
        var basis = Cfo() with { GridLossShare = 0.06m };

        var act = () => Run(basis, Record(ActivityCategory.GridElectricity, 1000m, Unit.KWh));

        act.Should().Throw<CalculationException>().Where(e => e.LineId == null && e.Field == "CalculationBasis.GridLossShare");
    }

    [Theory]
    [InlineData(ActivityCategory.TapWaterMwa, "m3", "794.8")]
    [InlineData(ActivityCategory.TapWaterPwa, "m3", "541.0")]
    [InlineData(ActivityCategory.TapWaterIndustrialEstate, "m3", "257.5")]
    [InlineData(ActivityCategory.PaperUncoated, "kg", "2102")]
    [InlineData(ActivityCategory.WasteToThirdPartyLandfill, "kg", "793.3")]
    [InlineData(ActivityCategory.UpstreamDiesel, "kg", "352.2")]
    [InlineData(ActivityCategory.UpstreamGasoline, "kg", "402.4")]
    [InlineData(ActivityCategory.UpstreamLpg, "kg", "858.2")]
    [InlineData(ActivityCategory.FreightTruck6WheelLoaded, "tkm", "47.5")]
    [InlineData(ActivityCategory.FreightTruck6WheelEmpty, "km", "492.3")]
    [InlineData(ActivityCategory.FreightTruck10WheelLoaded, "tkm", "53.3")]
    [InlineData(ActivityCategory.FreightTruck4WheelEmpty, "km", "241.5")]
    public void Calculate_ThousandUnitsOfScopeThreeItem_TgoCfpFactorInScopeThree(ActivityCategory category, string unit, string expected)
    {
        var result = Run(Cfo(), Record(category, 1000m, Unit.FromCode(unit)));

        result.Lines.Single().Scope.Should().Be(EmissionScope.Scope3);
        result.Organisation!.Scope3Kg.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Calculate_TapWaterInLitres_ConvertedToCubicMetres()
    {
        One(Cfo(), Record(ActivityCategory.TapWaterMwa, 2500m, Unit.Litre)).Co2eKg.Should().Be(1.987m);
    }

    [Fact]
    public void Calculate_UpstreamLpgInLitres_RefusedBecauseFactorIsPerKilogram()
    {
        var record = Record(ActivityCategory.UpstreamLpg, 100m, Unit.Litre);

        var act = () => Run(Cfo(), record);

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == "Quantity.Unit");
    }

    [Fact]
    public void Calculate_CustomFactor_ReplacesEditionFactorsAndIsFlagged()
    {
        var record = Record(ActivityCategory.OnRoadDiesel, 100m, Unit.Litre) with
        {
            CustomFactor = new CustomFactor(Gas.CO2e, 2700m, Unit.CubicMetre, "Supplier's verified factor"),
        };

        var line = One(Cfo(), record);

        line.UsesCustomFactor.Should().BeTrue();
        line.ConvertedQuantity.Should().Be(new Quantity(0.1m, Unit.CubicMetre));
        line.Co2eKg.Should().Be(270m);
        line.Gases.Should().ContainSingle().Which.Factor!.Should().Match<FactorUsed>(f => f.IsCustom && f.EditionCode == null && f.Source.Contains("Supplier"));
    }
}
