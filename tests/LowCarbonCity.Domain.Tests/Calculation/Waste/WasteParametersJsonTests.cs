using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>ParseParameters / Serialize: camelCase, enums as names, errors naming the property.</summary>
public class WasteParametersJsonTests
{
    private const string Landfill = """
        {
          "management": "ManagedAnaerobic",
          "climate": "TropicalMoistWet",
          "convention": "GpcNoDelay",
          "docf": 0.5,
          "coveredWithOxidisingMaterial": true,
          "deposits": [
            { "year": 1999, "wasteType": "Food", "tonnes": 500, "isBackCast": true },
            { "year": 2000, "wasteType": "Paper", "tonnes": 1000 }
          ],
          "recoveredCh4": [ { "year": 2001, "tonnes": 5 } ]
        }
        """;

    [Fact]
    public void ParseParameters_LandfillJson_ReadsEveryField()
    {
        var p = WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, Landfill).Should().BeOfType<SolidWasteDisposalParameters>().Subject;

        p.Management.Should().Be(SiteManagement.ManagedAnaerobic);
        p.Convention.Should().Be(LandfillConvention.GpcNoDelay);
        p.Docf.Should().Be(0.5m);
        p.CoveredWithOxidisingMaterial.Should().BeTrue();
        p.Deposits.Should().Equal(new LandfillDeposit(1999, WasteType.Food, 500m, true), new LandfillDeposit(2000, WasteType.Paper, 1000m));
        p.RecoveredCh4.Should().Equal(new RecoveredMethane(2001, 5m));
    }

    public static TheoryData<CalculationMethod, MethodParameters> Examples => new()
    {
        { CalculationMethod.SolidWasteDisposal, new SolidWasteDisposalParameters(SiteManagement.UnmanagedDeep, ClimateZone.TropicalDry, [new LandfillDeposit(2020, WasteType.BulkMsw, 1200m, true)], LandfillConvention.MethaneCommitment, BulkDoc: 0.17m, RecoveredCh4: [new RecoveredMethane(2020, 1m)], CommitmentRecoveryFraction: 0.1m) },
        { CalculationMethod.BiologicalTreatment, new BiologicalTreatmentParameters(MassBasis.Dry, 0.5m, 9m) },
        { CalculationMethod.IncinerationOrOpenBurning, new IncinerationParameters([new(WasteComponent.Plastics, 0.4m), new(WasteComponent.Other, 0.6m, 0.5m, 0.4m, 0.1m)], IncineratorTechnology.BatchFluidisedBed, WasteStream.Msw, OpenBurningEstimate: new OpenBurningEstimate(1000m, 0.2m, 1.1m)) },
        { CalculationMethod.DomesticWastewater, new DomesticWastewaterParameters([new PathwayShare(TreatmentPathway.SepticSystem, 0.7m), new PathwayShare(TreatmentPathway.AnaerobicDeepLagoon, 0.3m, true, 0.75m, 10m)], GarbageDisposals: true, SludgeNitrogenKg: 3m) },
        { CalculationMethod.WastewaterCod, new WastewaterCodParameters(120m, 0.8m) },
        { CalculationMethod.SepticTank, new SepticTankParameters(BodGPerPersonDay: 37m) },
        { CalculationMethod.IndustrialWastewater, new IndustrialWastewaterParameters(3.5m, Pathway: TreatmentPathway.AnaerobicReactorAsia, SludgeKgCod: 10m) },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Serialize_ThenParse_RoundTrips(CalculationMethod method, MethodParameters parameters)
    {
        var json = WasteMethods.Serialize(parameters);
        var parsed = WasteMethods.ParseParameters(method, json);

        parsed.Should().BeEquivalentTo(parameters, o => o.RespectingRuntimeTypes());
        WasteMethods.Serialize(parsed!).Should().Be(json);
        json.Should().NotContain("\"Cod").And.NotContain(":null").And.NotContain("effective");
    }

    [Fact]
    public void Serialize_Cod_IsCamelCaseWithEnumNames()
    {
        WasteMethods.Serialize(new WastewaterCodParameters(120m, Pathway: TreatmentPathway.AnaerobicReactor))
            .Should().Be("""{"codMgPerL":120,"pathway":"AnaerobicReactor","sludgeKgCod":0,"recoveredCh4Kg":0}""");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("null")]
    public void ParseParameters_NoParameters_ReturnsNull(string? json) =>
        WasteMethods.ParseParameters(CalculationMethod.SepticTank, json).Should().BeNull();

    [Fact]
    public void ParseParameters_NegativeTonnes_ThrowsNamingTheProperty()
    {
        const string json = """{"management":"ManagedAnaerobic","climate":"TropicalMoistWet","deposits":[{"year":2000,"wasteType":"Food","tonnes":-5}]}""";

        var act = () => WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, json);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("deposits[0].tonnes");
    }

    [Fact]
    public void ParseParameters_MissingRequiredProperty_ThrowsFormatNamingIt()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, """{"management":"ManagedAnaerobic","climate":"TropicalMoistWet"}""");

        act.Should().Throw<FormatException>().WithMessage("*deposits*");
    }

    [Fact]
    public void ParseParameters_UnknownEnumValue_ThrowsFormatWithPath()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, """{"management":"Swamp","climate":"TropicalMoistWet","deposits":[]}""");

        act.Should().Throw<FormatException>().WithMessage("*$.management*");
    }

    [Fact]
    public void ParseParameters_UnknownProperty_ThrowsFormatNamingIt()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.WastewaterCod, """{"codMgPerL":120,"mcf":0.8,"mfc":0.8}""");

        act.Should().Throw<FormatException>().WithMessage("*mfc*");
    }

    [Fact]
    public void ParseParameters_NumberAsString_ThrowsFormatWithPath()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.WastewaterCod, """{"codMgPerL":"120","mcf":0.8}""");

        act.Should().Throw<FormatException>().WithMessage("*$.codMgPerL*");
    }

    [Fact]
    public void ParseParameters_MalformedJson_ThrowsFormat()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.SepticTank, "{");

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void ParseParameters_CodWithoutMcfOrPathway_ThrowsNamingMcf()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.WastewaterCod, """{"codMgPerL":120}""");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("mcf");
    }

    [Fact]
    public void ParseParameters_FractionAboveOne_ThrowsNamingIt()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.DomesticWastewater, """{"pathways":[{"pathway":"SepticSystem","fraction":1.5}]}""");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("pathways[0].fraction");
    }

    [Fact]
    public void ParseParameters_NullList_ThrowsFormat()
    {
        var act = () => WasteMethods.ParseParameters(CalculationMethod.IncinerationOrOpenBurning, """{"composition":null}""");

        act.Should().Throw<FormatException>().WithMessage("*composition*");
    }

    [Theory]
    [InlineData(CalculationMethod.EmissionFactor)]
    [InlineData(CalculationMethod.Refrigerant)]
    public void ParseParameters_NonWasteMethod_ThrowsNamingMethod(CalculationMethod method)
    {
        var act = () => WasteMethods.ParseParameters(method, "{}");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("method");
    }
}
