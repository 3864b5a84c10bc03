using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace LowCarbonCity.PdfLayout;

/// <summary>
/// The vendored Sarabun faces (regular and bold) and a HarfBuzz shaper for each. Loaded from files with
/// <see cref="SKTypeface.FromFile(string, int)"/>, never from the system, so every machine prints the same glyphs.
/// Thread-safe to share: typefaces and shapers are read-only after construction.
/// </summary>
public sealed class PdfFonts : IDisposable
{
    /// <summary>File name of the regular face under <c>Fonts/</c> in the build output.</summary>
    public const string RegularFileName = "Sarabun_400Regular.ttf";

    /// <summary>File name of the bold face under <c>Fonts/</c> in the build output.</summary>
    public const string BoldFileName = "Sarabun_700Bold.ttf";

    private static readonly Lazy<PdfFonts> SharedInstance = new(() => FromDirectory(DefaultDirectory));

    private readonly SKShaper _regularShaper;
    private readonly SKShaper _boldShaper;

    private PdfFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
        _regularShaper = new SKShaper(regular);
        _boldShaper = new SKShaper(bold);
    }

    /// <summary>The <c>Fonts</c> folder next to the application's assemblies.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Fonts");

    /// <summary>One instance for the process, loaded on first use from <see cref="DefaultDirectory"/>.</summary>
    public static PdfFonts Shared => SharedInstance.Value;

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Loads Sarabun Regular and Bold from <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">A font file is missing.</exception>
    public static PdfFonts FromDirectory(string directory)
    {
        var regular = Load(Path.Combine(directory, RegularFileName));
        var bold = Load(Path.Combine(directory, BoldFileName));
        return new PdfFonts(regular, bold);
    }

    /// <summary>The typeface for a style.</summary>
    public SKTypeface Typeface(TextStyle style) => style.Bold ? Bold : Regular;

    /// <summary>
    /// The shaper for a style. A shaper gives glyph ids of its own typeface, so it must be used with an
    /// <see cref="SKFont"/> of the same typeface (see <see cref="Font"/>).
    /// </summary>
    internal SKShaper Shaper(TextStyle style) => style.Bold ? _boldShaper : _regularShaper;

    /// <summary>A new font of the style's typeface and size; the caller disposes it.</summary>
    public SKFont Font(TextStyle style) => new(Typeface(style), style.Size) { Subpixel = true };

    public void Dispose()
    {
        _regularShaper.Dispose();
        _boldShaper.Dispose();
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PDF font not found: {path}. The Fonts folder is copied to the build output.", path);
        }

        return SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"Skia could not load the font {path}.");
    }
}
