using System.Globalization;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>Invariant-culture text for the formulas the waste methods return (display only: values stay unrounded).</summary>
internal static class WasteFormat
{
    /// <summary>A number as shown in a formula: invariant culture, at most 10 decimals (display only).</summary>
    public static string N(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>An integer (a year) in invariant culture.</summary>
    public static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Interpolates with the invariant culture.</summary>
    public static string Inv(FormattableString text) => FormattableString.Invariant(text);
}

/// <summary>Argument checks that name the JSON property at fault (camelCase path, e.g. <c>deposits[2].tonnes</c>).</summary>
internal static class Guard
{
    /// <summary>An <see cref="ArgumentException"/> whose ParamName is the JSON property <paramref name="field"/>.</summary>
    public static ArgumentException Invalid(string field, string message) => new(message, field);

    public static void NonNegative(decimal value, string field)
    {
        if (value < 0m)
        {
            throw new ArgumentException($"'{field}' must not be negative (got {WasteFormat.N(value)}).", field);
        }
    }

    public static void NonNegative(decimal? value, string field)
    {
        if (value is { } v)
        {
            NonNegative(v, field);
        }
    }

    public static void Fraction(decimal value, string field)
    {
        if (value is < 0m or > 1m)
        {
            throw new ArgumentException($"'{field}' must be a fraction between 0 and 1 (got {WasteFormat.N(value)}).", field);
        }
    }

    public static void Fraction(decimal? value, string field)
    {
        if (value is { } v)
        {
            Fraction(v, field);
        }
    }

    public static void Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"'{field}' has an unknown value '{value}'.", field);
        }
    }

    public static void NotNull(object? value, string field)
    {
        if (value is null)
        {
            throw new ArgumentException($"'{field}' is required.", field);
        }
    }
}
