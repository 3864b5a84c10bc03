namespace LowCarbonCity.Domain.Organisations;

/// <summary>The range of Gregorian years that make sense for an inventory or its context data.</summary>
public static class InventoryYears
{
    /// <summary>TGO's LAO programme started in 2011; older base years are allowed for targets and landfill history.</summary>
    public const int Min = 1950;

    public const int Max = 2100;

    public static void Validate(int year, string field)
    {
        if (year is < Min or > Max)
        {
            throw new DomainRuleException(field, "year.range", $"Year {year} is outside {Min}-{Max}.");
        }
    }
}
