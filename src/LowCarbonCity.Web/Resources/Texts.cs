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
/// </summary>
public sealed class Texts : IStringLocalizer
{
    private const string Prefix = "LowCarbonCity.Web.Resources.";
    private const string Suffix = ".resources";

    private readonly IReadOnlyList<ResourceManager> _managers;

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

    private string? Find(string name, CultureInfo culture)
    {
        foreach (var manager in _managers)
        {
            if (manager.GetString(name, culture) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static Texts Load(Assembly assembly) =>
        new(BaseNamesOf(assembly).Select(n => new ResourceManager(n, assembly)).ToArray());

    private static IEnumerable<string> BaseNamesOf(Assembly assembly) => assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(n => n[..^Suffix.Length])
        .Order(StringComparer.Ordinal);
}
