using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>
/// Every IPCC/TGO parameter a city may know better, overridden through the JSON a line carries (the same parsing
/// path as every door), changes the result by exactly what the method's formula says. Each expected number is
/// worked by hand in the comment beside it.
/// </summary>
public class MethodOverrideTests
{
    // Landfill base: 1,000 t of food deposited in 2020 at an unmanaged deep site (MCF 0.8), tropical moist (k food 0.4),
    // IPCC first-order decay, year 2021: DDOCm = 1000 × DOC 0.15 × DOCf 0.5 × MCF 0.8 = 60 t;
    // decomposed in 2021 = 60 × (1 − e^-0.4) = 60 × 0.329679953964361 = 19.78079723786166 t;
    // CH4 = 19.78079723786166 × F 0.5 × 16/12 = 13.18719815857444 t.
    private const string Site = "\"management\":\"UnmanagedDeep\",\"climate\":\"TropicalMoistWet\",\"deposits\":[{\"year\":2020,\"wasteType\":\"Food\",\"tonnes\":1000}]";

    [Theory]
    [InlineData("", 13_187.19815857444)]
    // MCF 0.5: DDOCm = 1000 × 0.15 × 0.5 × 0.5 = 37.5 t; 37.5 × 0.329679953964361 × 0.5 × 16/12 = 8.24199884910903 t.
    [InlineData(",\"mcf\":0.5", 8_241.99884910903)]
    // F 0.6: 19.78079723786166 × 0.6 × 16/12 = 15.82463779028933 t.
    [InlineData(",\"methaneFraction\":0.6", 15_824.63779028933)]
    // k food 0.2: 60 × (1 − e^-0.2) = 60 × 0.181269246922018 = 10.87615481532108 t; × 0.5 × 16/12 = 7.25076987688072 t.
    [InlineData(",\"wasteTypeFactors\":[{\"wasteType\":\"Food\",\"k\":0.2}]", 7_250.76987688072)]
    // DOC food 0.2: DDOCm = 1000 × 0.2 × 0.5 × 0.8 = 80 t; 80 × 0.329679953964361 × 0.5 × 16/12 = 17.58293087809925 t.
    [InlineData(",\"wasteTypeFactors\":[{\"wasteType\":\"Food\",\"doc\":0.2}]", 17_582.93087809925)]
    // OX 0.1: 13.18719815857444 × (1 − 0.1) = 11.868478342717 t.
    [InlineData(",\"oxidationFactor\":0.1", 11_868.478342717)]
    // DOCf 0.6: 1000 × 0.15 × 0.6 × 0.8 = 72 t; 72 × 0.329679953964361 × 0.5 × 16/12 = 15.82463779028933 t.
    [InlineData(",\"docf\":0.6", 15_824.63779028933)]
    public void Landfill_Override_ChangesMethaneByTheFormula(string overrides, double expectedKg)
    {
        var output = Calculate(ActivityCategory.SolidWasteDisposal, "{" + Site + overrides + "}", 0m, Unit.Tonne, 2021);

        Kg(output, Gas.CH4NonFossil).Should().BeApproximately((decimal)expectedKg, 0.001m);
    }

