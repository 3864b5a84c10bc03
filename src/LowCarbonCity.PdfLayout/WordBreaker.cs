using System.Globalization;

namespace LowCarbonCity.PdfLayout;

/// <summary>
/// Where text may be split: ICU's dictionary-based boundaries when ICU is on the machine (Thai has no spaces
/// between words), otherwise a fallback that allows breaks after spaces only (and the wrapper then splits long
/// runs at grapheme boundaries).
/// </summary>
public sealed class WordBreaker
{
    private readonly IcuBreakIterator? _icu;

    private WordBreaker(IcuBreakIterator? icu) => _icu = icu;

    /// <summary>ICU when available, else the fallback.</summary>
    public static WordBreaker Default { get; } = new(IcuBreakIterator.Shared);

    /// <summary>Never uses ICU: breaks after spaces only. For tests and machines without ICU.</summary>
    public static WordBreaker SpacesOnly { get; } = new(null);

    /// <summary>True when ICU was found and is used.</summary>
    public bool UsesIcu => _icu is not null;

    /// <summary>The ICU library in use (e.g. <c>/usr/lib/x86_64-linux-gnu/libicuuc.so.72</c>), or null.</summary>
    public string? IcuLibrary => _icu?.Library;

    /// <summary>Word boundaries as UTF-16 offsets, ascending, always including 0 and <c>text.Length</c>.</summary>
    public IReadOnlyList<int> WordBoundaries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _icu is not null ? _icu.Boundaries(text, BreakKind.Word, "th") : SpaceBoundaries(text, words: true);
    }

    /// <summary>
    /// Offsets where a line may end (the next line starts there), ascending, including 0 and <c>text.Length</c>.
    /// With ICU these are UAX #14 line-break opportunities, which for Thai fall on dictionary word boundaries; never
    /// inside a unit (after the slash of "kg/L", "kg/m³"), inside a compound of <see cref="Compounds"/>, nor before the
    /// "ที่" of an ordinal ("ขอบเขตที่ 1", "ฉบับที่ 2").
    /// </summary>
    public IReadOnlyList<int> LineBreakOpportunities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var opportunities = _icu is not null ? _icu.Boundaries(text, BreakKind.Line, "th") : SpaceBoundaries(text, words: false);
        var compounds = CompoundSpans(text);
        return opportunities.Where(b => b == 0 || b == text.Length || !(Splits(text, b) || compounds.Any(c => b > c.Start && b < c.End))).ToList();
    }

    /// <summary>
    /// Thai compounds the dictionary splits but a reader reads as one word ("อยู่กับที่", stationary): a break inside
    /// one would leave "ที่" alone at a line start.
    /// </summary>
    public static IReadOnlyList<string> Compounds { get; } = ["อยู่กับที่"];

    private static bool Splits(string text, int offset)
    {
        // A unit: a slash between a Latin letter or digit and what follows it ("kg/L", "kg/kWh", "kg/คน-ปี").
        if (offset >= 2 && text[offset - 1] == '/' && IsUnitCharacter(text[offset - 2]) && !char.IsWhiteSpace(text[offset]))
        {
            return true;
        }

        // An ordinal: "ที่" before a number belongs to the word before it.
        const string Thi = "ที่";
        var afterThi = text.AsSpan(offset).StartsWith(Thi, StringComparison.Ordinal) ? text.AsSpan(offset + Thi.Length).TrimStart(" \u00A0") : [];
        if (!afterThi.IsEmpty && char.IsAsciiDigit(afterThi[0]))
        {
            return true;
        }

        return false;
    }

    private static List<(int Start, int End)> CompoundSpans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var compound in Compounds)
        {
            for (var at = text.IndexOf(compound, StringComparison.Ordinal); at >= 0; at = text.IndexOf(compound, at + 1, StringComparison.Ordinal))
            {
                spans.Add((at, at + compound.Length));
            }
        }

        return spans;
    }

    private static bool IsUnitCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '²' or '³' || c is >= '\u2080' and <= '\u2089';

    /// <summary>Grapheme-cluster boundaries (a base letter with its marks stays together).</summary>
    public static IReadOnlyList<int> GraphemeBoundaries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<int>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            result.Add(e.ElementIndex);
        }

        result.Add(text.Length);
        return result;
    }

    private static List<int> SpaceBoundaries(string text, bool words)
    {
        var result = new List<int> { 0 };
        for (var i = 1; i < text.Length; i++)
        {
            var wasSpace = char.IsWhiteSpace(text[i - 1]);
            var isSpace = char.IsWhiteSpace(text[i]);
            // Line breaks: after a run of spaces. Words: on either side of a run of spaces.
            if ((wasSpace && !isSpace) || (words && !wasSpace && isSpace))
            {
                result.Add(i);
            }
        }

        if (text.Length > 0)
        {
            result.Add(text.Length);
        }

        return result;
    }
}
