using System.Text;
using SkiaSharp;

namespace LowCarbonCity.Web.Features.Reports.Layout;

/// <summary>
/// One line of text shaped by HarfBuzz into a Skia text blob that also carries the UTF-8 text and the glyph
/// clusters. With text and clusters attached, Skia's PDF backend writes <c>/ActualText</c> for clusters whose
/// glyphs have no Unicode mapping (Thai tone marks shifted by the font's GSUB/GPOS), so text extraction keeps them.
/// </summary>
public sealed class ShapedText : IDisposable
{
    private ShapedText(string text, TextStyle style, SKTextBlob? blob, float width)
    {
        Text = text;
        Style = style;
        Blob = blob;
        Width = width;
    }

    public string Text { get; }

    public TextStyle Style { get; }

    /// <summary>The glyphs with positions relative to the start of the baseline; null for empty text.</summary>
    public SKTextBlob? Blob { get; }

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

        var shaper = fonts.Shaper(style);
        // The font must be of the shaper's typeface: glyph ids come from the shaper's face.
        using var font = new SKFont(shaper.Typeface, style.Size) { Subpixel = true };
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8); // clusters are UTF-8 byte offsets, which is what Skia expects
        buffer.GuessSegmentProperties();
        var result = shaper.Shape(buffer, 0, 0, font);

        var count = result.Codepoints.Length;
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, count, utf8.Length, null);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var clusters = run.Clusters;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = checked((ushort)result.Codepoints[i]);
            positions[i] = result.Points[i];
            clusters[i] = result.Clusters[i];
        }

        utf8.CopyTo(run.Text);
        return new ShapedText(text, style, builder.Build(), result.Width);
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
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        return shaper.Shape(buffer, 0, 0, font).Width;
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
