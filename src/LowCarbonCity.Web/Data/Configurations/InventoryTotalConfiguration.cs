using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class InventoryTotalConfiguration : IEntityTypeConfiguration<InventoryTotal>
{
    public void Configure(EntityTypeBuilder<InventoryTotal> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Inventory>().WithMany().HasForeignKey(t => t.InventoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.InventoryId);
        // The national roll-up reads one kind and year range: this index finds its rows without touching the others.
        builder.HasIndex(t => new { t.Kind, t.Year, t.OrganisationId });
        // The roll-up filters on kind, years and reported statuses and reads only these columns: on PostgreSQL it is
        // answered from this index alone (an index-only scan; ADR 0011, docs/performance.md).
        builder.HasIndex(t => new { t.Kind, t.Year, t.Status })
            .IncludeProperties(t => new { t.OrganisationId, t.Sector, t.GpcSector, t.Scope, t.Co2eKg });
        builder.Property(t => t.GpcSector).HasMaxLength(16);
    }
}
