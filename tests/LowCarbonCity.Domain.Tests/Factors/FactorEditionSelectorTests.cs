using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Domain.Tests.Factors;

public class FactorEditionSelectorTests
{
    [Theory]
    [InlineData(2015, "TGO-CFO-2022-04")]
    [InlineData(2022, "TGO-CFO-2022-04")]
    [InlineData(2025, "TGO-CFO-2022-04")]
    [InlineData(2026, "TGO-CFO-2026-01")]
    [InlineData(2030, "TGO-CFO-2026-01")]
    public void ForYear_InventoryYear_PicksEditionByValidity(int year, string expected)
    {
        FactorEditionSelector.ForYear(SeedData.Editions, year).Code.Should().Be(expected);
    }

    [Fact]
    public void ForYear_Override_ReturnsTheNamedEdition()
    {
        FactorEditionSelector.ForYear(SeedData.Editions, 2026, "TGO-CFO-2022-04").Code.Should().Be("TGO-CFO-2022-04");
    }

    [Fact]
    public void ForYear_UnknownOverride_Throws()
    {
        var act = () => FactorEditionSelector.ForYear(SeedData.Editions, 2026, "NOPE");

        act.Should().Throw<InvalidOperationException>().WithMessage("*NOPE*");
    }

    [Fact]
    public void ForYear_NoEditionCoversYear_Throws()
    {
        var act = () => FactorEditionSelector.ForYear([SeedData.Tgo2026], 2020);

        act.Should().Throw<InvalidOperationException>().WithMessage("*2020*");
    }
}
