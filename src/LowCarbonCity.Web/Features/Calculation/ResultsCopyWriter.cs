using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using Npgsql;
using NpgsqlTypes;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// Writes engine results in bulk on PostgreSQL (binary COPY): the line results, their gases and the
/// <see cref="Data.InventoryTotal"/> summary. New line results get ids reserved from the identity sequence (their gas
/// rows need them); gas and summary rows take the column default. <see cref="WriteAsync"/> inserts (the national
/// generator); <see cref="ReplaceAsync"/> updates in place (the recalculation run, ADR 0012). The row content is what
/// <see cref="InventoryCalculationService"/> stores one inventory at a time.
/// </summary>
public static class ResultsCopyWriter
{
    /// <summary>An inventory and the engine's result for it.</summary>
    public sealed record Calculated(Guid InventoryId, int OrganisationId, int Year, InventoryKind Kind, InventoryStatus Status, InventoryResult Result);

    /// <summary>Writes the results of inventories that have none stored (the generator): every row inserted.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<Calculated> batch, DateTimeOffset calculatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(batch);
        var at = calculatedAt.UtcDateTime;
        var resultIds = await ReserveAsync(connection, "activity_line_results", batch.Sum(b => b.Result.Lines.Count), ct);
        var nextResult = 0;
        var gasRows = new List<(long ResultId, GasEmission Gas)>();
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY activity_line_results (id, {ResultColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (g, r, cell) in Rows(batch))
            {
                var id = resultIds[nextResult++];
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await WriteResultColumnsAsync(copy, g, r, cell, at, ct);
                gasRows.AddRange(r.Gases.Select(gas => (id, gas)));
            }

            await copy.CompleteAsync(ct);
        }

