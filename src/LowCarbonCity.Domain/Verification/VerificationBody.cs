namespace LowCarbonCity.Domain.Verification;

/// <summary>
/// The registration of a verification body with TGO: an organisation of type
/// <see cref="Organisations.OrganisationType.VerificationBody"/>, its registration number and the period in which it
/// may verify. Its verifiers are users with the verifier role and a membership of that organisation.
/// </summary>
public sealed class VerificationBody
{
    public const int MaxRegistrationNumberLength = 64;

    private VerificationBody()
    {
        RegistrationNumber = null!;
    }

    public VerificationBody(int organisationId, string registrationNumber, DateOnly validFrom, DateOnly validUntil)
    {
        OrganisationId = organisationId;
        RegistrationNumber = null!;
        Renew(registrationNumber, validFrom, validUntil);
    }

    /// <summary>The body's organisation (also the key).</summary>
    public int OrganisationId { get; private set; }

    public Organisations.Organisation? Organisation { get; private set; }

    public string RegistrationNumber { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    /// <summary>Whether the registration covers <paramref name="day"/> (both ends included).</summary>
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && day <= ValidUntil;

    /// <summary>Records a new or corrected registration.</summary>
    public void Renew(string registrationNumber, DateOnly validFrom, DateOnly validUntil)
    {
        if (string.IsNullOrWhiteSpace(registrationNumber) || registrationNumber.Trim().Length > MaxRegistrationNumberLength)
        {
            throw new DomainRuleException(nameof(RegistrationNumber), "verification.body.registration",
                $"A registration number is required (at most {MaxRegistrationNumberLength} characters).");
        }

        if (validUntil < validFrom)
        {
            throw new DomainRuleException(nameof(ValidUntil), "verification.body.validity", "The registration must end on or after the day it starts.");
        }

        RegistrationNumber = registrationNumber.Trim();
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }
}
