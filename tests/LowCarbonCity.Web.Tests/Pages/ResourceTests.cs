using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// Every text the pages use exists in English and Thai: the resource pairs have the same keys, the same
/// placeholders and no empty Thai, keys are unique across areas, and every key a page names is there.
/// </summary>
public sealed partial class ResourceTests
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void EveryArea_HasTheSameKeysAndPlaceholdersInThaiAndEnglish()
    {
        Texts.BaseNames.Should().Contain(n => n.EndsWith(".SharedText", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (var baseName in Texts.BaseNames)
        {
            var english = Entries(baseName, CultureInfo.InvariantCulture);
            var thai = Entries(baseName, CultureInfo.GetCultureInfo("th"), tryParents: false);
            foreach (var key in english.Keys.Except(thai.Keys))
            {
                problems.Add($"{baseName}: '{key}' has no Thai text");
            }

            foreach (var key in thai.Keys.Except(english.Keys))
            {
                problems.Add($"{baseName}: '{key}' has Thai but no English text");
            }

            foreach (var (key, th) in thai)
            {
                if (string.IsNullOrWhiteSpace(th))
                {
                    problems.Add($"{baseName}: '{key}' has an empty Thai text");
                }
                else if (english.TryGetValue(key, out var en) && !Placeholders(en).SetEquals(Placeholders(th)))
                {
                    problems.Add($"{baseName}: '{key}' has placeholders {string.Join(",", Placeholders(en))} in English but {string.Join(",", Placeholders(th))} in Thai");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Keys_AreUniqueAcrossAreas()
    {
        var owners = Texts.BaseNames.SelectMany(b => Entries(b, CultureInfo.InvariantCulture).Keys.Select(k => (Key: k, Area: b)));

        owners.GroupBy(o => o.Key, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' in {string.Join(" and ", g.Select(o => o.Area))}")
            .Should().BeEmpty("one localizer reads every area, so a key must mean one thing");
    }

    [Fact]
    public void EveryKeyThePagesName_Exists()
    {
        var source = SourceRoot();
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in KeyUse().Matches(File.ReadAllText(file)))
            {
                var key = m.Groups["key"].Value;
                if (Texts.Instance.Get(key, English) == key || Texts.Instance.Get(key, Thai) == key)
                {
                    missing.Add($"{Path.GetRelativePath(source, file)}: {key}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void Lookup_InThai_ReturnsThaiAndInEnglishReturnsEnglish()
    {
        Texts.Instance.Get("Status_Approved", Thai).Should().Be("อนุมัติแล้ว");
        Texts.Instance.Get("Status_Approved", English).Should().Be("Approved");
        Texts.Instance.Get("No_Such_Key", Thai).Should().Be("No_Such_Key");
    }

    private static Dictionary<string, string> Entries(string baseName, CultureInfo culture, bool tryParents = true)
    {
        var manager = new ResourceManager(baseName, typeof(Texts).Assembly);
        using var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: tryParents);
        set.Should().NotBeNull($"{baseName} should have a {culture.Name} resource file");
        return set!.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The web project's source folder, found from the test's output folder upwards.</summary>
    internal static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LowCarbonCity.sln")))
        {
            dir = dir.Parent;
        }

        dir.Should().NotBeNull("the tests run inside the repository");
        return Path.Combine(dir!.FullName, "src", "LowCarbonCity.Web");
    }

    [GeneratedRegex(@"\{\d+(?=[}:])")]
    private static partial Regex Placeholder();

    /// <summary><c>T["Key"]</c>, <c>T["Key", ...]</c> and <c>Texts.Instance["Key"]</c> with a literal key of the Area_Name form.</summary>
    [GeneratedRegex(@"\b(?:T|Texts\.Instance)\[""(?<key>[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+)""")]
    private static partial Regex KeyUse();
}
