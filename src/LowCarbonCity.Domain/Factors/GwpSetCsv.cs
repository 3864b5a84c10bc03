using System.Globalization;

namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// The CSV format of GWP sets (<c>gwp-sets.csv</c>): <c>code,name_en,name_th,gas,value,source,note</c> and an optional
/// <c>source_th</c> (the citation in Thai), one row per set and gas; rows of one set share names and sources. Pure; invariant culture; errors carry line number and column.
/// </summary>
public static class GwpSetCsv
{
    public static readonly IReadOnlyList<string> Header = ["code", "name_en", "name_th", "gas", "value", "source", "note"];

    /// <summary>Parses the file into sets, in order of first appearance.</summary>
    public static CsvParseResult<GwpSet> Parse(TextReader reader)
    {
        var (header, rows, errors) = Csv.Read(reader, Header);
        var sets = new List<(string Code, string NameEn, string NameTh, string Source, string SourceTh, Dictionary<Gas, decimal> Values)>();
        foreach (var (line, fields) in rows)
        {
            string F(string column) => Csv.Field(header, fields, column);
            var rowErrors = errors.Count;
            if (F("code").Length == 0)
            {
                errors.Add(new CsvError(line, "code", "code is required."));
            }

            if (F("source").Length == 0)
            {
                errors.Add(new CsvError(line, "source", "Every GWP needs its source."));
            }

            if (!Enum.TryParse<Gas>(F("gas"), ignoreCase: false, out var gas) || !Enum.IsDefined(gas) || F("gas").All(char.IsAsciiDigit))
            {
                errors.Add(new CsvError(line, "gas", $"Unknown gas '{F("gas")}'."));
            }

            if (!decimal.TryParse(F("value"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                errors.Add(new CsvError(line, "value", $"'{F("value")}' is not a positive decimal number with a point."));
            }

            if (errors.Count > rowErrors)
            {
                continue;
            }

            var set = sets.FirstOrDefault(s => string.Equals(s.Code, F("code"), StringComparison.Ordinal));
            if (set.Code is null)
            {
                var nameEn = F("name_en").Length == 0 ? F("code") : F("name_en");
                set = (F("code"), nameEn, F("name_th").Length == 0 ? nameEn : F("name_th"), F("source"), F("source_th"), []);
                sets.Add(set);
            }

            if (!set.Values.TryAdd(gas, value))
            {
                errors.Add(new CsvError(line, "gas", $"A second value for {gas} in set {set.Code}."));
            }
        }

        return errors.Count > 0
            ? new CsvParseResult<GwpSet>([], errors)
            : new CsvParseResult<GwpSet>(sets.Select(s => new GwpSet(s.Code, s.NameEn, s.Source, s.Values, s.NameTh, s.SourceTh)).ToList(), errors);
    }
}
