namespace LowCarbonCity.Domain.Organisations;

/// <summary>One of Thailand's 77 provinces (76 and Bangkok), keyed by its ISO 3166-2:TH code.</summary>
public sealed class Province
{
    private Province()
    {
        Code = null!;
        NameTh = null!;
        NameEn = null!;
    }

    public Province(string code, string nameTh, string nameEn, Region region)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 2 || !code.All(char.IsAsciiDigit))
        {
            throw new DomainRuleException(nameof(Code), "province.code", $"Province code '{code}' is not a two-digit ISO 3166-2:TH code.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(nameTh);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        Code = code;
        NameTh = nameTh.Trim();
        NameEn = nameEn.Trim();
        Region = region;
    }

    public int Id { get; private set; }

    /// <summary>ISO 3166-2:TH numeric code, e.g. <c>50</c> for Chiang Mai.</summary>
    public string Code { get; private set; }

    public string NameTh { get; private set; }

    public string NameEn { get; private set; }

    public Region Region { get; private set; }

    public void Rename(string nameTh, string nameEn, Region region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameTh);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        NameTh = nameTh.Trim();
        NameEn = nameEn.Trim();
        Region = region;
    }
}
