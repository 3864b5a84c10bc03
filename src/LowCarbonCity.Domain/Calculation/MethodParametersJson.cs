using System.Text.Json;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// Parses the JSON parameters stored on an activity line (<see cref="ActivityLine.ParametersJson"/>) into the
/// method's <see cref="MethodParameters"/>. Waste and wastewater methods are parsed by <see cref="WasteMethods"/>.
/// </summary>
public static class MethodParametersJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new AcceptedNamesConverter<RefrigerationEquipmentClass>(), new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>
    /// The parameters of a line of method <paramref name="method"/>; null when <paramref name="json"/> is empty.
    /// Refrigerant lines: <c>{"chargeKg": 2.5, "annualLeakRate": 0.05, "equipmentClass": "ResidentialCommercialAirConditioning"}</c>
    /// gives <see cref="RefrigerantScreeningParameters"/>. Throws <see cref="DomainRuleException"/> (field
    /// <c>Parameters</c>) for JSON that does not fit the method, <see cref="MethodParameterRangeException"/> for a value
    /// out of its range.
    /// </summary>
    public static MethodParameters? Parse(CalculationMethod method, string? json) => method switch
    {
        CalculationMethod.EmissionFactor => string.IsNullOrWhiteSpace(json)
            ? null
            : throw new DomainRuleException("Parameters", LineCodes.ParametersNone, "A factor-based category takes no method parameters."),
        CalculationMethod.Refrigerant => ParseRefrigerant(json),
        CalculationMethod.SolidWasteDisposal or CalculationMethod.BiologicalTreatment or CalculationMethod.IncinerationOrOpenBurning
            or CalculationMethod.DomesticWastewater or CalculationMethod.WastewaterCod or CalculationMethod.SepticTank
            or CalculationMethod.IndustrialWastewater => WasteMethods.ParseParameters(method, json),
    };

    /// <summary>The record a line's parameters of <paramref name="method"/> are read into; null for a method that takes none.</summary>
    public static Type? ParameterType(CalculationMethod method) => method switch
    {
        CalculationMethod.EmissionFactor => null,
        CalculationMethod.Refrigerant => typeof(RefrigerantScreeningParameters),
        CalculationMethod.SolidWasteDisposal or CalculationMethod.BiologicalTreatment or CalculationMethod.IncinerationOrOpenBurning
            or CalculationMethod.DomesticWastewater or CalculationMethod.WastewaterCod or CalculationMethod.SepticTank
            or CalculationMethod.IndustrialWastewater => WasteMethods.ParameterType(method),
    };

    /// <summary>Whether a line of <paramref name="method"/> needs parameters (the others take them as optional overrides).</summary>
    public static bool ParametersRequired(CalculationMethod method) => method switch
    {
        CalculationMethod.EmissionFactor or CalculationMethod.Refrigerant => false,
        CalculationMethod.SolidWasteDisposal or CalculationMethod.BiologicalTreatment or CalculationMethod.IncinerationOrOpenBurning
            or CalculationMethod.DomesticWastewater or CalculationMethod.WastewaterCod or CalculationMethod.SepticTank
            or CalculationMethod.IndustrialWastewater => WasteMethods.ParametersRequired(method),
    };

    /// <summary>Refrigerant screening parameters as JSON (the inverse of <see cref="Parse"/>).</summary>
    public static string Serialize(RefrigerantScreeningParameters parameters) => JsonSerializer.Serialize(parameters, Options);

    private static RefrigerantScreeningParameters? ParseRefrigerant(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        RefrigerantScreeningParameters? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<RefrigerantScreeningParameters>(json, Options);
        }
        catch (JsonException e)
        {
            throw new DomainRuleException("Parameters", "parameters.json", $"Refrigerant screening parameters are not valid at '{(string.IsNullOrEmpty(e.Path) ? "$" : e.Path)}': {JsonValueErrors.Describe(e)}");
        }

        parsed?.Validate();
        return parsed;
    }
}
