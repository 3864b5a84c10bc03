using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// One factor of an edition (docs/conventions.md D3): <see cref="Value"/> <see cref="MassUnit"/> of <see cref="Gas"/> per one
/// <see cref="PerUnit"/> of activity in <see cref="Category"/>, with its source. Data with provenance: never edited
/// in place; a correction is a new edition.
/// </summary>
public sealed class EmissionFactor
{
    private EmissionFactor()
    {
        MassUnit = null!;
        PerUnit = null!;
        Source = null!;
    }

    public EmissionFactor(ActivityCategory category, Gas gas, decimal value, Unit massUnit, Unit perUnit, string source, string? note = null, string? publicationKey = null)
    {
        ArgumentNullException.ThrowIfNull(massUnit);
        ArgumentNullException.ThrowIfNull(perUnit);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (massUnit.Dimension != Dimension.Mass)
        {
            throw new ArgumentException($"A factor's numerator must be a mass, not {massUnit.Code}.", nameof(massUnit));
        }

        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An emission factor cannot be negative.");
        }

        if (!ActivityCategories.Get(category).Accepts(perUnit))
        {
            throw new ArgumentException($"A factor per {perUnit.Code} does not fit category {category}.", nameof(perUnit));
        }

        Category = category;
        Gas = gas;
        Value = value;
        MassUnit = massUnit;
        PerUnit = perUnit;
        Source = source;
        Note = note;
        PublicationKey = string.IsNullOrWhiteSpace(publicationKey) ? null : publicationKey;
    }

    public int Id { get; private set; }

    public int EditionId { get; private set; }

    public ActivityCategory Category { get; private set; }

    public Gas Gas { get; private set; }

    /// <summary>Mass of the gas in <see cref="MassUnit"/> per one <see cref="PerUnit"/>, unrounded.</summary>
    public decimal Value { get; private set; }

    public Unit MassUnit { get; private set; }

    public Unit PerUnit { get; private set; }

    /// <summary>The technical citation: publisher, list, edition and item, with how a split or total was taken (factor pages and API).</summary>
    public string Source { get; private set; }

    /// <summary>How the value was derived, where it is not simply transcribed (factor pages and API).</summary>
    public string? Note { get; private set; }

    /// <summary>
    /// The key of the edition's <see cref="FactorPublication"/> this factor comes from, which reports cite for a reader;
    /// null when the edition has no publications (e.g. one uploaded as a factor list alone).
    /// </summary>
    public string? PublicationKey { get; private set; }

    /// <summary>
    /// Sets the publication of a factor that has none (an edition seeded before publications existed); values never change.
    /// </summary>
    internal void CiteOnce(string publicationKey)
    {
        if (PublicationKey is not null && PublicationKey != publicationKey)
        {
            throw new InvalidOperationException($"The {Gas} factor of {Category} already cites {PublicationKey}.");
        }

        PublicationKey = publicationKey;
    }

    /// <summary>The factor in kg of gas per one <see cref="PerUnit"/>.</summary>
    public decimal KgPerUnit => Value * MassUnit.ToBase;
}
