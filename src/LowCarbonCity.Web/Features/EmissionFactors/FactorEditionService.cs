using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.EmissionFactors;

/// <summary>The metadata of a new factor edition (its factors come as CSV text).</summary>
public record PublishEditionInput
{
    [Required, StringLength(64), RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Use letters, digits, '.', '_' or '-'.")]
    public string Code { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string NameEn { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string NameTh { get; init; } = string.Empty;

    [Required, StringLength(2000)]
    public string Source { get; init; } = string.Empty;

    [Range(1990, 2100)]
    public int ValidFromYear { get; init; }

    [Range(1990, 2100)]
    public int? ValidToYear { get; init; }

    [Required, StringLength(16)]
    public string DefaultGwpSetCode { get; init; } = "AR5";
}

public sealed record EditionSummary(
    int Id, string Code, string NameEn, string NameTh, string Source, int ValidFromYear, int? ValidToYear,
    string DefaultGwpSetCode, bool IsLocked, int FactorCount);

/// <summary>A factor of an edition: its source and note are technical notes; reports cite the publication its key names.</summary>
public sealed record FactorSummary(ActivityCategory Category, Gas Gas, decimal Value, string MassUnit, string PerUnit, string Source, string? Note, string? PublicationKey = null);

/// <summary>A publication of an edition as reports cite it, in Thai (Buddhist Era) and English.</summary>
public sealed record PublicationSummary(string Key, string CitationTh, string CitationEn);

/// <summary>An edition with every factor and the distinct sources it cites.</summary>
/// <summary>A GWP set with its value per gas.</summary>
public sealed record GwpSetSummary(string Code, string NameEn, string NameTh, string Source, IReadOnlyDictionary<Gas, decimal> Values);

public sealed record EditionDetail(EditionSummary Summary, IReadOnlyList<FactorSummary> Factors, IReadOnlyList<string> Sources)
{
    /// <summary>The publications its factors cite for readers (none for an edition uploaded as a factor list alone).</summary>
    public IReadOnlyList<PublicationSummary> Publications { get; init; } = [];
}

/// <summary>
/// Emission-factor editions (docs/conventions.md D3): anyone signed in may read them; TGO analysts (<see cref="Operations.ManageFactors"/>)
/// publish new ones from the CSV format of <see cref="FactorEditionCsv"/>. An edition is never edited: a correction
/// is a new edition, and an edition any non-draft inventory uses is locked (<see cref="Inventories.InventoryWorkflowService"/>).
/// The audit trail records each publication (interceptor).
/// </summary>
public sealed class FactorEditionService(AppDbContext db, ResourceGuard guard, ILogger<FactorEditionService> logger)
{
    /// <summary>The largest factor file accepted, in characters (the front doors bound the upload in bytes too).</summary>
    public const int MaxCsvLength = 1_000_000;

    public async Task<Result<IReadOnlyList<EditionSummary>>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (UserAccess.UserIdOf(user) is null)
        {
            return Result<IReadOnlyList<EditionSummary>>.Forbidden();
        }

        var list = await Summaries(db.EmissionFactorEditions.AsNoTracking().OrderByDescending(e => e.ValidFromYear).ThenBy(e => e.Code))
            .ToListAsync(ct);
        return Result<IReadOnlyList<EditionSummary>>.Ok(list);
    }

    /// <summary>The GWP sets (AR4, AR5 as TGO and as GPC apply it, AR6) with names, citation and the value per gas.</summary>
    public async Task<IReadOnlyList<GwpSetSummary>> ListGwpSetsAsync(CancellationToken ct)
    {
        var sets = await db.GwpSets.AsNoTracking().Include(g => g.Values).OrderBy(g => g.Code).ToListAsync(ct);
        return sets.Select(g => new GwpSetSummary(g.Code, g.NameEn, g.NameTh, g.Source, g.Values.OrderBy(v => v.Gas).ToDictionary(v => v.Gas, v => v.Value))).ToList();
    }

    public async Task<Result<EditionDetail>> GetAsync(ClaimsPrincipal user, string code, CancellationToken ct)
    {
        if (UserAccess.UserIdOf(user) is null)
        {
            return Result<EditionDetail>.Forbidden();
        }

        var summary = await Summaries(db.EmissionFactorEditions.AsNoTracking().Where(e => e.Code == code)).FirstOrDefaultAsync(ct);
        if (summary is null)
        {
            return Result<EditionDetail>.NotFound();
        }

        var factors = (await db.EmissionFactors.AsNoTracking().Where(f => f.EditionId == summary.Id).ToListAsync(ct))
            .OrderBy(f => f.Category).ThenBy(f => f.Gas).ThenBy(f => f.PerUnit.Code, StringComparer.Ordinal)
            .Select(f => new FactorSummary(f.Category, f.Gas, f.Value, f.MassUnit.Code, f.PerUnit.Code, f.Source, f.Note, f.PublicationKey))
            .ToList();
        var sources = factors.Select(f => f.Source).Prepend(summary.Source).Distinct(StringComparer.Ordinal).ToList();
        var publications = (await db.EmissionFactorEditions.AsNoTracking().Where(e => e.Id == summary.Id).SelectMany(e => e.Publications).ToListAsync(ct))
            .Select(p => new PublicationSummary(p.Key, p.CitationTh, p.CitationEn)).ToList();
        return Result<EditionDetail>.Ok(new EditionDetail(summary, factors, sources) { Publications = publications });
    }

    /// <summary>Whether the user may publish an edition (checked before the body's shape, so a 403 never depends on it).</summary>
    public Task<bool> CanPublishAsync(ClaimsPrincipal user) => guard.AllowsAsync(user, null, Operations.ManageFactors);

    /// <summary>
    /// Publishes a new edition with the factors in <paramref name="csv"/>. Invalid (nothing saved) when the metadata
    /// do not fit (keyed by field) or the CSV has errors (key <c>Csv</c>, each message naming its line and column).
    /// </summary>
    public async Task<Result<string>> PublishAsync(ClaimsPrincipal user, PublishEditionInput header, string csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!await guard.AllowsAsync(user, null, Operations.ManageFactors))
        {
            return Result<string>.Forbidden();
        }

        var (errors, factors) = await ValidateAsync(header, csv, ct);
        if (errors.Count > 0)
        {
            // The API's shape: every file error under "Csv", naming its line and column.
            return Result<string>.Invalid(errors
                .GroupBy(e => e.Key.StartsWith(FileErrorPrefix, StringComparison.Ordinal) ? "Csv" : e.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Key.StartsWith(FileErrorPrefix, StringComparison.Ordinal)
                    ? e.Value.Select(m => $"line {e.Key.Split(':')[1]}, column {e.Key.Split(':', 3)[2]}: {m}")
                    : e.Value).ToArray(), StringComparer.Ordinal));
        }

        var code = header.Code.Trim();
        var edition = new EditionHeader(code, header.NameEn.Trim(), header.NameTh.Trim(), header.Source.Trim(), header.ValidFromYear, header.ValidToYear, header.DefaultGwpSetCode, "upload")
            .ToEdition(factors);
        db.EmissionFactorEditions.Add(edition);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another analyst published the same code a moment ago (unique index).
            db.ChangeTracker.Clear();
            if (await db.EmissionFactorEditions.AnyAsync(e => e.Code == code, ct))
            {
                return Result<string>.Invalid(nameof(header.Code), $"Edition {code} already exists; editions are never changed.");
            }

            throw;
        }

