using System.Text;

namespace LowCarbonCity.Domain.Factors;

/// <summary>A problem in an uploaded CSV file: 1-based line number, the column's header name, and what is wrong.</summary>
public sealed record CsvError(int Line, string Column, string Message)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Message}");
}

/// <summary>What a CSV parser returns: the items when the file is valid, otherwise every error found.</summary>
public sealed record CsvParseResult<T>(IReadOnlyList<T> Items, IReadOnlyList<CsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Minimal RFC 4180 reading (UTF-8, one header row, fields with commas or quotes wrapped in double quotes, a quote
/// inside a quoted field doubled). A record may not span lines. Blank lines are skipped.
/// </summary>
public static class Csv
{
    /// <summary>Reads a whole table into rows keyed by header name, or every error found.</summary>
    public static CsvParseResult<IReadOnlyDictionary<string, string>> ReadTable(TextReader reader, IReadOnlyList<string> expectedHeader)
    {
        var (header, rows, errors) = Read(reader, expectedHeader);
        var table = rows
            .Select(r => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => r.Fields[x.i].Trim(), StringComparer.Ordinal))
            .ToList();
        return new CsvParseResult<IReadOnlyDictionary<string, string>>(errors.Count == 0 ? table : [], errors);
    }

    /// <summary>The header and the data rows (with their 1-based line numbers), or errors.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Rows, List<CsvError> Errors) Read(
        TextReader reader, IReadOnlyList<string> expectedHeader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errors = new List<CsvError>();
        var rows = new List<(int, IReadOnlyList<string>)>();
        IReadOnlyList<string> header = [];
        var lineNumber = 0;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            if (lineNumber == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!TrySplit(text, out var fields, out var problem))
            {
                errors.Add(new CsvError(lineNumber, "(line)", problem));
                continue;
            }

            if (header.Count == 0)
            {
                header = fields;
                var missing = expectedHeader.Where(h => !fields.Contains(h, StringComparer.Ordinal)).ToList();
                if (missing.Count > 0)
                {
                    errors.Add(new CsvError(lineNumber, string.Join('|', missing), $"The header lacks column(s) {string.Join(", ", missing)}; expected {string.Join(",", expectedHeader)}."));
                    return (header, rows, errors);
                }

                continue;
            }

            if (fields.Count != header.Count)
            {
                errors.Add(new CsvError(lineNumber, "(line)", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{fields.Count} fields where the header has {header.Count}.")));
                continue;
            }

            rows.Add((lineNumber, fields));
        }

        if (header.Count == 0)
        {
            errors.Add(new CsvError(1, "(line)", "The file is empty: a header row is required."));
        }

        return (header, rows, errors);
    }

    public static string Field(IReadOnlyList<string> header, IReadOnlyList<string> fields, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return fields[i].Trim();
            }
        }

        return string.Empty;
    }

    private static bool TrySplit(string line, out IReadOnlyList<string> fields, out string problem)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    continue;
                }

                current.Append(c);
                i++;
                continue;
            }

            if (c == ',')
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else if (c == '"' && current.Length == 0)
            {
                quoted = true;
            }
            else
            {
                current.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            fields = [];
            problem = "A quoted field is not closed (a record may not span lines).";
            return false;
        }

        result.Add(current.ToString());
        fields = result;
        problem = string.Empty;
        return true;
    }
}
