using System.Globalization;
using System.Text;

namespace LowCarbonCity.PdfLayout;

/// <summary>
/// Writes the document's creation and modification dates as UTC (<c>D:20261123023000+00'00'</c>) over the ones Skia
/// wrote. Skia prints the wall-clock time with the server's UTC offset counted in whole hours modulo 24: on a server in
/// Bangkok a UTC time came out seven hours early, in New York the offset read "+19", in India "+06". Both strings have
/// the same length (<c>D:</c>, 14 digits, a sign, <c>HH'MM'</c>), so the bytes are replaced in place and the PDF's
/// cross-reference offsets stay valid.
/// </summary>
public static class PdfInfoDates
{
    private static readonly string[] Keys = ["/CreationDate (", "/ModDate ("];

    public static void Rewrite(byte[] pdf, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var value = Encoding.ASCII.GetBytes("D:" + at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'");
        foreach (var key in Keys)
        {
            var start = pdf.AsSpan().IndexOf(Encoding.ASCII.GetBytes(key));
            if (start < 0)
            {
                continue;
            }

            var from = start + key.Length;
            var end = pdf.AsSpan(from).IndexOf((byte)')');
            // Only a date of the shape Skia writes is replaced; anything else is left alone rather than corrupted.
            if (end == value.Length && pdf[from] == (byte)'D' && pdf[from + 1] == (byte)':')
            {
                value.CopyTo(pdf.AsSpan(from));
            }
        }
    }
}
