namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// Chooses the factor edition of an inventory year by the editions' validity years (docs/domain/methodology.md 2.1:
/// inventory years up to 2025 use TGO CFO April 2022, 2026 on use the 2026 edition), unless the user overrides it
/// (TGO allows the old factors until 31 March 2026).
/// </summary>
public static class FactorEditionSelector
{
    /// <summary>
    /// The edition for <paramref name="year"/>: the one with code <paramref name="overrideCode"/> when given;
    /// otherwise the edition whose validity covers the year (the latest-starting one if several do).
    /// Throws <see cref="InvalidOperationException"/> when none fits or two equally recent editions both do.
    /// </summary>
    public static EmissionFactorEdition ForYear(IEnumerable<EmissionFactorEdition> editions, int year, string? overrideCode = null)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var all = editions.ToList();
        if (!string.IsNullOrWhiteSpace(overrideCode))
        {
            return all.SingleOrDefault(e => string.Equals(e.Code, overrideCode, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"There is no factor edition '{overrideCode}'.");
        }

        var applicable = all.Where(e => e.AppliesToYear(year)).OrderByDescending(e => e.ValidFromYear).ToList();
        if (applicable.Count == 0)
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"No factor edition applies to year {year}."));
        }

        if (applicable.Count > 1 && applicable[1].ValidFromYear == applicable[0].ValidFromYear)
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Editions {applicable[0].Code} and {applicable[1].Code} both start in {applicable[0].ValidFromYear} and apply to {year}: choose one explicitly."));
        }

        return applicable[0];
    }
}
