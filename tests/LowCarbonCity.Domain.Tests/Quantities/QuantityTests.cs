using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Quantities;

public sealed class QuantityTests
{
    [Fact]
    public void ConvertTo_MegawattHoursToKilowattHours_MultipliesByThousand() =>
        new Quantity(2.5m, Unit.MWh).ConvertTo(Unit.KWh).Should().Be(new Quantity(2_500m, Unit.KWh));

    [Fact]
    public void ConvertTo_KilowattHoursToMegajoules_UsesExactly3Point6() =>
        new Quantity(1_000m, Unit.KWh).ConvertTo(Unit.MJ).Value.Should().Be(3_600m);

    [Fact]
    public void ConvertTo_CubicMetresToLitres_MultipliesByThousand() =>
        new Quantity(0.775m, Unit.CubicMetre).ConvertTo(Unit.Litre).Value.Should().Be(775m);

    [Fact]
    public void ConvertTo_TonnesToKilograms_IsExact() =>
        new Quantity(0.000001m, Unit.Tonne).ConvertTo(Unit.Kilogram).Value.Should().Be(0.001m);

    [Fact]
    public void ConvertTo_StandardCubicFeetToCubicMetres_UsesTheExactFoot()
    {
        // 1 ft = 0.3048 m exactly, so 1 ft³ = 0.028316846592 m³.
        new Quantity(1_000m, Unit.StandardCubicFoot).ConvertTo(Unit.CubicMetre).Value.Should().Be(28.316846592m);
    }

    [Fact]
    public void ConvertTo_AcrossDimensions_Throws()
    {
        var act = () => new Quantity(1m, Unit.Litre).ConvertTo(Unit.Kilogram);

        act.Should().Throw<UnitMismatchException>().Which.To.Should().Be(Unit.Kilogram);
    }

    [Fact]
    public void Add_SameDimension_ConvertsRightIntoLeftUnit() =>
        (new Quantity(1m, Unit.Tonne) + new Quantity(500m, Unit.Kilogram)).Should().Be(new Quantity(1.5m, Unit.Tonne));

    [Fact]
    public void Add_AcrossDimensions_Throws()
    {
        var act = () => new Quantity(1m, Unit.KWh) + new Quantity(1m, Unit.Litre);

        act.Should().Throw<UnitMismatchException>();
    }

    [Fact]
    public void Subtract_AcrossDimensions_Throws()
    {
        var act = () => new Quantity(1m, Unit.KWh) - new Quantity(1m, Unit.Kilogram);

        act.Should().Throw<UnitMismatchException>();
    }

    [Fact]
    public void Multiply_ByDecimal_KeepsUnit() =>
        (new Quantity(3m, Unit.Litre) * 2m).Should().Be(new Quantity(6m, Unit.Litre));

    [Fact]
    public void Constructor_NullUnit_Throws()
    {
        var act = () => new Quantity(1m, null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FromCode_EveryUnit_RoundTripsByCode() =>
        Unit.All.Should().OnlyContain(u => Unit.FromCode(u.Code) == u);

    [Fact]
    public void TryFromCode_UnknownCode_ReturnsFalse() =>
        Unit.TryFromCode("kg/TJ", out _).Should().BeFalse();
}
