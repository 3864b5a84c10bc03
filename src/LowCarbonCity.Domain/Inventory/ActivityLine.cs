using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// One row of activity data: a category with either a quantity (one annual value, or twelve monthly values summed
/// into it) or a notation key with its explanation, never both (docs/conventions.md D4). Neither only while a line copied from
/// an earlier year <see cref="AwaitsValue">awaits this year's value</see>. Optional custom factor and method
/// parameters. <see cref="Version"/> is the concurrency token.
/// </summary>
public sealed class ActivityLine
{
    public const int MaxTextLength = 2000;

    /// <summary>The longest explanation of a change from last year's value.</summary>
    public const int MaxChangeExplanationLength = 1000;

    /// <summary>The longest method-parameter text (JSON).</summary>
    public const int MaxParametersLength = 20_000;

    private ActivityLine()
    {
    }

    private ActivityLine(Guid id, Guid inventoryId, ActivityCategory category)
    {
        Id = id;
        InventoryId = inventoryId;
        Category = category;
    }

    public Guid Id { get; private set; }

    public Guid InventoryId { get; private set; }

    public ActivityCategory Category { get; private set; }

    /// <summary>City (GPC) inventories: the sub-sector the activity belongs to; null means the category's default.</summary>
    public GpcSubsector? GpcSubsector { get; private set; }

    /// <summary>What the line covers, in the user's words (e.g. "garbage trucks").</summary>
    public string? Description { get; private set; }

    /// <summary>Annual amount (the sum of the monthly values when those were entered); null with a notation key.</summary>
    public decimal? Amount { get; private set; }

    public Unit? Unit { get; private set; }

    public bool IsMonthly { get; private set; }

    private decimal? M01 { get; set; }
    private decimal? M02 { get; set; }
    private decimal? M03 { get; set; }
    private decimal? M04 { get; set; }
    private decimal? M05 { get; set; }
    private decimal? M06 { get; set; }
    private decimal? M07 { get; set; }
    private decimal? M08 { get; set; }
    private decimal? M09 { get; set; }
    private decimal? M10 { get; set; }
    private decimal? M11 { get; set; }
    private decimal? M12 { get; set; }

    public NotationKey? NotationKey { get; private set; }

    public string? NotationExplanation { get; private set; }

    public string? DataSource { get; private set; }

    public DataQuality DataQuality { get; private set; } = DataQuality.Medium;

    public CustomFactor? CustomFactor { get; private set; }

    /// <summary>Method parameters (landfill, wastewater, refrigerant screening...) as JSON; the engine reads them.</summary>
    public string? ParametersJson { get; private set; }

    /// <summary>Solid-waste disposal lines: the site whose deposit history drives first-order decay.</summary>
    public Guid? SolidWasteSiteId { get; private set; }

    /// <summary>Why the value differs from last year's by more than the editor's threshold (null when not needed or not given).</summary>
    public string? ChangeExplanation { get; private set; }

    /// <summary>The earlier year's line this one was copied from (its year-on-year comparison); null for a line entered anew.</summary>
    public Guid? PreviousLineId { get; private set; }

    /// <summary>
    /// A line copied from an earlier year before this year's value is known: no quantity and no notation key. It is
    /// not calculated, covers no required item and blocks submission until a quantity or a notation key is entered.
    /// </summary>
    public bool AwaitsValue => Amount is null && NotationKey is null;

    /// <summary>Bumped on every change; a save with a stale version is a conflict.</summary>
    public int Version { get; private set; }

    /// <summary>The annual quantity, or null for a notation key.</summary>
    public Quantity? Quantity => Amount is { } amount && Unit is not null ? new Quantity(amount, Unit) : null;

    /// <summary>The twelve monthly values (January first), or null for an annual value.</summary>
    public IReadOnlyList<decimal>? MonthlyValues =>
        IsMonthly
            ? [M01 ?? 0, M02 ?? 0, M03 ?? 0, M04 ?? 0, M05 ?? 0, M06 ?? 0, M07 ?? 0, M08 ?? 0, M09 ?? 0, M10 ?? 0, M11 ?? 0, M12 ?? 0]
            : null;

    public CategoryDefinition Definition => ActivityCategories.Get(Category);

    /// <summary>A line with one annual quantity.</summary>
    public static ActivityLine WithAnnualQuantity(Guid id, Guid inventoryId, ActivityCategory category, Quantity quantity)
    {
        var line = new ActivityLine(id, inventoryId, category);
        line.SetAnnualQuantity(quantity);
        return line;
    }

    /// <summary>A line with twelve monthly values in one unit.</summary>
    public static ActivityLine WithMonthlyQuantities(Guid id, Guid inventoryId, ActivityCategory category, IReadOnlyList<decimal> monthly, Unit unit)
    {
        var line = new ActivityLine(id, inventoryId, category);
        line.SetMonthlyQuantities(monthly, unit);
        return line;
    }

    /// <summary>A line that carries a notation key instead of a quantity.</summary>
    public static ActivityLine WithNotationKey(Guid id, Guid inventoryId, ActivityCategory category, NotationKey key, string explanation)
    {
        var line = new ActivityLine(id, inventoryId, category);
        line.SetNotationKey(key, explanation);
        return line;
    }

