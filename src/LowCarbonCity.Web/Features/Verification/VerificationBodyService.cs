using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// A verification body as TGO registers it: its organisation (code, names, the province of its office) and its
/// registration (number, first and last day it may verify). The code is set once, at registration.
/// </summary>
public sealed record VerificationBodyInput
{
    [Required, StringLength(32), RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Use letters, digits, '.', '_' or '-'.")]
    [Display(Name = "Code")]
    public string Code { get; init; } = string.Empty;

    [Required, StringLength(200)]
    [Display(Name = "Thai name")]
    public string NameTh { get; init; } = string.Empty;

    [Required, StringLength(200)]
    [Display(Name = "English name")]
    public string NameEn { get; init; } = string.Empty;

    [Required, StringLength(8)]
    [Display(Name = "Province")]
    public string ProvinceCode { get; init; } = string.Empty;

    [Required, StringLength(VerificationBody.MaxRegistrationNumberLength)]
    [Display(Name = "Registration number")]
    public string RegistrationNumber { get; init; } = string.Empty;

    [Display(Name = "Registered from")]
    public DateOnly ValidFrom { get; init; }

    [Display(Name = "Registered until")]
    public DateOnly ValidUntil { get; init; }
}

/// <summary>A registered body as TGO's list shows it: whether its registration covers today, and how many verifiers it has.</summary>
public sealed record VerificationBodySummary(
    int OrganisationId, string Code, string NameTh, string NameEn, string ProvinceCode, string ProvinceNameTh, string ProvinceNameEn,
    string RegistrationNumber, DateOnly ValidFrom, DateOnly ValidUntil, bool IsValidToday, int VerifierCount);

/// <summary>
/// TGO registers verification bodies (<see cref="Operations.ManageVerificationBodies"/>): the organisation of type
/// <see cref="OrganisationType.VerificationBody"/> and its <see cref="VerificationBody"/> registration, created
/// together in one save; renewing changes the number or the validity. Both are in the audit trail (interceptor).
/// </summary>
public sealed class VerificationBodyService(AppDbContext db, ResourceGuard guard, TimeProvider clock)
{
    public const string DuplicateNumberMessage = "Registration number '{0}' is already registered to another verification body.";

