using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>Laws every inventory obeys (docs/conventions.md C4), on a mixed municipal data set.</summary>
public class CalculatorLawTests
{
    private static ActivityRecord[] Municipality(decimal scale = 1m) =>
    [
        new(Id(1), ActivityCategory.OnRoadDiesel, new Quantity(12_000m * scale, Unit.Litre)),
        new(Id(2), ActivityCategory.OnRoadB7, new Quantity(8_000m * scale, Unit.Litre)),
        new(Id(3), ActivityCategory.OnRoadE10, new Quantity(3_500m * scale, Unit.Litre)),
        new(Id(4), ActivityCategory.StationaryLpg, new Quantity(450m * scale, Unit.Kilogram)),
        new(Id(5), ActivityCategory.GridElectricity, new Quantity(250_000m * scale, Unit.KWh)),
        new(Id(6), ActivityCategory.RefrigerantR410A, new Quantity(6m * scale, Unit.Kilogram)),
        new(Id(7), ActivityCategory.RefrigerantR22, new Quantity(4m * scale, Unit.Kilogram)),
        new(Id(8), ActivityCategory.StationaryFuelWood, new Quantity(300m * scale, Unit.Kilogram)),
        new(Id(9), ActivityCategory.TapWaterPwa, new Quantity(5_000m * scale, Unit.CubicMetre)),
        new(Id(10), ActivityCategory.PaperUncoated, new Quantity(900m * scale, Unit.Kilogram)),
        new(Id(11), ActivityCategory.WasteToThirdPartyLandfill, new Quantity(40m * scale, Unit.Tonne)),
        new(Id(12), ActivityCategory.OffRoadDiesel, null, NotationKey.NE) { NotationExplanation = "mower fuel not metered" },
    ];

    private static Guid Id(int n) => new(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);

    public static TheoryData<InventoryKind> Kinds => new() { InventoryKind.Organisation, InventoryKind.City };

    private static CalculationBasis Basis(InventoryKind kind, GwpSet? gwp = null) =>
        (kind == InventoryKind.Organisation ? Cfo(gwp: gwp) : City(gwp: gwp)) with { IncludeElectricityUpstream = true };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Calculate_DoubledActivity_DoublesEveryLineAndTotal(InventoryKind kind)
    {
        var once = EmissionCalculator.Calculate(Municipality(), Basis(kind));
        var twice = EmissionCalculator.Calculate(Municipality(2m), Basis(kind));

        twice.Lines.Select(l => l.Co2eKg).Should().Equal(once.Lines.Select(l => l.Co2eKg * 2m));
        twice.Lines.Select(l => l.MemoCo2eKg).Should().Equal(once.Lines.Select(l => l.MemoCo2eKg * 2m));
        if (kind == InventoryKind.Organisation)
        {
            twice.Organisation!.TotalKg.Should().Be(once.Organisation!.TotalKg * 2m);
            twice.Organisation.MemoKg.Should().Be(once.Organisation.MemoKg * 2m);
        }
        else
        {
            twice.City!.BasicKg.Should().Be(once.City!.BasicKg * 2m);
            twice.City.BasicPlusKg.Should().Be(once.City.BasicPlusKg * 2m);
            twice.City.TerritorialKg.Should().Be(once.City.TerritorialKg * 2m);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Calculate_RecordOrderReversed_TotalsUnchanged(InventoryKind kind)
    {
        var forward = EmissionCalculator.Calculate(Municipality(), Basis(kind));
        var backward = EmissionCalculator.Calculate(Municipality().Reverse().ToArray(), Basis(kind));

        backward.Organisation.Should().Be(forward.Organisation);
        if (kind == InventoryKind.City)
        {
            backward.City!.Cells.Should().BeEquivalentTo(forward.City!.Cells, o => o.WithStrictOrdering());
            backward.City.BasicKg.Should().Be(forward.City.BasicKg);
            backward.City.TerritorialKg.Should().Be(forward.City.TerritorialKg);
        }
    }

    [Fact]
    public void Calculate_Organisation_ScopesSumToTotalAndLinesSumToScopes()
    {
        var result = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.Organisation));
        var totals = result.Organisation!;

        totals.TotalKg.Should().Be(totals.Scope1Kg + totals.Scope2Kg + totals.Scope3Kg);
        totals.TotalKg.Should().Be(result.Lines.Sum(l => l.Co2eKg ?? 0m));
        totals.Scope2Kg.Should().Be(124_975m); // 250,000 kWh × 0.4999
        totals.Scope1Kg.Should().BePositive();
        totals.Scope3Kg.Should().BePositive();
    }

