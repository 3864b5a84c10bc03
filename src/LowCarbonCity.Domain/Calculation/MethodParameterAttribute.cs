namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// What a method parameter means beyond its C# type: its unit, its allowed range and, for an override that is null
/// by default, the value the method uses without it. Read by <see cref="MethodParameterRules"/> (the range check every
/// parse runs) and by <see cref="MethodParameterSchema"/> (the schema the API publishes), so a range is written once.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class MethodParameterAttribute : Attribute
{
    /// <summary>The unit of the value ("g BOD/person/day", "fraction", "yr⁻¹"); empty for a name or a flag.</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>The smallest accepted value; NaN when there is none.</summary>
    public double Minimum { get; set; } = double.NaN;

    /// <summary>The largest accepted value; NaN when there is none.</summary>
    public double Maximum { get; set; } = double.NaN;

    /// <summary>The class holding the constant the method uses when this override is absent (with <see cref="DefaultField"/>).</summary>
    public Type? DefaultIn { get; set; }

    /// <summary>The name of that constant (a <c>const decimal</c> of <see cref="DefaultIn"/>).</summary>
    public string? DefaultField { get; set; }

    /// <summary>In English, what the method uses when the value is absent and no single constant says it (it depends on other values).</summary>
    public string? DefaultNote { get; set; }

    /// <summary>In English, what the value is (its symbol in the method's formula).</summary>
    public string? Description { get; set; }

    /// <summary>A fraction from 0 to 1, inclusive.</summary>
    public bool IsFraction => Minimum == 0d && Maximum == 1d;
}
