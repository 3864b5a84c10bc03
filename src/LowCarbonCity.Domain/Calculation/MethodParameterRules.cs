using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>A method parameter outside the range its <see cref="MethodParameterAttribute"/> declares; ParamName is its JSON path.</summary>
public sealed class MethodParameterRangeException : ArgumentException
{
    public MethodParameterRangeException(string parameter, decimal? minimum, decimal? maximum, decimal value)
        : base(Describe(parameter, minimum, maximum, value), parameter)
    {
        Parameter = parameter;
        Minimum = minimum;
        Maximum = maximum;
        Value = value;
    }

    /// <summary>The JSON path of the value, e.g. <c>deposits[2].tonnes</c>.</summary>
    public string Parameter { get; }

    public decimal? Minimum { get; }

    public decimal? Maximum { get; }

    public decimal Value { get; }

    private static string Describe(string parameter, decimal? minimum, decimal? maximum, decimal value)
    {
        var got = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return (minimum, maximum) switch
        {
            (0m, 1m) => $"'{parameter}' must be a fraction between 0 and 1 (got {got}).",
            (0m, null) => $"'{parameter}' must not be negative (got {got}).",
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"'{parameter}' must be at least {min} (got {got})."),
            (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"'{parameter}' must be at most {max} (got {got})."),
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"'{parameter}' must be between {min} and {max} (got {got})."),
            _ => $"'{parameter}' is out of range (got {got}).",
        };
    }
}

/// <summary>
/// The range rule of every method parameter, read from its <see cref="MethodParameterAttribute"/>: each parameter
/// record's <c>Validate</c> calls <see cref="Check(object)"/>, which walks the record, its lists and nested records.
/// </summary>
public static class MethodParameterRules
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(ParameterInfo Parameter, PropertyInfo Property)>> MembersByType = new();

    /// <summary>Each record's members with their JSON names and ranges, read once per type (validation runs on every line).</summary>
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, decimal? Minimum, decimal? Maximum)[]> RulesByType = new();

    /// <summary>Throws <see cref="MethodParameterRangeException"/> for the first value outside its declared range.</summary>
    public static void Check(object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Check(parameters, string.Empty);
    }

    /// <summary>The JSON name of a record member (camelCase, as the parameters are read and written).</summary>
    public static string JsonName(string memberName) => JsonNamingPolicy.CamelCase.ConvertName(memberName);

    /// <summary>The primary constructor's parameters of a parameter record, each with its property.</summary>
    public static IReadOnlyList<(ParameterInfo Parameter, PropertyInfo Property)> Members(Type recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return MembersByType.GetOrAdd(recordType, static type =>
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            return constructor.GetParameters()
                .Select(p => (p, type.GetProperty(p.Name!) ?? throw new InvalidOperationException($"{type.Name}.{p.Name} has no property.")))
                .ToArray();
        });
    }

    /// <summary>The declared range of a parameter: (minimum, maximum), each null when unbounded.</summary>
    public static (decimal? Minimum, decimal? Maximum) RangeOf(MethodParameterAttribute? attribute) =>
        attribute is null
            ? (null, null)
            : double.IsNaN(attribute.Minimum) && !double.IsNaN(attribute.Maximum)
                ? throw new InvalidOperationException("A method parameter with a maximum declares its minimum too.")
                : (double.IsNaN(attribute.Minimum) ? null : (decimal)attribute.Minimum, double.IsNaN(attribute.Maximum) ? null : (decimal)attribute.Maximum);

    private static void Check(object record, string path)
    {
        var rules = RulesByType.GetOrAdd(record.GetType(), static type => [.. Members(type).Select(m =>
        {
            var (minimum, maximum) = RangeOf(m.Parameter.GetCustomAttribute<MethodParameterAttribute>());
            return (m.Property, JsonName(m.Parameter.Name!), minimum, maximum);
        })]);
        foreach (var (property, jsonName, minimum, maximum) in rules)
        {
            var name = path + jsonName;
            switch (property.GetValue(record))
            {
                case null or string or bool or Enum:
                    break;
                case decimal number:
                    InRange(name, number, minimum, maximum);
                    break;
                case int number:
                    InRange(name, number, minimum, maximum);
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            Check(item, string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]."));
                        }

                        index++;
                    }

                    break;
                case { } nested:
                    Check(nested, name + ".");
                    break;
            }
        }
    }

    private static void InRange(string name, decimal value, decimal? minimum, decimal? maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw new MethodParameterRangeException(name, minimum, maximum, value);
        }
    }
}
