namespace LowCarbonCity.Domain.Targets;

/// <summary>Whose emissions a target covers: one organisation's, or a whole province's.</summary>
public enum TargetScopeKind
{
    Organisation,
    Province,
}

/// <summary>How the reduction is stated: a share of the base year's emissions, or tonnes CO2e below them.</summary>
public enum ReductionKind
{
    Percent,
    Tonnes,
}

/// <summary>How the business-as-usual (BAU) projection grows from the base year.</summary>
public enum BauMethod
{
    /// <summary>Emissions compound at a fixed rate (% a year).</summary>
    GrowthRate,
    /// <summary>Base-year emissions per person times the population of each year (a series, or a growth rate where the series has no value).</summary>
    PopulationDriven,
}

/// <summary>Where a reduction measure stands.</summary>
public enum MeasureStatus
{
    Planned,
    InProgress,
    Done,
}
