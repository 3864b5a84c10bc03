using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace LowCarbonCity.Web.Resources;

/// <summary>
/// Every text of the pages, from the resource files in this folder (docs/ui.md): each page area has a pair,
/// <c>Area.resx</c> (English) and <c>Area.th.resx</c> (Thai), and keys are unique across all of them (prefixed
/// by area: <c>Editor_Save</c>), so one localizer serves views, page models and validation attributes alike.
/// A missing key shows the key itself; the resource tests fail on it before it ships.
/// Lookups read one frozen table per culture, built on first use from every file (neutral texts overlaid by the
/// culture's own): <see cref="ResourceManager.GetString(string, CultureInfo)"/> over a dozen files took a lock per
/// file and per call, and the editor page asks for hundreds of texts (docs/performance.md, editor load).
/// </summary>
public sealed class Texts : IStringLocalizer
{
    private const string Prefix = "LowCarbonCity.Web.Resources.";
    private const string Suffix = ".resources";

    private readonly IReadOnlyList<ResourceManager> _managers;

    private readonly ConcurrentDictionary<CultureInfo, FrozenDictionary<string, string>> _tables = new();

    private Texts(IReadOnlyList<ResourceManager> managers) => _managers = managers;

    /// <summary>The one instance: resource managers are thread-safe and cache per culture.</summary>
    public static Texts Instance { get; } = Load(typeof(Texts).Assembly);

    /// <summary>The resource base names found (one per area file pair), for the completeness tests.</summary>
    public static IReadOnlyList<string> BaseNames { get; } = BaseNamesOf(typeof(Texts).Assembly).ToArray();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var value = Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    /// <summary>The text in a given culture (reports and e-mails that are not in the request's culture).</summary>
    public string Get(string name, CultureInfo culture) => Find(name, culture) ?? name;

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var culture = CultureInfo.CurrentUICulture;
        foreach (var manager in _managers)
        {
            using var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: includeParentCultures);
            if (set is null)
            {
                continue;
            }

            foreach (System.Collections.DictionaryEntry entry in set)
            {
                yield return new LocalizedString((string)entry.Key, entry.Value as string ?? string.Empty);
            }
        }
    }

    private string? Find(string name, CultureInfo culture) =>
        _tables.GetOrAdd(culture, TableOf).TryGetValue(name, out var value) ? value : null;

    /// <summary>Every text of a culture: the neutral files first, then each more specific culture over them.</summary>
    private FrozenDictionary<string, string> TableOf(CultureInfo culture)
    {
        var chain = new List<CultureInfo>();
        for (var c = culture; !c.Equals(CultureInfo.InvariantCulture); c = c.Parent)
        {
            chain.Add(c);
        }

        chain.Add(CultureInfo.InvariantCulture);
        chain.Reverse();
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in chain)
        {
            foreach (var manager in _managers)
            {
                if (manager.GetResourceSet(c, createIfNotExists: true, tryParents: false) is not { } set)
                {
                    continue;
                }

                foreach (System.Collections.DictionaryEntry entry in set)
                {
                    if (entry.Value is string text)
                    {
                        table[(string)entry.Key] = text;
                    }
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Texts Load(Assembly assembly) =>
        new(BaseNamesOf(assembly).Select(n => new ResourceManager(n, assembly)).ToArray());

    private static IEnumerable<string> BaseNamesOf(Assembly assembly) => assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(n => n[..^Suffix.Length])
        .Order(StringComparer.Ordinal);
}
