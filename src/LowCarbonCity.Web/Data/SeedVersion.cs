namespace LowCarbonCity.Web.Data;

/// <summary>Which version of each seed set a database has received, so seeding is versioned as well as idempotent.</summary>
public sealed class SeedVersion
{
    public required string Name { get; set; }

    public int Version { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
