namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// A set of 100-year global warming potentials (AR4, AR5, AR6), applied for real: CO2e = Σ mass(gas) × GWP(gas).
/// CO2 (fossil and biogenic) and <see cref="Gas.CO2e"/> are always 1 and need not be listed.
/// </summary>
public sealed class GwpSet
{
    private readonly List<GwpValue> _values = [];
    private Dictionary<Gas, decimal>? _lookup;

    private GwpSet()
    {
        Code = null!;
        Name = null!;
        Source = null!;
    }

    public GwpSet(string code, string name, string source, IReadOnlyDictionary<Gas, decimal> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(values);
        Code = code;
        Name = name;
        Source = source;
        foreach (var (gas, value) in values.OrderBy(v => v.Key))
        {
            _values.Add(new GwpValue(gas, value));
        }
    }

    /// <summary>The stable code and key, e.g. <c>AR5</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Where the values come from (IPCC report and table).</summary>
    public string Source { get; private set; }

    public IReadOnlyList<GwpValue> Values => _values;

    /// <summary>The GWP of a gas; throws when the set has none (a missing GWP is an error, never zero).</summary>
    public decimal Of(Gas gas) =>
        TryGet(gas, out var value)
            ? value
            : throw new KeyNotFoundException($"GWP set {Code} has no value for {GasRules.Label(gas)}.");

    public bool TryGet(Gas gas, out decimal value)
    {
        if (gas is Gas.CO2Fossil or Gas.CO2Biogenic or Gas.CO2e)
        {
            value = 1m;
            return true;
        }

        _lookup ??= _values.ToDictionary(v => v.Gas, v => v.Value);
        return _lookup.TryGetValue(gas, out value);
    }
}

/// <summary>One gas's GWP in a set.</summary>
public sealed class GwpValue
{
    private GwpValue()
    {
    }

    public GwpValue(Gas gas, decimal value)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The GWP of {GasRules.Label(gas)} must be positive.");
        }

        Gas = gas;
        Value = value;
    }

    public Gas Gas { get; private set; }

    public decimal Value { get; private set; }
}
