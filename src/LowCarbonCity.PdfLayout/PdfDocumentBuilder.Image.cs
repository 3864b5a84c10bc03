using SkiaSharp;

namespace LowCarbonCity.PdfLayout;

public sealed partial class PdfDocumentBuilder
{
    /// <summary>
    /// Draws an encoded PNG or JPEG centred at the cursor, scaled to fit <paramref name="maxWidth"/> ×
    /// <paramref name="maxHeight"/> points without distortion. Bytes Skia cannot decode draw nothing and return false.
    /// </summary>
    public bool Image(byte[] encoded, float maxWidth, float maxHeight)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var image = SKImage.FromEncodedData(encoded);
        if (image is null)
        {
            return false;
        }

        _owned.Add(image);
        var scale = Math.Min(Math.Min(maxWidth, ContentWidth) / image.Width, maxHeight / image.Height);
        var width = image.Width * scale;
        var height = image.Height * scale;
        EnsureSpace(height);
        var rect = SKRect.Create(ContentLeft + ((ContentWidth - width) / 2), _cursorY, width, height);
        CurrentPage.Add(canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        });
        _cursorY += height;
        return true;
    }
}
