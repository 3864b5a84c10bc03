using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// A published list of emission factors (e.g. "TGO CFO, April 2022"), valid for activity data of the years
/// <see cref="ValidFromYear"/> to <see cref="ValidToYear"/>. An edition any submitted inventory used is locked:
/// corrections are a new edition (docs/conventions.md D3).
/// </summary>
public sealed class EmissionFactorEdition
{
    private readonly List<EmissionFactor> _factors = [];
    private readonly List<FactorPublication> _publications = [];

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

    /// <summary>The publications the factors cite for readers (none for an edition uploaded as a factor list alone).</summary>
    public IReadOnlyList<FactorPublication> Publications => _publications;

    /// <summary>The publication a factor of this edition cites, or null when it cites none.</summary>
    public FactorPublication? PublicationOf(EmissionFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return factor.PublicationKey is { } key ? _publications.FirstOrDefault(p => p.Key == key) : null;
    }

    /// <summary>Adds a publication before the factors that cite it; keys are unique within the edition.</summary>
    public void AddPublication(FactorPublication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (IsLocked)
        {
            throw new InvalidOperationException($"Edition {Code} is locked; publish a new edition instead.");
        }

        if (_publications.Any(p => p.Key == publication.Key))
        {
            throw new InvalidOperationException($"Edition {Code} already has a publication {publication.Key}.");
        }

        _publications.Add(publication);
    }

    /// <summary>
    /// Gives an edition that has no publications yet (seeded before they existed) its publications and each factor's
    /// key, even when locked: a citation for readers is not a factor value, and no value changes.
    /// <paramref name="keyOf"/> says which publication a factor cites (null: none).
    /// </summary>
    public void CiteRetroactively(IEnumerable<FactorPublication> publications, Func<EmissionFactor, string?> keyOf)
    {
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentNullException.ThrowIfNull(keyOf);
        if (_publications.Count > 0)
        {
            throw new InvalidOperationException($"Edition {Code} already cites its publications.");
        }

        var list = publications.ToList();
        foreach (var factor in _factors)
        {
            if (keyOf(factor) is { } key)
            {
                if (list.All(p => p.Key != key))
                {
                    throw new InvalidOperationException($"Edition {Code} has no publication {key}.");
                }

                factor.CiteOnce(key);
            }
        }

        _publications.AddRange(list);
    }

    public bool AppliesToYear(int year) => year >= ValidFromYear && (ValidToYear is null || year <= ValidToYear);

    public void AddFactor(EmissionFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        if (IsLocked)
        {
            throw new InvalidOperationException($"Edition {Code} is locked; publish a new edition instead.");
        }

        if (factor.PublicationKey is { } key && _publications.All(p => p.Key != key))
        {
            throw new InvalidOperationException($"Edition {Code} has no publication {key} for the {factor.Gas} factor of {factor.Category}.");
        }

        if (_factors.Any(f => f.Category == factor.Category && f.Gas == factor.Gas && f.PerUnit == factor.PerUnit))
        {
            throw new InvalidOperationException($"Edition {Code} already has a {factor.Gas} factor for {factor.Category} per {factor.PerUnit.Code}.");
        }

        _factors.Add(factor);
    }

    public void Lock() => IsLocked = true;

    /// <summary>
    /// The factors for a category that an activity in <paramref name="activityUnit"/> can use (the activity is
    /// converted into their unit, never the factor), in this order of preference:
    /// 1. an activity in MJ, GJ or TJ uses the factors per TJ when there are any (the IPCC energy route,
    ///    docs/domain/methodology.md 3.4);
    /// 2. the factors per exactly the activity's unit (e.g. LPG per L, natural gas HHV per MMBTU);
    /// 3. the factors per another unit of the same dimension, the first such unit in <see cref="Unit.All"/> order.
    /// Empty when none fits. Factors come in <see cref="Gas"/> order, whatever order the edition was loaded in, so
    /// results and formulas are the same on every database.
    /// </summary>
    public IReadOnlyList<EmissionFactor> FactorsFor(ActivityCategory category, Unit activityUnit)
    {
        ArgumentNullException.ThrowIfNull(activityUnit);
        var forCategory = _factors.Where(f => f.Category == category && f.PerUnit.Dimension == activityUnit.Dimension).OrderBy(f => f.Gas).ToList();
        if (activityUnit == Unit.MJ || activityUnit == Unit.GJ || activityUnit == Unit.TJ)
        {
            var perTj = forCategory.Where(f => f.PerUnit == Unit.TJ).ToList();
            if (perTj.Count > 0)
            {
                return perTj;
            }
        }

        var exact = forCategory.Where(f => f.PerUnit == activityUnit).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var unit = Unit.All.FirstOrDefault(u => forCategory.Any(f => f.PerUnit == u));
        return unit is null ? [] : forCategory.Where(f => f.PerUnit == unit).ToList();
    }
}
