using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Inventory;

/// <summary>
/// The rules of an activity line in one place: every broken rule is a failure with a field and a code (never an
/// exception), a missing category or factor gas is refused rather than guessed, and the plausibility bounds keep
/// every accepted line far from decimal's limits; the engine refuses what gets past them instead of overflowing.
/// </summary>
public class LineIntakeTests
{
    private static readonly LineDraft Grid = new() { Category = "GridElectricity", Amount = 1_000m, Unit = "kWh", DataQuality = "High" };

    private static IEnumerable<(string Field, string Code)> Failures(LineDraft draft, InventoryKind kind = InventoryKind.Organisation) =>
        LineIntake.Check(draft, kind).Failures.Select(f => (f.Field, f.Code));

    [Fact]
    public void Check_GoodLine_AcceptsItTyped()
    {
        var result = LineIntake.Check(Grid with { Description = "  Town hall  " }, InventoryKind.Organisation);

        result.Failures.Should().BeEmpty();
        (result.Line!.Category, result.Line.Quantity, result.Line.DataQuality, result.Line.Description)
            .Should().Be((ActivityCategory.GridElectricity, new Quantity(1_000m, Unit.KWh), DataQuality.High, "Town hall"));
    }

    [Theory]
    [InlineData(null, LineCodes.CategoryRequired)]
    [InlineData("  ", LineCodes.CategoryRequired)]
    [InlineData("3", LineCodes.CategoryUnknown)]
    [InlineData("Banana", LineCodes.CategoryUnknown)]
    public void Check_NoOrUnknownCategory_RefusedNeverGuessed(string? category, string code) =>
        Failures(Grid with { Category = category }).Should().Equal((LineFields.Category, code));

    [Fact]
    public void Check_CustomFactorWithoutGas_RefusedNotDefaultedToCo2e() =>
        Failures(Grid with { CustomFactor = new CustomFactorDraft(null, 0.5m, "kWh", "meter audit") })
            .Should().Equal((LineFields.FactorGas, LineCodes.FactorGasRequired));

    [Fact]
    public void Check_EveryBrokenRule_ReportedAtOnce()
    {
        var draft = new LineDraft
        {
            Category = "GridElectricity", Amount = -1m, Unit = "L", GpcSubsector = "Residential", DataQuality = "Excellent",
            CustomFactor = new CustomFactorDraft("CO2e", null, "kWh", null),
        };

        Failures(draft).Should().BeEquivalentTo(new[]
        {
            (LineFields.GpcSubsector, LineCodes.GpcCityOnly),
            (LineFields.DataQuality, LineCodes.QualityUnknown),
            (LineFields.Unit, LineCodes.UnitCategory),
            (LineFields.Amount, LineCodes.Negative),
            (LineFields.FactorKgPerUnit, LineCodes.FactorValueRequired),
            (LineFields.FactorJustification, LineCodes.FactorJustification),
        });
    }

    [Fact]
    public void Check_MonthlyValues_NameTheMonthAtFault()
    {
        var months = Enumerable.Repeat<decimal?>(10m, 12).ToList();
        months[2] = null;
        months[7] = -1m;

        Failures(Grid with { Amount = null, MonthlyValues = months }).Should().Equal(
            (LineFields.Month(2), LineCodes.MonthRequired), (LineFields.Month(7), LineCodes.Negative));
    }

    // The bounds worked by hand from 10^12 MJ, 10^11 L and 10^11 kg: kWh 10^12 / 3.6 = 277,777,777,777.8 (kept whole,
    // rounded down); MWh 10^12 / 3,600 = 277,777,777.8; m3 10^11 / 1,000 = 10^8; t 10^11 / 1,000 = 10^8.
    [Theory]
    [InlineData("kWh", 277_777_777_777)]
    [InlineData("MWh", 277_777_777)]
    [InlineData("m3", 100_000_000)]
    [InlineData("t", 100_000_000)]
    public void MaxQuantity_PerUnit_IsTheDimensionsBoundInThatUnit(string unit, long expected)
    {
        Unit.TryFromCode(unit, out var u).Should().BeTrue();

        QuantityBounds.MaxQuantity(u).Should().Be(expected);
    }

