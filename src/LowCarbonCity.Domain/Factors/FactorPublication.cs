namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// A publication an edition's factors come from (a TGO list, a TGO announcement, an IPCC volume), cited for a reader:
/// publisher, title and date, in Thai (Buddhist Era years) and in English (Common Era years). Factors refer to it by
/// <see cref="Key"/>; reports print <see cref="CitationTh"/> or <see cref="CitationEn"/>, never the factor's technical
/// <see cref="EmissionFactor.Source"/> and <see cref="EmissionFactor.Note"/>, which say how a value was derived.
/// </summary>
public sealed class FactorPublication
{
    /// <summary>The longest key, citation: as stored.</summary>
    public const int MaxKeyLength = 64;

    public const int MaxCitationLength = 1000;

    private FactorPublication()
    {
        Key = null!;
        CitationTh = null!;
        CitationEn = null!;
    }

    public FactorPublication(string key, string citationTh, string citationEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(citationTh);
        ArgumentException.ThrowIfNullOrWhiteSpace(citationEn);
        if (key.Length > MaxKeyLength || citationTh.Length > MaxCitationLength || citationEn.Length > MaxCitationLength)
        {
            throw new ArgumentException($"A publication key is at most {MaxKeyLength} characters and a citation at most {MaxCitationLength}.", nameof(key));
        }

        Key = key;
        CitationTh = citationTh;
        CitationEn = citationEn;
    }

    /// <summary>Short stable key within its edition, e.g. <c>tgo-cfo-2022-04</c>.</summary>
    public string Key { get; private set; }

    /// <summary>The citation in Thai, years in the Buddhist Era.</summary>
    public string CitationTh { get; private set; }

    /// <summary>The citation in English, years in the Common Era.</summary>
    public string CitationEn { get; private set; }
}
