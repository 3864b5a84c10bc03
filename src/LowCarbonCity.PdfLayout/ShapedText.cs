using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace LowCarbonCity.PdfLayout;

/// <summary>
/// One line of text shaped by HarfBuzz into a Skia text blob that also carries the UTF-8 text and the glyph
/// clusters. With text and clusters attached, Skia's PDF backend writes <c>/ActualText</c> for clusters whose
/// glyphs have no Unicode mapping (Thai tone marks shifted by the font's GSUB/GPOS), so text extraction keeps them.
/// </summary>
public sealed class ShapedText : IDisposable
{
    private ShapedText(string text, TextStyle style, SKTextBlob? blob, float width, IReadOnlyList<ushort>? glyphs = null)
    {
        Glyphs = glyphs ?? [];
        Text = text;
        Style = style;
        Blob = blob;
        Width = width;
    }

    public string Text { get; }

    public TextStyle Style { get; }

    /// <summary>The glyphs with positions relative to the start of the baseline; null for empty text.</summary>
    public SKTextBlob? Blob { get; }

    /// <summary>Glyph ids of the shaped line, in visual order (for tests and diagnostics).</summary>
    public IReadOnlyList<ushort> Glyphs { get; }

    /// <summary>Advance width in points.</summary>
    public float Width { get; }

    /// <summary>Shapes <paramref name="text"/> (one line, no wrapping) in the given style.</summary>
    public static ShapedText Shape(PdfFonts fonts, string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new ShapedText(text, style, null, 0);
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var shaper = fonts.Shaper(style);
        // The font must be of the shaper's typeface: glyph ids come from the shaper's face.
        using var font = new SKFont(shaper.Typeface, style.Size) { Subpixel = true };
        var glyphs = new List<ushort>(text.Length);
        var points = new List<SKPoint>(text.Length);
        var clusters = new List<uint>(text.Length);
        var width = ShapeRuns(shaper, font, text, utf8, (result, x) =>
        {
            for (var i = 0; i < result.Codepoints.Length; i++)
            {
                glyphs.Add(checked((ushort)result.Codepoints[i]));
                points.Add(new SKPoint(result.Points[i].X + x, result.Points[i].Y));
                clusters.Add(result.Clusters[i]);
            }
        });

        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, glyphs.Count, utf8.Length, null);
        var runGlyphs = run.Glyphs;
        var runPositions = run.Positions;
        var runClusters = run.Clusters;
        for (var i = 0; i < glyphs.Count; i++)
        {
            runGlyphs[i] = glyphs[i];
            runPositions[i] = points[i];
            runClusters[i] = clusters[i];
        }

        utf8.CopyTo(run.Text);
        return new ShapedText(text, style, builder.Build(), width, glyphs);
    }

    /// <summary>Width of <paramref name="text"/> when shaped in <paramref name="style"/>, without building a blob.</summary>
    public static float Measure(PdfFonts fonts, string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        var shaper = fonts.Shaper(style);
        using var font = new SKFont(shaper.Typeface, style.Size) { Subpixel = true };
        return ShapeRuns(shaper, font, text, Encoding.UTF8.GetBytes(text), (_, _) => { });
    }

    /// <summary>
    /// Splits the line into script runs (Thai and the rest; spaces, digits and punctuation join the run they are
    /// in) and shapes each with its own script, so Thai marks get the Thai shaper's placement and Latin keeps its
    /// kerning wherever a line starts. Clusters stay UTF-8 offsets into the whole line.
    /// </summary>
    /// <returns>The line's advance width.</returns>
    private static float ShapeRuns(SKShaper shaper, SKFont font, string text, byte[] utf8, Action<SKShaper.Result, float> onRun)
    {
        var x = 0f;
        foreach (var (start, length) in ScriptRuns(text))
        {
            var byteStart = Encoding.UTF8.GetByteCount(text.AsSpan(0, start));
            var byteLength = Encoding.UTF8.GetByteCount(text.AsSpan(start, length));
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf8(utf8, byteStart, byteLength); // clusters are UTF-8 byte offsets, which is what Skia expects
            buffer.GuessSegmentProperties();
            var result = shaper.Shape(buffer, 0, 0, font);
            onRun(result, x);
            x += result.Width;
        }

        return x;
    }

    /// <summary>(start, length) of each run of Thai or non-Thai text; neutral characters never start a new run.</summary>
    internal static IEnumerable<(int Start, int Length)> ScriptRuns(string text)
    {
        var start = 0;
        bool? thai = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsNumber(c) || char.IsSymbol(c))
            {
                continue;
            }

            var isThai = c is >= '\u0E00' and <= '\u0E7F';
            if (thai is { } current && current != isThai)
            {
                // Neutral characters before the new run stay with the run they follow.
                yield return (start, i - start);
                start = i;
            }

            thai = isThai;
        }

        yield return (start, text.Length - start);
    }

    /// <summary>Draws the text with its baseline starting at (<paramref name="x"/>, <paramref name="baselineY"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float baselineY)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (Blob is null)
        {
            return;
        }

        using var paint = new SKPaint { Color = Style.Color, IsAntialias = true };
        canvas.DrawText(Blob, x, baselineY, paint);
    }

    public void Dispose() => Blob?.Dispose();
}
