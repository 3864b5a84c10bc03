using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Factors;

/// <summary>One row of <c>editions.csv</c>: an edition's metadata and the file that holds its factors.</summary>
public sealed record EditionHeader(
    string Code,
    string NameEn,
    string NameTh,
    string Source,
    int ValidFromYear,
    int? ValidToYear,
    string DefaultGwpSetCode,
    string File)
{
    /// <summary>A new, unlocked edition with these metadata, the given publications (none: an uploaded list) and factors.</summary>
    public EmissionFactorEdition ToEdition(IEnumerable<EmissionFactor> factors, IEnumerable<FactorPublication>? publications = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var edition = new EmissionFactorEdition(Code, NameEn, NameTh, Source, ValidFromYear, ValidToYear, DefaultGwpSetCode);
        foreach (var publication in publications ?? [])
        {
            edition.AddPublication(publication);
        }

        foreach (var factor in factors)
        {
            edition.AddFactor(factor);
        }

        return edition;
    }
}

/// <summary>
/// The CSV format of factor editions, as seeded and as TGO analysts upload them (docs/domain/emission-factor-sources.md).
/// Pure: reads a <see cref="TextReader"/>, invariant culture, and returns the items or every error with its line
/// number and column.
/// <list type="bullet">
/// <item><c>editions.csv</c>: <c>code,name_en,name_th,source,valid_from_year,valid_to_year,default_gwp,file</c>.</item>
/// <item>one factor file per edition: <c>category,gas,value,mass_unit,per_unit,source,note</c> and an optional
/// <c>publication</c>; category and gas are the names of <see cref="ActivityCategory"/> and <see cref="Gas"/>, units are
/// <see cref="Unit"/> codes, value is a non-negative decimal with a point, source is required; publication, when given,
/// is the key of one of the edition's publications.</item>
/// <item><c>publications.csv</c>: <c>edition,key,citation_th,citation_en</c>, the publications each edition's factors
/// cite for a reader (<see cref="FactorPublication"/>).</item>
/// </list>
/// </summary>
public static class FactorEditionCsv
{
    public static readonly IReadOnlyList<string> FactorHeader = ["category", "gas", "value", "mass_unit", "per_unit", "source", "note"];

    /// <summary>The optional factor column naming the factor's publication.</summary>
    public const string PublicationColumn = "publication";

    public static readonly IReadOnlyList<string> PublicationsHeader = ["edition", "key", "citation_th", "citation_en"];

    public static readonly IReadOnlyList<string> EditionsHeader =
        ["code", "name_en", "name_th", "source", "valid_from_year", "valid_to_year", "default_gwp", "file"];

