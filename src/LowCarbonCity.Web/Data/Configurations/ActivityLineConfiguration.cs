using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class ActivityLineConfiguration : IEntityTypeConfiguration<ActivityLine>
{
    public void Configure(EntityTypeBuilder<ActivityLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasIndex(l => l.InventoryId);
        builder.Property(l => l.Description).HasMaxLength(ActivityLine.MaxTextLength);
        builder.Property(l => l.DataSource).HasMaxLength(ActivityLine.MaxTextLength);
        builder.Property(l => l.NotationExplanation).HasMaxLength(ActivityLine.MaxTextLength);
        builder.Property(l => l.ChangeExplanation).HasMaxLength(ActivityLine.MaxChangeExplanationLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        for (var month = 1; month <= 12; month++)
        {
            builder.Property<decimal?>($"M{month:00}").HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.QuantityScale);
        }

        builder.OwnsOne(l => l.CustomFactor, custom =>
        {
            custom.Property(c => c.Gas).HasColumnName("custom_factor_gas");
            custom.Property(c => c.KgPerUnit).HasColumnName("custom_factor_kg_per_unit")
                .HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.FactorScale);
            custom.Property(c => c.PerUnit).HasColumnName("custom_factor_per_unit");
            custom.Property(c => c.Justification).HasColumnName("custom_factor_justification").HasMaxLength(ActivityLine.MaxTextLength);
        });
        builder.HasOne<SolidWasteSite>().WithMany().HasForeignKey(l => l.SolidWasteSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.Quantity);
        builder.Ignore(l => l.MonthlyValues);
        builder.Ignore(l => l.Definition);
    }
}
