using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class SolidWasteSiteConfiguration : IEntityTypeConfiguration<SolidWasteSite>
{
    public void Configure(EntityTypeBuilder<SolidWasteSite> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(s => s.Deposits, deposit =>
        {
            deposit.ToTable("waste_deposits");
            deposit.WithOwner().HasForeignKey(d => d.SiteId);
            deposit.HasKey(d => d.Id);
            deposit.HasIndex(d => new { d.SiteId, d.Year, d.WasteType }).IsUnique();
        });
        builder.Navigation(s => s.Deposits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
