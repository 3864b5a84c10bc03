namespace LowCarbonCity.Domain.Organisations;

/// <summary>The twelve months an inventory year covers.</summary>
public enum ReportingPeriod
{
    /// <summary>1 January to 31 December of the inventory year.</summary>
    CalendarYear,

    /// <summary>The Thai government fiscal year named by the inventory year: 1 October of the year before to 30 September.</summary>
    FiscalYear,
}

/// <summary>The first and last day an inventory year covers under a <see cref="ReportingPeriod"/>.</summary>
public readonly record struct PeriodDates(DateOnly First, DateOnly Last)
{
    public static PeriodDates Of(ReportingPeriod period, int year) => period switch
    {
        // Thai fiscal year 2568 BE (2025) runs from 1 October 2024 to 30 September 2025: it is named by its end.
        ReportingPeriod.FiscalYear => new(new DateOnly(year - 1, 10, 1), new DateOnly(year, 9, 30)),
        _ => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
    };
}

/// <summary>Someone who signs an organisation's report, by name and position (the position as the organisation writes it).</summary>
public sealed record Signatory(string Name, string Position)
{
    /// <summary>A signatory is named and placed: both a name and a position, neither blank.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Position);
}

/// <summary>
/// What an organisation's official reports carry besides the inventory: the period its years cover, who prepared
/// the report and how to reach them, who signs it, and its logo. One per organisation, kept across years; an
/// organisation without one gets calendar-year reports with empty signature lines.
/// </summary>
public sealed class ReportProfile
{
    public const int MaxSignatories = 3;

    public const int MaxTextLength = 200;

    /// <summary>A logo prints a few centimetres wide; 512 KB is far more than a good PNG of that size needs.</summary>
    public const int MaxLogoBytes = 512 * 1024;

    private ReportProfile()
    {
    }

    public ReportProfile(int organisationId, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        UpdatedAt = now;
    }

    public int OrganisationId { get; private set; }

    public ReportingPeriod Period { get; private set; }

    public string? PreparerName { get; private set; }

    public string? PreparerPosition { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    public string? Signatory1Name { get; private set; }

    public string? Signatory1Position { get; private set; }

    public string? Signatory2Name { get; private set; }

    public string? Signatory2Position { get; private set; }

    public string? Signatory3Name { get; private set; }

    public string? Signatory3Position { get; private set; }

    /// <summary>PNG or JPEG bytes, checked by <see cref="LogoFormat"/> before they get here.</summary>
    public byte[]? Logo { get; private set; }

    /// <summary>image/png or image/jpeg.</summary>
    public string? LogoContentType { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The signatories in order, only those with a name.</summary>
    public IReadOnlyList<Signatory> Signatories =>
        new[] { (Signatory1Name, Signatory1Position), (Signatory2Name, Signatory2Position), (Signatory3Name, Signatory3Position) }
            .Where(s => !string.IsNullOrWhiteSpace(s.Item1))
            .Select(s => new Signatory(s.Item1!, s.Item2 ?? string.Empty))
            .ToList();

    /// <summary>Replaces the texts; a signatory needs both a name and a position, and at most three sign.</summary>
    public void Update(ReportingPeriod period, string? preparerName, string? preparerPosition, string? contactPhone, string? contactEmail, IReadOnlyList<Signatory> signatories, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        if (!Enum.IsDefined(period))
        {
            throw new DomainRuleException(nameof(Period), "period.unknown", $"Unknown reporting period {period}.");
        }

        if (signatories.Count > MaxSignatories)
        {
            throw new DomainRuleException("Signatories", "signatories.count", $"At most {MaxSignatories} signatories.", MaxSignatories);
        }

        for (var i = 0; i < signatories.Count; i++)
        {
            if (!signatories[i].IsComplete)
            {
                throw new DomainRuleException($"Signatory{i + 1}", "signatory.incomplete", "A signatory needs a name and a position.");
            }
        }

        Period = period;
        PreparerName = Text(preparerName, nameof(PreparerName));
        PreparerPosition = Text(preparerPosition, nameof(PreparerPosition));
        ContactPhone = Text(contactPhone, nameof(ContactPhone));
        ContactEmail = Text(contactEmail, nameof(ContactEmail));
        Signatory1Name = signatories.Count > 0 ? Text(signatories[0].Name, nameof(Signatory1Name)) : null;
        Signatory1Position = signatories.Count > 0 ? Text(signatories[0].Position, nameof(Signatory1Position)) : null;
        Signatory2Name = signatories.Count > 1 ? Text(signatories[1].Name, nameof(Signatory2Name)) : null;
        Signatory2Position = signatories.Count > 1 ? Text(signatories[1].Position, nameof(Signatory2Position)) : null;
        Signatory3Name = signatories.Count > 2 ? Text(signatories[2].Name, nameof(Signatory3Name)) : null;
        Signatory3Position = signatories.Count > 2 ? Text(signatories[2].Position, nameof(Signatory3Position)) : null;
        UpdatedAt = now;
    }

    /// <summary>Sets the logo (bytes already checked by <see cref="LogoFormat"/>) or, with null, removes it.</summary>
    public void SetLogo(byte[]? bytes, DateTimeOffset now)
    {
        if (bytes is null)
        {
            Logo = null;
            LogoContentType = null;
        }
        else
        {
            if (bytes.Length > MaxLogoBytes)
            {
                throw new DomainRuleException(nameof(Logo), "logo.size", $"A logo is at most {MaxLogoBytes / 1024} KB.", MaxLogoBytes / 1024);
            }

            LogoContentType = LogoFormat.ContentTypeOf(bytes)
                ?? throw new DomainRuleException(nameof(Logo), "logo.type", "A logo is a PNG or JPEG image.");
            Logo = bytes;
        }

        UpdatedAt = now;
    }

    private static string? Text(string? value, string field)
    {
        var trimmed = value?.Trim();
        if (trimmed is { Length: > MaxTextLength })
        {
            throw new DomainRuleException(field, "text.length", $"At most {MaxTextLength} characters.", MaxTextLength);
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}

/// <summary>Recognises a logo by its first bytes, never by the name or the type the browser claims.</summary>
public static class LogoFormat
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Png) ? "image/png"
        : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? "image/jpeg"
        : null;
}