    // Domestic wastewater base: 10,000 person-years, all to septic systems (not collected, I = 1.0; MCF 0.5).
    // TOW = 10000 × 1 × 40 g × 0.001 × 1.0 × 365 = 146,000 kg BOD; CH4 = Bo 0.6 × 0.5 × 146,000 = 43,800 kg.
    // N = 10000 × 21.535 × 0.16 × 1.1 × 1.25 = 47,377 kg N; N2O = 47,377 × 0.005 × 44/28 = 372.247857142857 kg.
    [Theory]
    [InlineData("", 43_800, 372.247857142857)]
    // BOD 50 g: TOW = 182,500; CH4 = 0.6 × 0.5 × 182,500 = 54,750.
    [InlineData(",\"bodGPerPersonDay\":50", 54_750, 372.247857142857)]
    // Bo 0.5: 0.5 × 0.5 × 146,000 = 36,500.
    [InlineData(",\"boKgCh4PerKgBod\":0.5", 36_500, 372.247857142857)]
    // Protein 25 kg: N = 10000 × 25 × 0.16 × 1.1 × 1.25 = 55,000; N2O = 55,000 × 0.005 × 44/28 = 432.142857142857.
    [InlineData(",\"proteinKgPerPersonYear\":25", 43_800, 432.142857142857)]
    // F_NPR 0.15: N = 10000 × 21.535 × 0.15 × 1.1 × 1.25 = 44,415.9375; × 0.005 × 44/28 = 348.982366071429.
    [InlineData(",\"fractionNitrogenInProtein\":0.15", 43_800, 348.982366071429)]
    // F_IND-COM 1.0: N = 37,901.6; × 0.005 × 44/28 = 297.798285714286.
    [InlineData(",\"industrialCommercialFactor\":1.0", 43_800, 297.798285714286)]
    // F_NON-CON 1.4: N = 10000 × 21.535 × 0.16 × 1.4 × 1.25 = 60,298; × 0.005 × 44/28 = 473.77.
    [InlineData(",\"nonConsumedProteinFactor\":1.4", 43_800, 473.77)]
    // EF_EFFLUENT 0.01: 47,377 × 0.01 × 44/28 = 744.495714285714.
    [InlineData(",\"effluentEfKgN2oNPerKgN\":0.01", 43_800, 744.495714285714)]
    // N_SLUDGE 7,377: N = 40,000; × 0.005 × 44/28 = 314.285714285714.
    [InlineData(",\"sludgeNitrogenKg\":7377", 43_800, 314.285714285714)]
    // Half served by advanced plants at the default 3.2 g: 10000 × 0.5 × 1.25 × 3.2 / 1000 = 20 kg; 372.247857142857 + 20.
    [InlineData(",\"advancedPlantFraction\":0.5", 43_800, 392.247857142857)]
    // EF_PLANTS 4 g: 10000 × 0.5 × 1.25 × 4 / 1000 = 25 kg; 372.247857142857 + 25.
    [InlineData(",\"advancedPlantFraction\":0.5,\"plantN2oGPerPersonYear\":4", 43_800, 397.247857142857)]
    public void DomesticWastewater_Override_ChangesTheGasesByTheFormula(string overrides, double expectedCh4Kg, double expectedN2oKg)
    {
        var output = Calculate(ActivityCategory.DomesticWastewater, "{\"pathways\":[{\"pathway\":\"SepticSystem\",\"fraction\":1}]" + overrides + "}", 10_000m, Unit.PersonYear);

        Kg(output, Gas.CH4NonFossil).Should().BeApproximately((decimal)expectedCh4Kg, 0.000001m);
        Kg(output, Gas.N2O).Should().BeApproximately((decimal)expectedN2oKg, 0.000001m);
    }

    [Theory]
    // Sludge S 6,000 kg BOD from the pathway: 0.6 × 0.5 × (146,000 − 6,000) = 42,000.
    [InlineData("{\"pathway\":\"SepticSystem\",\"fraction\":1,\"sludgeKgBod\":6000}", 42_000)]
    // MCF 0.3 for the pathway: 0.6 × 0.3 × 146,000 = 26,280.
    [InlineData("{\"pathway\":\"SepticSystem\",\"fraction\":1,\"mcf\":0.3}", 26_280)]
    // Collected (I = 1.25): TOW = 146,000 × 1.25 = 182,500; 0.6 × 0.5 × 182,500 = 54,750.
    [InlineData("{\"pathway\":\"SepticSystem\",\"fraction\":1,\"collected\":true}", 54_750)]
    public void DomesticWastewater_PathwayOverride_ChangesMethaneByTheFormula(string pathway, double expectedCh4Kg)
    {
        var output = Calculate(ActivityCategory.DomesticWastewater, "{\"pathways\":[" + pathway + "]}", 10_000m, Unit.PersonYear);

        Kg(output, Gas.CH4NonFossil).Should().Be((decimal)expectedCh4Kg);
    }

