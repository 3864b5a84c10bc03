using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Organisations;

/// <summary>The texts of a report profile as the form sends them; the logo travels separately.</summary>
public sealed record ReportProfileInput
{
    [Display(Name = "ReportProfile_Period")]
    public ReportingPeriod Period { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_PreparerName")]
    public string? PreparerName { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_PreparerPosition")]
    public string? PreparerPosition { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Phone, Display(Name = "ReportProfile_ContactPhone")]
    public string? ContactPhone { get; init; }

    [StringLength(ReportProfile.MaxTextLength), EmailAddress, Display(Name = "ReportProfile_ContactEmail")]
    public string? ContactEmail { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_SignatoryName")]
    public string? Signatory1Name { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_SignatoryPosition")]
    public string? Signatory1Position { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_SignatoryName")]
    public string? Signatory2Name { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_SignatoryPosition")]
    public string? Signatory2Position { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_SignatoryName")]
    public string? Signatory3Name { get; init; }

    [StringLength(ReportProfile.MaxTextLength), Display(Name = "ReportProfile_SignatoryPosition")]
    public string? Signatory3Position { get; init; }
}

/// <summary>A new logo, or the wish to remove the current one; neither leaves the logo as it is.</summary>
public sealed record LogoChange(byte[]? Bytes, bool Remove)
{
    public static LogoChange None { get; } = new(null, false);
}

/// <summary>An organisation's report profile for the form and the reports (an organisation without one gets the defaults).</summary>
public sealed record ReportProfileView(int OrganisationId, string OrganisationNameTh, string OrganisationNameEn, ReportProfileInput Input, bool HasLogo);

/// <summary>
/// Reads and changes an organisation's report profile. Its municipal officers and administrators change it; whoever
/// may view the organisation reads it (its reports carry it). Every change is in the audit trail (the logo's bytes are not).
/// </summary>
public sealed class ReportProfileService(AppDbContext db, ResourceGuard guard, TimeProvider clock)
{
    public async Task<Result<ReportProfileView>> GetAsync(ClaimsPrincipal user, int organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Id, o.ProvinceId, o.NameTh, o.NameEn }).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Result<ReportProfileView>.NotFound();
        }

        if (!await guard.AllowsAsync(user, new OrganisationResource(organisation.Id, organisation.ProvinceId), Operations.EditReportProfile))
        {
            return Result<ReportProfileView>.Forbidden();
        }

        var profile = await db.ReportProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        return Result<ReportProfileView>.Ok(new ReportProfileView(organisation.Id, organisation.NameTh, organisation.NameEn, InputOf(profile), profile?.Logo is not null));
    }

    public async Task<Result<ReportProfileView>> SaveAsync(ClaimsPrincipal user, int organisationId, ReportProfileInput input, LogoChange logo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(logo);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Id, o.ProvinceId }).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Result<ReportProfileView>.NotFound();
        }

        if (!await guard.AllowsAsync(user, new OrganisationResource(organisation.Id, organisation.ProvinceId), Operations.EditReportProfile))
        {
            return Result<ReportProfileView>.Forbidden();
        }

        var errors = Validate(input, logo);
        if (errors.Count > 0)
        {
            return Result<ReportProfileView>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var profile = await db.ReportProfiles.SingleOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        if (profile is null)
        {
            profile = new ReportProfile(organisationId, now);
            db.ReportProfiles.Add(profile);
        }

        profile.Update(input.Period, input.PreparerName, input.PreparerPosition, input.ContactPhone, input.ContactEmail, SignatoriesOf(input), now);
        if (logo.Bytes is not null || logo.Remove)
        {
            profile.SetLogo(logo.Bytes, now);
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(user, organisationId, ct);
    }

    /// <summary>The form's refusals, by field, in the request's language: a half-named signatory, a logo that is not a small PNG or JPEG.</summary>
    private static Dictionary<string, string[]> Validate(ReportProfileInput input, LogoChange logo)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pairs = new[]
        {
            (input.Signatory1Name, input.Signatory1Position, nameof(input.Signatory1Name), nameof(input.Signatory1Position)),
            (input.Signatory2Name, input.Signatory2Position, nameof(input.Signatory2Name), nameof(input.Signatory2Position)),
            (input.Signatory3Name, input.Signatory3Position, nameof(input.Signatory3Name), nameof(input.Signatory3Position)),
        };
        foreach (var (name, position, nameField, positionField) in pairs)
        {
            // A pair left empty is no signatory; a pair begun must be a complete one (the domain's rule).
            var begun = !string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(position);
            if (begun && !new Signatory(name ?? string.Empty, position ?? string.Empty).IsComplete)
            {
                errors[string.IsNullOrWhiteSpace(name) ? nameField : positionField] = [Texts.Instance["ReportProfile_SignatoryIncomplete"].Value];
            }
        }

        if (!Enum.IsDefined(input.Period))
        {
            errors[nameof(input.Period)] = [Texts.Instance["ReportProfile_PeriodUnknown"].Value];
        }

        if (logo.Bytes is { } bytes)
        {
            if (bytes.Length > ReportProfile.MaxLogoBytes)
            {
                errors["Logo"] = [Texts.Instance["ReportProfile_LogoTooLarge", ReportProfile.MaxLogoBytes / 1024].Value];
            }
            else if (LogoFormat.ContentTypeOf(bytes) is null || !LogoImage.Decodes(bytes))
            {
                errors["Logo"] = [Texts.Instance["ReportProfile_LogoType"].Value];
            }
        }

        return errors;
    }

    private static List<Signatory> SignatoriesOf(ReportProfileInput input) =>
        new[] { (input.Signatory1Name, input.Signatory1Position), (input.Signatory2Name, input.Signatory2Position), (input.Signatory3Name, input.Signatory3Position) }
            .Where(s => !string.IsNullOrWhiteSpace(s.Item1))
            .Select(s => new Signatory(s.Item1!, s.Item2!))
            .ToList();

    private static ReportProfileInput InputOf(ReportProfile? p) => p is null ? new ReportProfileInput() : new ReportProfileInput
    {
        Period = p.Period,
        PreparerName = p.PreparerName,
        PreparerPosition = p.PreparerPosition,
        ContactPhone = p.ContactPhone,
        ContactEmail = p.ContactEmail,
        Signatory1Name = p.Signatory1Name,
        Signatory1Position = p.Signatory1Position,
        Signatory2Name = p.Signatory2Name,
        Signatory2Position = p.Signatory2Position,
        Signatory3Name = p.Signatory3Name,
        Signatory3Position = p.Signatory3Position,
    };
}

/// <summary>Whether the bytes are an image Skia can draw of a sensible size (a PNG header on anything else is refused).</summary>
public static class LogoImage
{
    public const int MaxPixels = 4000;

    public static bool Decodes(byte[] bytes)
    {
        using var codec = SkiaSharp.SKCodec.Create(new MemoryStream(bytes));
        return codec is not null && codec.Info.Width is > 0 and <= MaxPixels && codec.Info.Height is > 0 and <= MaxPixels;
    }
}
