using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>
/// A line's formula is language-free: words are phrase codes with their arguments, so any language can render it; the
/// English rendering is the formula text the engine gives; the structure survives its JSON form unchanged.
/// </summary>
public class DerivationTests
{
    /// <summary>Renders phrases as their code, terms as Type:Name: what is left is what the engine wrote as symbols.</summary>
    private sealed class CodesOnly : IDerivationLanguage
    {
        public string Number(string invariant) => invariant;

        public string Year(int year) => "Y" + year;

        public string Unit(string code) => code;

        public string Gas(Gas gas) => gas.ToString();

        public string Term(string type, string name) => $"<{type}:{name}>";

        public string Phrase(string code, IReadOnlyList<string> arguments) => $"[{code}|{string.Join("|", arguments)}]";
    }

    [Fact]
    public void GridLossSplit_IsSymbolsNumbersAndUnitsOnly()
    {
        var basis = City() with { GridLossShare = 0.06m };

        var lines = EmissionCalculator.Calculate([Record(ActivityCategory.GridElectricity, 10_000m, Unit.KWh, GpcSubsector.Residential)], basis).Lines;

        // hand: 10,000 × (1 − 0.06) = 9,400 kWh × 0.4999 = 4,699.06 kg; 10,000 × 0.06 = 600 kWh × 0.4999 = 299.94 kg.
        lines.Select(l => l.Formula).Should().Equal(
            "10,000 kWh × (1 − 0.06) = 9,400 kWh × 0.4999 kg CO2e/kWh × 1 = 4,699.06 kg CO2e",
            "10,000 kWh × 0.06 = 600 kWh × 0.4999 kg CO2e/kWh × 1 = 299.94 kg CO2e");
        lines.SelectMany(l => l.Derivation.Tokens).Should().OnlyContain(t => t.Kind != DerivationKind.Phrase && t.Kind != DerivationKind.Term);
    }

    [Fact]
    public void Landfill_WordsArePhrasesAndYearsAndWasteTypesAreTokens()
    {
        var site = new SolidWasteDisposalParameters(SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, [new LandfillDeposit(2000, WasteType.Food, 1000m)]);

        var output = SolidWasteDisposal.Calculate(site, 0m, 2001);

        var coded = output.Derivation.Render(new CodesOnly());
        coded.Should().Contain("[landfill.no-deposit|Y2001]").And.Contain("<WasteType:Food>: [landfill.deposits|Y2000|Y2000|1000]")
            .And.Contain("CH4(Y2001)");
        // Without its phrases and terms nothing English is left.
        System.Text.RegularExpressions.Regex.Replace(coded, @"\[[^\]]*\]|<[^>]*>", string.Empty).Should()
            .NotContainAny("deposit", "quantity", "Line", "history", "types", "decomp", "Food");
        output.Formula.Should().StartWith("No deposit in 2001 (line quantity 0 t).\n").And.Contain("  Food: deposits 2000-2000 (1000 t)");
    }

    [Fact]
    public void Derivation_JsonRoundTrip_RendersTheSame()
    {
        var screening = new ActivityRecord(Guid.NewGuid(), ActivityCategory.RefrigerantR32, null,
            Parameters: new LowCarbonCity.Domain.Calculation.Refrigerants.RefrigerantScreeningParameters(2.5m, 0.05m));

        var line = EmissionCalculator.Calculate([screening], Cfo()).Lines.Single();
        var again = Derivation.FromJson(line.Derivation.ToJson());

        // hand: 2.5 kg × 0.05 = 0.125 kg of HFC-32 × 677 = 84.625 kg CO2e.
        line.Formula.Should().Be("2.5 kg charge × 0.05 leak rate/yr = 0.125 kg × 1 kg HFC-32/kg × 677 = 84.625 kg CO2e");
        again.English.Should().Be(line.Formula);
        again.Render(new CodesOnly()).Should().Be("[refrigerant.screening|2.5|0.05] = 0.125 kg × 1 kg HFC32/kg × 677 = 84.625 kg CO2e");
    }
}
