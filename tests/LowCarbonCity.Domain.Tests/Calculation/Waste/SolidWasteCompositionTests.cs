using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>The composition of bulk MSW (shares by waste type) as the source of its DOC.</summary>
public sealed class SolidWasteCompositionTests
{
    [Fact]
    public void BulkDoc_SouthEastAsiaDefault_IsTheShareWeightedDocOverTheRowTotal()
    {
        // IPCC 2006 Table 2.3, South-Eastern Asia (sums to 100.7 %), DOC from Table 2.4:
        // (43.5 x 0.15 + 12.9 x 0.40 + 9.9 x 0.43 + 2.7 x 0.24 + 0.9 x 0.39 + 7.2 x 0 + 23.6 x 0) / 100.7 = 16.941 / 100.7.
        SolidWasteDefaults.BulkDoc(SolidWasteDefaults.SouthEastAsiaMswComposition).Should().Be(16.941m / 100.7m);
        SolidWasteDefaults.SouthEastAsiaMswComposition.Sum(s => s.Fraction).Should().Be(100.7m);
    }

    [Fact]
    public void Calculate_MethaneCommitmentWithCompositionAndNoBulkDoc_UsesTheCompositionsDoc()
    {
        // DOC = (60 x 0.15 + 10 x 0.40) / 100 = 0.13; CH4 = 2,000 t x MCF 1.0 x 0.13 x DOCf 0.6 x 0.5 x 16/12 = 104 t.
        var parameters = new SolidWasteDisposalParameters(SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, [], LandfillConvention.MethaneCommitment,
            Composition: [new WasteShare(WasteType.Food, 60m), new WasteShare(WasteType.Paper, 10m), new WasteShare(WasteType.Plastics, 30m)]);

        var output = SolidWasteDisposal.Calculate(parameters, 2_000m, 2024);

        output.Gases.Single().Kg.Should().Be(104_000m);
    }

    [Fact]
    public void Calculate_BulkDocGiven_WinsOverTheComposition()
    {
        var parameters = new SolidWasteDisposalParameters(SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, [], LandfillConvention.MethaneCommitment,
            BulkDoc: 0.2m, Composition: [new WasteShare(WasteType.Food, 100m)]);

        // 1,000 t x 1.0 x 0.2 x 0.6 x 0.5 x 16/12 = 80 t.
        SolidWasteDisposal.Calculate(parameters, 1_000m, 2024).Gases.Single().Kg.Should().Be(80_000m);
    }

    [Theory]
    [InlineData("""{"management":"ManagedAnaerobic","climate":"TropicalMoistWet","deposits":[],"composition":[{"wasteType":"Food","fraction":50},{"wasteType":"Paper","fraction":-1}]}""", "composition[1].fraction")]
    [InlineData("""{"management":"ManagedAnaerobic","climate":"TropicalMoistWet","deposits":[],"composition":[{"wasteType":"Food","fraction":0}]}""", "composition")]
    [InlineData("""{"management":"ManagedAnaerobic","climate":"TropicalMoistWet","deposits":[],"composition":[{"wasteType":"BulkMsw","fraction":1}]}""", "composition[0].wasteType")]
    [InlineData("""{"management":"ManagedAnaerobic","climate":"TropicalMoistWet","deposits":[],"composition":[{"wasteType":"Food","fraction":1},{"wasteType":"Food","fraction":2}]}""", "composition[1].wasteType")]
    public void ParseParameters_BadComposition_NamesTheShare(string json, string field)
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, json);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(field);
    }
}
