using System.Text.Json;
using System.Text.Json.Serialization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>
/// Entry point of the waste and wastewater method families (docs/domain/methodology.md 3.6-3.9): solid-waste disposal,
/// biological treatment, incineration and open burning, wastewater. The formulas and defaults are written down in
/// <c>docs/domain/waste-methods.md</c>.
/// </summary>
public static class WasteMethods
{
    /// <summary>
    /// JSON for stored parameters: camelCase properties, enums as their C# names (integers rejected), strict numbers,
    /// unknown or missing required properties rejected. Source-generated metadata (<see cref="WasteJsonContext"/>), so it
    /// also works where reflection-based serialization is disabled (trimmed or native AOT hosts).
    /// </summary>
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = WasteJsonContext.Default,
        Converters =
        {
            new AcceptedNamesConverter<SiteManagement>(),
            new AcceptedNamesConverter<ClimateZone>(),
            new AcceptedNamesConverter<WasteType>(),
            new AcceptedNamesConverter<LandfillConvention>(),
            new AcceptedNamesConverter<MassBasis>(),
            new AcceptedNamesConverter<IncineratorTechnology>(),
            new AcceptedNamesConverter<WasteStream>(),
            new AcceptedNamesConverter<WasteComponent>(),
            new AcceptedNamesConverter<TreatmentPathway>(),
        },
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Calculates one line of a waste or wastewater category for inventory year <paramref name="inventoryYear"/>.
    /// Quantities are converted to the method's unit first (tonnes, person-years or m³); a quantity of another
    /// dimension throws <see cref="UnitMismatchException"/>. Missing or wrong-typed parameters throw
    /// <see cref="ArgumentException"/>; invalid parameter values throw <see cref="ArgumentException"/> naming the JSON property.
    /// </summary>
    public static MethodOutput Calculate(CategoryDefinition definition, Quantity? quantity, MethodParameters? parameters, int inventoryYear)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Organisations.InventoryYears.Validate(inventoryYear, nameof(inventoryYear));
        return definition.Method switch
        {
            CalculationMethod.SolidWasteDisposal => SolidWasteDisposal.Calculate(
                Read<SolidWasteDisposalParameters>(parameters, definition)!, In(quantity, Unit.Tonne), inventoryYear),
            CalculationMethod.BiologicalTreatment => BiologicalTreatment.Calculate(
                definition.Category, RequiredQuantity(quantity, Unit.Tonne, definition), Read<BiologicalTreatmentParameters>(parameters, definition)),
            CalculationMethod.IncinerationOrOpenBurning => Incineration.Calculate(
                definition.Category, In(quantity, Unit.Tonne), Read<IncinerationParameters>(parameters, definition)!),
            CalculationMethod.DomesticWastewater => Wastewater.Domestic(
                RequiredQuantity(quantity, Unit.PersonYear, definition), Read<DomesticWastewaterParameters>(parameters, definition)!),
            CalculationMethod.WastewaterCod => Wastewater.Cod(
                RequiredQuantity(quantity, Unit.CubicMetre, definition), Read<WastewaterCodParameters>(parameters, definition)!),
            CalculationMethod.SepticTank => Wastewater.Septic(
                RequiredQuantity(quantity, Unit.PersonYear, definition), Read<SepticTankParameters>(parameters, definition)),
            CalculationMethod.IndustrialWastewater => Wastewater.Industrial(
                RequiredQuantity(quantity, Unit.CubicMetre, definition), Read<IndustrialWastewaterParameters>(parameters, definition)!),
            CalculationMethod.EmissionFactor or CalculationMethod.Refrigerant => throw new ArgumentException(
                $"{definition.Category} uses the {definition.Method} method, not a waste method.", nameof(definition)),
        };
    }

    /// <summary>
    /// Whether a line of a waste or wastewater method needs parameters: a site's history, a composition, pathways or a
    /// COD do; biological treatment and septic tanks have defaults for everything.
    /// </summary>
    public static bool ParametersRequired(CalculationMethod method) => method switch
    {
        CalculationMethod.SolidWasteDisposal or CalculationMethod.IncinerationOrOpenBurning or CalculationMethod.DomesticWastewater
            or CalculationMethod.WastewaterCod or CalculationMethod.IndustrialWastewater => true,
        CalculationMethod.BiologicalTreatment or CalculationMethod.SepticTank => false,
        CalculationMethod.EmissionFactor or CalculationMethod.Refrigerant => throw new ArgumentException(
            $"{method} is not a waste or wastewater method.", nameof(method)),
    };

    /// <summary>
    /// Parses the JSON parameters stored on a line of a waste or wastewater method; null when there are none.
    /// Malformed JSON, a wrong type, an unknown property or a missing required property throws
    /// <see cref="FormatException"/> with the JSON path; a value out of range throws <see cref="ArgumentException"/>
    /// whose <see cref="ArgumentException.ParamName"/> is the JSON property (e.g. <c>deposits[2].tonnes</c>).
    /// </summary>
    public static MethodParameters? ParseParameters(CalculationMethod method, string? json)
    {
        var type = ParameterType(method);
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        MethodParameters? parsed;
        try
        {
            parsed = (MethodParameters?)JsonSerializer.Deserialize(json, type, JsonOptions);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new FormatException($"Invalid {method} parameters at '{path}': {JsonValueErrors.Describe(ex)}", ex);
        }

        if (parsed is not null)
        {
            Validate(parsed);
        }

        return parsed;
    }

    /// <summary>The JSON that <see cref="ParseParameters"/> reads back (camelCase, enums as names, nulls omitted).</summary>
    public static string Serialize(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return JsonSerializer.Serialize(parameters, parameters.GetType(), JsonOptions);
    }

    /// <summary>The parameter record type of a waste or wastewater method.</summary>
    public static Type ParameterType(CalculationMethod method) => method switch
    {
        CalculationMethod.SolidWasteDisposal => typeof(SolidWasteDisposalParameters),
        CalculationMethod.BiologicalTreatment => typeof(BiologicalTreatmentParameters),
        CalculationMethod.IncinerationOrOpenBurning => typeof(IncinerationParameters),
        CalculationMethod.DomesticWastewater => typeof(DomesticWastewaterParameters),
        CalculationMethod.WastewaterCod => typeof(WastewaterCodParameters),
        CalculationMethod.SepticTank => typeof(SepticTankParameters),
        CalculationMethod.IndustrialWastewater => typeof(IndustrialWastewaterParameters),
        CalculationMethod.EmissionFactor or CalculationMethod.Refrigerant => throw new ArgumentException(
            $"{method} is not a waste or wastewater method.", nameof(method)),
    };

    private static void Validate(MethodParameters parameters)
    {
        switch (parameters)
        {
            case SolidWasteDisposalParameters p: p.Validate(); break;
            case BiologicalTreatmentParameters p: p.Validate(); break;
            case IncinerationParameters p: p.Validate(); break;
            case DomesticWastewaterParameters p: p.Validate(); break;
            case WastewaterCodParameters p: p.Validate(); break;
            case SepticTankParameters p: p.Validate(); break;
            case IndustrialWastewaterParameters p: p.Validate(); break;
            default: throw new ArgumentException($"{parameters.GetType().Name} is not a waste parameter type.", nameof(parameters));
        }
    }

    /// <summary>The line's parameters as the method's record; null only where <see cref="ParametersRequired"/> allows it.</summary>
    private static T? Read<T>(MethodParameters? parameters, CategoryDefinition definition)
        where T : MethodParameters => parameters switch
        {
            T typed => typed,
            null when !ParametersRequired(definition.Method) => null,
            null => throw new ArgumentException($"{definition.Category} ({definition.Method}) needs {typeof(T).Name}.", nameof(parameters)),
            _ => throw new ArgumentException($"{definition.Category} ({definition.Method}) needs {typeof(T).Name}, not {parameters.GetType().Name}.", nameof(parameters)),
        };

    private static decimal? In(Quantity? quantity, Unit unit) => quantity?.ConvertTo(unit).Value;

    private static decimal RequiredQuantity(Quantity? quantity, Unit unit, CategoryDefinition definition) =>
        In(quantity, unit) ?? throw new ArgumentException($"{definition.Category} needs a quantity in {unit.Code}.", nameof(quantity));
}

/// <summary>Source-generated JSON metadata for the waste parameter records (options are set in <see cref="WasteMethods"/>).</summary>
[JsonSerializable(typeof(SolidWasteDisposalParameters))]
[JsonSerializable(typeof(BiologicalTreatmentParameters))]
[JsonSerializable(typeof(IncinerationParameters))]
[JsonSerializable(typeof(DomesticWastewaterParameters))]
[JsonSerializable(typeof(WastewaterCodParameters))]
[JsonSerializable(typeof(SepticTankParameters))]
[JsonSerializable(typeof(IndustrialWastewaterParameters))]
internal sealed partial class WasteJsonContext : JsonSerializerContext;
