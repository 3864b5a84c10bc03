namespace LowCarbonCity.PdfLayout.Tests;

/// <summary>
/// The layout module knows pages, text, tables and charts, never inventories: its assembly may reference the
/// framework, SkiaSharp and HarfBuzz, and no project of ours (the domain or the app).
/// </summary>
public class LayoutBoundaryTests
{
    [Fact]
    public void LayoutAssembly_ReferencesNoLowCarbonCityProject()
    {
        var references = typeof(PdfDocumentBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().Contain(n => n.StartsWith("SkiaSharp", StringComparison.Ordinal), "the module draws with Skia");
        references.Where(n => n.StartsWith("LowCarbonCity", StringComparison.Ordinal)).Should().BeEmpty();
    }
}
