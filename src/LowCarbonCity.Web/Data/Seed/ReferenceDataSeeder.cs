using System.Globalization;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>
/// Seeds the reference data every database needs: provinces, the programme's organisations, GWP sets and the TGO
/// factor editions. Idempotent (upserts by natural key, never deletes) and versioned: a database that already has
/// <see cref="Version"/> is left alone. Bump <see cref="Version"/> whenever a seed file changes (version 2: the AR5
/// GPC convention, Thai names and citations of the GWP sets; version 3: the GWP sets' Thai citations and the factor
/// editions' publications).
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, TimeProvider clock, ILogger<ReferenceDataSeeder> logger)
{
    public const string Name = "reference";
    public const int Version = 3;

    public async Task SeedAsync(CancellationToken ct)
    {
        var applied = await db.SeedVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Name == Name, ct);
        if (applied is not null && applied.Version >= Version)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var provinces = await SeedProvincesAsync(ct);
        await SeedOrganisationsAsync(provinces, ct);
        await SeedGwpSetsAsync(ct);
        await SeedFactorEditionsAsync(ct);
        await RecordAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Reference data seeded to version {SeedVersion}", Version);
    }

    private async Task<Dictionary<string, Province>> SeedProvincesAsync(CancellationToken ct)
    {
        var existing = await db.Provinces.ToDictionaryAsync(p => p.Code, ct);
        foreach (var row in SeedFiles.ReadTable("provinces.csv", ["code", "name_th", "name_en", "region"]))
        {
            var region = Enum.Parse<Region>(row["region"]);
            if (existing.TryGetValue(row["code"], out var province))
            {
                province.Rename(row["name_th"], row["name_en"], region);
            }
            else
            {
                province = new Province(row["code"], row["name_th"], row["name_en"], region);
                db.Provinces.Add(province);
                existing[province.Code] = province;
            }
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private async Task SeedOrganisationsAsync(Dictionary<string, Province> provinces, CancellationToken ct)
    {
        var existing = await db.Organisations.Include(o => o.YearContexts).ToDictionaryAsync(o => o.Code, ct);
        foreach (var row in SeedFiles.ReadTable("organisations.csv", ["code", "type", "province_code", "name_th", "name_en", "population", "area_km2", "context_year"]))
        {
            var province = provinces[row["province_code"]];
            if (existing.TryGetValue(row["code"], out var organisation))
            {
                organisation.Rename(row["name_th"], row["name_en"]);
            }
            else
            {
                organisation = new Organisation(row["code"], Enum.Parse<OrganisationType>(row["type"]), province.Id, row["name_th"], row["name_en"]);
                db.Organisations.Add(organisation);
            }

            if (int.TryParse(row["context_year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                int? population = int.TryParse(row["population"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
                decimal? area = decimal.TryParse(row["area_km2"], NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
                organisation.SetYearContext(year, population, area);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// GWP sets: added when missing; an existing set takes the seed's names and citation, but its values (facts of an
    /// IPCC report that stored results were calculated with) are never changed.
    /// </summary>
    private async Task SeedGwpSetsAsync(CancellationToken ct)
    {
        var existing = await db.GwpSets.ToDictionaryAsync(g => g.Code, ct);
        foreach (var set in SeedFiles.GwpSets())
        {
            if (existing.TryGetValue(set.Code, out var stored))
            {
                stored.Describe(set.NameEn, set.NameTh, set.Source, set.SourceTh);
            }
            else
            {
                db.GwpSets.Add(set);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Published editions are immutable: an edition already present (by code) keeps its factors and values. One seeded
    /// before editions had publications gets the seed's publications, each factor the key the seed gives the factor
    /// with the same category, gas, unit and value (a citation for readers, not a value).
    /// </summary>
    private async Task SeedFactorEditionsAsync(CancellationToken ct)
    {
        var seeded = SeedFiles.FactorEditions();
        var codes = seeded.Select(e => e.Code).ToList();
        var existing = await db.EmissionFactorEditions.Include(e => e.Factors)
            .Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, ct);
        foreach (var seed in seeded)
        {
            if (!existing.TryGetValue(seed.Code, out var stored))
            {
                db.EmissionFactorEditions.Add(seed);
            }
            else if (stored.Publications.Count == 0 && seed.Publications.Count > 0)
            {
                stored.CiteRetroactively(
                    seed.Publications.Select(p => new FactorPublication(p.Key, p.CitationTh, p.CitationEn)),
                    f => seed.Factors.FirstOrDefault(s => s.Category == f.Category && s.Gas == f.Gas && s.PerUnit == f.PerUnit && s.Value == f.Value)?.PublicationKey);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task RecordAsync(CancellationToken ct)
    {
        var record = await db.SeedVersions.FirstOrDefaultAsync(s => s.Name == Name, ct);
        if (record is null)
        {
            db.SeedVersions.Add(new SeedVersion { Name = Name, Version = Version, AppliedAt = clock.GetUtcNow() });
        }
        else
        {
            record.Version = Version;
            record.AppliedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
    }
}
