using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace LowCarbonCity.PdfLayout.Tests;

/// <summary>Helpers shared by the layout tests: documents, artifacts, and text read back with PdfPig.</summary>
internal static partial class PdfTestSupport
{
    public static readonly DateTimeOffset Created = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(7));

    /// <summary>The test output's <c>artifacts/pdf</c> folder, where PDFs and PNGs are kept for a look.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "artifacts", "pdf");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static PdfDocumentOptions Options(string title = "Test document") => new()
    {
        Title = title,
        Author = "LowCarbonCity tests",
        Created = Created,
        Footer = PageCanvas.PageNumberFooter("Page {0} of {1}"),
    };

    /// <summary>Writes the PDF to the artifacts folder and returns its bytes.</summary>
    public static byte[] Save(PdfDocumentBuilder builder, string fileName)
    {
        var bytes = builder.ToArray();
        File.WriteAllBytes(Path.Combine(ArtifactsDirectory, fileName), bytes);
        return bytes;
    }

    /// <summary>
    /// A page's text in content order. Letters inside a marked-content span with <c>/ActualText</c> (what Skia
    /// writes for shaped Thai clusters whose glyphs have no Unicode mapping) are replaced by that text, as
    /// pdftotext does. A change of baseline becomes a newline; a horizontal gap wider than a quarter of the font
    /// size (e.g. between table cells) becomes a space.
    /// </summary>
    public static string PageText(Page page)
    {
        var spanOf = new Dictionary<Letter, UglyToad.PdfPig.Content.MarkedContentElement>(ReferenceEqualityComparer.Instance);
        foreach (var span in Flatten(page.GetMarkedContents()).Where(m => m.ActualText is not null))
        {
            foreach (var letter in span.Letters)
            {
                spanOf[letter] = span;
            }
        }

        var text = new StringBuilder();
        UglyToad.PdfPig.Content.MarkedContentElement? current = null;
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null)
            {
                if (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > letter.PointSize * 0.6)
                {
                    text.Append('\n');
                }
                else if (letter.StartBaseLine.X - previous.EndBaseLine.X > letter.PointSize * 0.25
                    && !string.IsNullOrWhiteSpace(letter.Value) && !char.IsWhiteSpace(text[^1]))
                {
                    text.Append(' ');
                }
            }

            previous = letter;
            if (spanOf.TryGetValue(letter, out var span))
            {
                if (!ReferenceEquals(span, current))
                {
                    text.Append(span.ActualText);
                    current = span;
                }

                continue;
            }

            current = null;
            text.Append(letter.Value);
        }

        return text.ToString();
    }

    /// <summary>Runs of whitespace become one space; nothing else changes.</summary>
    public static string NormalizeWhitespace(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> elements)
    {
        foreach (var e in elements)
        {
            yield return e;
            foreach (var child in Flatten(e.Children))
            {
                yield return child;
            }
        }
    }
}
