using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LowCarbonCity.Web.Features.Reports.Template;

/// <summary>
/// Checks an uploaded file before any workbook library opens it: bounded size, a zip package with a workbook part,
/// no macros (vbaProject part or macro-enabled content type), and a bounded uncompressed size measured by actually
/// inflating the parts with a counter (a zip bomb's headers can lie), so the package is never expanded past the limit.
/// </summary>
public static class TemplateFileCheck
{
    /// <summary>Largest upload accepted: a filled 500-line template is about 60 KB.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Largest total uncompressed size of the package's parts.</summary>
    public const long MaxUncompressedBytes = 30L * 1024 * 1024;

    public const int MaxParts = 200;

    /// <summary>The message code of the first problem, or null when the file may be opened.</summary>
    public static string? Check(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return TemplateMessages.FileEmpty;
        }

        if (content.Length > MaxBytes)
        {
            return TemplateMessages.FileTooLarge;
        }

        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
        {
            return TemplateMessages.NotWorkbook;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                return TemplateMessages.ZipBomb;
            }

            if (zip.Entries.Any(e => e.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            {
                return TemplateMessages.Macros;
            }

            if (zip.GetEntry("xl/workbook.xml") is null || zip.GetEntry("[Content_Types].xml") is not { } types)
            {
                return TemplateMessages.NotWorkbook;
            }

            // Declared sizes first (cheap), then the real inflated size with a hard stop.
            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes)
            {
                return TemplateMessages.ZipBomb;
            }

            // The entry streams of ZipArchive stop at the declared size, so a lying header would hide the real content
            // from a counter on them: inflate the raw compressed bytes of every part ourselves, with the hard stop,
            // and refuse a part whose real size differs from what its headers declare.
            if (InflateEveryPart(content) is { } problem)
            {
                return problem;
            }

            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            if (reader.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return TemplateMessages.Macros;
            }
        }
        catch (InvalidDataException)
        {
            return TemplateMessages.NotWorkbook;
        }

        return null;
    }

    /// <summary>
    /// Walks the central directory and inflates each part's raw data (from its local header, never through the
    /// declared uncompressed size) with a counter: over <see cref="MaxUncompressedBytes"/> in all, or a part whose
    /// real size is not its declared size, is a zip bomb. Zip64 or unknown compression is not a template.
    /// </summary>
    private static string? InflateEveryPart(byte[] content)
    {
        var span = content.AsSpan();
        var eocd = span.LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
        if (eocd < 0 || eocd + 22 > content.Length)
        {
            return TemplateMessages.NotWorkbook;
        }

        int entries = BinaryPrimitives.ReadUInt16LittleEndian(span[(eocd + 10)..]);
        var at = (long)BinaryPrimitives.ReadUInt32LittleEndian(span[(eocd + 16)..]);
        var buffer = new byte[81920];
        long total = 0;
        for (var i = 0; i < entries; i++)
        {
            if (at + 46 > content.Length || BinaryPrimitives.ReadUInt32LittleEndian(span[(int)at..]) != 0x02014B50u)
            {
                return TemplateMessages.NotWorkbook;
            }

            var header = span[(int)at..];
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            var local = (long)BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            at += 46L + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            if (compressed == uint.MaxValue || declared == uint.MaxValue || local == uint.MaxValue || (method != 0 && method != 8)
                || local + 30 > content.Length || BinaryPrimitives.ReadUInt32LittleEndian(span[(int)local..]) != 0x04034B50u)
            {
                return TemplateMessages.NotWorkbook;
            }

            var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(span[(int)(local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(span[(int)(local + 28)..]);
            if (data + compressed > content.Length)
            {
                return TemplateMessages.NotWorkbook;
            }

            long real = 0;
            using (Stream raw = new MemoryStream(content, (int)data, (int)compressed, writable: false))
            using (var stream = method == 8 ? new DeflateStream(raw, CompressionMode.Decompress) : raw)
            {
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    real += read;
                    total += read;
                    if (total > MaxUncompressedBytes)
                    {
                        return TemplateMessages.ZipBomb;
                    }
                }
            }

            if (real != declared)
            {
                return TemplateMessages.ZipBomb;
            }
        }

        return null;
    }
}
