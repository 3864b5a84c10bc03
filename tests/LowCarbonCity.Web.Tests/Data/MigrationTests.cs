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
