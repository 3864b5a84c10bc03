using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>The published parameter schema comes from the parameter records: every number says its unit, range and default.</summary>
public class MethodParameterSchemaTests
{
    public static TheoryData<CalculationMethod> Methods => [.. Enum.GetValues<CalculationMethod>()];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Of_EveryNumber_HasAUnitAMinimumAndADefaultUnlessRequired(CalculationMethod method)
    {
        foreach (var (path, parameter) in Flatten(MethodParameterSchema.Of(method), string.Empty))
        {
            if (parameter.Type is not (ParameterType.Number or ParameterType.WholeNumber))
            {
                continue;
            }

            parameter.Minimum.Should().NotBeNull($"{method} {path} declares its range");
            if (parameter.Type == ParameterType.Number)
            {
                parameter.Unit.Should().NotBeNullOrEmpty($"{method} {path} declares its unit");
            }

            if (!parameter.Required)
            {
                (parameter.Default is not null || parameter.DefaultNote is not null).Should().BeTrue($"{method} {path} says what applies without it");
            }
        }
    }

    [Fact]
    public void Of_TheMethodsWithoutParameters_AreTheFactorBasedOnesOnly()
    {
        Enum.GetValues<CalculationMethod>().Where(m => MethodParameterSchema.Of(m).Count == 0).Should().Equal(CalculationMethod.EmissionFactor);
    }

    [Fact]
    public void Of_SepticTank_ReadsTheRecordsDefaultsAndRanges()
    {
        var septic = MethodParameterSchema.Of(CalculationMethod.SepticTank).ToDictionary(p => p.Name);

        septic.Keys.Should().Equal("bodGPerPersonDay", "boKgCh4PerKgBod", "mcf", "sludgeKgBod");
        (septic["bodGPerPersonDay"].Default, septic["bodGPerPersonDay"].Unit, septic["bodGPerPersonDay"].Minimum).Should().Be((40m, "g BOD/person/day", 0m));
        (septic["mcf"].Default, septic["mcf"].Minimum, septic["mcf"].Maximum).Should().Be((0.5m, 0m, 1m));
        septic["sludgeKgBod"].Default.Should().Be(0m);
        septic.Values.Should().OnlyContain(p => !p.Required);
    }

    private static IEnumerable<(string Path, ParameterSchema Parameter)> Flatten(IEnumerable<ParameterSchema> parameters, string prefix) =>
        parameters.SelectMany(p => new[] { (prefix + p.Name, p) }.Concat(Flatten(p.Fields ?? [], prefix + p.Name + ".")));
}
