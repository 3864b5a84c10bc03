using System.Text;
using System.Text.RegularExpressions;

namespace LowCarbonCity.Domain.Tests.Repository;

/// <summary>
/// The repository explains itself (docs/conventions.md W3): every document that code, tests and docs cite is in the
/// repository, and nothing a user receives from the seed files carries a note meant for developers. Reads the working
/// tree above the test binaries: src/, tests/, docs/, scripts/, .ci/ and the root files.
/// </summary>
public partial class RepositoryReferenceTests
{
    /// <summary>
    /// Guidance files the project was once written against; they are not in the repository. Spelled in pieces so that
    /// the reference rewrite (a text substitution) leaves this file alone.
    /// </summary>
    private static readonly string[] OutsideDocuments = ["STYLE", "METHOD" + "OLOGY", "DESIGN", "DEPENDENCIES"];

    private static readonly string[] ScannedFolders = ["src", "tests", "docs", "scripts", ".ci"];

    private static readonly string[] ScannedExtensions =
        [".cs", ".cshtml", ".md", ".json", ".csv", ".txt", ".props", ".csproj", ".resx", ".sh", ".lua", ".py", ".yml", ".editorconfig", ""];

    private static readonly string[] SkippedFolders = ["bin", "obj", "TestResults", "node_modules", "lib", "Migrations", "screenshots"];

    [Fact]
    public void Scan_FindsTheRepositoryFiles()
    {
        // Guards the other facts against scanning nothing (a wrong root would make them pass vacuously).
        var files = TextFiles().Select(f => Relative(f)).ToList();

        files.Should().Contain(["README.md", "docs/conventions.md", "src/LowCarbonCity.Domain/Calculation/EmissionCalculator.cs"]);
        files.Should().HaveCountGreaterThan(300);
    }

    [Fact]
    public void References_ToDocumentsOutsideTheRepository_None()
    {
        var names = OutsideDocuments.Where(n => !RepositoryFileNames().Contains(n + ".md")).ToList();
        var pattern = new Regex(@"\b(" + string.Join("|", names) + @")(\.md\b|(?= [0-9]))", RegexOptions.CultureInvariant);

        var found = Occurrences(pattern).ToList();

        string.Join(Environment.NewLine, found).Should().BeEmpty("these documents are not in the repository: cite docs/conventions.md, docs/design.md, "
            + "docs/domain/methodology.md or docs/dependencies.md instead");
    }

    [Fact]
    public void MarkdownMentions_EveryFileExists()
    {
        var names = RepositoryFileNames();
        var root = Root();
        var missing = new List<string>();
        foreach (var file in TextFiles())
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (Match match in MarkdownMention().Matches(text))
            {
                var mention = match.Groups["path"].Value;
                var exists = mention.Contains('/', StringComparison.Ordinal)
                    ? File.Exists(Path.Combine(root, mention)) || File.Exists(Path.Combine(Path.GetDirectoryName(file)!, mention))
                    : names.Contains(mention);
                if (!exists)
                {
                    missing.Add($"{Relative(file)}:{LineOf(text, match.Index)}: {mention}");
                }
            }
        }

        string.Join(Environment.NewLine, missing).Should().BeEmpty("every document a file names must be in the repository");
    }

    [Fact]
    public void MarkdownLinks_RelativeTargetsExist()
    {
        var missing = new List<string>();
        foreach (var file in TextFiles().Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (Match match in MarkdownLink().Matches(text))
            {
                var target = match.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)
                    || target.StartsWith('#') || target.StartsWith('<'))
                {
                    continue;
                }

                var path = Uri.UnescapeDataString(target.Split('#')[0].Split('?')[0]);
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    missing.Add($"{Relative(file)}:{LineOf(text, match.Index)}: ({target})");
                }
            }
        }

        string.Join(Environment.NewLine, missing).Should().BeEmpty("a relative link must point to a file or folder of the repository");
    }

    [Fact]
    public void SeedFiles_SourcesAndNotes_CarryNoDeveloperNotes()
    {
        // Sources and notes reach the factor pages, the PDF and the workbook: clean citations only.
        var note = DeveloperNote();
        var seeds = Directory.EnumerateFiles(Path.Combine(Root(), "src", "LowCarbonCity.Web", "Data", "Seed"), "*.csv", SearchOption.AllDirectories);
        var found = new List<string>();
        foreach (var file in seeds)
        {
            var lines = File.ReadAllLines(file, Encoding.UTF8);
            for (var i = 0; i < lines.Length; i++)
            {
                if (note.Match(lines[i]) is { Success: true } m)
                {
                    found.Add($"{Relative(file)}:{i + 1}: {m.Value}");
                }
            }
        }

        string.Join(Environment.NewLine, found).Should().BeEmpty("a seeded source or note is shown to users: no document names, confidence tags or reminders");
    }

    [Fact]
    public void DeveloperNote_Pattern_CatchesTheKindsOfNoteItMustKeepOut()
    {
        var note = DeveloperNote();

        note.IsMatch("IPCC AR4 WG1 Table 2.14; " + OutsideDocuments[1] + ".md 2.5").Should().BeTrue();
        note.IsMatch("TGO CFO list, Feb 2026 (public transcription) [S]").Should().BeTrue();
        note.IsMatch("see docs/domain/methodology.md 2.2").Should().BeTrue();
        note.IsMatch("CH4/N2O derived; check primary").Should().BeTrue();
        note.IsMatch("TGO Emission Factor CFO list, updated April 2022 (B.E. 2565), item 'Diesel, on-road'").Should().BeFalse();
    }

    private static IEnumerable<string> Occurrences(Regex pattern)
    {
        foreach (var file in TextFiles())
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (Match match in pattern.Matches(text))
            {
                yield return $"{Relative(file)}:{LineOf(text, match.Index)}: {match.Value}";
            }
        }
    }

    private static IEnumerable<string> TextFiles()
    {
        var root = Root();
        var self = Path.Combine(root, "tests", "LowCarbonCity.Domain.Tests", "Repository", "RepositoryReferenceTests.cs");
        var rootFiles = Directory.EnumerateFiles(root).Where(Scanned);
        var folders = ScannedFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists).SelectMany(Walk);
        return rootFiles.Concat(folders).Where(f => f != self);
    }

    private static IEnumerable<string> Walk(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Where(Scanned))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Walk(sub))
            {
                yield return file;
            }
        }
    }

    private static bool Scanned(string file) =>
        ScannedExtensions.Contains(Path.GetExtension(file)) && new FileInfo(file).Length < 2_000_000;

    private static HashSet<string> RepositoryFileNames()
    {
        var root = Root();
        return ScannedFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists).Prepend(root)
            .SelectMany(d => d == root ? Directory.EnumerateFiles(d) : Walk(d))
            .Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LowCarbonCity.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LowCarbonCity.sln not found above the test binaries.");
    }

    private static string Relative(string file) => Path.GetRelativePath(Root(), file).Replace('\\', '/');

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>A name ending in .md, with an optional relative folder path, not part of a URL.</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?<path>(?:\.\./|\./)*(?:[\w.-]+/)*[\w-][\w.-]*\.md)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownMention();

    /// <summary>An inline markdown link or image: [text](target) or ![alt](target).</summary>
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\.md\b|docs/|\[[VSR]\]|transcription|check primary|\bCHECK\b|\bverify\b|DERIVED here|" + "METHOD" + "OLOGY|STYLE\\.|DESIGN\\.|DEPENDENCIES\\.",
        RegexOptions.CultureInvariant)]
    private static partial Regex DeveloperNote();
}
