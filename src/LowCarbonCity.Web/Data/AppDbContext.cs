using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Domain.Verification;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// The one DbContext (docs/conventions.md E1). Each provider has a derived context (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) that owns its own migration set; services depend on this base type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    /// <summary>Precision of quantities and results: numeric(28,6) (docs/conventions.md E3).</summary>
    public const int QuantityPrecision = 28;
    public const int QuantityScale = 6;

    /// <summary>Precision of emission factors and GWPs: numeric(28,12).</summary>
    public const int FactorScale = 12;

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationYearContext> OrganisationYearContexts => Set<OrganisationYearContext>();

    /// <summary>What an organisation's official reports carry besides the inventory (period, preparer, signatories, logo).</summary>
    public DbSet<ReportProfile> ReportProfiles => Set<ReportProfile>();

    public DbSet<Inventory> Inventories => Set<Inventory>();

    public DbSet<ActivityLine> ActivityLines => Set<ActivityLine>();

    public DbSet<ActivityLineResult> ActivityLineResults => Set<ActivityLineResult>();

    public DbSet<ActivityLineGasResult> ActivityLineGasResults => Set<ActivityLineGasResult>();

    /// <summary>Per-inventory summary of the line results (sector, GPC sector, scope) that roll-ups read.</summary>
    public DbSet<InventoryTotal> InventoryTotals => Set<InventoryTotal>();

    public DbSet<SolidWasteSite> SolidWasteSites => Set<SolidWasteSite>();

    public DbSet<EmissionFactorEdition> EmissionFactorEditions => Set<EmissionFactorEdition>();

    public DbSet<EmissionFactor> EmissionFactors => Set<EmissionFactor>();

    public DbSet<GwpSet> GwpSets => Set<GwpSet>();

    public DbSet<SeedVersion> SeedVersions => Set<SeedVersion>();

    public DbSet<OrganisationMembership> OrganisationMemberships => Set<OrganisationMembership>();

    public DbSet<InventoryStatusChange> InventoryStatusChanges => Set<InventoryStatusChange>();

    public DbSet<InventoryComment> InventoryComments => Set<InventoryComment>();

    /// <summary>Append-only: the code adds entries and never updates or deletes them.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailOptOut> EmailOptOuts => Set<EmailOptOut>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<ReductionMeasure> ReductionMeasures => Set<ReductionMeasure>();

    /// <summary>Factor-edition uploads waiting for confirmation.</summary>
    public DbSet<PendingEditionRecord> PendingEditions => Set<PendingEditionRecord>();

    /// <summary>Verification bodies registered with TGO.</summary>
    public DbSet<VerificationBody> VerificationBodies => Set<VerificationBody>();

    /// <summary>Verifications of approved inventories, with their findings and statements.</summary>
    public DbSet<InventoryVerification> Verifications => Set<InventoryVerification>();

    public DbSet<Finding> VerificationFindings => Set<Finding>();

    public DbSet<VerificationStatement> VerificationStatements => Set<VerificationStatement>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(QuantityPrecision, QuantityScale);
        configurationBuilder.Properties<Unit>().HaveConversion<UnitConverter>().HaveMaxLength(16);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
    }
}

/// <summary>The SQLite context and migration set: the embedded default.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        SqliteDecimalScale.Apply(builder);
    }
}

/// <summary>The PostgreSQL context and migration set: production.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    /// <summary>Pages of line results filled to half: a recalculation rewrites every row of a page in one transaction, and
    /// with room beside each row the new version stays on its page (a heap-only update, no index entry written; ADR 0012).</summary>
    public const int LineResultsFillFactor = 50;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Domain.Inventory.ActivityLineResult>().HasStorageParameter("fillfactor", LineResultsFillFactor);
    }
}
