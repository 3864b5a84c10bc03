using System.Text.RegularExpressions;
using LowCarbonCity.PdfLayout;
using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>The app refuses to start without ICU's word breaker; the container pins a distribution and installs its ICU.</summary>
public sealed class IcuStartupCheckTests
{
    [Fact]
    public void Ensure_WithoutIcusWordBreaker_RefusesNamingThePackage()
    {
        var act = () => IcuStartupCheck.Ensure(WordBreaker.SpacesOnly);

        act.Should().Throw<InvalidOperationException>().WithMessage("*word breaker*libicu*");
    }

    [Fact]
    public void Ensure_OnThisMachine_IcuIsThere()
    {
        WordBreaker.Default.UsesIcu.Should().BeTrue("the tests' machines have ICU, as the app requires");
        var act = () => IcuStartupCheck.Ensure(WordBreaker.Default);
        act.Should().NotThrow();
    }

    [Fact]
    public void Dockerfile_PinsTheDistributionOfBothImagesAndInstallsThatDistributionsIcu()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "Dockerfile"));

        var bases = Regex.Matches(dockerfile, @"^FROM\s+(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        bases.Should().HaveCount(2).And.OnlyContain(b => b.EndsWith(":10.0-noble", StringComparison.Ordinal), "a bare 10.0 tag may move to another distribution");
        dockerfile.Should().Contain("libicu74", "Ubuntu 24.04 (noble) names its ICU package libicu74").And.NotContain("libicu72");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LowCarbonCity.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
