using System.Globalization;
using System.Text.RegularExpressions;

namespace LowCarbonCity.Web.Resources;

/// <summary>
/// Puts the services' and the domain's messages (written in English, shared by the API) into the page's language.
/// <c>Messages.th.resx</c> is keyed by the English message with each quoted value and number replaced by a
/// placeholder in order ("Unknown GWP set '{0}'."), so one Thai entry covers every value. A message with no entry
/// stays English (the API's wording) rather than disappearing; the resource tests list the ones that matter. A
/// translation writes a Common Era year it shows as <c>{0:year}</c>, so the reader sees it in their calendar
/// ("พ.ศ. 2560" in Thai).
/// </summary>
public static partial class ServiceMessages
{
    public static string Translate(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var texts = Texts.Instance;
        var exact = texts[message];
        if (!exact.ResourceNotFound)
        {
            return exact.Value;
        }

        var (template, values) = Template(message);
        var translated = texts[template];
        return translated.ResourceNotFound || values.Count == 0
            ? message
            : string.Format(CalendarYears.Instance, translated.Value, values.ToArray<object>());
    }

    /// <summary>The message with its quoted values and numbers replaced by {0}, {1}... and the values taken out.</summary>
    public static (string Template, IReadOnlyList<string> Values) Template(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var values = new List<string>();
        var template = Variable().Replace(message, m =>
        {
            var quoted = m.Groups["quoted"];
            values.Add(quoted.Success ? quoted.Value : m.Value);
            var placeholder = "{" + (values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
            return quoted.Success ? "'" + placeholder + "'" : placeholder;
        });
        return (template, values);
    }

    [GeneratedRegex(@"'(?<quoted>[^']*)'|(?<![\w{])\d+(?:[.,]\d+)*(?![\w}])", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();

    /// <summary>Formats <c>{n:year}</c> as a year in the reader's calendar; everything else as the current culture does.</summary>
    private sealed class CalendarYears : IFormatProvider, ICustomFormatter
    {
        public static readonly CalendarYears Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.CurrentCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) =>
            format == "year" && int.TryParse(arg?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? Pages.Display.Year(year)
                : arg is IFormattable formattable ? formattable.ToString(format, CultureInfo.CurrentCulture) : arg?.ToString() ?? string.Empty;
    }
}
