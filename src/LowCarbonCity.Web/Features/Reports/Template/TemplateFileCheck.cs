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

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUncompressedBytes)
                    {
                        return TemplateMessages.ZipBomb;
                    }
                }
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
}
