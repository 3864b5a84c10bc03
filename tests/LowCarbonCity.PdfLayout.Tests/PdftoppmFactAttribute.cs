namespace LowCarbonCity.PdfLayout.Tests;

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
