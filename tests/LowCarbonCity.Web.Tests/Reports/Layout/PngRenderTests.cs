using System.Diagnostics;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Reports.Layout;

/// <summary>
/// A fact that needs pdftoppm (poppler-utils). Skipped on a developer machine without it; on CI (<c>CI=true</c>)
/// it runs and fails with a clear message, because CI installs poppler-utils.
/// </summary>
public sealed class PdftoppmFactAttribute : FactAttribute
{
    public const string Pdftoppm = "/usr/bin/pdftoppm";

    public PdftoppmFactAttribute()
    {
        if (!File.Exists(Pdftoppm) && !IsCi)
        {
            Skip = $"{Pdftoppm} is not installed (apt-get install poppler-utils); only allowed to skip outside CI.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

public class PngRenderTests
{
    [PdftoppmFact]
    public async Task SampleDocument_RenderedWithPdftoppm_OnePngPerPageKeptAsArtifacts()
    {
        File.Exists(PdftoppmFactAttribute.Pdftoppm).Should().BeTrue(
            $"the PDF render check needs {PdftoppmFactAttribute.Pdftoppm}: install poppler-utils (CI's .ci/run does)");
        using var builder = SampleDocument.Build();
        var bytes = PdfTestSupport.Save(builder, "sample-report.pdf");
        var dir = PdfTestSupport.ArtifactsDirectory;
        foreach (var old in Directory.EnumerateFiles(dir, "sample-report-*.png"))
        {
            File.Delete(old);
        }

        var start = new ProcessStartInfo(PdftoppmFactAttribute.Pdftoppm)
        {
            ArgumentList = { "-r", "110", "-png", Path.Combine(dir, "sample-report.pdf"), Path.Combine(dir, "sample-report") },
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0, stderr);
        using var pdf = PdfDocument.Open(bytes);
        var pngs = Directory.EnumerateFiles(dir, "sample-report-*.png").ToList();
        pngs.Should().HaveCount(pdf.NumberOfPages).And.OnlyContain(p => new FileInfo(p).Length > 10_000);
    }
}