        await WriteGasesAsync(connection, gasRows, ct);
        await WriteTotalsAsync(connection, batch, ct);
    }

    /// <summary>
    /// Replaces the stored results of the batch's inventories (the recalculation), in the caller's transaction. Result
    /// rows are updated in place, keyed by line and part: their ids stay, so PostgreSQL has no foreign keys to check
    /// and no gas rows to cascade for them (a delete and re-insert checked both foreign keys of every row and cascaded to
    /// every gas row; docs/performance.md, recalculation). Parts no longer produced are deleted, new ones inserted. Gas
    /// rows, which have no natural key, and the summary are deleted and written again.
    /// </summary>
    public static async Task ReplaceAsync(NpgsqlConnection connection, IReadOnlyList<Calculated> batch, DateTimeOffset calculatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(batch);
        var at = calculatedAt.UtcDateTime;
        var ids = batch.Select(b => b.InventoryId).ToArray();
        await ExecuteAsync(connection, $"""
            SET LOCAL jit = off;
            CREATE TEMP TABLE IF NOT EXISTS {Staged} ON COMMIT DELETE ROWS AS SELECT {ResultColumns} FROM activity_line_results WITH NO DATA;
            DELETE FROM activity_line_gas_results WHERE result_id = ANY(ARRAY(SELECT r.id FROM activity_line_results r WHERE r.inventory_id = ANY(@ids)));
            DELETE FROM inventory_totals WHERE inventory_id = ANY(@ids);
            """, ids, ct);
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {Staged} ({ResultColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (g, r, cell) in Rows(batch))
            {
                await copy.StartRowAsync(ct);
                await WriteResultColumnsAsync(copy, g, r, cell, at, ct);
            }

            await copy.CompleteAsync(ct);
        }

        // The update reads the batch's stored rows by inventory (one bitmap scan) and joins them in a hash: the planner,
        // which does not know the staged rows, otherwise probes the (line, part) index once per row, 1.4 s a batch
        // against 0.15 s (EXPLAIN ANALYZE, docs/performance.md).
        var updates = string.Join(", ", ResultColumns.Split(", ").Except(["line_id", "part", "inventory_id"]).Select(c => $"{c} = s.{c}"));
        var resultIds = new Dictionary<(Guid LineId, string Part), long>();
        await using (var command = new NpgsqlCommand($"""
            DELETE FROM activity_line_results r WHERE r.inventory_id = ANY(@ids)
                AND NOT EXISTS (SELECT 1 FROM {Staged} s WHERE s.line_id = r.line_id AND s.part = r.part);
            SET LOCAL enable_nestloop = off;
            UPDATE activity_line_results r SET {updates} FROM {Staged} s
                WHERE r.inventory_id = ANY(@ids) AND r.line_id = s.line_id AND r.part = s.part AND r.inventory_id = s.inventory_id
                RETURNING r.id, r.line_id, r.part;
            SET LOCAL enable_nestloop = on;
            """, connection))
        {
            command.Parameters.AddWithValue("ids", ids);
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(ct);
            do
            {
                while (await reader.ReadAsync(ct))
                {
                    resultIds.Add((reader.GetGuid(1), reader.GetString(2)), reader.GetInt64(0));
                }
            }
            while (await reader.NextResultAsync(ct));
        }

        // Parts stored for the first time (a line added, or a part newly produced) are inserted with reserved ids.
        var added = Rows(batch).Where(row => !resultIds.ContainsKey((row.Line.LineId, row.Line.Part.ToString()))).ToList();
        if (added.Count > 0)
        {
            var newIds = await ReserveAsync(connection, "activity_line_results", added.Count, ct);
            await using var copy = await connection.BeginBinaryImportAsync($"COPY activity_line_results (id, {ResultColumns}) FROM STDIN (FORMAT BINARY)", ct);
            for (var i = 0; i < added.Count; i++)
            {
                var (g, r, cell) = added[i];
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(newIds[i], NpgsqlDbType.Bigint, ct);
                await WriteResultColumnsAsync(copy, g, r, cell, at, ct);
                resultIds.Add((r.LineId, r.Part.ToString()), newIds[i]);
            }

            await copy.CompleteAsync(ct);
        }

        var gasRows = Rows(batch).SelectMany(row => row.Line.Gases.Select(gas => (resultIds[(row.Line.LineId, row.Line.Part.ToString())], gas))).ToList();
        await WriteGasesAsync(connection, gasRows, ct);
        await WriteTotalsAsync(connection, batch, ct);
    }

    private const string Staged = "staged_activity_line_results";

    private const string ResultColumns = "line_id, part, inventory_id, category, scope, gpc_reference, converted_amount, converted_unit, co2e_kg, memo_co2e_kg, formula, factor_edition_code, gwp_set_code, uses_custom_factor, notation_key, convention, calculated_at, in_basic, in_basic_plus, in_territorial, derivation";

    /// <summary>Each line result of the batch with its inventory and, for a City inventory, its GPC cell.</summary>
    private static IEnumerable<(Calculated Inventory, LineResult Line, GpcCell? Cell)> Rows(IReadOnlyList<Calculated> batch)
    {
        foreach (var g in batch)
        {
            var cells = g.Result.City?.Cells.ToDictionary(c => c.Reference, StringComparer.Ordinal);
            foreach (var r in g.Result.Lines)
            {
                yield return (g, r, cells is not null && r.GpcReference is { } reference && cells.TryGetValue(reference, out var c) ? c : null);
            }
        }
    }

    /// <summary>One result row's <see cref="ResultColumns"/>, in that order.</summary>
    private static async Task WriteResultColumnsAsync(NpgsqlBinaryImporter copy, Calculated g, LineResult r, GpcCell? cell, DateTime at, CancellationToken ct)
    {
        await copy.WriteAsync(r.LineId, NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(r.Part.ToString(), NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(g.InventoryId, NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(r.Category.ToString(), NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(r.Scope.ToString(), NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(copy, r.GpcReference, ct);
        await WriteOrNullAsync(copy, r.ConvertedQuantity?.Value, ct);
        await WriteOrNullAsync(copy, r.ConvertedQuantity?.Unit.Code, ct);
        await WriteOrNullAsync(copy, r.Co2eKg, ct);
        await copy.WriteAsync(r.MemoCo2eKg, NpgsqlDbType.Numeric, ct);
        await copy.WriteAsync(r.Formula, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(g.Result.FactorEditionCode, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(g.Result.GwpSetCode, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(r.UsesCustomFactor, NpgsqlDbType.Boolean, ct);
        await WriteOrNullAsync(copy, r.NotationKey?.ToString(), ct);
        await WriteOrNullAsync(copy, r.Convention, ct);
        await copy.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
        await copy.WriteAsync(cell?.InBasic ?? false, NpgsqlDbType.Boolean, ct);
        await copy.WriteAsync(cell?.InBasicPlus ?? false, NpgsqlDbType.Boolean, ct);
        await copy.WriteAsync(cell?.InTerritorial ?? false, NpgsqlDbType.Boolean, ct);
        await copy.WriteAsync(r.Derivation.ToJson(), NpgsqlDbType.Text, ct);
    }

    /// <summary>Gas rows of known result ids; their own ids come from the identity default.</summary>
    private static async Task WriteGasesAsync(NpgsqlConnection connection, List<(long ResultId, GasEmission Gas)> gasRows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY activity_line_gas_results (result_id, gas, mass_kg, gwp, co2e_kg, is_memo, factor_kg_per_unit, factor_per_unit, factor_source) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (result, gas) in gasRows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(result, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(gas.Gas.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(gas.MassKg, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(gas.Gwp, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(gas.Co2eKg, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(gas.IsMemo, NpgsqlDbType.Boolean, ct);
            await WriteOrNullAsync(copy, gas.Factor?.KgPerUnit, ct);
            await WriteOrNullAsync(copy, gas.Factor?.PerUnit.Code, ct);
            await WriteOrNullAsync(copy, gas.Factor?.Source, ct);
        }

        await copy.CompleteAsync(ct);
    }

    /// <summary>The summary rows of the batch (<see cref="InventoryTotals.For"/>), then each one's status made its inventory's current one.</summary>
    private static async Task WriteTotalsAsync(NpgsqlConnection connection, IReadOnlyList<Calculated> batch, CancellationToken ct)
    {
        var totals = batch.SelectMany(g => InventoryTotals.For(g.InventoryId, g.OrganisationId, g.Year, g.Kind, g.Status,
            g.Result.Lines.Select(l => new InventoryTotals.LineValue(l.Category, l.GpcReference, l.Scope, l.Co2eKg))));
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY inventory_totals (inventory_id, organisation_id, year, kind, status, sector, gpc_sector, scope, co2e_kg, lines) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var t in totals)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(t.InventoryId, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(t.OrganisationId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(t.Year, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(t.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(t.Status.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(t.Sector.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(copy, t.GpcSector, ct);
                await copy.WriteAsync(t.Scope.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(t.Co2eKg, NpgsqlDbType.Numeric, ct);
                await copy.WriteAsync(t.Lines, NpgsqlDbType.Integer, ct);
            }

            await copy.CompleteAsync(ct);
        }

        // The status was read when the batch was; an inventory moved in the workflow since keeps its new one.
        await ExecuteAsync(connection,
            "UPDATE inventory_totals t SET status = i.status FROM inventories i WHERE t.inventory_id = i.id AND t.inventory_id = ANY(@ids) AND t.status <> i.status",
            batch.Select(b => b.InventoryId).ToArray(), ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Guid[] ids, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Takes <paramref name="count"/> ids from a table's identity sequence, each by <c>nextval</c>, so they never meet
    /// ids taken at the same time by another writer or by a single-row insert of the app (a block reserved with
    /// <c>setval</c> could: between its <c>nextval</c> and its <c>setval</c> another session may take an id inside it).
    /// The sequence is looked up once (<c>OFFSET 0</c> keeps the subquery from being pulled up into a per-row call):
    /// looked up per row, 100,000 ids took 350-450 ms; looked up once, 40-75 ms (psql, docs/performance.md).
    /// </summary>
    private static async Task<long[]> ReserveAsync(NpgsqlConnection connection, string table, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            "SELECT array_agg(nextval(s.sequence)) FROM (SELECT pg_get_serial_sequence(@table, 'id')::regclass AS sequence OFFSET 0) s, generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("count", count);
        var ids = (long[])(await command.ExecuteScalarAsync(ct))!;
        Array.Sort(ids); // rows keep the order they are written in
        return ids;
    }

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter copy, decimal? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value.Value, NpgsqlDbType.Numeric, ct);
}
