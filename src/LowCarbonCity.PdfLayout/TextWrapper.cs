namespace LowCarbonCity.PdfLayout;

/// <summary>One line produced by <see cref="TextWrapper"/>.</summary>
/// <param name="Start">UTF-16 offset of the line's first character in the wrapped text.</param>
/// <param name="Length">Number of UTF-16 characters on the line, trailing spaces excluded.</param>
/// <param name="Text">The line's text.</param>
/// <param name="Width">Shaped width in points.</param>
public sealed record WrappedLine(int Start, int Length, string Text, float Width);

/// <summary>
/// Greedy line wrapping measured with the HarfBuzz shaper. Lines end only at the breaker's line-break
/// opportunities (ICU: Thai dictionary words, after spaces, UAX #14 rules), or at a newline; a single word wider
/// than the line is split at grapheme boundaries so marks stay on their base letter. Spaces at a line end are dropped.
/// </summary>
public sealed class TextWrapper
{
    private readonly PdfFonts _fonts;
    private readonly WordBreaker _breaker;

    public TextWrapper(PdfFonts fonts, WordBreaker breaker)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(breaker);
        _fonts = fonts;
        _breaker = breaker;
    }

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> points.</summary>
    public IReadOnlyList<WrappedLine> Wrap(string text, TextStyle style, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWidth), maxWidth, "The line width must be positive.");
        }

        var lines = new List<WrappedLine>();
        var paragraphStart = 0;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(paragraph, paragraphStart, style, maxWidth, lines);
            paragraphStart += paragraph.Length + 1;
        }

        return lines;
    }

    private void WrapParagraph(string text, int offset, TextStyle style, float maxWidth, List<WrappedLine> lines)
    {
        if (text.Trim().Length == 0)
        {
            lines.Add(new WrappedLine(offset, 0, string.Empty, 0));
            return;
        }

        var opportunities = _breaker.LineBreakOpportunities(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = FindLineEnd(text, start, opportunities, style, maxWidth);
            var lineText = text[start..end].TrimEnd();
            lines.Add(new WrappedLine(offset + start, lineText.Length, lineText, Measure(lineText, style)));
            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
    }

    private int FindLineEnd(string text, int start, IReadOnlyList<int> opportunities, TextStyle style, float maxWidth)
    {
        if (Measure(text[start..].TrimEnd(), style) <= maxWidth)
        {
            return text.Length;
        }

        var best = -1;
        var firstAfterStart = -1;
        foreach (var candidate in opportunities)
        {
            if (candidate <= start)
            {
                continue;
            }

            if (firstAfterStart < 0)
            {
                firstAfterStart = candidate;
            }

            if (Measure(text[start..candidate].TrimEnd(), style) > maxWidth)
            {
                break;
            }

            best = candidate;
        }

        return best > start ? best : SplitWord(text, start, firstAfterStart < 0 ? text.Length : firstAfterStart, style, maxWidth);
    }

    /// <summary>A word wider than the line: as many whole graphemes as fit (at least one).</summary>
    private int SplitWord(string text, int start, int wordEnd, TextStyle style, float maxWidth)
    {
        var word = text[start..wordEnd];
        var best = -1;
        foreach (var boundary in WordBreaker.GraphemeBoundaries(word))
        {
            if (boundary == 0)
            {
                continue;
            }

            if (best > 0 && Measure(word[..boundary], style) > maxWidth)
            {
                break;
            }

            best = boundary;
        }

        return start + best;
    }

    private float Measure(string text, TextStyle style) => ShapedText.Measure(_fonts, text, style);
}
