using LowCarbonCity.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Code).HasMaxLength(32).IsRequired();
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.NameTh).HasMaxLength(200).IsRequired();
        builder.Property(o => o.NameEn).HasMaxLength(200).IsRequired();
        builder.HasOne(o => o.Province).WithMany().HasForeignKey(o => o.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ProvinceId, o.Type });
        builder.HasMany(o => o.YearContexts).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.YearContexts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.KeepsInventories);
    }
}

internal sealed class OrganisationYearContextConfiguration : IEntityTypeConfiguration<OrganisationYearContext>
{
    public void Configure(EntityTypeBuilder<OrganisationYearContext> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.OrganisationId, c.Year }).IsUnique();
        // A roll-up reads one year's population and area of every organisation: an index-only scan (ADR 0011).
        builder.HasIndex(c => c.Year).IncludeProperties(c => new { c.OrganisationId, c.Population, c.AreaKm2 });
        builder.Property(c => c.AreaKm2).HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.QuantityScale);
    }
}
