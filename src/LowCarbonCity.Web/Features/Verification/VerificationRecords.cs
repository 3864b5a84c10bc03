using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>A verifier's new finding on the inventory or one of its lines, at the verification's version the verifier saw.</summary>
public sealed record RaiseFindingInput
{
    public Guid InventoryId { get; init; }

    public int ExpectedVersion { get; init; }

    public FindingKind? Kind { get; init; }

    /// <summary>The line concerned; null for the whole inventory.</summary>
    public Guid? LineId { get; init; }

    public string? Text { get; init; }

    /// <summary>The misstatement the finding concerns, kg CO2e; null when not quantified.</summary>
    public decimal? MisstatementKg { get; init; }

    public DateOnly? DueDate { get; init; }
}

/// <summary>An entry of a finding's thread: the organisation's answer, or the verifier's closing (text optional) or re-opening.</summary>
public sealed record FindingReplyInput
{
    public Guid InventoryId { get; init; }

    public int ExpectedVersion { get; init; }

    public Guid FindingId { get; init; }

    public string? Text { get; init; }
}

/// <summary>The verifier's statement as filled in; the verified totals are the inventory's stored results.</summary>
public sealed record IssueStatementInput
{
    /// <summary>The standard a statement names unless the verifier writes another.</summary>
    public const string DefaultStandard = "ISO 14064-3:2019 และแนวทางการประเมินคาร์บอนฟุตพริ้นท์ขององค์กร (อบก.)";

    public Guid InventoryId { get; init; }

    public int ExpectedVersion { get; init; }

    public AssuranceLevel? Level { get; init; }

    public string? Standard { get; init; } = DefaultStandard;

    public VerificationOpinion? Opinion { get; init; }

    public string? OpinionText { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public string? SignatoryName { get; init; }

    public string? SignatoryTitle { get; init; }
}

/// <summary>A step on the verification as a whole (certification) at the version the user saw.</summary>
public sealed record VerificationStepInput
{
    public Guid InventoryId { get; init; }

    public int ExpectedVersion { get; init; }

    /// <summary>The finding a correction is for (open and finish a correction); unused otherwise.</summary>
    public Guid? FindingId { get; init; }

    /// <summary>Why TGO certifies while review comments are unanswered (the workflow asks for it then); unused otherwise.</summary>
    public string? Reason { get; init; }
}

/// <summary>One entry of a finding's thread.</summary>
public sealed record FindingReplySummary(FindingResponseKind Kind, string? Text, string User, DateTimeOffset At);

/// <summary>A finding as the page and the API show it; the line's category and description when it is on a line.</summary>
public sealed record FindingSummary(
    Guid Id, int Number, FindingKind Kind, FindingStatus Status, Guid? LineId, ActivityCategory? LineCategory, string? LineDescription,
    string Text, decimal? MisstatementKg, DateOnly DueDate, string RaisedBy, DateTimeOffset RaisedAt, IReadOnlyList<FindingReplySummary> Thread)
{
    /// <summary>How people refer to it: "CAR 1", "CR 2", "OB 3".</summary>
    public string Label => FindingLabels.Of(Kind, Number);
}

/// <summary>The materiality figures: the inventory's total, the threshold, the misstatement found and uncorrected (kg CO2e, shares of the total in %).</summary>
public sealed record MaterialityFigures(
    decimal TotalKg, decimal MaterialityPercent, decimal ThresholdKg, decimal FoundKg, decimal? FoundPercent, bool FoundIsMaterial,
    decimal UncorrectedKg, decimal? UncorrectedPercent, bool UncorrectedIsMaterial);

/// <summary>The issued statement.</summary>
public sealed record StatementSummary(
    AssuranceLevel Level, string Standard, VerificationOpinion Opinion, string? OpinionText, DateOnly IssuedOn, string SignatoryName,
    string? SignatoryTitle, decimal MaterialityPercent, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal TotalKg,
    DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset IssuedAt);

/// <summary>What the user may do on the verification now.</summary>
public sealed record VerificationPermissions(bool CanActAsVerifier, bool CanAnswer, bool CanIssue, bool CanCertify);

/// <summary>An inventory's verification: who verifies, where it stands, materiality, findings with threads, the statement.</summary>
public sealed record VerificationView(
    Guid VerificationId, Guid InventoryId, int Version, string OrganisationNameTh, string OrganisationNameEn, int Year, InventoryKind InventoryKind,
    InventoryStatus InventoryStatus, int InventoryVersion, Guid? CorrectionFindingId, string BodyNameTh, string BodyNameEn, string BodyRegistrationNumber,
    VerificationStage Stage, DateTimeOffset? CertifiedAt, MaterialityFigures Materiality, VerifiedTotals CurrentTotals,
    IReadOnlyList<FindingSummary> Findings, StatementSummary? Statement, VerificationPermissions Permissions)
{
    /// <summary>The inventory's lines a finding may be raised on, for the verifier's form (empty for others).</summary>
    public IReadOnlyList<LineChoice> Lines { get; init; } = [];

    /// <summary>Whether a corrective action request is still not closed (no statement until none is).</summary>
    public bool HasOpenCorrectiveAction => Findings.Any(f => f.Kind == FindingKind.CorrectiveAction && f.Status != FindingStatus.Closed);
}

/// <summary>A line of the inventory as the verifier picks it: its category and description.</summary>
public sealed record LineChoice(Guid Id, ActivityCategory Category, string? Description);

/// <summary>The short names of findings, the same in Thai and English (CAR, CR, OB and the number).</summary>
public static class FindingLabels
{
    public static string Abbreviation(FindingKind kind) => kind switch
    {
        FindingKind.CorrectiveAction => "CAR",
        FindingKind.Clarification => "CR",
        FindingKind.Observation => "OB",
    };

    public static string Of(FindingKind kind, int number) => Abbreviation(kind) + " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
