using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// A source as a report prints it for a reader, in Thai (Buddhist Era years) and English: a factor's publication, a
/// GWP set's IPCC report, or, for an edition uploaded without publications, the edition's name. Never a factor's
/// technical source or derivation note, which stay on the factor pages and in the API.
/// </summary>
public sealed record ReportCitation(string Th, string En)
{
    public string In(ReportLanguage l) => l.Pick(Th, En);

    /// <summary>
    /// The citation of a factor of <paramref name="edition"/>: its publication, else the edition's name (an edition
    /// uploaded as a factor list alone has no publications).
    /// </summary>
    public static ReportCitation OfFactor(EmissionFactorEdition edition, EmissionFactor? factor)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return factor is not null && edition.PublicationOf(factor) is { } publication
            ? new ReportCitation(publication.CitationTh, publication.CitationEn)
            : new ReportCitation(edition.NameTh, edition.NameEn);
    }

    /// <summary>
    /// The citation of the factor a line's gas was calculated with: a custom factor by its justification, else the
    /// edition's factor of that gas and unit with the stored value (the line's category first), by its publication.
    /// </summary>
    public static ReportCitation OfLineFactor(
        EmissionFactorEdition edition, Domain.Inventory.ActivityCategory category, Gas gas, decimal? kgPerUnit, string? perUnitCode, bool usesCustomFactor, string? justification)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (usesCustomFactor)
        {
            return Custom(justification ?? string.Empty);
        }

        var candidates = edition.Factors.Where(f => f.Gas == gas && f.PerUnit.Code == perUnitCode).ToList();
        var factor = candidates.Where(f => Math.Round(f.KgPerUnit, Data.AppDbContext.FactorScale, MidpointRounding.AwayFromZero) == kgPerUnit)
                .OrderBy(f => f.Category == category ? 0 : 1).FirstOrDefault()
            ?? candidates.FirstOrDefault(f => f.Category == category);
        return OfFactor(edition, factor);
    }

    /// <summary>A GWP set's citation; a set with no Thai citation yet is cited in English in both.</summary>
    public static ReportCitation OfGwpSet(string sourceTh, string sourceEn) =>
        new(string.IsNullOrWhiteSpace(sourceTh) ? sourceEn : sourceTh, sourceEn);

    /// <summary>A custom factor is cited by the officer's justification, as written.</summary>
    public static ReportCitation Custom(string justification) => new(justification, justification);
}

/// <summary>
/// The numbered references of one report: the GWP set's citation first (the method paragraph cites it), then each
/// distinct publication of the factors used, in the order the factor table first cites them. Custom factors are
/// cited in place by their justification and are not numbered.
/// </summary>
public sealed class ReportReferences
{
    private readonly List<ReportCitation> _list = [];

    private ReportReferences()
    {
    }

    public IReadOnlyList<ReportCitation> List => _list;

    public static ReportReferences Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var references = new ReportReferences();
        references.Add(model.Cover.GwpSetSource);
        foreach (var factor in model.FactorsUsed.Where(f => !f.IsCustom))
        {
            references.Add(factor.Source);
        }

        return references;
    }

    /// <summary>The 1-based number of a citation in the list.</summary>
    public int NumberOf(ReportCitation citation) => _list.IndexOf(citation) is var i and >= 0
        ? i + 1
        : throw new ArgumentException("The citation is not among the report's references.", nameof(citation));

    private void Add(ReportCitation citation)
    {
        if (!_list.Contains(citation))
        {
            _list.Add(citation);
        }
    }
}
