using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Benchmarks;

/// <summary>The real seed files (factor editions, GWP sets), copied from src/LowCarbonCity.Web/Data/Seed to the output.</summary>
internal static class Seed
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Seed");

    public static IReadOnlyList<EmissionFactorEdition> LoadEditions()
    {
        var folder = Path.Combine(Directory, "factor-editions");
        using var reader = File.OpenText(Path.Combine(folder, "editions.csv"));
        var headers = FactorEditionCsv.ParseEditions(reader);
        if (!headers.IsValid)
        {
            throw new InvalidOperationException(string.Join("; ", headers.Errors));
        }

        return headers.Items.Select(h =>
        {
            using var factorReader = File.OpenText(Path.Combine(folder, h.File));
            var factors = FactorEditionCsv.ParseFactors(factorReader);
            return factors.IsValid ? h.ToEdition(factors.Items) : throw new InvalidOperationException(string.Join("; ", factors.Errors));
        }).ToList();
    }

    public static IReadOnlyList<GwpSet> LoadGwpSets()
    {
        using var reader = File.OpenText(Path.Combine(Directory, "gwp-sets.csv"));
        var sets = GwpSetCsv.Parse(reader);
        return sets.IsValid ? sets.Items : throw new InvalidOperationException(string.Join("; ", sets.Errors));
    }
}
