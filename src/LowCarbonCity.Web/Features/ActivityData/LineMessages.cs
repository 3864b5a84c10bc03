using System.Globalization;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// Puts a refused line field (<see cref="LineFailure"/>) into words, by its code: <c>Intake.resx</c> and
/// <c>Intake.th.resx</c> hold one entry per code (<c>Intake_</c> + code, arguments as <c>{0}</c>, <c>{1}</c>) and one
/// label per field (<c>Intake_Field_</c> + field), so the editor, the API, the template import and the calculator say
/// the same thing in Thai or English, naming the field: "ปริมาณ: ต้องไม่ติดลบ".
/// </summary>
public static partial class LineMessages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The failure as a sentence in <paramref name="culture"/>: the field's label, then the code's text.</summary>
    public static string Text(LineFailure failure, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var text = Text(failure.Code, failure.Arguments, culture);
        return FieldLabel(failure.Field, culture) is { } label ? $"{label}: {text}" : text;
    }

    /// <summary>The code's text with its arguments (a category by its name, numbers in the culture's digits grouping).</summary>
    public static string Text(string code, IReadOnlyList<object> arguments, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(culture);
        var format = Texts.Instance.Get("Intake_" + code, culture);
        return string.Format(culture, format, arguments.Select(a => Argument(a, culture)).ToArray());
    }

    /// <summary>
    /// The label of a field in <paramref name="culture"/>, or null when it has none (a template cell address). A
    /// batch's <c>lines[2].Amount</c> reads "Line 3, Quantity"; <c>MonthlyValues[0]</c> names the month.
    /// </summary>
    public static string? FieldLabel(string field, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(culture);
        var match = BatchLine().Match(field);
        if (match.Success)
        {
            var line = Texts.Instance.Get("Intake_Field_Line", culture) + " " + (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(culture);
            var rest = field[match.Length..];
            return rest.Length == 0 ? line : FieldLabel(rest, culture) is { } inner ? $"{line}, {inner}" : line;
        }

        var month = Month().Match(field);
        if (month.Success)
        {
            var index = int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture);
            return string.Format(culture, Texts.Instance.Get("Intake_Field_Month", culture), culture.DateTimeFormat.GetMonthName(index + 1));
        }

        // Method parameters are named by their JSON path after the field: the label is the field's.
        var key = field.StartsWith(LineFields.Parameters + ".", StringComparison.Ordinal) ? LineFields.Parameters : field;
        var name = "Intake_Field_" + key;
        var text = Texts.Instance.Get(name, culture);
        return text == name ? null : text;
    }

    /// <summary>Every code with a text, for the tests that check both languages have each.</summary>
    public static IReadOnlyList<string> Codes { get; } = typeof(LineCodes).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

    private static object Argument(object argument, CultureInfo culture) => argument switch
    {
        ActivityCategory category => Thai(culture) ? ActivityCategories.Get(category).NameTh : ActivityCategories.Get(category).NameEn,
        decimal number => number.ToString("#,##0.######", culture),
        int number => number.ToString("#,##0", culture),
        _ => argument,
    };

    private static bool Thai(CultureInfo culture) => culture.TwoLetterISOLanguageName == "th";

    [GeneratedRegex(@"^lines\[(\d+)\]\.?", RegexOptions.CultureInvariant)]
    private static partial Regex BatchLine();

    [GeneratedRegex(@"^MonthlyValues\[(\d+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();
}
