using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Organisations;

/// <summary>An organisation as the administrator creates or corrects it, with one year's population and area.</summary>
public sealed record OrganisationInput
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

    [Display(Name = "Type")]
    public OrganisationType Type { get; init; } = OrganisationType.SubdistrictMunicipality;

    [Required, StringLength(8)]
    [Display(Name = "Province")]
    public string ProvinceCode { get; init; } = string.Empty;

    [Range(0, 100_000_000)]
    [Display(Name = "Population")]
    public int? Population { get; init; }

    [Range(typeof(decimal), "0.001", "1000000")]
    [Display(Name = "Area (km²)")]
    public decimal? AreaKm2 { get; init; }

    /// <summary>The year population and area refer to; required with either.</summary>
    [Range(InventoryYears.Min, InventoryYears.Max)]
    [Display(Name = "Year of population and area")]
    public int? ContextYear { get; init; }
}

/// <summary>An organisation with its latest population and area.</summary>
public sealed record OrganisationDetail(
    int Id, string Code, OrganisationType Type, string ProvinceCode, string NameTh, string NameEn, int? Population, decimal? AreaKm2, int? ContextYear);

/// <summary>
/// Administrators keep the directory of organisations: create and correct code, names, type, province,
/// population and area. Every change is in the audit trail (interceptor), as for users.
/// </summary>
public sealed class OrganisationAdminService(AppDbContext db, ResourceGuard guard)
{
    public async Task<Result<OrganisationDetail>> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<OrganisationDetail>.Forbidden();
        }

        var found = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.Code, o.Type, ProvinceCode = o.Province!.Code, o.NameTh, o.NameEn,
                Context = o.YearContexts.OrderByDescending(c => c.Year).Select(c => new { c.Year, c.Population, c.AreaKm2 }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return found is null
            ? Result<OrganisationDetail>.NotFound()
            : Result<OrganisationDetail>.Ok(new OrganisationDetail(found.Id, found.Code, found.Type, found.ProvinceCode, found.NameTh, found.NameEn,
                found.Context?.Population, found.Context?.AreaKm2, found.Context?.Year));
    }

    public async Task<Result<int>> CreateAsync(ClaimsPrincipal user, OrganisationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<int>.Forbidden();
        }

        var (errors, provinceId) = await CheckAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        var organisation = new Organisation(input.Code, input.Type, provinceId, input.NameTh, input.NameEn);
        Apply(organisation, input);
        db.Organisations.Add(organisation);
        return await SaveAsync(input, organisation, ct);
    }

    public async Task<Result<int>> UpdateAsync(ClaimsPrincipal user, int id, OrganisationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<int>.Forbidden();
        }

        var organisation = await db.Organisations.Include(o => o.YearContexts).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return Result<int>.NotFound();
        }

        var (errors, provinceId) = await CheckAsync(input, id, ct);
        if (errors.Count > 0)
        {
            return Result<int>.Invalid(errors);
        }

        organisation.Reclassify(input.Code, input.Type, provinceId);
        organisation.Rename(input.NameTh, input.NameEn);
        Apply(organisation, input);
        return await SaveAsync(input, organisation, ct);
    }

    private static void Apply(Organisation organisation, OrganisationInput input)
    {
        if (input.ContextYear is { } year)
        {
            organisation.SetYearContext(year, input.Population, input.AreaKm2);
        }
    }

    private async Task<Result<int>> SaveAsync(OrganisationInput input, Organisation organisation, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the code a moment ago (unique index).
            db.ChangeTracker.Clear();
            return Result<int>.Invalid(nameof(input.Code), $"An organisation with code '{input.Code.Trim()}' already exists.");
        }

        return Result<int>.Ok(organisation.Id);
    }

    private async Task<(Dictionary<string, string[]> Errors, int ProvinceId)> CheckAsync(OrganisationInput input, int? id, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shape = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), shape, validateAllProperties: true))
        {
            foreach (var group in shape.SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty).Select(m => (Member: m, r.ErrorMessage))).GroupBy(x => x.Member, StringComparer.Ordinal))
            {
                errors[group.Key] = group.Select(x => x.ErrorMessage ?? "Invalid.").ToArray();
            }
        }

        if (!Enum.IsDefined(input.Type))
        {
            errors[nameof(input.Type)] = ["Choose a type."];
        }

        if ((input.Population is not null || input.AreaKm2 is not null) && input.ContextYear is null)
        {
            errors[nameof(input.ContextYear)] = ["Give the year the population and area refer to."];
        }

        var code = input.Code.Trim();
        if (code.Length > 0 && await db.Organisations.AnyAsync(o => o.Code == code && o.Id != id, ct))
        {
            errors[nameof(input.Code)] = [$"An organisation with code '{code}' already exists."];
        }

        var provinceId = await db.Provinces.Where(p => p.Code == input.ProvinceCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (provinceId is null && !errors.ContainsKey(nameof(input.ProvinceCode)))
        {
            errors[nameof(input.ProvinceCode)] = [$"Unknown province '{input.ProvinceCode}'."];
        }

        return (errors, provinceId ?? 0);
    }
}
