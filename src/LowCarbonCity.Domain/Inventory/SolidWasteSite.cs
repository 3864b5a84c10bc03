namespace LowCarbonCity.Domain.Inventory;

/// <summary>How a disposal site is managed; decides the IPCC methane correction factor (MCF, IPCC 2006 Table 3.1).</summary>
public enum SiteManagement
{
    ManagedAnaerobic,
    ManagedSemiAerobicWell,
    ManagedSemiAerobicPoor,
    ManagedActiveAerationWell,
    ManagedActiveAerationPoor,
    UnmanagedDeep,
    UnmanagedShallow,
    Uncategorised,
}

/// <summary>IPCC climate zones for decay rates k (IPCC 2006 Table 3.3).</summary>
public enum ClimateZone
{
    TropicalMoistWet,
    TropicalDry,
    TemperateBorealWet,
    TemperateBorealDry,
}

/// <summary>Waste types with IPCC default DOC and k; <see cref="BulkMsw"/> when composition is unknown.</summary>
public enum WasteType
{
    BulkMsw,
    Food,
    Garden,
    Paper,
    Wood,
    Textiles,
    Nappies,
    RubberLeather,
    Plastics,
    MetalGlassInert,
    SewageSludge,
    Industrial,
}

/// <summary>
/// A landfill or open dump an organisation operates, with its deposit history: first-order-decay methane in a year
/// depends on every earlier deposit.
/// </summary>
public sealed class SolidWasteSite
{
    private readonly List<WasteDeposit> _deposits = [];

    private SolidWasteSite()
    {
        Name = null!;
    }

    public SolidWasteSite(Guid id, int organisationId, string name, SiteManagement management, ClimateZone climate, bool coveredWithOxidisingMaterial)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException(nameof(Name), "required", "A site needs a name.");
        }

        Id = id;
        OrganisationId = organisationId;
        Name = name.Trim();
        Management = management;
        Climate = climate;
        CoveredWithOxidisingMaterial = coveredWithOxidisingMaterial;
        Version = 1;
    }

    public Guid Id { get; private set; }

    /// <summary>Bumped on every change (its description or a deposit); a save on a stale version is a conflict.</summary>
    public int Version { get; private set; }

    public int OrganisationId { get; private set; }

    public string Name { get; private set; }

    public SiteManagement Management { get; private set; }

    public ClimateZone Climate { get; private set; }

    /// <summary>Managed sites covered with oxidising material use OX = 0.1, others 0 (IPCC 2006 Table 3.2).</summary>
    public bool CoveredWithOxidisingMaterial { get; private set; }

    public IReadOnlyList<WasteDeposit> Deposits => _deposits;

    /// <summary>Renames the site or changes how it is managed, its climate zone or its cover; the same rules as a new site.</summary>
    public void Describe(string name, SiteManagement management, ClimateZone climate, bool coveredWithOxidisingMaterial)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException(nameof(Name), "required", "A site needs a name.");
        }

        Name = name.Trim();
        Management = management;
        Climate = climate;
        CoveredWithOxidisingMaterial = coveredWithOxidisingMaterial;
        Version++;
    }

    /// <summary>Forgets the deposit of one waste type in a year (nothing was deposited); no deposit there is no change.</summary>
    public void RemoveDeposit(int year, WasteType type)
    {
        if (_deposits.RemoveAll(d => d.Year == year && d.WasteType == type) > 0)
        {
            Version++;
        }
    }

    /// <summary>Records (or replaces) the mass of one waste type deposited in a year.</summary>
    public void SetDeposit(int year, WasteType type, decimal tonnes, bool isBackCast)
    {
        Organisations.InventoryYears.Validate(year, nameof(WasteDeposit.Year));
        if (tonnes < 0)
        {
            throw new DomainRuleException(nameof(WasteDeposit.Tonnes), "negative", "A deposit cannot be negative.");
        }

        _deposits.RemoveAll(d => d.Year == year && d.WasteType == type);
        _deposits.Add(new WasteDeposit(year, type, tonnes, isBackCast));
        Version++;
    }
}

/// <summary>Mass of one waste type deposited at a site in one year.</summary>
public sealed class WasteDeposit
{
    private WasteDeposit()
    {
    }

    internal WasteDeposit(int year, WasteType wasteType, decimal tonnes, bool isBackCast)
    {
        Year = year;
        WasteType = wasteType;
        Tonnes = tonnes;
        IsBackCast = isBackCast;
    }

    public int Id { get; private set; }

    public Guid SiteId { get; private set; }

    public int Year { get; private set; }

    public WasteType WasteType { get; private set; }

    /// <summary>Wet mass deposited, in tonnes.</summary>
    public decimal Tonnes { get; private set; }

    /// <summary>Estimated from population × generation per capita, not recorded: low data quality.</summary>
    public bool IsBackCast { get; private set; }
}
