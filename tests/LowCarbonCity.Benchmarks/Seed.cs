using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Benchmarks;

/// <summary>The real seed files (factor editions, GWP sets), copied from src/LowCarbonCity.Web/Data/Seed to the output.</summary>
internal static class Seed
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Seed");

    public static IReadOnlyList<EmissionFactorEdition> LoadEditions()
    {
        var folder = Path.Combine(Directory, "factor-editions");
        var editions = FactorEditionCsv.ReadEditions(file => File.OpenText(Path.Combine(folder, file)));
        return editions.IsValid ? [.. editions.Items] : throw new InvalidOperationException(string.Join("; ", editions.Errors));
    }

    public static IReadOnlyList<GwpSet> LoadGwpSets()
    {
        using var reader = File.OpenText(Path.Combine(Directory, "gwp-sets.csv"));
        var sets = GwpSetCsv.Parse(reader);
        return sets.IsValid ? sets.Items : throw new InvalidOperationException(string.Join("; ", sets.Errors));
    }
}
