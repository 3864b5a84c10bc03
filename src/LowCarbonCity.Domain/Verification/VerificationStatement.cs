namespace LowCarbonCity.Domain.Verification;

/// <summary>Verified totals by scope, kg CO2e, as the statement states them.</summary>
public sealed record VerifiedTotals(decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;
}

/// <summary>What the verifier fills in to issue a statement (the totals come from the inventory, not the verifier).</summary>
public sealed record StatementInput(
    AssuranceLevel Level,
    string Standard,
    VerificationOpinion Opinion,
    string? OpinionText,
    DateOnly IssuedOn,
    string SignatoryName,
    string? SignatoryTitle);

/// <summary>
/// The verification statement (ISO 14064-3 clause 9): level of assurance, materiality, verified totals by scope,
/// period, standard, opinion, date and signatory. Written once, when every corrective action is closed; never changed.
/// </summary>
public sealed class VerificationStatement
{
    public const int MaxTextLength = 4000;
    public const int MaxShortTextLength = 200;

    private VerificationStatement()
    {
        Standard = null!;
        SignatoryName = null!;
        IssuedByUserId = null!;
    }

    internal VerificationStatement(Guid verificationId, StatementInput input, decimal materialityPercent, VerifiedTotals totals,
        DateOnly periodStart, DateOnly periodEnd, string userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(totals);
        VerificationId = verificationId;
        Level = input.Level;
        Standard = Required(input.Standard, nameof(Standard), MaxShortTextLength);
        Opinion = input.Opinion;
        OpinionText = string.IsNullOrWhiteSpace(input.OpinionText) ? null : Required(input.OpinionText, nameof(OpinionText), MaxTextLength);
        if (Opinion != VerificationOpinion.Unmodified && OpinionText is null)
        {
            throw new DomainRuleException(nameof(OpinionText), "verification.statement.opinionText", "A modified or adverse opinion must say why.");
        }

        IssuedOn = input.IssuedOn;
        SignatoryName = Required(input.SignatoryName, nameof(SignatoryName), MaxShortTextLength);
        SignatoryTitle = string.IsNullOrWhiteSpace(input.SignatoryTitle) ? null : Required(input.SignatoryTitle, nameof(SignatoryTitle), MaxShortTextLength);
        MaterialityPercent = materialityPercent;
        Scope1Kg = totals.Scope1Kg;
        Scope2Kg = totals.Scope2Kg;
        Scope3Kg = totals.Scope3Kg;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        IssuedByUserId = userId;
        IssuedAt = at;
    }

    public Guid VerificationId { get; private set; }

    public AssuranceLevel Level { get; private set; }

    /// <summary>The standard verified against, e.g. ISO 14064-3:2019 and TGO's CFO guideline.</summary>
    public string Standard { get; private set; }

    public VerificationOpinion Opinion { get; private set; }

    public string? OpinionText { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string SignatoryName { get; private set; }

    public string? SignatoryTitle { get; private set; }

    public decimal MaterialityPercent { get; private set; }

    public decimal Scope1Kg { get; private set; }

    public decimal Scope2Kg { get; private set; }

    public decimal Scope3Kg { get; private set; }

    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public string IssuedByUserId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    private static string Required(string? text, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(field, "required", "This field is required.");
        }

        return text.Trim().Length > max
            ? throw new DomainRuleException(field, "text.length", $"At most {max} characters.")
            : text.Trim();
    }
}

/// <summary>The materiality rule: a misstatement is material when it reaches the threshold share of the total.</summary>
public static class Materiality
{
    /// <summary>The misstatement, kg CO2e, at which a total of <paramref name="totalKg"/> becomes materially misstated.</summary>
    public static decimal ThresholdKg(decimal totalKg, decimal materialityPercent) => Math.Abs(totalKg) * materialityPercent / 100m;

    /// <summary>The misstatement as a percentage of the total; null for a zero total.</summary>
    public static decimal? ShareOfTotalPercent(decimal misstatementKg, decimal totalKg) =>
        totalKg == 0 ? null : misstatementKg / Math.Abs(totalKg) * 100m;

    /// <summary>Whether the misstatement reaches the threshold.</summary>
    public static bool IsMaterial(decimal misstatementKg, decimal totalKg, decimal materialityPercent) =>
        misstatementKg > 0 && misstatementKg >= ThresholdKg(totalKg, materialityPercent);
}
