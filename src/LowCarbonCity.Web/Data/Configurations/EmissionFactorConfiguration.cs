using LowCarbonCity.Domain.Factors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class EmissionFactorEditionConfiguration : IEntityTypeConfiguration<EmissionFactorEdition>
{
    public void Configure(EntityTypeBuilder<EmissionFactorEdition> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.NameEn).HasMaxLength(200).IsRequired();
        builder.Property(e => e.NameTh).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Source).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.DefaultGwpSetCode).HasMaxLength(16).IsRequired();
        builder.HasMany(e => e.Factors).WithOne().HasForeignKey(f => f.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Factors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(e => e.Publications, publication =>
        {
            publication.ToTable("factor_publications");
            publication.WithOwner().HasForeignKey("EditionId");
            publication.Property<int>("Id");
            publication.HasKey("Id");
            publication.HasIndex("EditionId", nameof(FactorPublication.Key)).IsUnique();
            publication.Property(p => p.Key).HasMaxLength(FactorPublication.MaxKeyLength).IsRequired();
            publication.Property(p => p.CitationTh).HasMaxLength(FactorPublication.MaxCitationLength).IsRequired();
            publication.Property(p => p.CitationEn).HasMaxLength(FactorPublication.MaxCitationLength).IsRequired();
        });
        builder.Navigation(e => e.Publications).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EmissionFactorConfiguration : IEntityTypeConfiguration<EmissionFactor>
{
    public void Configure(EntityTypeBuilder<EmissionFactor> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Value).HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.FactorScale);
        builder.Property(f => f.Source).HasMaxLength(1000).IsRequired();
        builder.Property(f => f.Note).HasMaxLength(2000);
        builder.Property(f => f.PublicationKey).HasMaxLength(FactorPublication.MaxKeyLength);
        builder.HasIndex(f => new { f.EditionId, f.Category, f.Gas, f.PerUnit }).IsUnique();
        builder.Ignore(f => f.KgPerUnit);
    }
}

internal sealed class GwpSetConfiguration : IEntityTypeConfiguration<GwpSet>
{
    public void Configure(EntityTypeBuilder<GwpSet> builder)
    {
        builder.HasKey(g => g.Code);
        builder.Property(g => g.Code).HasMaxLength(16);
        builder.Property(g => g.NameEn).HasMaxLength(200).IsRequired();
        builder.Property(g => g.NameTh).HasMaxLength(200).IsRequired();
        builder.Property(g => g.Source).HasMaxLength(2000).IsRequired();
        builder.Property(g => g.SourceTh).HasMaxLength(2000).IsRequired();
        builder.OwnsMany(g => g.Values, value =>
        {
            value.ToTable("gwp_values");
            value.WithOwner().HasForeignKey("GwpSetCode");
            value.Property<int>("Id");
            value.HasKey("Id");
            value.HasIndex("GwpSetCode", nameof(GwpValue.Gas)).IsUnique();
            value.Property(v => v.Value).HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.FactorScale);
        });
        builder.Navigation(g => g.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SeedVersionConfiguration : IEntityTypeConfiguration<SeedVersion>
{
    public void Configure(EntityTypeBuilder<SeedVersion> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