    [Theory]
    // Septic tanks, 1,000 person-years: TOW = 1000 × 365 × 40 g × 0.001 = 14,600 kg BOD; CH4 = 14,600 × 0.6 × 0.5 = 4,380.
    [InlineData("{}", 4_380)]
    // BOD 50: 18,250 × 0.6 × 0.5 = 5,475.
    [InlineData("{\"bodGPerPersonDay\":50}", 5_475)]
    // Bo 0.5: 14,600 × 0.5 × 0.5 = 3,650.
    [InlineData("{\"boKgCh4PerKgBod\":0.5}", 3_650)]
    // MCF 0.8: 14,600 × 0.6 × 0.8 = 7,008.
    [InlineData("{\"mcf\":0.8}", 7_008)]
    // S 2,600 kg BOD emptied as sludge: (14,600 − 2,600) × 0.6 × 0.5 = 3,600.
    [InlineData("{\"sludgeKgBod\":2600}", 3_600)]
    public void SepticTank_Override_ChangesMethaneByTheFormula(string parameters, double expectedCh4Kg)
    {
        var output = Calculate(ActivityCategory.SepticTank, parameters, 1_000m, Unit.PersonYear);

        Kg(output, Gas.CH4NonFossil).Should().Be((decimal)expectedCh4Kg);
    }

    [Theory]
    // COD method: 775.2 m³ × 120 mg/L = 93.024 kg COD; CH4 = Bo 0.25 × MCF 0.8 × 93.024 = 18.6048 kg.
    [InlineData("", 18.6048)]
    // Bo 0.21: 0.21 × 0.8 × 93.024 = 15.628032.
    [InlineData(",\"boKgCh4PerKgCod\":0.21", 15.628032)]
    // S 13.024 kg COD: 0.25 × 0.8 × (93.024 − 13.024) = 16.
    [InlineData(",\"sludgeKgCod\":13.024", 16)]
    // R 2 kg: 18.6048 − 2 = 16.6048.
    [InlineData(",\"recoveredCh4Kg\":2", 16.6048)]
    public void WastewaterCod_Override_ChangesMethaneByTheFormula(string overrides, double expectedCh4Kg)
    {
        var output = Calculate(ActivityCategory.WastewaterCod, "{\"codMgPerL\":120,\"mcf\":0.8" + overrides + "}", 775.2m, Unit.CubicMetre);

        Kg(output, Gas.CH4NonFossil).Should().Be((decimal)expectedCh4Kg);
    }

    [Theory]
    // Composting 100 t wet: CH4 = 100 × 4 g/kg × 10⁻³ = 0.4 t; N2O = 100 × 0.24 × 10⁻³ = 0.024 t.
    [InlineData("{}", 400, 24)]
    // CH4 factor 2 g/kg: 100 × 2 × 10⁻³ = 0.2 t.
    [InlineData("{\"ch4FactorGPerKg\":2}", 200, 24)]
    // N2O factor 0.1 g/kg: 100 × 0.1 × 10⁻³ = 0.01 t.
    [InlineData("{\"n2oFactorGPerKg\":0.1}", 400, 10)]
    public void Composting_Override_ChangesTheGasesByTheFormula(string parameters, double expectedCh4Kg, double expectedN2oKg)
    {
        var output = Calculate(ActivityCategory.Composting, parameters, 100m, Unit.Tonne);

        Kg(output, Gas.CH4NonFossil).Should().Be((decimal)expectedCh4Kg);
        Kg(output, Gas.N2O).Should().Be((decimal)expectedN2oKg);
    }

