using System.Collections.Concurrent;
using System.Diagnostics;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Calculation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>How big a nation to generate.</summary>
public sealed record NationalOptions(int Organisations = 8_000, int Years = 15, int LinesPerInventory = 40, int LastYear = 2025, int Seed = 20_261_204);

/// <summary>What the generator wrote.</summary>
public sealed record NationalSummary(int Organisations, int Inventories, long Lines, long Results, long GasResults, TimeSpan Elapsed);

/// <summary>
/// Fills a PostgreSQL database with a realistic nation (<c>generate-national</c>): organisations of every type that
/// keeps inventories spread over the 77 provinces, with population and area; both inventory kinds for each year,
/// at plausible statuses (some never reported: missing, not zero); about <see cref="NationalOptions.LinesPerInventory"/>
/// lines each. Results come from the real engine for every inventory, and are written with the summary rows by
/// binary COPY. Deterministic: the same options give the same data (a seeded random per inventory).
/// </summary>
public sealed class NationalDataGenerator(AppDbContext db, TimeProvider clock, ILogger<NationalDataGenerator> logger)
{
    public const string CodePrefix = "NAT-";

    private const int Batch = 2_000;

    public async Task<NationalSummary> GenerateAsync(NationalOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!db.Database.IsNpgsql())
        {
            throw new InvalidOperationException("generate-national writes with PostgreSQL COPY: set Database__Provider=Postgres.");
        }