        logger.LogInformation("Factor edition {Edition} published with {FactorCount} factors", edition.Code, factors.Count);
        return Result<string>.Ok(edition.Code);
    }

    /// <summary>Key prefix of a file error in <see cref="ValidateAsync"/>: <c>File:line:column</c>.</summary>
    public const string FileErrorPrefix = "File:";

    /// <summary>
    /// Checks a new edition without saving: the metadata (errors keyed by field) and the factor file (errors keyed
    /// <c>File:line:column</c>, see <see cref="FileKey"/>). No errors: the parsed factors.
    /// </summary>
    public async Task<(Dictionary<string, string[]> Errors, IReadOnlyList<EmissionFactor> Factors)> ValidateAsync(PublishEditionInput header, string csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(header);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        var shape = new List<ValidationResult>();
        if (!Validator.TryValidateObject(header, new ValidationContext(header), shape, validateAllProperties: true))
        {
            foreach (var problem in shape)
            {
                foreach (var member in problem.MemberNames.DefaultIfEmpty(string.Empty))
                {
                    Add(member, problem.ErrorMessage ?? "Invalid.");
                }
            }
        }

        if (header.ValidToYear is { } to && to < header.ValidFromYear)
        {
            Add(nameof(header.ValidToYear), "An edition cannot end before it starts.");
        }

        var code = header.Code.Trim();
        if (code.Length > 0 && await db.EmissionFactorEditions.AnyAsync(e => e.Code == code, ct))
        {
            Add(nameof(header.Code), $"Edition {code} already exists; editions are never changed. Publish the correction under a new code.");
        }

        if (!await db.GwpSets.AnyAsync(g => g.Code == header.DefaultGwpSetCode, ct))
        {
            Add(nameof(header.DefaultGwpSetCode), $"Unknown GWP set {header.DefaultGwpSetCode}.");
        }

        IReadOnlyList<EmissionFactor> factors = [];
        if (string.IsNullOrWhiteSpace(csv))
        {
            Add(FileKey(1, "(file)"), "The file is empty; it needs the header and at least one factor.");
        }
        else if (csv.Length > MaxCsvLength)
        {
            Add(FileKey(1, "(file)"), $"The file is larger than {MaxCsvLength} characters.");
        }
        else
        {
            using var reader = new StringReader(csv);
            // A list uploaded alone carries no publications: a publication column must be empty.
            var parsed = FactorEditionCsv.ParseFactors(reader, System.Collections.Frozen.FrozenSet<string>.Empty);
            foreach (var error in parsed.Errors)
            {
                Add(FileKey(error.Line, error.Column), error.Message);
            }

            if (parsed.IsValid && parsed.Items.Count == 0)
            {
                Add(FileKey(2, "(line)"), "The file has a header but no factors.");
            }

            factors = parsed.Items;
        }

        return (errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal), factors);
    }

    /// <summary>The error key of a file error at <paramref name="line"/> and <paramref name="column"/>.</summary>
    public static string FileKey(int line, string column) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FileErrorPrefix}{line}:{column}");

    private static IQueryable<EditionSummary> Summaries(IQueryable<EmissionFactorEdition> query) =>
        query.Select(e => new EditionSummary(
            e.Id, e.Code, e.NameEn, e.NameTh, e.Source, e.ValidFromYear, e.ValidToYear, e.DefaultGwpSetCode, e.IsLocked, e.Factors.Count));
}
