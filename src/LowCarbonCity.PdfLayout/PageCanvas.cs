using System.Globalization;
using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>Horizontal placement of text.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>
/// What a header or footer callback draws on: the page's Skia canvas plus shaped-text helpers and the page
/// geometry (page coordinates in points, origin top-left).
/// </summary>
public sealed class PageCanvas
{
    private readonly PdfFonts _fonts;

    internal PageCanvas(SKCanvas canvas, PdfFonts fonts, SKSize pageSize, PageMargins margins)
    {
        Canvas = canvas;
        _fonts = fonts;
        PageSize = pageSize;
        Margins = margins;
    }

    public SKCanvas Canvas { get; }

    public SKSize PageSize { get; }

    public PageMargins Margins { get; }

    public float ContentLeft => Margins.Left;

    public float ContentRight => PageSize.Width - Margins.Right;

    public float ContentTop => Margins.Top;

    public float ContentBottom => PageSize.Height - Margins.Bottom;

    /// <summary>A footer that prints <paramref name="format"/> centred below the content, e.g. "Page {0} of {1}" or "หน้า {0} จาก {1}".</summary>
    public static PageDecoration PageNumberFooter(string format, TextStyle? style = null) =>
        (canvas, page) => canvas.DrawText(
            string.Format(CultureInfo.InvariantCulture, format, page.Number, page.Count),
            style ?? TextStyle.Small,
            (canvas.ContentLeft + canvas.ContentRight) / 2,
            canvas.ContentBottom + (canvas.Margins.Bottom / 2),
            TextAlignment.Center);

    /// <summary>Draws one line of shaped text with its baseline at <paramref name="baselineY"/>.</summary>
    /// <returns>The text's width in points.</returns>
    public float DrawText(string text, TextStyle style, float x, float baselineY, TextAlignment alignment = TextAlignment.Left)
    {
        using var shaped = ShapedText.Shape(_fonts, text, style);
        var dx = alignment switch
        {
            TextAlignment.Left => 0,
            TextAlignment.Center => -shaped.Width / 2,
            TextAlignment.Right => -shaped.Width,
        };
        shaped.Draw(Canvas, x + dx, baselineY);
        return shaped.Width;
    }

    /// <summary>Draws a straight line.</summary>
    public void DrawLine(float x1, float y1, float x2, float y2, SKColor color, float strokeWidth = 0.5f)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = strokeWidth, IsAntialias = true, Style = SKPaintStyle.Stroke };
        Canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    /// <summary>
    /// Large pale text across the middle of the page at 45°, drawn before the content so it stays readable through it:
    /// marks a document that is not final ("ร่าง", "DRAFT").
    /// </summary>
    public void DrawWatermark(string text, SKColor color)
    {
        var style = new TextStyle(150f, true, color);
        Canvas.Save();
        Canvas.Translate(PageSize.Width / 2, PageSize.Height / 2);
        Canvas.RotateDegrees(-45);
        DrawText(text, style, 0, style.Size / 3, TextAlignment.Center);
        Canvas.Restore();
    }
}