        if (await db.Organisations.AnyAsync(o => o.Code.StartsWith(CodePrefix), ct))
        {
            throw new InvalidOperationException("This database already holds a generated nation; use an empty database.");
        }

        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var firstYear = options.LastYear - options.Years + 1;
        var editions = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).ToListAsync(ct);
        var gwpSets = await db.GwpSets.AsNoTracking().ToDictionaryAsync(g => g.Code, ct);
        var organisations = await CreateOrganisationsAsync(options, firstYear, ct);
        logger.LogInformation("Generated {Count} organisations", organisations.Count);

        var work = (from o in organisations
                    from year in Enumerable.Range(firstYear, options.Years)
                    from kind in new[] { InventoryKind.Organisation, InventoryKind.City }
                    select (Organisation: o, Year: year, Kind: kind)).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        int inventories = 0;
        long lines = 0, results = 0, gases = 0;
        foreach (var chunk in work.Chunk(Batch))
        {
            var generated = new ConcurrentBag<GeneratedInventory>();
            Parallel.ForEach(chunk, new ParallelOptions { CancellationToken = ct }, item =>
            {
                var g = Generate(item.Organisation, item.Year, item.Kind, options, editions, gwpSets, now);
                if (g is not null)
                {
                    generated.Add(g);
                }
            });
            var ordered = generated.OrderBy(g => g.Inventory.OrganisationId).ThenBy(g => g.Inventory.Year).ThenBy(g => g.Inventory.Kind).ToList();
            await WriteInventoriesAsync(connection, ordered, now, ct);
            await ResultsCopyWriter.WriteAsync(connection, ordered.Select(g => new ResultsCopyWriter.Calculated(
                g.Inventory.Id, g.Inventory.OrganisationId, g.Inventory.Year, g.Inventory.Kind, g.Inventory.Status, g.Result)).ToList(), now, ct);
            inventories += ordered.Count;
            lines += ordered.Sum(g => g.Inventory.Lines.Count);
            results += ordered.Sum(g => g.Result.Lines.Count);
            gases += ordered.Sum(g => g.Result.Lines.Sum(l => l.Gases.Count));
            logger.LogInformation("Generated {Inventories} inventories, {Lines} lines", inventories, lines);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return new NationalSummary(organisations.Count, inventories, lines, results, gases, Stopwatch.GetElapsedTime(started));
    }

    private async Task<List<Organisation>> CreateOrganisationsAsync(NationalOptions options, int firstYear, CancellationToken ct)
    {
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Id, p.Code }).ToListAsync(ct);
        var random = new Random(options.Seed);
        var list = new List<Organisation>();
        var index = 0;
        foreach (var (type, share, population, area, _) in NationalProfiles.Types)
        {
            var count = Math.Max(1, (int)Math.Round(options.Organisations * share, MidpointRounding.AwayFromZero));
            for (var i = 0; i < count && list.Count < options.Organisations; i++, index++)
            {
                var province = type == OrganisationType.ProvincialAdministrativeOrganisation ? provinces[i % provinces.Count] : provinces[random.Next(provinces.Count)];
                var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CodePrefix}{index + 1:00000}");
                var organisation = new Organisation(code, type, province.Id, $"อปท. ทดสอบ {index + 1}", $"Generated {type} {index + 1}");
                var size = 0.4m + (decimal)random.NextDouble() * 1.2m;
                for (var year = firstYear; year < firstYear + options.Years; year++)
                {
                    var growth = 1m + (0.005m * (year - firstYear));
                    organisation.SetYearContext(year, (int)Math.Round(population * size * growth, MidpointRounding.AwayFromZero), Math.Round(area * size, 3, MidpointRounding.AwayFromZero));
                }

                list.Add(organisation);
            }
        }

        foreach (var chunk in list.Chunk(1_000))
        {
            db.Organisations.AddRange(chunk);
            await db.SaveChangesAsync(ct);
        }

        db.ChangeTracker.Clear();
        return list;
    }

    private sealed record GeneratedInventory(Inventory Inventory, InventoryResult Result);

    private static GeneratedInventory? Generate(
        Organisation organisation, int year, InventoryKind kind, NationalOptions options, IReadOnlyList<EmissionFactorEdition> editions,
        Dictionary<string, GwpSet> gwpSets, DateTimeOffset now)
    {
        // A fixed mix (HashCode is randomised per process): the same options give the same inventory.
        var random = new Random(unchecked((options.Seed * 31) + (organisation.Id * 7_919) + (year * 104_729) + ((int)kind * 15_485_863)) & int.MaxValue);
        var draw = random.NextDouble();
        if (draw < 0.05)
        {
            return null; // never reported: counted missing, not zero
        }

        var status = year == options.LastYear
            ? draw < 0.35 ? InventoryStatus.Draft : draw < 0.65 ? InventoryStatus.Submitted : InventoryStatus.Approved
            : draw < 0.08 ? InventoryStatus.Returned : draw < 0.13 ? InventoryStatus.Submitted : draw < 0.70 ? InventoryStatus.Approved : InventoryStatus.Verified;
        var edition = FactorEditionSelector.ForYear(editions, year);
        var inventory = new Inventory(NewGuid(random), organisation.Id, year, kind, edition.Id, GwpConventions.DefaultFor(kind, edition.DefaultGwpSetCode), now);
        var context = organisation.YearContexts.Single(c => c.Year == year);
        var profile = NationalProfiles.Types.Single(t => t.Type == organisation.Type);
        var templates = kind == InventoryKind.Organisation ? NationalProfiles.Organisation : NationalProfiles.City;
        var scale = (kind == InventoryKind.Organisation ? profile.OperationsScale : 1m) * context.Population!.Value;
        var count = Math.Max(templates.Count, options.LinesPerInventory);
        var perTemplate = Enumerable.Range(0, count).GroupBy(i => i % templates.Count).ToDictionary(g => g.Key, g => g.Count());
        for (var i = 0; i < count; i++)
        {
            var template = templates[i % templates.Count];
            if (i == count - 1 && count > templates.Count)
            {
                var key = ActivityLine.WithNotationKey(NewGuid(random), inventory.Id, ActivityCategory.StationaryNaturalGas, NotationKey.NO, "No natural-gas network");
                inventory.AddLine(key, now);
                continue;
            }

            // Each template is split over several meters/fleets; each part varies ±30 % around its share.
            var amount = template.PerCapita * scale / perTemplate[i % templates.Count] * (0.7m + (decimal)random.NextDouble() * 0.6m);
            var line = ActivityLine.WithAnnualQuantity(NewGuid(random), inventory.Id, template.Category,
                new Quantity(Math.Round(amount, 3, MidpointRounding.AwayFromZero), template.Unit));
            line.Describe(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{template.Description} ({(i / templates.Count) + 1})"), "Generated (illustrative)", DataQuality.Medium);
            if (kind == InventoryKind.City && template.Subsector is { } subsector)
            {
                line.PlaceInGpc(subsector);
            }

            inventory.AddLine(line, now);
        }

        var records = inventory.Lines.Select(l => InventoryCalculationService.ToRecord(l, new Dictionary<Guid, SolidWasteSite>())).ToList();
        var result = EmissionCalculator.Calculate(records, new CalculationBasis(edition, gwpSets[inventory.GwpSetCode], kind, year));
        foreach (var next in WorkflowPath(status))
        {
            inventory.MoveTo(next, now);
        }

        if (status == InventoryStatus.Verified)
        {
            Certify(inventory, result, now);
        }

        return new GeneratedInventory(inventory, result);
    }

    private static IEnumerable<InventoryStatus> WorkflowPath(InventoryStatus status) => status switch
    {
        InventoryStatus.Draft => [],
        InventoryStatus.Submitted => [InventoryStatus.Submitted],
        InventoryStatus.Returned => [InventoryStatus.Submitted, InventoryStatus.Returned],
        InventoryStatus.Approved => [InventoryStatus.Submitted, InventoryStatus.Approved],
        InventoryStatus.Verified => [InventoryStatus.Submitted, InventoryStatus.Approved],
    };

    /// <summary>
    /// An inventory becomes verified only by TGO's certification of a statement (docs/adr/0019-verified-is-final.md):
    /// the generator goes that way too, with an illustrative body; the data set keeps the inventories, not the verifications.
    /// </summary>
    private static void Certify(Inventory inventory, InventoryResult result, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var body = new Domain.Verification.VerificationBody(0, "GENERATED", today, today);
        var verification = Domain.Verification.InventoryVerification.Assign(Guid.NewGuid(), inventory, body,
            Domain.Verification.InventoryVerification.DefaultMaterialityPercent, "generator", today, now);
        var totals = result.Organisation is { } o ? new Domain.Verification.VerifiedTotals(o.Scope1Kg, o.Scope2Kg, o.Scope3Kg) : new Domain.Verification.VerifiedTotals(0m, 0m, 0m);
        verification.Issue(new Domain.Verification.StatementInput(Domain.Verification.AssuranceLevel.Limited, "ISO 14064-3:2019",
            Domain.Verification.VerificationOpinion.Unmodified, null, today, "Generated", null), inventory, totals, "generator", now);
        verification.Certify(inventory, "generator", now);
    }

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static async Task WriteInventoriesAsync(NpgsqlConnection connection, List<GeneratedInventory> batch, DateTimeOffset now, CancellationToken ct)
    {
        var at = now.UtcDateTime;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY inventories (id, organisation_id, year, kind, status, factor_edition_id, gwp_set_code, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var i in batch.Select(b => b.Inventory))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(i.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(i.OrganisationId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(i.Year, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(i.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(i.Status.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(i.FactorEditionId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(i.GwpSetCode, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(1, NpgsqlDbType.Integer, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY activity_lines (id, inventory_id, category, gpc_subsector, description, amount, unit, is_monthly, notation_key, notation_explanation, data_source, data_quality, version) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var l in batch.SelectMany(b => b.Inventory.Lines))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(l.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(l.InventoryId, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(l.Category.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(copy, l.GpcSubsector?.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(copy, l.Description, NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(copy, l.Amount, NpgsqlDbType.Numeric, ct);
                await WriteOrNullAsync(copy, l.Unit?.Code, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(l.IsMonthly, NpgsqlDbType.Boolean, ct);
                await WriteOrNullAsync(copy, l.NotationKey?.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(copy, l.NotationExplanation, NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(copy, l.DataSource, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(l.DataQuality.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(1, NpgsqlDbType.Integer, ct);
            }

            await copy.CompleteAsync(ct);
        }
    }

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter copy, decimal? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value.Value, type, ct);
}
