namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// A set of 100-year global warming potentials as one reporting framework applies an IPCC assessment report (TGO CFO's
/// AR5, AR5 as GPC platforms apply it, AR6, AR4), applied for real: CO2e = Σ mass(gas) × GWP(gas). CO2 (fossil and
/// biogenic) and <see cref="Gas.CO2e"/> are always 1 and need not be listed.
/// </summary>
public sealed class GwpSet
{
    private readonly List<GwpValue> _values = [];
    private Dictionary<Gas, decimal>? _lookup;

    private GwpSet()
    {
        Code = null!;
        NameEn = null!;
        NameTh = null!;
        Source = null!;
        SourceTh = null!;
    }

    /// <param name="code">The stable code and key.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="source">The citation (IPCC report and table; the framework's convention).</param>
    /// <param name="values">The GWP per gas.</param>
    /// <param name="nameTh">The Thai name; the English one when not given.</param>
    /// <param name="sourceTh">The citation in Thai (Buddhist Era years); the English one when not given.</param>
    public GwpSet(string code, string nameEn, string source, IReadOnlyDictionary<Gas, decimal> values, string? nameTh = null, string? sourceTh = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(values);
        Code = code;
        NameEn = null!;
        NameTh = null!;
        Source = null!;
        SourceTh = null!;
        Describe(nameEn, nameTh ?? nameEn, source, sourceTh);
        foreach (var (gas, value) in values.OrderBy(v => v.Key))
        {
            _values.Add(new GwpValue(gas, value));
        }
    }

    /// <summary>The stable code and key, e.g. <c>AR5</c> (TGO CFO) or <c>AR5-GPC</c>.</summary>
    public string Code { get; private set; }

    public string NameEn { get; private set; }

    public string NameTh { get; private set; }

    /// <summary>Where the values come from (IPCC report and table), in English for a reader.</summary>
    public string Source { get; private set; }

    /// <summary>The same citation in Thai, years in the Buddhist Era.</summary>
    public string SourceTh { get; private set; }

    public IReadOnlyList<GwpValue> Values => _values;

    /// <summary>
    /// Renames the set and rewrites its citation (a corrected seed text); the values, facts of an IPCC report, never
    /// change once a result has used them.
    /// </summary>
    public void Describe(string nameEn, string nameTh, string source, string? sourceTh = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameTh);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        NameEn = nameEn;
        NameTh = nameTh;
        Source = source;
        SourceTh = string.IsNullOrWhiteSpace(sourceTh) ? source : sourceTh;
    }

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