    /// <summary>
    /// Parses a factor file. A duplicate (category, gas, per_unit) is an error, and so is a <c>publication</c> that is
    /// not one of <paramref name="publicationKeys"/> when they are given (an uploaded list is checked against an empty
    /// set: it carries no publications).
    /// </summary>
    public static CsvParseResult<EmissionFactor> ParseFactors(TextReader reader, IReadOnlySet<string>? publicationKeys = null)
    {
        var (header, rows, errors) = Csv.Read(reader, FactorHeader);
        var factors = new List<EmissionFactor>();
        var seen = new HashSet<(ActivityCategory, Gas, string)>();
        foreach (var (line, fields) in rows)
        {
            string F(string column) => Csv.Field(header, fields, column);
            var rowErrors = errors.Count;
            if (!Enum.TryParse<ActivityCategory>(F("category"), ignoreCase: false, out var category) || !Enum.IsDefined(category) || IsNumeric(F("category")))
            {
                errors.Add(new CsvError(line, "category", $"Unknown category '{F("category")}'."));
            }

            if (!Enum.TryParse<Gas>(F("gas"), ignoreCase: false, out var gas) || !Enum.IsDefined(gas) || IsNumeric(F("gas")))
            {
                errors.Add(new CsvError(line, "gas", $"Unknown gas '{F("gas")}'."));
            }

            if (!decimal.TryParse(F("value"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                errors.Add(new CsvError(line, "value", $"'{F("value")}' is not a non-negative decimal number with a point."));
            }

            if (!Unit.TryFromCode(F("mass_unit"), out var massUnit) || massUnit.Dimension != Dimension.Mass)
            {
                errors.Add(new CsvError(line, "mass_unit", $"'{F("mass_unit")}' is not a mass unit (g, kg, t, Gg)."));
            }

            if (!Unit.TryFromCode(F("per_unit"), out var perUnit))
            {
                errors.Add(new CsvError(line, "per_unit", $"Unknown unit '{F("per_unit")}'."));
            }
            else if (errors.Count == rowErrors && !ActivityCategories.Get(category).Accepts(perUnit))
            {
                errors.Add(new CsvError(line, "per_unit", $"A factor per {perUnit.Code} does not fit category {category}."));
            }

            if (F("source").Length == 0)
            {
                errors.Add(new CsvError(line, "source", "Every factor needs its source."));
            }

            var publication = F(PublicationColumn);
            if (publication.Length > 0 && publicationKeys is not null && !publicationKeys.Contains(publication))
            {
                errors.Add(new CsvError(line, PublicationColumn, publicationKeys.Count == 0
                    ? $"Unknown publication '{publication}': a factor list uploaded alone carries no publications, so leave this column empty."
                    : $"Unknown publication '{publication}': the edition has no publication with this key."));
            }

            if (errors.Count > rowErrors)
            {
                continue;
            }

            if (!seen.Add((category, gas, perUnit.Code)))
            {
                errors.Add(new CsvError(line, "category", $"A second {gas} factor for {category} per {perUnit.Code}."));
                continue;
            }

            var note = F("note");
            factors.Add(new EmissionFactor(category, gas, value, massUnit, perUnit, F("source"), note.Length == 0 ? null : note, publication.Length == 0 ? null : publication));
        }

        return new CsvParseResult<EmissionFactor>(errors.Count == 0 ? factors : [], errors);
    }

    /// <summary>Parses <c>editions.csv</c>.</summary>
    public static CsvParseResult<EditionHeader> ParseEditions(TextReader reader)
    {
        var (header, rows, errors) = Csv.Read(reader, EditionsHeader);
        var editions = new List<EditionHeader>();
        foreach (var (line, fields) in rows)
        {
            string F(string column) => Csv.Field(header, fields, column);
            var rowErrors = errors.Count;
            foreach (var required in new[] { "code", "name_en", "name_th", "source", "default_gwp", "file" })
            {
                if (F(required).Length == 0)
                {
                    errors.Add(new CsvError(line, required, $"{required} is required."));
                }
            }

            if (!int.TryParse(F("valid_from_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                errors.Add(new CsvError(line, "valid_from_year", $"'{F("valid_from_year")}' is not a year."));
            }

            int? to = null;
            if (F("valid_to_year").Length > 0)
            {
                if (int.TryParse(F("valid_to_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedTo) && parsedTo >= from)
                {
                    to = parsedTo;
                }
                else
                {
                    errors.Add(new CsvError(line, "valid_to_year", $"'{F("valid_to_year")}' is not a year on or after valid_from_year (empty: open-ended)."));
                }
            }

            if (errors.Count == rowErrors)
            {
                editions.Add(new EditionHeader(F("code"), F("name_en"), F("name_th"), F("source"), from, to, F("default_gwp"), F("file")));
            }
        }

        return new CsvParseResult<EditionHeader>(errors.Count == 0 ? editions : [], errors);
    }

    /// <summary>
    /// Reads a folder of editions as seeded: <c>editions.csv</c>, <c>publications.csv</c> and each edition's factor file,
    /// each opened by <paramref name="open"/> (by file name). Every factor's publication must be one of its edition's.
    /// Errors name their file.
    /// </summary>
    public static CsvParseResult<EmissionFactorEdition> ReadEditions(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var errors = new List<CsvError>();
        List<CsvError> InFile(string file, IEnumerable<CsvError> found) => found.Select(e => e with { Message = file + ": " + e.Message }).ToList();
        CsvParseResult<T> Read<T>(string file, Func<TextReader, CsvParseResult<T>> parse)
        {
            using var reader = open(file);
            var result = parse(reader);
            errors.AddRange(InFile(file, result.Errors));
            return result;
        }

        var publications = Read("publications.csv", ParsePublications).Items.ToLookup(p => p.Edition, p => p.Publication, StringComparer.Ordinal);
        var editions = new List<EmissionFactorEdition>();
        foreach (var header in Read("editions.csv", ParseEditions).Items)
        {
            var own = publications[header.Code].ToList();
            var factors = Read(header.File, r => ParseFactors(r, own.Select(p => p.Key).ToHashSet(StringComparer.Ordinal)));
            if (factors.IsValid)
            {
                editions.Add(header.ToEdition(factors.Items, own));
            }
        }

        return new CsvParseResult<EmissionFactorEdition>(errors.Count == 0 ? editions : [], errors);
    }

    /// <summary>Parses <c>publications.csv</c>: every field required, a key unique within its edition.</summary>
    public static CsvParseResult<(string Edition, FactorPublication Publication)> ParsePublications(TextReader reader)
    {
        var (header, rows, errors) = Csv.Read(reader, PublicationsHeader);
        var items = new List<(string, FactorPublication)>();
        var seen = new HashSet<(string, string)>();
        foreach (var (line, fields) in rows)
        {
            string F(string column) => Csv.Field(header, fields, column);
            var rowErrors = errors.Count;
            foreach (var required in PublicationsHeader)
            {
                if (F(required).Length == 0)
                {
                    errors.Add(new CsvError(line, required, $"{required} is required."));
                }
                else if (F(required).Length > (required == "key" ? FactorPublication.MaxKeyLength : FactorPublication.MaxCitationLength))
                {
                    errors.Add(new CsvError(line, required, $"{required} is too long."));
                }
            }

            if (errors.Count == rowErrors && !seen.Add((F("edition"), F("key"))))
            {
                errors.Add(new CsvError(line, "key", $"A second publication {F("key")} in edition {F("edition")}."));
            }

            if (errors.Count == rowErrors)
            {
                items.Add((F("edition"), new FactorPublication(F("key"), F("citation_th"), F("citation_en"))));
            }
        }

        return new CsvParseResult<(string, FactorPublication)>(errors.Count == 0 ? items : [], errors);
    }

    private static bool IsNumeric(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '-');
}
