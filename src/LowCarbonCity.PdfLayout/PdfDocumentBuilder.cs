using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

/// <summary>
/// Flows headings, paragraphs, key-value blocks, tables and charts down A4 pages, breaking pages as needed, and
/// writes a PDF with <see cref="SKDocument.CreatePdf(Stream, SKDocumentPdfMetadata)"/>. Layout happens as content
/// is added; drawing is deferred to <see cref="WriteTo"/>, when the page count is known, so headers and footers
/// can print "page N of M". Renders what it is given: it never rounds or sums report figures.
/// </summary>
public sealed partial class PdfDocumentBuilder : IDisposable
{
    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private readonly List<IDisposable> _owned = [];
    private readonly PdfFonts _fonts;
    private float _cursorY;

    /// <param name="options">Metadata, paper, margins, header and footer.</param>
    /// <param name="fonts">Fonts to use; <see cref="PdfFonts.Shared"/> when null.</param>
    /// <param name="breaker">Word breaker for wrapping; <see cref="WordBreaker.Default"/> (ICU) when null.</param>
    public PdfDocumentBuilder(PdfDocumentOptions options, PdfFonts? fonts = null, WordBreaker? breaker = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _fonts = fonts ?? PdfFonts.Shared;
        Wrapper = new TextWrapper(_fonts, breaker ?? WordBreaker.Default);
        NewPage();
    }

    public PdfDocumentOptions Options { get; }

    /// <summary>The wrapper used for paragraphs and cells (exposed for measuring).</summary>
    public TextWrapper Wrapper { get; }

    /// <summary>Pages laid out so far.</summary>
    public int PageCount => _pages.Count;

    public float ContentLeft => Options.Margins.Left;

    public float ContentTop => Options.Margins.Top;

    public float ContentBottom => Options.PageSize.Height - Options.Margins.Bottom;

    public float ContentWidth => Options.PageSize.Width - Options.Margins.Left - Options.Margins.Right;

    /// <summary>Where the next block starts, in points from the top of the page.</summary>
    public float CursorY => _cursorY;

    /// <summary>Vertical space left on the current page.</summary>
    public float RemainingHeight => ContentBottom - _cursorY;

    private bool AtPageTop => _cursorY <= ContentTop + 0.01f;

    private List<Action<SKCanvas>> CurrentPage => _pages[^1];

    /// <summary>Starts a new page; the cursor moves to the top of its content area.</summary>
    public void NewPage()
    {
        _pages.Add([]);
        _cursorY = ContentTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(float height)
    {
        if (height > RemainingHeight && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Vertical space. It ends at the bottom of the page: never carried over, and it never adds an empty page.</summary>
    public void Spacer(float height) => _cursorY = Math.Min(_cursorY + Math.Max(0, height), ContentBottom);

    /// <summary>A heading, kept on the same page as at least two lines of what follows.</summary>
    public void Heading(string text, int level = 1)
    {
        var style = level switch
        {
            1 => TextStyle.Heading1,
            2 => TextStyle.Heading2,
            _ => TextStyle.Heading3,
        };
        var lines = Wrapper.Wrap(text, style, ContentWidth);
        var spaceBefore = AtPageTop ? 0 : style.Size * 0.6f;
        EnsureSpace(spaceBefore + (lines.Count * style.LineHeight) + (2 * TextStyle.Body.LineHeight));
        if (!AtPageTop)
        {
            _cursorY += spaceBefore;
        }

        Text(text, style);
        if (level == 1)
        {
            var y = _cursorY + 1;
            var color = style.Color;
            var left = ContentLeft;
            var right = ContentLeft + ContentWidth;
            CurrentPage.Add(canvas => Line(canvas, left, y, right, y, color, 0.8f));
            _cursorY += 4;
        }

        _cursorY += style.Size * 0.3f;
    }

    /// <summary>A body paragraph followed by a little space.</summary>
    public void Paragraph(string text, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left)
    {
        var s = style ?? TextStyle.Body;
        Text(text, s, alignment);
        _cursorY += s.Size * 0.5f;
    }

    /// <summary>Wrapped text across the content width, line by line, breaking pages between lines.</summary>
    public void Text(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in Wrapper.Wrap(text, style, ContentWidth))
        {
            EnsureSpace(style.LineHeight);
            AddLine(line.Text, style, ContentLeft, ContentWidth, _cursorY, alignment);
            _cursorY += style.LineHeight;
        }
    }

    /// <summary>Label/value pairs in two columns (labels bold), e.g. a report's cover details.</summary>
    public void KeyValues(IEnumerable<KeyValuePair<string, string>> items, float keyColumnFraction = 0.35f, TextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (keyColumnFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(keyColumnFraction), keyColumnFraction, "Between 0 and 1.");
        }

        var valueStyle = style ?? TextStyle.Body;
        var keyStyle = valueStyle.AsBold();
        const float gap = 8;
        var keyWidth = (ContentWidth * keyColumnFraction) - gap;
        var valueX = ContentLeft + (ContentWidth * keyColumnFraction);
        var valueWidth = ContentWidth * (1 - keyColumnFraction);
        foreach (var (key, value) in items)
        {
            var keyLines = Wrapper.Wrap(key, keyStyle, keyWidth);
            var valueLines = Wrapper.Wrap(value, valueStyle, valueWidth);
            var height = Math.Max(keyLines.Count, valueLines.Count) * valueStyle.LineHeight;
            EnsureSpace(height);
            DrawLines(keyLines, keyStyle, ContentLeft, keyWidth, _cursorY, TextAlignment.Left);
            DrawLines(valueLines, valueStyle, valueX, valueWidth, _cursorY, TextAlignment.Left);
            _cursorY += height;
        }

        _cursorY += valueStyle.Size * 0.5f;
    }

    /// <summary>A thin horizontal rule across the content width.</summary>
    public void Rule(SKColor? color = null)
    {
        EnsureSpace(6);
        var y = _cursorY + 3;
        var c = color ?? new SKColor(0xBB, 0xBB, 0xBB);
        var left = ContentLeft;
        var right = ContentLeft + ContentWidth;
        CurrentPage.Add(canvas => Line(canvas, left, y, right, y, c, 0.5f));
        _cursorY += 6;
    }

    /// <summary>Draws every page (headers and footers get the final page count) and writes the PDF.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToArray());
    }

