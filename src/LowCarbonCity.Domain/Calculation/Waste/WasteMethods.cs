using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>
/// Entry point of the waste and wastewater method families (METHODOLOGY.md 3.6-3.9): solid-waste disposal,
/// biological treatment, incineration and open burning, wastewater.
/// </summary>
public static class WasteMethods
{
    /// <summary>Calculates one line of a waste or wastewater category for inventory year <paramref name="inventoryYear"/>.</summary>
    public static MethodOutput Calculate(CategoryDefinition definition, Quantity? quantity, MethodParameters? parameters, int inventoryYear)
    {
        ArgumentNullException.ThrowIfNull(definition);
        throw new NotSupportedException($"Method {definition.Method} is not implemented yet ({quantity}, {parameters}, {inventoryYear}).");
    }

    /// <summary>Parses the JSON parameters stored on a line of a waste or wastewater method; null when there are none.</summary>
    public static MethodParameters? ParseParameters(CalculationMethod method, string? json)
    {
        _ = method;
        _ = json;
        return null;
    }
}
