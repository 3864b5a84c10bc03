using System.Globalization;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// Number formatting for formulas: invariant culture, thousands separators, and a precision a reader can follow: six
/// decimals, or more for a small number so that it keeps four significant digits (0.0000286). A quotient such as
/// 6,794,005 / 3 would otherwise print 28 decimals. Only the text is rounded; the stored numbers keep theirs.
/// </summary>
internal static class FormulaText
{
    private const string Format = "#,0.############################";
    private const int Decimals = 6;
    private const int SignificantDigitsOfSmallNumbers = 4;

    public static string N(decimal value) => Math.Round(value, DecimalsFor(value), MidpointRounding.AwayFromZero).ToString(Format, CultureInfo.InvariantCulture);

    private static int DecimalsFor(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0m || magnitude >= 1m)
        {
            return Decimals;
        }

        // Leading zeros after the point: 0.0000286 has four, so it needs 4 + 4 decimals for four significant digits.
        var zeros = 0;
        while (magnitude < 0.1m && zeros < 28)
        {
            magnitude *= 10m;
            zeros++;
        }

        return Math.Min(28, Math.Max(Decimals, zeros + SignificantDigitsOfSmallNumbers));
    }

    public static string Q(Quantity quantity) => $"{N(quantity.Value)} {quantity.Unit.Code}";
}
