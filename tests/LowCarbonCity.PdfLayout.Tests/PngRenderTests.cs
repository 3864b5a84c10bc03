using System.Diagnostics;
using UglyToad.PdfPig;

namespace LowCarbonCity.PdfLayout.Tests;

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