    [Fact]
    public void Calculate_City_ScopesSumToSumOfCells()
    {
        var city = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.City)).City!;

        (city.Scope1Kg + city.Scope2Kg + city.Scope3Kg).Should().Be(city.Cells.Sum(c => c.Co2eKg ?? 0m));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Calculate_MemoItems_NeverEnterTotals(InventoryKind kind)
    {
        var without = EmissionCalculator.Calculate(Municipality().Where(r => r.Category != ActivityCategory.RefrigerantR22).ToArray(), Basis(kind));
        var with = EmissionCalculator.Calculate(Municipality(), Basis(kind));

        // 4 kg × 1760 only in the memo
        if (kind == InventoryKind.Organisation)
        {
            with.Organisation!.TotalKg.Should().Be(without.Organisation!.TotalKg);
            with.Organisation.MemoKg.Should().Be(without.Organisation.MemoKg + 7_040m);
        }
        else
        {
            with.City!.TerritorialKg.Should().Be(without.City!.TerritorialKg);
            with.City.BasicPlusKg.Should().Be(without.City.BasicPlusKg);
            with.City.MemoKg.Should().Be(without.City.MemoKg + 7_040m);
        }

        with.Lines.Where(l => l.Gases.Any(g => g.IsMemo)).Should().OnlyContain(l => l.MemoCo2eKg > 0m);
        with.Lines.SelectMany(l => l.Gases).Where(g => g.Gas == Gas.CO2Biogenic || g.Gas == Gas.HCFC22).Should().OnlyContain(g => g.IsMemo);
    }

    [Fact]
    public void Calculate_GwpSetSwitched_ChangesCo2eOnlyNeverMasses()
    {
        var ar4 = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.Organisation, SeedData.Ar4));
        var ar5 = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.Organisation, SeedData.Ar5));
        var ar6 = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.Organisation, SeedData.Ar6));

        static IEnumerable<(Guid, LinePart, Gas, decimal)> Masses(InventoryResult r) =>
            r.Lines.SelectMany(l => l.Gases.Select(g => (l.LineId, l.Part, g.Gas, g.MassKg)));

        Masses(ar4).Should().Equal(Masses(ar5));
        Masses(ar6).Should().Equal(Masses(ar5));
        ar4.Lines.Select(l => (l.ConvertedQuantity, l.Scope)).Should().Equal(ar5.Lines.Select(l => (l.ConvertedQuantity, l.Scope)));
        ar4.Organisation!.TotalKg.Should().NotBe(ar5.Organisation!.TotalKg);
        ar6.Organisation!.TotalKg.Should().NotBe(ar5.Organisation.TotalKg);
        // Factors published in CO2e (tap water, electricity) do not change with the set.
        ar4.Organisation.Scope2Kg.Should().Be(ar5.Organisation.Scope2Kg);
        ar4.GwpSetCode.Should().Be("AR4");
    }

    [Fact]
    public void Calculate_SameInputsTwice_SameOutput()
    {
        var a = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.City));
        var b = EmissionCalculator.Calculate(Municipality(), Basis(InventoryKind.City));

        a.Should().BeEquivalentTo(b, o => o.WithStrictOrdering());
    }
}
