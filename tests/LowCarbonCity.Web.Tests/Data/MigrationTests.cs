using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Data;

public sealed class MigrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Migrate_FromEmpty_AppliesEveryMigrationOfTheRunProvider()
    {
        var (applied, all) = await app.WithDbAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));

        all.Should().NotBeEmpty();
        applied.Should().Equal(all);
    }

    [Fact]
    public async Task Adopt_DatabaseMigratedBeforeTheSquash_HistoryNamesTheSquashedInitialAndMigrateHasNothingToDo()
    {
        // A database as the last build before the squash left it: the same schema, the old migrations in its history.
        var (before, after, pending) = await app.WithDbAsync(async db =>
        {
            // The old list, then whatever was added after the squash (applied on top of Initial as on any database).
            var old = SquashedMigrations.OldHistoryOf(db);
            await RewriteHistoryAsync(db, old.Concat(db.Database.GetMigrations().Skip(1)));
            var before = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            var adopted = await SquashedMigrations.AdoptAsync(db, CancellationToken.None);
            adopted.Should().BeTrue();
            (await SquashedMigrations.AdoptAsync(db, CancellationToken.None)).Should().BeFalse("a second start has nothing to rewrite");
            await db.Database.MigrateAsync();
            return (before, (await db.Database.GetAppliedMigrationsAsync()).ToList(), (await db.Database.GetPendingMigrationsAsync()).ToList());
        });

        before.Should().HaveCountGreaterThan(1);
        after.Should().Equal(await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())));
        after.Should().NotIntersectWith(SquashedMigrations.Sqlite.Concat(SquashedMigrations.Postgres), "the old list became Initial");
        pending.Should().BeEmpty();
        (await app.WithDbAsync(db => db.EmissionFactorEditions.CountAsync())).Should().BeGreaterThan(0, "the seeded data is untouched");
    }

    [Fact]
    public async Task Adopt_DatabaseStoppedPartWay_IsRefusedNamingWhatToDo()
    {
        var failure = await app.WithDbAsync(async db =>
        {
            var old = SquashedMigrations.OldHistoryOf(db);
            var all = db.Database.GetMigrations().ToList();
            try
            {
                await RewriteHistoryAsync(db, old.Take(3));
                return await FluentActions.Awaiting(() => SquashedMigrations.AdoptAsync(db, CancellationToken.None))
                    .Should().ThrowAsync<InvalidOperationException>();
            }
            finally
            {
                await RewriteHistoryAsync(db, all);
            }
        });

        failure.Which.Message.Should().Contain("older than").And.Contain("new database");
    }

    /// <summary>Replaces the database's migration history by <paramref name="ids"/> (the schema is left as it is).</summary>
    private static async Task RewriteHistoryAsync(AppDbContext db, IEnumerable<string> ids)
    {
        var history = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>(db);
        var applied = await db.Database.GetAppliedMigrationsAsync();
        var script = string.Concat(applied.Select(history.GetDeleteScript))
            + string.Concat(ids.Select(id => history.GetInsertScript(new Microsoft.EntityFrameworkCore.Migrations.HistoryRow(id, "10.0.0"))));
        await db.Database.ExecuteSqlRawAsync(script);
    }

    [Fact]
    public void HasPendingModelChanges_Sqlite_IsFalse()
    {
        var builder = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=:memory:");
        using var db = new SqliteAppDbContext(builder.Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("the SQLite migrations must match the model; add a migration");
    }

    [Fact]
    public void HasPendingModelChanges_Postgres_IsFalse()
    {
        var builder = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=unused");
        using var db = new PostgresAppDbContext(builder.Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("the PostgreSQL migrations must match the model; add a migration");
    }

    [Fact]
    public async Task Context_RunProvider_IsTheConfiguredOne()
    {
        var isPostgres = await app.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql()));

        isPostgres.Should().Be(TestDatabase.RunProvider == DatabaseProvider.Postgres);
    }
}
