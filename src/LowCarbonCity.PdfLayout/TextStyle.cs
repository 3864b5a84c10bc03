using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>How a run of text looks: size in points, weight and colour.</summary>
/// <param name="Size">Font size in points (1/72 inch).</param>
/// <param name="Bold">Sarabun Bold instead of Regular.</param>
/// <param name="Color">Text colour.</param>
public readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    /// <summary>Line height as a multiple of the size; Sarabun's own line gap is tight for stacked Thai marks.</summary>
    public const float LineHeightFactor = 1.5f;

    public static TextStyle Body { get; } = new(10f, false, SKColors.Black);

    public static TextStyle Small { get; } = new(8f, false, new SKColor(0x44, 0x44, 0x44));

    public static TextStyle Heading1 { get; } = new(18f, true, new SKColor(0x1B, 0x5E, 0x20));

    public static TextStyle Heading2 { get; } = new(14f, true, new SKColor(0x1B, 0x5E, 0x20));

    public static TextStyle Heading3 { get; } = new(12f, true, SKColors.Black);

    /// <summary>Distance from one baseline to the next, in points.</summary>
    public float LineHeight => Size * LineHeightFactor;

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle AsBold() => this with { Bold = true };

    public TextStyle WithColor(SKColor color) => this with { Color = color };
}
