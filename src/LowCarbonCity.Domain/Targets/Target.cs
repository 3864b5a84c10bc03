using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Domain.Targets;

/// <summary>
/// A reduction target of one organisation or one province for one inventory kind: from a base year to a target year,
/// a reduction in % of the base year or in tonnes CO2e, the scopes and sectors it covers (no sector: every sector),
/// a business-as-usual projection and the reduction measures of its plan. <see cref="Version"/> is the concurrency
/// token, bumped by every change to the target or its measures.
/// </summary>
public sealed class Target
{
    private readonly List<ReductionMeasure> _measures = [];

    private Target()
    {
        Scopes = [];
        Sectors = [];
    }

    public Target(TargetScopeKind scopeKind, int? organisationId, int provinceId, InventoryKind inventoryKind, TargetValues values, DateTimeOffset now)
    {
        if (scopeKind == TargetScopeKind.Organisation && organisationId is null)
        {
            throw new DomainRuleException(nameof(OrganisationId), "required", "An organisation target names its organisation.");
        }

        if (scopeKind == TargetScopeKind.Province && organisationId is not null)
        {
            throw new DomainRuleException(nameof(OrganisationId), "province.target", "A province target names no organisation.");
        }

        ScopeKind = scopeKind;
        OrganisationId = organisationId;
        ProvinceId = provinceId;
        InventoryKind = inventoryKind;
        Scopes = [];
        Sectors = [];
        CreatedAt = now;
        Apply(values);
        UpdatedAt = now;
        Version = 1;
    }

    public int Id { get; private set; }

    public TargetScopeKind ScopeKind { get; private set; }

    /// <summary>The organisation of an organisation target; null for a province target.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The province (of the organisation, for an organisation target).</summary>
    public int ProvinceId { get; private set; }

    /// <summary>Which inventories the actual emissions come from.</summary>
    public InventoryKind InventoryKind { get; private set; }

    public int BaseYear { get; private set; }

    public int TargetYear { get; private set; }

    public ReductionKind ReductionKind { get; private set; }

    /// <summary>Percent of the base year (0 to 100], or tonnes CO2e below the base year (&gt; 0).</summary>
    public decimal ReductionValue { get; private set; }

    /// <summary>The scopes counted (at least one).</summary>
    public IReadOnlyList<EmissionScope> Scopes { get; private set; }

    /// <summary>The sectors (category groups) counted; empty means every sector.</summary>
    public IReadOnlyList<CategoryGroup> Sectors { get; private set; }

    public BauMethod BauMethod { get; private set; }

    /// <summary>% a year: emissions growth (GrowthRate) or population growth where no population is known (PopulationDriven).</summary>
    public decimal BauRatePercent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ReductionMeasure> Measures => _measures;

    public void Update(TargetValues values, DateTimeOffset now)
    {
        Apply(values);
        Touch(now);
    }

    public ReductionMeasure AddMeasure(MeasureValues values, DateTimeOffset now)
    {
        var measure = new ReductionMeasure(values);
        _measures.Add(measure);
        Touch(now);
        return measure;
    }

    public ReductionMeasure UpdateMeasure(int measureId, MeasureValues values, DateTimeOffset now)
    {
        var measure = _measures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainRuleException("MeasureId", "measure.unknown", $"Measure {measureId} is not part of this target.");
        measure.Apply(values);
        Touch(now);
        return measure;
    }

    public void RemoveMeasure(int measureId, DateTimeOffset now)
    {
        var measure = _measures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainRuleException("MeasureId", "measure.unknown", $"Measure {measureId} is not part of this target.");
        _measures.Remove(measure);
        Touch(now);
    }

    /// <summary>The target year's emissions: base x (1 - % / 100), or base - tonnes.</summary>
    public decimal TargetEmissions(decimal baseYearTonnes) => ReductionKind switch
    {
        ReductionKind.Percent => baseYearTonnes * (1m - (ReductionValue / 100m)),
        ReductionKind.Tonnes => baseYearTonnes - ReductionValue,
    };

    private void Apply(TargetValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        InventoryYears.Validate(values.BaseYear, nameof(BaseYear));
        InventoryYears.Validate(values.TargetYear, nameof(TargetYear));
        if (values.TargetYear <= values.BaseYear)
        {
            throw new DomainRuleException(nameof(TargetYear), "target.year", "The target year must come after the base year.");
        }

        if (values.ReductionKind == ReductionKind.Percent && values.ReductionValue is <= 0 or > 100)
        {
            throw new DomainRuleException(nameof(ReductionValue), "reduction.percent", "A reduction in percent must be more than 0 and at most 100.");
        }

        if (values.ReductionKind == ReductionKind.Tonnes && values.ReductionValue <= 0)
        {
            throw new DomainRuleException(nameof(ReductionValue), "reduction.tonnes", "A reduction in tonnes must be more than 0.");
        }

        if (values.Scopes is null || values.Scopes.Count == 0)
        {
            throw new DomainRuleException(nameof(Scopes), "required", "Choose at least one scope.");
        }

        if (values.BauRatePercent is < -20 or > 20)
        {
            throw new DomainRuleException(nameof(BauRatePercent), "bau.rate", "The BAU growth rate must be from -20 to 20 % a year.");
        }

        BaseYear = values.BaseYear;
        TargetYear = values.TargetYear;
        ReductionKind = values.ReductionKind;
        ReductionValue = values.ReductionValue;
        Scopes = values.Scopes.Distinct().Order().ToList();
        Sectors = (values.Sectors ?? []).Distinct().Order().ToList();
        BauMethod = values.BauMethod;
        BauRatePercent = values.BauRatePercent;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>The editable values of a <see cref="Target"/>.</summary>
public sealed record TargetValues(
    int BaseYear,
    int TargetYear,
    ReductionKind ReductionKind,
    decimal ReductionValue,
    IReadOnlyList<EmissionScope> Scopes,
    IReadOnlyList<CategoryGroup>? Sectors,
    BauMethod BauMethod,
    decimal BauRatePercent);