    /// <summary>The PDF as bytes.</summary>
    public byte[] ToArray()
    {
        using var memory = new MemoryStream();
        Render(memory);
        var bytes = memory.ToArray();
        PdfInfoDates.Rewrite(bytes, Options.Created);
        return bytes;
    }

    private void Render(Stream output)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = Options.Title,
            Author = Options.Author,
            Subject = Options.Subject ?? string.Empty,
            Keywords = Options.Keywords ?? string.Empty,
            Creator = Options.Creator,
            Producer = "LowCarbonCity PDF layout (SkiaSharp)",
            // Rewritten after rendering (PdfInfoDates): Skia's own offset is the server's, and wrong for some zones.
            Creation = Options.Created.UtcDateTime,
            Modified = Options.Created.UtcDateTime,
            RasterDpi = 150,
            EncodingQuality = 100,
        };
        using var skStream = new SKManagedWStream(output);
        using var document = SKDocument.CreatePdf(skStream, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        var size = Options.PageSize;
        for (var i = 0; i < _pages.Count; i++)
        {
            var canvas = document.BeginPage(size.Width, size.Height);
            var page = new PageInfo(i + 1, _pages.Count);
            var decorations = new PageCanvas(canvas, _fonts, size, Options.Margins);
            Options.Header?.Invoke(decorations, page);
            foreach (var draw in _pages[i])
            {
                draw(canvas);
            }

            Options.Footer?.Invoke(decorations, page);
            document.EndPage();
        }

        document.Close();
    }


    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
    }

    private static void Line(SKCanvas canvas, float x1, float y1, float x2, float y2, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    private static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, paint);
    }

    /// <summary>Distance from the top of a line box to its baseline, centring the font's ascent+descent in the box.</summary>
    private float BaselineOffset(TextStyle style)
    {
        using var font = _fonts.Font(style);
        var m = font.Metrics;
        var glyphHeight = m.Descent - m.Ascent;
        return ((style.LineHeight - glyphHeight) / 2) - m.Ascent;
    }

    private void DrawLines(IReadOnlyList<WrappedLine> lines, TextStyle style, float x, float width, float top, TextAlignment alignment)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            AddLine(lines[i].Text, style, x, width, top + (i * style.LineHeight), alignment);
        }
    }

    /// <summary>Shapes one line now and queues it for drawing in a box at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    private void AddLine(string text, TextStyle style, float x, float width, float top, TextAlignment alignment)
    {
        if (text.Length == 0)
        {
            return;
        }

        var shaped = ShapedText.Shape(_fonts, text, style);
        _owned.Add(shaped);
        var dx = alignment switch
        {
            TextAlignment.Left => 0,
            TextAlignment.Center => (width - shaped.Width) / 2,
            TextAlignment.Right => width - shaped.Width,
        };
        var baseline = top + BaselineOffset(style);
        var left = x + dx;
        CurrentPage.Add(canvas => shaped.Draw(canvas, left, baseline));
    }
}
