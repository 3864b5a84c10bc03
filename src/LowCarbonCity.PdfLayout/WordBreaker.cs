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
    /// With ICU these are UAX #14 line-break opportunities, which for Thai fall on dictionary word boundaries.
    /// </summary>
    public IReadOnlyList<int> LineBreakOpportunities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _icu is not null ? _icu.Boundaries(text, BreakKind.Line, "th") : SpaceBoundaries(text, words: false);
    }

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
