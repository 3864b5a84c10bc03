using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Tests.Factors;

public class FactorEditionCsvTests
{
    [Theory]
    [InlineData("tgo-cfo-2022-04.csv")]
    [InlineData("tgo-cfo-2026-01.csv")]
    public void ParseFactors_SeedEdition_EveryRowParsesWithASource(string file)
    {
        using var reader = File.OpenText(Path.Combine(SeedData.EditionsDirectory, file));

        var result = FactorEditionCsv.ParseFactors(reader);

        result.Errors.Should().BeEmpty();
        result.Items.Should().HaveCountGreaterThan(150);
        result.Items.Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f.Source));
    }

    [Fact]
    public void ParseEditions_Seed_ValidityYearsFollowMethodology()
    {
        SeedData.Tgo2022.ValidToYear.Should().Be(2025);
        SeedData.Tgo2026.ValidFromYear.Should().Be(2026);
        SeedData.Tgo2026.ValidToYear.Should().BeNull();
        SeedData.Editions.Should().OnlyContain(e => e.DefaultGwpSetCode == "AR5");
    }

    [Fact]
    public void SeedEditions_FactorsOtherThanElectricity_AreTheSameInBothEditions()
    {
        static IEnumerable<string> Rows(EmissionFactorEdition e) => e.Factors
            .Where(f => f.Category is not (ActivityCategory.GridElectricity or ActivityCategory.UpstreamElectricity))
            .Select(f => $"{f.Category}|{f.Gas}|{f.Value}|{f.PerUnit.Code}");

        Rows(SeedData.Tgo2026).Should().BeEquivalentTo(Rows(SeedData.Tgo2022));
    }

    [Fact]
    public void SeedEditions_EveryFactorBasedCategory_HasAFactorInEachEdition()
    {
        var factorBased = ActivityCategories.All.Where(d => d.Method is CalculationMethod.EmissionFactor or CalculationMethod.Refrigerant).Select(d => d.Category);

        foreach (var edition in SeedData.Editions)
        {
            edition.Factors.Select(f => f.Category).Distinct().Should().Contain(factorBased, edition.Code);
        }
    }

    [Fact]
    public void ParseFactors_BadRows_ReportsLineAndColumnOfEveryError()
    {
        const string csv = """
            category,gas,value,mass_unit,per_unit,source,note
            OnRoadDiesel,CO2Fossil,2.6987,kg,L,TGO,
            OnRoadDeisel,CO2Fossil,2.6987,kg,L,TGO,
            OnRoadDiesel,CH4,1,kg,L,TGO,
            OnRoadDiesel,N2O,"1,5",kg,L,TGO,
            OnRoadDiesel,N2O,0.000142,kg,tkm,TGO,
            OnRoadDiesel,CH4Fossil,0.000142,L,L,,
            OnRoadDiesel,CO2Fossil,2.7,kg,L,TGO duplicate,
            """;

        var result = FactorEditionCsv.ParseFactors(new StringReader(csv));

        result.IsValid.Should().BeFalse();
        result.Items.Should().BeEmpty();
        result.Errors.Select(e => (e.Line, e.Column)).Should().BeEquivalentTo(new[]
        {
            (3, "category"), (4, "gas"), (5, "value"), (6, "per_unit"), (7, "mass_unit"), (7, "source"), (8, "category"),
        });
    }

    [Fact]
    public void ParseFactors_MissingHeaderColumn_ReportsLineOne()
    {
        var result = FactorEditionCsv.ParseFactors(new StringReader("category,gas,value\nOnRoadDiesel,CO2Fossil,1\n"));

        result.Errors.Should().ContainSingle().Which.Line.Should().Be(1);
    }

    [Fact]
    public void ParseFactors_QuotedFieldWithCommaAndQuote_KeepsText()
    {
        const string csv = "category,gas,value,mass_unit,per_unit,source,note\nTapWaterMwa,CO2e,0.7948,kg,m3,\"TGO CFP list, item 60 \"\"MWA\"\"\",\n";

        var result = FactorEditionCsv.ParseFactors(new StringReader(csv));

        result.Items.Should().ContainSingle().Which.Source.Should().Be("TGO CFP list, item 60 \"MWA\"");
    }

    [Fact]
    public void ParseGwpSets_Seed_EveryGasOfTheEnumInEverySetWithASource()
    {
        SeedData.GwpSets.Select(s => s.Code).Should().Equal("AR4", "AR5", "AR5-GPC", "AR6");
        foreach (var set in SeedData.GwpSets)
        {
            set.Source.Should().NotBeNullOrWhiteSpace();
            foreach (var gas in Enum.GetValues<Gas>())
            {
                set.TryGet(gas, out _).Should().BeTrue($"{set.Code} needs {gas}");
            }
        }
    }

    [Theory]
    [InlineData("AR4", Gas.CH4Fossil, "25")]
    [InlineData("AR4", Gas.N2O, "298")]
    [InlineData("AR5", Gas.CH4Fossil, "30")]
    [InlineData("AR5", Gas.CH4NonFossil, "28")]
    [InlineData("AR5", Gas.N2O, "265")]
    [InlineData("AR5", Gas.HCFC22, "1760")]
    [InlineData("AR5", Gas.SF6, "23500")]
    [InlineData("AR5-GPC", Gas.CH4Fossil, "28")]
    [InlineData("AR5-GPC", Gas.CH4NonFossil, "28")]
    [InlineData("AR5-GPC", Gas.N2O, "265")]
    [InlineData("AR6", Gas.CH4Fossil, "29.8")]
    [InlineData("AR6", Gas.CH4NonFossil, "27.0")]
    [InlineData("AR6", Gas.N2O, "273")]
    public void ParseGwpSets_Seed_ValuesOfMethodologyTable25(string set, Gas gas, string expected)
    {
        SeedData.GwpSets.Single(s => s.Code == set).Of(gas).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
