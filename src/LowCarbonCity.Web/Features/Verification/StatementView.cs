using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>How many findings of one kind the verifier raised, and how many of them were closed.</summary>
public sealed record StatementFindingCount(FindingKind Kind, int Raised, int Closed);

/// <summary>
/// Everything a verification statement shows, read from the stored <see cref="InventoryVerification"/> and its
/// <see cref="VerificationStatement"/>, the inventory's organisation and the verification body's organisation. Masses
/// are kg as stated, unrounded: writers and pages round at the edge. Names in Thai and English, so one view serves both
/// languages. The statement PDF, the inventory report's verification section, the workbook and the public page render it.
/// </summary>
public sealed record StatementView(
    Guid InventoryId,
    string OrganisationCode,
    string OrganisationNameTh,
    string OrganisationNameEn,
    int Year,
    InventoryKind Kind,
    InventoryStatus Status,
    string BodyNameTh,
    string BodyNameEn,
    string RegistrationNumber,
    AssuranceLevel Level,
    decimal MaterialityPercent,
    string Standard,
    VerificationOpinion Opinion,
    string? OpinionText,
    decimal Scope1Kg,
    decimal Scope2Kg,
    decimal Scope3Kg,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly IssuedOn,
    string SignatoryName,
    string? SignatoryTitle,
    VerificationStage Stage,
    DateTimeOffset? CertifiedAt,
    IReadOnlyList<StatementFindingCount> Findings)
{
    /// <summary>The verified total, kg CO2e: the sum of the stated scopes (the domain's rule, <see cref="VerifiedTotals.TotalKg"/>).</summary>
    public decimal TotalKg => new VerifiedTotals(Scope1Kg, Scope2Kg, Scope3Kg).TotalKg;

    /// <summary>TGO has certified the statement: the inventory is Verified.</summary>
    public bool IsCertified => Stage == VerificationStage.Certified;
}
