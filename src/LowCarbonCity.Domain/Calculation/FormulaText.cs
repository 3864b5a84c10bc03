using System.Globalization;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>Number formatting for formulas: invariant culture, thousands separators, every significant digit.</summary>
internal static class FormulaText
{
    private const string Format = "#,0.############################";

    public static string N(decimal value) => value.ToString(Format, CultureInfo.InvariantCulture);

    public static string Q(Quantity quantity) => $"{N(quantity.Value)} {quantity.Unit.Code}";
}
