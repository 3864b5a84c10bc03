namespace LowCarbonCity.Domain.Organisations;

/// <summary>
/// A local administrative organisation (LAO), a provincial office or TGO, in one province, with yearly context
/// (population, area) for intensity figures.
/// </summary>
public sealed class Organisation
{
    private readonly List<OrganisationYearContext> _yearContexts = [];

    private Organisation()
    {
        Code = null!;
        NameTh = null!;
        NameEn = null!;
    }

    public Organisation(string code, OrganisationType type, int provinceId, string nameTh, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32)
        {
            throw new DomainRuleException(nameof(Code), "organisation.code", "An organisation code is required (at most 32 characters).");
        }

        if (string.IsNullOrWhiteSpace(nameTh))
        {
            throw new DomainRuleException(nameof(NameTh), "required", "The Thai name is required.");
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            throw new DomainRuleException(nameof(NameEn), "required", "The English name is required.");
        }

        Code = code.Trim();
        Type = type;
        ProvinceId = provinceId;
        NameTh = nameTh.Trim();
        NameEn = nameEn.Trim();
    }

    public int Id { get; private set; }

    /// <summary>Stable short code, e.g. <c>CNX-CM</c>.</summary>
    public string Code { get; private set; }

    public OrganisationType Type { get; private set; }

    public int ProvinceId { get; private set; }

    public Province? Province { get; private set; }

    public string NameTh { get; private set; }

    public string NameEn { get; private set; }

    public IReadOnlyList<OrganisationYearContext> YearContexts => _yearContexts;

    public bool KeepsInventories => OrganisationTypeRules.KeepsInventories(Type);

    public void Rename(string nameTh, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameTh))
        {
            throw new DomainRuleException(nameof(NameTh), "required", "The Thai name is required.");
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            throw new DomainRuleException(nameof(NameEn), "required", "The English name is required.");
        }

        NameTh = nameTh.Trim();
        NameEn = nameEn.Trim();
    }

    /// <summary>Corrects the code, type and province (an administrator's correction of the directory).</summary>
    public void Reclassify(string code, OrganisationType type, int provinceId)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32)
        {
            throw new DomainRuleException(nameof(Code), "organisation.code", "An organisation code is required (at most 32 characters).");
        }

        Code = code.Trim();
        Type = type;
        ProvinceId = provinceId;
    }

    /// <summary>Sets population and area for a year, replacing what that year had.</summary>
    public OrganisationYearContext SetYearContext(int year, int? population, decimal? areaKm2)
    {
        var existing = _yearContexts.FirstOrDefault(c => c.Year == year);
        if (existing is not null)
        {
            existing.Update(population, areaKm2);
            return existing;
        }

        var context = new OrganisationYearContext(year, population, areaKm2);
        _yearContexts.Add(context);
        return context;
    }
}

/// <summary>Population and area of an organisation's territory in one year.</summary>
public sealed class OrganisationYearContext
{
    private OrganisationYearContext()
    {
    }

    internal OrganisationYearContext(int year, int? population, decimal? areaKm2)
    {
        InventoryYears.Validate(year, nameof(Year));
        Year = year;
        Update(population, areaKm2);
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public int Year { get; private set; }

    public int? Population { get; private set; }

    public decimal? AreaKm2 { get; private set; }

    internal void Update(int? population, decimal? areaKm2)
    {
        if (population is < 0)
        {
            throw new DomainRuleException(nameof(Population), "negative", "Population cannot be negative.");
        }

        if (areaKm2 is <= 0)
        {
            throw new DomainRuleException(nameof(AreaKm2), "positive", "Area must be positive.");
        }

        Population = population;
        AreaKm2 = areaKm2;
    }
}