    public async Task<Result<IReadOnlyList<VerificationBodySummary>>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageVerificationBodies))
        {
            return Result<IReadOnlyList<VerificationBodySummary>>.Forbidden();
        }

        return Result<IReadOnlyList<VerificationBodySummary>>.Ok(await SummariesAsync(db.VerificationBodies.AsNoTracking(), ct));
    }

    public async Task<Result<VerificationBodySummary>> GetAsync(ClaimsPrincipal user, int organisationId, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageVerificationBodies))
        {
            return Result<VerificationBodySummary>.Forbidden();
        }

        var found = await SummariesAsync(db.VerificationBodies.AsNoTracking().Where(b => b.OrganisationId == organisationId), ct);
        return found.Count == 0 ? Result<VerificationBodySummary>.NotFound() : Result<VerificationBodySummary>.Ok(found[0]);
    }

    /// <summary>Registers a new body: its organisation and registration, in one save. Returns the organisation's id.</summary>
    public async Task<Result<int>> RegisterAsync(ClaimsPrincipal user, VerificationBodyInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageVerificationBodies))
        {
            return Result<int>.Forbidden();
        }

        var (errors, provinceId) = await CheckAsync(input, null, ct);
        var code = input.Code.Trim();
        if (code.Length > 0 && await db.Organisations.AnyAsync(o => o.Code == code, ct))
        {
            errors.TryAdd(nameof(input.Code), [$"An organisation with code '{code}' already exists."]);
        }

        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var organisation = new Organisation(code, OrganisationType.VerificationBody, provinceId, input.NameTh.Trim(), input.NameEn.Trim());
        db.Organisations.Add(organisation);
        if (await SaveAsync(input, ct) is { } failed)
        {
            return failed;
        }

        db.VerificationBodies.Add(new VerificationBody(organisation.Id, input.RegistrationNumber, input.ValidFrom, input.ValidUntil));
        if (await SaveAsync(input, ct) is { } refused)
        {
            return refused;
        }

        await transaction.CommitAsync(ct);
        return Result<int>.Ok(organisation.Id);
    }

    /// <summary>Renews or corrects a registration (number, validity) and the body's names and province; the code stays.</summary>
    public async Task<Result<int>> RenewAsync(ClaimsPrincipal user, int organisationId, VerificationBodyInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageVerificationBodies))
        {
            return Result<int>.Forbidden();
        }

        var body = await db.VerificationBodies.Include(b => b.Organisation).FirstOrDefaultAsync(b => b.OrganisationId == organisationId, ct);
        if (body is null)
        {
            return Result<int>.NotFound();
        }

        var (errors, provinceId) = await CheckAsync(input with { Code = body.Organisation!.Code }, organisationId, ct);
        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        body.Renew(input.RegistrationNumber, input.ValidFrom, input.ValidUntil);
        body.Organisation.Rename(input.NameTh.Trim(), input.NameEn.Trim());
        body.Organisation.Reclassify(body.Organisation.Code, OrganisationType.VerificationBody, provinceId);
        return await SaveAsync(input, ct) ?? Result<int>.Ok(organisationId);
    }

    /// <summary>Today's date in Thailand, the day a registration must cover.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
    }

    private async Task<Result<int>?> SaveAsync(VerificationBodyInput input, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another analyst took the code or the number a moment ago (unique indexes): nothing is kept.
            db.ChangeTracker.Clear();
            return Result<int>.Invalid(nameof(input.RegistrationNumber), DuplicateNumberMessage.Replace("{0}", input.RegistrationNumber.Trim(), StringComparison.Ordinal));
        }
    }

    private async Task<(Dictionary<string, string[]> Errors, int ProvinceId)> CheckAsync(VerificationBodyInput input, int? organisationId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(input.Code))
        {
            errors[nameof(input.Code)] = ["Enter the verification body's code."];
        }

        if (string.IsNullOrWhiteSpace(input.NameTh))
        {
            errors[nameof(input.NameTh)] = ["Enter the verification body's Thai name."];
        }

        if (string.IsNullOrWhiteSpace(input.NameEn))
        {
            errors[nameof(input.NameEn)] = ["Enter the verification body's English name."];
        }

        // The registration's own rules, from the domain, each on its own so both can be reported at once: a number
        // present and short enough, and an end not before the start.
        Rule(() => new VerificationBody(0, input.RegistrationNumber ?? string.Empty, input.ValidFrom, input.ValidFrom), errors);
        Rule(() => new VerificationBody(0, "-", input.ValidFrom, input.ValidUntil), errors);

        var number = input.RegistrationNumber?.Trim() ?? string.Empty;
        if (number.Length > 0 && await db.VerificationBodies.AnyAsync(b => b.RegistrationNumber == number && b.OrganisationId != organisationId, ct))
        {
            errors[nameof(input.RegistrationNumber)] = [DuplicateNumberMessage.Replace("{0}", number, StringComparison.Ordinal)];
        }

        var provinceId = await db.Provinces.Where(p => p.Code == input.ProvinceCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (provinceId is null)
        {
            errors[nameof(input.ProvinceCode)] = [$"Unknown province '{input.ProvinceCode}'."];
        }

        return (errors, provinceId ?? 0);
    }

    private static void Rule(Func<VerificationBody> check, Dictionary<string, string[]> errors)
    {
        try
        {
            _ = check();
        }
        catch (DomainRuleException e)
        {
            errors[e.Field] = [e.Message];
        }
    }

    private async Task<List<VerificationBodySummary>> SummariesAsync(IQueryable<VerificationBody> query, CancellationToken ct)
    {
        var today = Today(clock);
        var rows = await query
            .OrderBy(b => b.Organisation!.NameTh)
            .Select(b => new
            {
                b.OrganisationId, b.Organisation!.Code, b.Organisation.NameTh, b.Organisation.NameEn,
                ProvinceCode = b.Organisation.Province!.Code, ProvinceTh = b.Organisation.Province.NameTh, ProvinceEn = b.Organisation.Province.NameEn,
                b.RegistrationNumber, b.ValidFrom, b.ValidUntil,
                Verifiers = db.OrganisationMemberships.Count(m => m.OrganisationId == b.OrganisationId && m.Role == Roles.Verifier),
            })
            .ToListAsync(ct);
        return rows.Select(r => new VerificationBodySummary(
            r.OrganisationId, r.Code, r.NameTh, r.NameEn, r.ProvinceCode, r.ProvinceTh, r.ProvinceEn, r.RegistrationNumber, r.ValidFrom, r.ValidUntil,
            today >= r.ValidFrom && today <= r.ValidUntil, r.Verifiers)).ToList();
    }
}
