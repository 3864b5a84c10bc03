using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;

namespace LowCarbonCity.Web.Features.Targets;

/// <summary>A target as a form or a JSON body gives it (create and update; the version only on update).</summary>
public sealed record TargetInput
{
    /// <summary>Organisation (name <c>organisationId</c>) or Province (name <c>provinceId</c>). Fixed once created.</summary>
    [Display(Name = "Target of")]
    public TargetScopeKind ScopeKind { get; init; } = TargetScopeKind.Organisation;

    [Display(Name = "Organisation")]
    public int? OrganisationId { get; init; }

    [Display(Name = "Province")]
    public int? ProvinceId { get; init; }

    [Display(Name = "Inventory kind")]
    public InventoryKind InventoryKind { get; init; } = InventoryKind.Organisation;

    [Range(1950, 2100), Display(Name = "Base year")]
    public int BaseYear { get; init; }

    [Range(1950, 2100), Display(Name = "Target year")]
    public int TargetYear { get; init; }

    [Display(Name = "Reduction in")]
    public ReductionKind ReductionKind { get; init; } = ReductionKind.Percent;

    [Range(typeof(decimal), "0.000001", "1000000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true), Display(Name = "Reduction")]
    public decimal ReductionValue { get; init; }

    [Required, MinLength(1), Display(Name = "Scopes")]
    public List<EmissionScope> Scopes { get; init; } = [];

    /// <summary>The sectors (category groups) covered; none means every sector.</summary>
    [Display(Name = "Sectors")]
    public List<CategoryGroup> Sectors { get; init; } = [];

    [Display(Name = "BAU method")]
    public BauMethod BauMethod { get; init; } = BauMethod.GrowthRate;

    [Range(typeof(decimal), "-20", "20", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true), Display(Name = "BAU growth (% a year)")]
    public decimal BauRatePercent { get; init; }

    /// <summary>On update: the target version the user saw (the ETag in the API).</summary>
    public int ExpectedVersion { get; init; }
}

/// <summary>A reduction measure as a form or a JSON body gives it; the version is the target's.</summary>
public sealed record MeasureInput
{
    [Display(Name = "Sector")]
    public CategoryGroup Sector { get; init; }

    [Required, StringLength(ReductionMeasure.DescriptionMaxLength), Display(Name = "Description (Thai)")]
    public string? DescriptionTh { get; init; }

    [Required, StringLength(ReductionMeasure.DescriptionMaxLength), Display(Name = "Description (English)")]
    public string? DescriptionEn { get; init; }

    [Range(typeof(decimal), "0", "1000000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true), Display(Name = "Expected t CO2e a year")]
    public decimal ExpectedTonnesPerYear { get; init; }

    [Range(1950, 2100), Display(Name = "Start year")]
    public int StartYear { get; init; }

    [Display(Name = "Status")]
    public MeasureStatus Status { get; init; } = MeasureStatus.Planned;

    [Required, StringLength(ReductionMeasure.ResponsibleMaxLength), Display(Name = "Responsible organisation")]
    public string? ResponsibleOrganisation { get; init; }

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true), Display(Name = "Progress (%)")]
    public decimal ProgressPercent { get; init; }

    /// <summary>The target version the user saw.</summary>
    public int ExpectedVersion { get; init; }
}

/// <summary>A target as lists show it.</summary>
public sealed record TargetSummary(
    int Id,
    TargetScopeKind ScopeKind,
    int? OrganisationId,
    string? OrganisationCode,
    string? OrganisationNameTh,
    string? OrganisationNameEn,
    int ProvinceId,
    string ProvinceCode,
    string ProvinceNameTh,
    string ProvinceNameEn,
    InventoryKind InventoryKind,
    int BaseYear,
    int TargetYear,
    ReductionKind ReductionKind,
    decimal ReductionValue,
    IReadOnlyList<EmissionScope> Scopes,
    IReadOnlyList<CategoryGroup> Sectors,
    BauMethod BauMethod,
    decimal BauRatePercent,
    int Version,
    int MeasureCount);

/// <summary>One reduction measure.</summary>
public sealed record MeasureSummary(
    int Id, CategoryGroup Sector, string DescriptionTh, string DescriptionEn, decimal ExpectedTonnesPerYear, int StartYear,
    MeasureStatus Status, string ResponsibleOrganisation, decimal ProgressPercent);

/// <summary>A target with its measures and whether the user may change it.</summary>
public sealed record TargetDetail(TargetSummary Summary, IReadOnlyList<MeasureSummary> Measures, bool CanEdit);

/// <summary>A target's gap chart: the target and one line per year from base to target year, in t CO2e.</summary>
public sealed record TargetGap(TargetSummary Target, decimal? BaseYearTonnes, decimal? TargetTonnes, IReadOnlyList<GapYear> Years)
{
    /// <summary>Years whose actual counts a submitted inventory, not yet approved: pages label them (not part of the API's contract).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlySet<int> NotFinalYears { get; init; } = new HashSet<int>();

    /// <summary>On or off track, or withheld for want of reporting organisations (pages; not yet part of the API's contract).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TargetVerdict? Verdict { get; init; }

    /// <summary>The reduction in tonnes exceeds the base year's emissions: the target is held at zero.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool TargetBelowZero { get; init; }

    /// <summary>Years whose measures exceed the BAU: the plan is held at zero.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<int> PlanBelowZeroYears { get; init; } = [];
}

/// <summary>What a write returns: the id written and the target's new version.</summary>
public sealed record TargetWrite(int TargetId, int? MeasureId, int Version);
