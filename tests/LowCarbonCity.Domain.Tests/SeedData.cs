using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Domain.Tests;

/// <summary>The real seed files, copied from src/LowCarbonCity.Web/Data/Seed to the test output.</summary>
internal static class SeedData
{
    private static readonly Lazy<IReadOnlyList<EmissionFactorEdition>> LazyEditions = new(LoadEditions);
    private static readonly Lazy<IReadOnlyList<GwpSet>> LazyGwpSets = new(LoadGwpSets);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Seed");

    public static string EditionsDirectory => Path.Combine(Directory, "factor-editions");

    public static IReadOnlyList<EmissionFactorEdition> Editions => LazyEditions.Value;

    public static EmissionFactorEdition Tgo2022 => Editions.Single(e => e.Code == "TGO-CFO-2022-04");

    public static EmissionFactorEdition Tgo2026 => Editions.Single(e => e.Code == "TGO-CFO-2026-01");

    public static IReadOnlyList<GwpSet> GwpSets => LazyGwpSets.Value;

    public static GwpSet Ar4 => GwpSets.Single(s => s.Code == "AR4");

    public static GwpSet Ar5 => GwpSets.Single(s => s.Code == "AR5");

    public static GwpSet Ar6 => GwpSets.Single(s => s.Code == "AR6");

    private static List<EmissionFactorEdition> LoadEditions()
    {
        var editions = FactorEditionCsv.ReadEditions(file => File.OpenText(Path.Combine(EditionsDirectory, file)));
        return editions.IsValid ? [.. editions.Items] : throw new InvalidOperationException(string.Join("; ", editions.Errors));
    }

    private static IReadOnlyList<GwpSet> LoadGwpSets()
    {
        using var reader = File.OpenText(Path.Combine(Directory, "gwp-sets.csv"));
        var sets = GwpSetCsv.Parse(reader);
        return sets.IsValid ? sets.Items : throw new InvalidOperationException(string.Join("; ", sets.Errors));
    }
}
