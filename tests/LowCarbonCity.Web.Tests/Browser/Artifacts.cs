namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>Screenshots of the browser journeys, kept as test artifacts in <c>TestResults/screenshots</c> at the repository root.</summary>
internal static class Artifacts
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LowCarbonCity.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? Path.GetTempPath();
        var folder = Path.Combine(root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static string ScreenshotPath(string name) => Path.Combine(Folder.Value, name + ".png");
}
