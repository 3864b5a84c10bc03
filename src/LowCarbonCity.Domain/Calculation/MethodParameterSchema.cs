using System.Reflection;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>The JSON type of a method parameter.</summary>
public enum ParameterType
{
    Number,
    /// <summary>A whole number (a year).</summary>
    WholeNumber,
    Boolean,

    /// <summary>One of a list of names (<see cref="ParameterSchema.Names"/>).</summary>
    Name,

    /// <summary>A list of objects, each with <see cref="ParameterSchema.Fields"/>.</summary>
    List,

    /// <summary>An object with <see cref="ParameterSchema.Fields"/>.</summary>
    Nested,
}

/// <summary>
/// One parameter of a method as the API publishes it: JSON name, type, whether it is required, unit, range, default
/// (the record's own default, or the constant the method uses when the override is absent) and, for a name, the
/// accepted names (<see cref="NameType"/> is their enumeration, for labels).
/// </summary>
public sealed record ParameterSchema(
    string Name,
    ParameterType Type,
    bool Required,
    string? Unit,
    decimal? Minimum,
    decimal? Maximum,
    object? Default,
    string? DefaultNote,
    string? Description,
    Type? NameType,
    IReadOnlyList<string>? Names,
    IReadOnlyList<ParameterSchema>? Fields);

/// <summary>
/// The parameters of each calculation method, read from the very records the lines' parameters are parsed into
/// (<see cref="MethodParametersJson.ParameterType"/>) and their <see cref="MethodParameterAttribute"/>: the published
/// schema cannot drift from what a line accepts.
/// </summary>
public static class MethodParameterSchema
{
    /// <summary>The parameters of <paramref name="method"/>; empty for a method that takes none.</summary>
    public static IReadOnlyList<ParameterSchema> Of(CalculationMethod method) =>
        MethodParametersJson.ParameterType(method) is { } type ? Fields(type) : [];

    private static ParameterSchema[] Fields(Type recordType) =>
        MethodParameterRules.Members(recordType).Select(m => Describe(m.Parameter)).ToArray();

    private static ParameterSchema Describe(ParameterInfo parameter)
    {
        var attribute = parameter.GetCustomAttribute<MethodParameterAttribute>();
        var clrType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var listItem = clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? clrType.GetGenericArguments()[0] : null;
        var type = clrType switch
        {
            _ when clrType == typeof(decimal) => ParameterType.Number,
            _ when clrType == typeof(int) => ParameterType.WholeNumber,
            _ when clrType == typeof(bool) => ParameterType.Boolean,
            _ when clrType.IsEnum => ParameterType.Name,
            _ when listItem is not null => ParameterType.List,
            _ => ParameterType.Nested,
        };
        var (minimum, maximum) = MethodParameterRules.RangeOf(attribute);
        return new ParameterSchema(
            MethodParameterRules.JsonName(parameter.Name!),
            type,
            Required: !parameter.HasDefaultValue,
            string.IsNullOrEmpty(attribute?.Unit) ? null : attribute.Unit,
            minimum,
            maximum,
            DefaultOf(parameter, attribute, clrType),
            attribute?.DefaultNote,
            attribute?.Description,
            clrType.IsEnum ? clrType : null,
            clrType.IsEnum ? Enum.GetNames(clrType) : null,
            type switch
            {
                ParameterType.List => Fields(listItem!),
                ParameterType.Nested => Fields(clrType),
                _ => null,
            });
    }

    /// <summary>The value used when the parameter is absent: the record's default, else the method's constant, else none.</summary>
    private static object? DefaultOf(ParameterInfo parameter, MethodParameterAttribute? attribute, Type clrType)
    {
        if (parameter.HasDefaultValue && parameter.DefaultValue is { } value)
        {
            return clrType.IsEnum ? Enum.ToObject(clrType, value).ToString() : value;
        }

        return attribute is { DefaultIn: { } owner, DefaultField: { } field }
            ? owner.GetField(field, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? throw new InvalidOperationException($"{owner.Name}.{field} is not a public constant.")
            : null;
    }
}