    [Fact]
    public void Check_QuantityAtTheBound_AcceptedAndOneMore_Refused()
    {
        Failures(Grid with { Amount = 277_777_777_777m }).Should().BeEmpty();
        LineIntake.Check(Grid with { Amount = 277_777_777_778m }, InventoryKind.Organisation).Failures.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new LineFailure(LineFields.Amount, LineCodes.TooLarge, [277_777_777_777m, "kWh"]));
    }

    [Fact]
    public void Check_CustomFactorBeyondItsBound_Refused() =>
        // 10^5 kg per MJ = 360,000 kg per kWh.
        Failures(Grid with { CustomFactor = new CustomFactorDraft("CO2e", 360_001m, "kWh", "audit") })
            .Should().Equal((LineFields.FactorKgPerUnit, LineCodes.TooLarge));

    [Fact]
    public void Calculate_QuantityPastTheBoundsTimesAFactor_RefusedOnTheQuantityNotAnOverflow()
    {
        // Past the intake (a record built directly): 7 x 10^28 kWh x 10 kg/kWh overflows decimal (max 7.9 x 10^28).
        var record = new ActivityRecord(Guid.NewGuid(), ActivityCategory.GridElectricity, new Quantity(70_000_000_000_000_000_000_000_000_000m, Unit.KWh),
            CustomFactor: new CustomFactor(Gas.CO2e, 10m, Unit.KWh, "test"));

        var act = () => EmissionCalculator.Calculate([record], Cfo());

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == "Quantity" && e.Code == LineCodes.ResultTooLarge);
    }

    [Fact]
    public void Calculate_LineOverABillionTonnes_RefusedOnTheQuantity()
    {
        // 2 x 10^11 kWh x 300,000 kg/kWh = 6 x 10^16 kg, over 10^12 kg for one line; no overflow, still refused.
        var record = new ActivityRecord(Guid.NewGuid(), ActivityCategory.GridElectricity, new Quantity(200_000_000_000m, Unit.KWh),
            CustomFactor: new CustomFactor(Gas.CO2e, 300_000m, Unit.KWh, "test"));

        var act = () => EmissionCalculator.Calculate([record], Cfo());

        act.Should().Throw<CalculationException>().Where(e => e.Code == LineCodes.ResultTooLarge && (decimal)e.Arguments[0] == 1_000_000_000m);
    }

    private static readonly LineDraft SplitUnit = new()
    {
        Category = "RefrigerantR32", DataQuality = "Medium",
        ParametersJson = """{"chargeKg":10,"annualLeakRate":0.05,"equipmentClass":"ResidentialCommercialAirConditioning"}""",
    };

    [Fact]
    public void Check_ScreeningWithoutQuantity_StoredLineCarriesChargeTimesLeakRateInKg()
    {
        // 10 kg charge x 5 %/yr = 0.5 kg emitted.
        var result = LineIntake.Check(SplitUnit, InventoryKind.Organisation);

        result.Failures.Should().BeEmpty();
        result.Line!.Quantity.Should().Be(new Quantity(0.5m, Unit.Kilogram));
        result.Line.Parameters.Should().Be(new RefrigerantScreeningParameters(10m, 0.05m, RefrigerationEquipmentClass.ResidentialCommercialAirConditioning));
    }

    [Fact]
    public void Check_ScreeningInTheCalculator_HasNoQuantity() =>
        LineIntake.Check(SplitUnit, InventoryKind.Organisation, screeningReplacesQuantity: true).Line!.Quantity.Should().BeNull();

    [Theory]
    [InlineData(0.5, "kg")]
    [InlineData(0.0005, "t")]
    public void Check_ScreeningWithItsOwnEstimateAsQuantity_Accepted(decimal amount, string unit) =>
        // A form or a template that shows the stored 0.5 kg back (in kg or as 0.0005 t) says the same thing.
        LineIntake.Check(SplitUnit with { Amount = amount, Unit = unit }, InventoryKind.Organisation).Line!.Quantity.Should().Be(new Quantity(0.5m, Unit.Kilogram));

    [Fact]
    public void Check_ScreeningWithAnotherQuantity_RefusedOnTheQuantityWithTheEstimate()
    {
        // 3 kg refilled and a 0.5 kg estimate: two answers for one line, in every door (the calculator too).
        foreach (var calculator in new[] { false, true })
        {
            var failure = LineIntake.Check(SplitUnit with { Amount = 3m, Unit = "kg" }, InventoryKind.Organisation, calculator).Failures.Should().ContainSingle().Subject;
            (failure.Field, failure.Code, failure.Arguments.Single()).Should().Be((LineFields.Amount, LineCodes.ScreeningWithQuantity, 0.5m));
        }
    }

    [Fact]
    public void Check_ScreeningWithMonthlyValues_Refused() =>
        Failures(SplitUnit with { Unit = "kg", MonthlyValues = [1m, null, null, null, null, null, null, null, null, null, null, null] })
            .Should().Equal((LineFields.MonthlyValues, LineCodes.ScreeningWithQuantity));

    [Fact]
    public void Check_ScreeningLeakRateOverOne_RefusedOnTheParameter() =>
        Failures(SplitUnit with { ParametersJson = """{"chargeKg":10,"annualLeakRate":1.5}""" })
            .Should().Equal(($"{LineFields.Parameters}.annualLeakRate", LineCodes.ParameterRange));
}