    /// <summary>
    /// This year's copy of <paramref name="previous"/>, <see cref="AwaitsValue">awaiting its value</see>: the same
    /// category, GPC sub-sector, unit (the category's default unit when the line had a notation key), custom factor,
    /// method parameters, disposal site, description, data source and quality; no quantity, notation key or change
    /// explanation. <see cref="PreviousLineId"/> links it to <paramref name="previous"/>.
    /// </summary>
    public static ActivityLine CopiedFrom(ActivityLine previous, Guid id, Guid inventoryId)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return new ActivityLine(id, inventoryId, previous.Category)
        {
            GpcSubsector = previous.GpcSubsector,
            Description = previous.Description,
            DataSource = previous.DataSource,
            DataQuality = previous.DataQuality,
            Unit = previous.Unit ?? previous.Definition.DefaultUnit,
            CustomFactor = previous.CustomFactor,
            ParametersJson = previous.ParametersJson,
            SolidWasteSiteId = previous.SolidWasteSiteId,
            PreviousLineId = previous.Id,
            Version = 1,
        };
    }

    public void SetAnnualQuantity(Quantity quantity)
    {
        ValidateAmount(quantity.Value, nameof(Amount));
        ValidateUnit(quantity.Unit);
        Amount = quantity.Value;
        Unit = quantity.Unit;
        IsMonthly = false;
        SetMonths(null);
        ClearNotationKey();
        Changed();
    }

    public void SetMonthlyQuantities(IReadOnlyList<decimal> monthly, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(monthly);
        ArgumentNullException.ThrowIfNull(unit);
        if (monthly.Count != 12)
        {
            throw new DomainRuleException(nameof(MonthlyValues), LineCodes.MonthsCount, "Monthly data needs exactly twelve values.", monthly.Count);
        }

        for (var i = 0; i < 12; i++)
        {
            ValidateAmount(monthly[i], $"{nameof(MonthlyValues)}[{i}]");
        }

        ValidateUnit(unit);
        Amount = monthly.Sum();
        Unit = unit;
        IsMonthly = true;
        SetMonths(monthly);
        ClearNotationKey();
        Changed();
    }

    public void SetNotationKey(NotationKey key, string explanation)
    {
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new DomainRuleException(nameof(NotationExplanation), LineCodes.KeyExplanation, "A notation key needs an explanation.");
        }

        CheckLength(explanation, nameof(NotationExplanation));
        NotationKey = key;
        NotationExplanation = explanation.Trim();
        Amount = null;
        Unit = null;
        IsMonthly = false;
        SetMonths(null);
        CustomFactor = null;
        Changed();
    }

    public void Describe(string? description, string? dataSource, DataQuality quality)
    {
        CheckLength(description, nameof(Description));
        CheckLength(dataSource, nameof(DataSource));
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        DataSource = string.IsNullOrWhiteSpace(dataSource) ? null : dataSource.Trim();
        DataQuality = quality;
        Changed();
    }

    public void PlaceInGpc(GpcSubsector? subsector)
    {
        GpcSubsector = subsector;
        Changed();
    }

    public void UseCustomFactor(CustomFactor? factor)
    {
        if (factor is not null)
        {
            if (NotationKey is not null)
            {
                throw new DomainRuleException(nameof(CustomFactor), LineCodes.KeyWithFactor, "A line with a notation key has no factor.");
            }

            if (Unit is not null && Unit.Dimension != factor.PerUnit.Dimension)
            {
                throw new DomainRuleException("CustomFactor.PerUnit", LineCodes.FactorUnitDimension, $"A factor per {factor.PerUnit.Code} does not fit a quantity in {Unit.Code}.", factor.PerUnit.Code, Unit.Code);
            }

            CheckLength(factor.Justification, "CustomFactor.Justification");
        }

        CustomFactor = factor;
        Changed();
    }

    public void ExplainChange(string? explanation)
    {
        if (explanation is { Length: > MaxChangeExplanationLength })
        {
            throw new DomainRuleException(nameof(ChangeExplanation), LineCodes.TextTooLong, $"{nameof(ChangeExplanation)} is longer than {MaxChangeExplanationLength} characters.", MaxChangeExplanationLength);
        }

        var value = string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim();
        if (value != ChangeExplanation)
        {
            ChangeExplanation = value;
            Changed();
        }
    }

    public void SetParameters(string? parametersJson, Guid? solidWasteSiteId)
    {
        ParametersJson = string.IsNullOrWhiteSpace(parametersJson) ? null : parametersJson;
        SolidWasteSiteId = solidWasteSiteId;
        Changed();
    }

    private static void CheckLength(string? text, string field)
    {
        if (text is { Length: > MaxTextLength })
        {
            throw new DomainRuleException(field, LineCodes.TextTooLong, $"{field} is longer than {MaxTextLength} characters.", MaxTextLength);
        }
    }

    private static void ValidateAmount(decimal value, string field)
    {
        // Every category measures something physical (fuel, energy, mass, volume, people): never negative.
        if (value < 0)
        {
            throw new DomainRuleException(field, LineCodes.Negative, "An activity quantity cannot be negative.");
        }
    }

    private void ValidateUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!Definition.Accepts(unit))
        {
            throw new DomainRuleException(nameof(Unit), LineCodes.UnitCategory, $"Unit {unit.Code} does not fit category {Category}.", unit.Code, Category, LineIntake.UnitList(Definition));
        }

        if (CustomFactor is not null && CustomFactor.PerUnit.Dimension != unit.Dimension)
        {
            throw new DomainRuleException(nameof(Unit), LineCodes.FactorUnitDimension, $"Unit {unit.Code} does not fit the custom factor per {CustomFactor.PerUnit.Code}.", CustomFactor.PerUnit.Code, unit.Code);
        }
    }

    private void ClearNotationKey()
    {
        NotationKey = null;
        NotationExplanation = null;
    }

    private void SetMonths(IReadOnlyList<decimal>? m)
    {
        M01 = m?[0]; M02 = m?[1]; M03 = m?[2]; M04 = m?[3]; M05 = m?[4]; M06 = m?[5];
        M07 = m?[6]; M08 = m?[7]; M09 = m?[8]; M10 = m?[9]; M11 = m?[10]; M12 = m?[11];
    }

    private void Changed() => Version++;
}
