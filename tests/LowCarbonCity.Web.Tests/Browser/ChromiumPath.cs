namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// Where Debian's Chromium is: <c>LCC_CHROMIUM</c>, else <c>/usr/bin/chromium</c>, else <c>chromium-headless-shell</c>.
/// Playwright never downloads a browser here (the network does not allow it); <c>.ci/run</c> installs the Debian package.
/// A missing browser fails the browser tests: they are part of done, not optional.
/// </summary>
internal static class ChromiumPath
{
    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-headless-shell",
        "/usr/lib/chromium/chromium-headless-shell",
    ];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("LCC_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"LCC_CHROMIUM points to '{configured}', which does not exist.");
        }

        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "No Chromium found (looked at LCC_CHROMIUM and " + string.Join(", ", Candidates) + "). Install it: apt-get install -y chromium");
    }
}