    [Theory]
    // Incineration, 100 t of half food, half plastics, continuous stoker: fossil CO2 = 100 × (0.5 × 1.0 × 0.75 × 1.0) × OF 1.0
    // × 44/12 = 137.5 t; CH4 = 100 × 0.2 g/t = 20 g; N2O = 100 × 50 g/t = 5 kg.
    [InlineData("", 137_500, 0.02, 5)]
    // OF 0.9: 137.5 × 0.9 = 123.75 t.
    [InlineData(",\"oxidationFactor\":0.9", 123_750, 0.02, 5)]
    // CH4 factor 10 g/t: 100 × 10 g = 1 kg.
    [InlineData(",\"ch4FactorGPerTonne\":10", 137_500, 1, 5)]
    // N2O factor 60 g/t: 100 × 60 g = 6 kg.
    [InlineData(",\"n2oFactorGPerTonne\":60", 137_500, 0.02, 6)]
    public void Incineration_Override_ChangesTheGasesByTheFormula(string overrides, double expectedCo2Kg, double expectedCh4Kg, double expectedN2oKg)
    {
        var output = Calculate(ActivityCategory.Incineration, "{\"composition\":[{\"component\":\"Food\",\"fraction\":0.5},{\"component\":\"Plastics\",\"fraction\":0.5}]" + overrides + "}", 100m, Unit.Tonne);

        Kg(output, Gas.CO2Fossil).Should().BeApproximately((decimal)expectedCo2Kg, 0.000001m);
        Kg(output, Gas.CH4NonFossil).Should().Be((decimal)expectedCh4Kg);
        Kg(output, Gas.N2O).Should().Be((decimal)expectedN2oKg);
    }

    [Theory]
    [InlineData(CalculationMethod.SolidWasteDisposal, "{" + Site + ",\"mcf\":1.5}", "mcf", 0, 1)]
    [InlineData(CalculationMethod.SolidWasteDisposal, "{" + Site + ",\"methaneFraction\":-0.1}", "methaneFraction", 0, 1)]
    [InlineData(CalculationMethod.SolidWasteDisposal, "{" + Site + ",\"wasteTypeFactors\":[{\"wasteType\":\"Food\",\"k\":2}]}", "wasteTypeFactors[0].k", 0, 1)]
    [InlineData(CalculationMethod.SolidWasteDisposal, "{" + Site + ",\"wasteTypeFactors\":[{\"wasteType\":\"Food\",\"doc\":1.2}]}", "wasteTypeFactors[0].doc", 0, 1)]
    [InlineData(CalculationMethod.SolidWasteDisposal, "{\"management\":\"UnmanagedDeep\",\"climate\":\"TropicalMoistWet\",\"deposits\":[{\"year\":1900,\"wasteType\":\"Food\",\"tonnes\":1}]}", "deposits[0].year", 1950, 2100)]
    [InlineData(CalculationMethod.DomesticWastewater, "{\"pathways\":[{\"pathway\":\"SepticSystem\",\"fraction\":1}],\"plantN2oGPerPersonYear\":-1}", "plantN2oGPerPersonYear", 0, null)]
    [InlineData(CalculationMethod.SepticTank, "{\"sludgeKgBod\":-5}", "sludgeKgBod", 0, null)]
    public void Override_OutOfRange_RefusedNamingTheParameterAndItsRange(CalculationMethod method, string json, string parameter, int minimum, int? maximum)
    {
        var act = () => MethodParametersJson.Parse(method, json);

        act.Should().Throw<MethodParameterRangeException>()
            .Where(e => e.Parameter == parameter && e.Minimum == minimum && e.Maximum == maximum && e.ParamName == parameter);
    }

    [Fact]
    public void Landfill_BulkMswDocAmongTheWasteTypeFactors_RefusedPointingToBulkDoc()
    {
        var act = () => MethodParametersJson.Parse(CalculationMethod.SolidWasteDisposal, "{" + Site + ",\"wasteTypeFactors\":[{\"wasteType\":\"BulkMsw\",\"doc\":0.2}]}");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "wasteTypeFactors[0].doc" && e.Message.Contains("bulkDoc"));
    }

    private static MethodOutput Calculate(ActivityCategory category, string json, decimal quantity, Unit unit, int year = 2025)
    {
        var definition = ActivityCategories.Get(category);
        return WasteMethods.Calculate(definition, new Quantity(quantity, unit), MethodParametersJson.Parse(definition.Method, json), year);
    }

    private static decimal Kg(MethodOutput output, Gas gas) => output.Gases.Single(g => g.Gas == gas).Kg;
}
