using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using Npgsql;
using NpgsqlTypes;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// Writes engine results in bulk on PostgreSQL (binary COPY): the line results, their gases and the
/// <see cref="Data.InventoryTotal"/> summary, with ids reserved from each table's identity sequence. Used by the
/// national generator and the recalculation run; the row content is what <see cref="InventoryCalculationService"/>
/// stores one inventory at a time.
/// </summary>
public static class ResultsCopyWriter
{
    /// <summary>An inventory and the engine's result for it.</summary>
    public sealed record Calculated(Guid InventoryId, int OrganisationId, int Year, InventoryKind Kind, InventoryStatus Status, InventoryResult Result);

    /// <summary>Deletes the stored results and summary of <paramref name="inventoryIds"/> (gases go by cascade).</summary>
    public static async Task DeleteAsync(NpgsqlConnection connection, IReadOnlyList<Guid> inventoryIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(
            "DELETE FROM activity_line_results WHERE inventory_id = ANY(@ids); DELETE FROM inventory_totals WHERE inventory_id = ANY(@ids);", connection);
        command.Parameters.AddWithValue("ids", inventoryIds.ToArray());
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<Calculated> batch, DateTimeOffset calculatedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(batch);
        var at = calculatedAt.UtcDateTime;
        var resultCount = batch.Sum(b => b.Result.Lines.Count);
        var resultIds = await ReserveAsync(connection, "activity_line_results", resultCount, ct);
        var nextResult = 0;
        var gasRows = new List<(long ResultId, GasEmission Gas)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY activity_line_results (id, line_id, part, inventory_id, category, scope, gpc_reference, converted_amount, converted_unit, co2e_kg, memo_co2e_kg, formula, factor_edition_code, gwp_set_code, uses_custom_factor, notation_key, convention, calculated_at, in_basic, in_basic_plus, in_territorial) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var g in batch)
            {
                var cells = g.Result.City?.Cells.ToDictionary(c => c.Reference, StringComparer.Ordinal);
                foreach (var r in g.Result.Lines)
                {
                    var id = resultIds[nextResult++];
                    var cell = cells is not null && r.GpcReference is { } reference && cells.TryGetValue(reference, out var c) ? c : null;
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
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
                    gasRows.AddRange(r.Gases.Select(gas => (id, gas)));
                }
            }

            await copy.CompleteAsync(ct);
        }

        var gasIds = await ReserveAsync(connection, "activity_line_gas_results", gasRows.Count, ct);
        var nextGas = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY activity_line_gas_results (id, result_id, gas, mass_kg, gwp, co2e_kg, is_memo, factor_kg_per_unit, factor_per_unit, factor_source) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (result, gas) in gasRows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(gasIds[nextGas++], NpgsqlDbType.Bigint, ct);
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

        var totals = batch.SelectMany(g => InventoryTotals.For(g.InventoryId, g.OrganisationId, g.Year, g.Kind, g.Status,
            g.Result.Lines.Select(l => new InventoryTotals.LineValue(l.Category, l.GpcReference, l.Scope, l.Co2eKg)))).ToList();
        var totalIds = await ReserveAsync(connection, "inventory_totals", totals.Count, ct);
        var nextTotal = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY inventory_totals (id, inventory_id, organisation_id, year, kind, status, sector, gpc_sector, scope, co2e_kg, lines) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var t in totals)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(totalIds[nextTotal++], NpgsqlDbType.Bigint, ct);
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
        await using var follow = new NpgsqlCommand(
            "UPDATE inventory_totals t SET status = i.status FROM inventories i WHERE t.inventory_id = i.id AND t.inventory_id = ANY(@ids) AND t.status <> i.status",
            connection);
        follow.Parameters.AddWithValue("ids", batch.Select(b => b.InventoryId).ToArray());
        follow.CommandTimeout = 0;
        await follow.ExecuteNonQueryAsync(ct);
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
