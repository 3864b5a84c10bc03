using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// Each provider's migrations were squashed into one <c>Initial</c> before the first release (ADR 0014). A database
/// made before that carries the old migrations in its history; its schema is the one <c>Initial</c> creates, so at
/// start its history is rewritten to name <c>Initial</c> instead, once, in one transaction, and migrating goes on
/// from there. A database that stopped part-way through the old list has another schema and is refused with a
/// message saying what to do, rather than half-migrated.
/// </summary>
public static class SquashedMigrations
{
    /// <summary>The SQLite history before the squash, oldest first.</summary>
    public static readonly IReadOnlyList<string> Sqlite =
    [
        "20261123172834_Initial", "20261123174943_Evidence", "20261204142748_LineChangeExplanation", "20261204144041_TargetsAndPlans",
        "20261204145021_InventoryTotals", "20261205054411_InventoryTotalStatus", "20261207062531_LinePreviousLine",
    ];

    /// <summary>The PostgreSQL history before the squash, oldest first.</summary>
    public static readonly IReadOnlyList<string> Postgres =
    [
        "20261123172839_Initial", "20261123174947_Evidence", "20261204142800_LineChangeExplanation", "20261204144054_TargetsAndPlans",
        "20261204145037_InventoryTotals", "20261205054416_InventoryTotalStatus", "20261206001315_LineResultsFillFactor",
        "20261207062538_LinePreviousLine",
    ];

    /// <summary>The old history of <paramref name="db"/>'s provider.</summary>
    public static IReadOnlyList<string> OldHistoryOf(AppDbContext db) => db is PostgresAppDbContext ? Postgres : Sqlite;

    /// <summary>
    /// Rewrites a pre-squash history to the squashed <c>Initial</c>; true when it did. Throws
    /// <see cref="InvalidOperationException"/> for a database that had only part of the old migrations.
    /// </summary>
    public static async Task<bool> AdoptAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var old = OldHistoryOf(db);
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var found = applied.Where(old.Contains).ToList();
        if (found.Count == 0)
        {
            return false;
        }

        if (!applied.Contains(old[^1], StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"This database was made by a build older than {old[^1]} (its last migration is {found[^1]}). Start the app once with the release "
                + "before the migrations were squashed to bring it up to date, or start from a new database (the demo's SQLite file can simply be deleted).");
        }

        var initial = db.Database.GetMigrations().First();
        var history = db.GetService<IHistoryRepository>();
        var script = string.Concat(found.Select(history.GetDeleteScript))
            + history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion()));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(script, ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
