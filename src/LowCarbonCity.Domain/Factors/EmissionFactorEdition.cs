using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// A published list of emission factors (e.g. "TGO CFO, April 2022"), valid for activity data of the years
/// <see cref="ValidFromYear"/> to <see cref="ValidToYear"/>. An edition any submitted inventory used is locked:
/// corrections are a new edition (STYLE.md D3).
/// </summary>
public sealed class EmissionFactorEdition
{
    private readonly List<EmissionFactor> _factors = [];

    private EmissionFactorEdition()
    {
        Code = null!;
        NameEn = null!;
        NameTh = null!;
        Source = null!;
        DefaultGwpSetCode = null!;
    }

    public EmissionFactorEdition(string code, string nameEn, string nameTh, string source, int validFromYear, int? validToYear, string defaultGwpSetCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameTh);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultGwpSetCode);
        if (validToYear is { } to && to < validFromYear)
        {
            throw new ArgumentException("An edition cannot end before it starts.", nameof(validToYear));
        }

        Code = code;
        NameEn = nameEn;
        NameTh = nameTh;
        Source = source;
        ValidFromYear = validFromYear;
        ValidToYear = validToYear;
        DefaultGwpSetCode = defaultGwpSetCode;
    }

    public int Id { get; private set; }

    /// <summary>Stable code, e.g. <c>TGO-CFO-2022-04</c>.</summary>
    public string Code { get; private set; }

    public string NameEn { get; private set; }

    public string NameTh { get; private set; }

    public string Source { get; private set; }

    /// <summary>First inventory year whose data this edition applies to.</summary>
    public int ValidFromYear { get; private set; }

    /// <summary>Last inventory year whose data this edition applies to; null when open-ended.</summary>
    public int? ValidToYear { get; private set; }

    /// <summary>The GWP set the publisher computed its CO2e totals with (TGO CFO: AR5).</summary>
    public string DefaultGwpSetCode { get; private set; }

    /// <summary>Locked once an inventory past Draft uses it; a locked edition never changes.</summary>
    public bool IsLocked { get; private set; }

    public IReadOnlyList<EmissionFactor> Factors => _factors;

    public bool AppliesToYear(int year) => year >= ValidFromYear && (ValidToYear is null || year <= ValidToYear);

    public void AddFactor(EmissionFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        if (IsLocked)
        {
            throw new InvalidOperationException($"Edition {Code} is locked; publish a new edition instead.");
        }

        if (_factors.Any(f => f.Category == factor.Category && f.Gas == factor.Gas && f.PerUnit == factor.PerUnit))
        {
            throw new InvalidOperationException($"Edition {Code} already has a {factor.Gas} factor for {factor.Category} per {factor.PerUnit.Code}.");
        }

        _factors.Add(factor);
    }

    public void Lock() => IsLocked = true;

    /// <summary>
    /// The factors for a category that an activity in <paramref name="activityUnit"/> can use: those per exactly that
    /// unit if any, else those per another unit of the same dimension (the activity is converted, never the factor).
    /// Empty when none fits.
    /// </summary>
    public IReadOnlyList<EmissionFactor> FactorsFor(ActivityCategory category, Unit activityUnit)
    {
        ArgumentNullException.ThrowIfNull(activityUnit);
        var exact = _factors.Where(f => f.Category == category && f.PerUnit == activityUnit).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var sameDimension = _factors
            .Where(f => f.Category == category && f.PerUnit.Dimension == activityUnit.Dimension)
            .ToList();
        if (sameDimension.Count == 0)
        {
            return sameDimension;
        }

        var unit = sameDimension[0].PerUnit;
        return sameDimension.Where(f => f.PerUnit == unit).ToList();
    }
}
