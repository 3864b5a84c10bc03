using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Domain.Targets;

/// <summary>
/// One reduction measure of a target's plan: the sector it acts on, what it is (Thai and English), the tonnes CO2e a
/// year it is expected to cut once running, the year it starts, its status, who is responsible and how far along it is.
/// </summary>
public sealed class ReductionMeasure
{
    public const int DescriptionMaxLength = 500;
    public const int ResponsibleMaxLength = 200;

    private ReductionMeasure()
    {
        DescriptionTh = null!;
        DescriptionEn = null!;
        ResponsibleOrganisation = null!;
    }

    internal ReductionMeasure(MeasureValues values)
    {
        DescriptionTh = null!;
        DescriptionEn = null!;
        ResponsibleOrganisation = null!;
        Apply(values);
    }

    public int Id { get; private set; }

    public int TargetId { get; private set; }

    public CategoryGroup Sector { get; private set; }

    public string DescriptionTh { get; private set; }

    public string DescriptionEn { get; private set; }

    /// <summary>Tonnes CO2e a year the measure is expected to cut from its start year on.</summary>
    public decimal ExpectedTonnesPerYear { get; private set; }

    public int StartYear { get; private set; }

    public MeasureStatus Status { get; private set; }

    public string ResponsibleOrganisation { get; private set; }

    /// <summary>How far the measure is carried out, 0-100 %: 0 while planned, 100 when done.</summary>
    public decimal ProgressPercent { get; private set; }

    /// <summary>The tonnes a year achieved so far: expected x progress.</summary>
    public decimal AchievedTonnesPerYear => ExpectedTonnesPerYear * ProgressPercent / 100m;

    internal void Apply(MeasureValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (string.IsNullOrWhiteSpace(values.DescriptionTh) || values.DescriptionTh.Trim().Length > DescriptionMaxLength)
        {
            throw new DomainRuleException(nameof(DescriptionTh), "required", $"The Thai description is required (at most {DescriptionMaxLength} characters).");
        }

        if (string.IsNullOrWhiteSpace(values.DescriptionEn) || values.DescriptionEn.Trim().Length > DescriptionMaxLength)
        {
            throw new DomainRuleException(nameof(DescriptionEn), "required", $"The English description is required (at most {DescriptionMaxLength} characters).");
        }

        if (string.IsNullOrWhiteSpace(values.ResponsibleOrganisation) || values.ResponsibleOrganisation.Trim().Length > ResponsibleMaxLength)
        {
            throw new DomainRuleException(nameof(ResponsibleOrganisation), "required", $"The responsible organisation is required (at most {ResponsibleMaxLength} characters).");
        }

        if (values.ExpectedTonnesPerYear < 0)
        {
            throw new DomainRuleException(nameof(ExpectedTonnesPerYear), "negative", "The expected reduction cannot be negative.");
        }

        InventoryYears.Validate(values.StartYear, nameof(StartYear));
        if (values.ProgressPercent is < 0 or > 100)
        {
            throw new DomainRuleException(nameof(ProgressPercent), "progress.range", "Progress must be from 0 to 100 %.");
        }

        if (values.Status == MeasureStatus.Planned && values.ProgressPercent != 0)
        {
            throw new DomainRuleException(nameof(ProgressPercent), "progress.planned", "A planned measure has no progress yet (0 %).");
        }

        if (values.Status == MeasureStatus.Done && values.ProgressPercent != 100)
        {
            throw new DomainRuleException(nameof(ProgressPercent), "progress.done", "A measure that is done has 100 % progress.");
        }

        Sector = values.Sector;
        DescriptionTh = values.DescriptionTh.Trim();
        DescriptionEn = values.DescriptionEn.Trim();
        ExpectedTonnesPerYear = values.ExpectedTonnesPerYear;
        StartYear = values.StartYear;
        Status = values.Status;
        ResponsibleOrganisation = values.ResponsibleOrganisation.Trim();
        ProgressPercent = values.ProgressPercent;
    }
}

/// <summary>The editable values of a <see cref="ReductionMeasure"/>.</summary>
public sealed record MeasureValues(
    CategoryGroup Sector,
    string DescriptionTh,
    string DescriptionEn,
    decimal ExpectedTonnesPerYear,
    int StartYear,
    MeasureStatus Status,
    string ResponsibleOrganisation,
    decimal ProgressPercent);
