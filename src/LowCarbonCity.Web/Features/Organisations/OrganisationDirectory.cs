using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Organisations;

/// <summary>A province as lists show it.</summary>
public sealed record ProvinceSummary(int Id, string Code, string NameTh, string NameEn, Region Region, int OrganisationCount);

/// <summary>An organisation as lists show it.</summary>
public sealed record OrganisationSummary(int Id, string Code, OrganisationType Type, string ProvinceCode, string ProvinceNameEn, string ProvinceNameTh, string NameTh, string NameEn);

/// <summary>Read-only lists of provinces and organisations (read with projections, docs/conventions.md E5).</summary>
public sealed class OrganisationDirectory(AppDbContext db)
{
    public async Task<IReadOnlyList<ProvinceSummary>> ListProvincesAsync(CancellationToken ct) =>
        await db.Provinces.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new ProvinceSummary(
                p.Id, p.Code, p.NameTh, p.NameEn, p.Region, db.Organisations.Count(o => o.ProvinceId == p.Id)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<OrganisationSummary>> ListOrganisationsAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Province!.Code).ThenBy(o => o.Type).ThenBy(o => o.NameEn)
            .Select(o => new OrganisationSummary(
                o.Id, o.Code, o.Type, o.Province!.Code, o.Province.NameEn, o.Province.NameTh, o.NameTh, o.NameEn))
            .ToListAsync(ct);
}
