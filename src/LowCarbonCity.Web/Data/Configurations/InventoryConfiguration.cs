using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class InventoryConfiguration : IEntityTypeConfiguration<Inventory>
{
    public void Configure(EntityTypeBuilder<Inventory> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganisationId, i.Year, i.Kind }).IsUnique();
        builder.HasIndex(i => new { i.Year, i.Status });
        // The roll-up's years scan (completeness and intensities) reads only these: an index-only scan (ADR 0011).
        builder.HasIndex(i => new { i.Kind, i.Year }).IncludeProperties(i => new { i.Status, i.OrganisationId });
        builder.HasOne<EmissionFactorEdition>().WithMany().HasForeignKey(i => i.FactorEditionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.GwpSetCode).HasMaxLength(16).IsRequired();
        builder.HasOne<GwpSet>().WithMany().HasForeignKey(i => i.GwpSetCode).OnDelete(DeleteBehavior.Restrict);
        // The app bumps Version on every change (Inventory.Touch); a stale save fails on both providers alike.
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InventoryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.IsLocked);
        builder.Ignore(i => i.IsEditable);
        builder.Ignore(i => i.IsPublic);
        // The public list reads published inventories only.
        builder.HasIndex(i => i.PublishedAt);
    }
}
