using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.EmissionFactors;

public sealed record EditionSummary(int Id, string Code, string NameEn, string NameTh, string Source, int ValidFromYear, int? ValidToYear, string DefaultGwpSetCode, bool IsLocked, int FactorCount);

public sealed record FactorSummary(ActivityCategory Category, Gas Gas, decimal Value, string MassUnit, string PerUnit, string Source, string? Note);

public sealed record EditionDetail(EditionSummary Edition, IReadOnlyList<FactorSummary> Factors);

public sealed record GwpSetSummary(string Code, string Name, string Source, IReadOnlyDictionary<Gas, decimal> Values);

/// <summary>A new factor edition as a TGO analyst publishes it: its metadata and its factors in the CSV format of <see cref="FactorEditionCsv"/>.</summary>
public sealed record PublishEditionInput
{
    [Required, StringLength(64)]
    public string Code { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string NameEn { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string NameTh { get; init; } = string.Empty;

    [Required, StringLength(1000)]
    public string Source { get; init; } = string.Empty;

    [Range(1990, 2100)]
    public int ValidFromYear { get; init; }

    [Range(1990, 2100)]
    public int? ValidToYear { get; init; }

    [Required, StringLength(16)]
    public string DefaultGwpSetCode { get; init; } = string.Empty;

    /// <summary>The factors: <c>category,gas,value,mass_unit,per_unit,source,note</c> with a header row.</summary>
    [Required]
    public string FactorsCsv { get; init; } = string.Empty;
}

/// <summary>Factor editions, their factors and GWP sets: anyone signed in reads; TGO analysts and administrators publish.</summary>
public sealed class FactorCatalogService(AppDbContext db, ResourceGuard guard, ILogger<FactorCatalogService> logger)
{
    public async Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(CancellationToken ct) =>
        await db.EmissionFactorEditions.AsNoTracking().OrderBy(e => e.ValidFromYear).ThenBy(e => e.Code)
            .Select(e => new EditionSummary(e.Id, e.Code, e.NameEn, e.NameTh, e.Source, e.ValidFromYear, e.ValidToYear, e.DefaultGwpSetCode, e.IsLocked, e.Factors.Count))
            .ToListAsync(ct);

    public async Task<Result<EditionDetail>> GetEditionAsync(string code, CancellationToken ct)
    {
        var edition = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).FirstOrDefaultAsync(e => e.Code == code, ct);
        if (edition is null)
        {
            return Result<EditionDetail>.NotFound();
        }

        return Result<EditionDetail>.Ok(new EditionDetail(
            new EditionSummary(edition.Id, edition.Code, edition.NameEn, edition.NameTh, edition.Source, edition.ValidFromYear, edition.ValidToYear, edition.DefaultGwpSetCode, edition.IsLocked, edition.Factors.Count),
            edition.Factors.OrderBy(f => f.Category).ThenBy(f => f.Gas).ThenBy(f => f.PerUnit.Code, StringComparer.Ordinal)
                .Select(f => new FactorSummary(f.Category, f.Gas, f.Value, f.MassUnit.Code, f.PerUnit.Code, f.Source, f.Note)).ToList()));
    }

    public async Task<IReadOnlyList<GwpSetSummary>> ListGwpSetsAsync(CancellationToken ct)
    {
        var sets = await db.GwpSets.AsNoTracking().Include(g => g.Values).OrderBy(g => g.Code).ToListAsync(ct);
        return sets.Select(g => new GwpSetSummary(g.Code, g.Name, g.Source, g.Values.OrderBy(v => v.Gas).ToDictionary(v => v.Gas, v => v.Value))).ToList();
    }

    /// <summary>
    /// Publishes a new edition, validated by the <see cref="FactorEditionCsv"/> rules (every bad row reported as
    /// <c>factorsCsv[line N].column</c>); it is locked at once, so a published edition never changes (STYLE.md D3).
    /// </summary>
    public async Task<Result<EditionSummary>> PublishAsync(ClaimsPrincipal user, PublishEditionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await guard.AllowsAsync(user, null, Operations.ManageFactors))
        {
            return Result<EditionSummary>.Forbidden();
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (await db.EmissionFactorEditions.AnyAsync(e => e.Code == input.Code, ct))
        {
            errors[nameof(input.Code)] = [$"An edition {input.Code} exists already; editions never change, choose a new code."];
        }

        if (!await db.GwpSets.AnyAsync(g => g.Code == input.DefaultGwpSetCode, ct))
        {
            errors[nameof(input.DefaultGwpSetCode)] = [$"No GWP set {input.DefaultGwpSetCode}."];
        }

        if (input.ValidToYear is { } to && to < input.ValidFromYear)
        {
            errors[nameof(input.ValidToYear)] = ["An edition cannot end before it starts."];
        }

        using var reader = new StringReader(input.FactorsCsv ?? string.Empty);
        var parsed = FactorEditionCsv.ParseFactors(reader);
        foreach (var error in parsed.Errors)
        {
            var key = $"{nameof(input.FactorsCsv)}[line {error.Line}].{error.Column}";
            errors[key] = errors.TryGetValue(key, out var m) ? [.. m, error.Message] : [error.Message];
        }

        if (parsed.IsValid && parsed.Items.Count == 0)
        {
            errors[nameof(input.FactorsCsv)] = ["An edition needs at least one factor."];
        }

        if (errors.Count > 0)
        {
            return Result<EditionSummary>.Invalid(errors);
        }

        var edition = new EmissionFactorEdition(input.Code.Trim(), input.NameEn.Trim(), input.NameTh.Trim(), input.Source.Trim(), input.ValidFromYear, input.ValidToYear, input.DefaultGwpSetCode);
        foreach (var factor in parsed.Items)
        {
            edition.AddFactor(factor);
        }

        edition.Lock();
        db.EmissionFactorEditions.Add(edition);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Factor edition {Edition} published with {FactorCount} factors", edition.Code, parsed.Items.Count);
        return Result<EditionSummary>.Ok(new EditionSummary(edition.Id, edition.Code, edition.NameEn, edition.NameTh, edition.Source, edition.ValidFromYear, edition.ValidToYear, edition.DefaultGwpSetCode, edition.IsLocked, parsed.Items.Count));
    }
}
