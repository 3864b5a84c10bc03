using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>Page margins in points.</summary>
public readonly record struct PageMargins(float Left, float Top, float Right, float Bottom)
{
    /// <summary>20 mm at the sides, 25 mm top and bottom (room for the header and footer).</summary>
    public static PageMargins Default { get; } = new(56.7f, 70.9f, 56.7f, 70.9f);
}

/// <summary>Number of the page being decorated and the total number of pages.</summary>
public readonly record struct PageInfo(int Number, int Count);

/// <summary>Draws a page header or footer once the page count is known.</summary>
public delegate void PageDecoration(PageCanvas canvas, PageInfo page);

/// <summary>Document-wide settings: metadata, paper, margins, header and footer.</summary>
public sealed record PdfDocumentOptions
{
    /// <summary>A4 portrait in points (210 × 297 mm).</summary>
    public static readonly SKSize A4 = new(595.28f, 841.89f);

    public required string Title { get; init; }

    public required string Author { get; init; }

    /// <summary>The document's creation time, written to the PDF metadata. Passed in; the module never reads a clock.</summary>
    public required DateTimeOffset Created { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string Creator { get; init; } = "LowCarbonCity";

    public SKSize PageSize { get; init; } = A4;

    public PageMargins Margins { get; init; } = PageMargins.Default;

    /// <summary>Drawn on every page, usually in the top margin.</summary>
    public PageDecoration? Header { get; init; }

    /// <summary>Drawn on every page, usually in the bottom margin (see <see cref="PageCanvas.PageNumberFooter"/>).</summary>
    public PageDecoration? Footer { get; init; }
}
