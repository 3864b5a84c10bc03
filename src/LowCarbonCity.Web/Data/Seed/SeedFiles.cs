using System.Text;
using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>The seed files shipped in the app's <c>Data/Seed</c> folder. A bad seed file is a bug: it throws.</summary>
public static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Data", "Seed");

    public static StreamReader Open(string relativePath) =>
        new(Path.Combine(Directory, relativePath), Encoding.UTF8);

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadTable(string relativePath, IReadOnlyList<string> header)
    {
        using var reader = Open(relativePath);
        return Valid(Csv.ReadTable(reader, header), relativePath);
    }

    public static IReadOnlyList<GwpSet> GwpSets()
    {
        using var reader = Open("gwp-sets.csv");
        return Valid(GwpSetCsv.Parse(reader), "gwp-sets.csv");
    }

    /// <summary>Every seeded factor edition with its publications and factors, built fresh (unsaved).</summary>
    public static IReadOnlyList<EmissionFactorEdition> FactorEditions() =>
        Valid(FactorEditionCsv.ReadEditions(file => Open(Path.Combine("factor-editions", file))), "factor-editions");

    private static IReadOnlyList<T> Valid<T>(CsvParseResult<T> result, string file) =>
        result.IsValid ? result.Items : throw new InvalidDataException($"Seed file {file} is invalid: {string.Join("; ", result.Errors)}");
}
