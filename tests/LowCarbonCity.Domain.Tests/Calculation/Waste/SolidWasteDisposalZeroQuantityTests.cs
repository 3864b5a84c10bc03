using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

public sealed class SolidWasteDisposalZeroQuantityTests
{
    [Fact]
    public void Calculate_ZeroLineQuantityAndNoDepositThatYear_NeedsNoBulkDocAndAddsNothing()
    {
        var parameters = new SolidWasteDisposalParameters(
            SiteManagement.UnmanagedDeep, ClimateZone.TropicalMoistWet, [new LandfillDeposit(2020, WasteType.Food, 1000m)]);

        var withZero = SolidWasteDisposal.Calculate(parameters, 0m, 2021);
        var withoutQuantity = SolidWasteDisposal.Calculate(parameters, null, 2021);

        withZero.Gases.Should().BeEquivalentTo(withoutQuantity.Gases);
    }
}
