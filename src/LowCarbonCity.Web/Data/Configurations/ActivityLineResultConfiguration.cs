using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class ActivityLineResultConfiguration : IEntityTypeConfiguration<ActivityLineResult>
{
    public void Configure(EntityTypeBuilder<ActivityLineResult> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.LineId, r.Part }).IsUnique();
        builder.HasOne<ActivityLine>().WithMany().HasForeignKey(r => r.LineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Inventory>().WithMany().HasForeignKey(r => r.InventoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.InventoryId, r.Scope });
        builder.Property(r => r.GpcReference).HasMaxLength(16);
        builder.Property(r => r.Formula).HasMaxLength(8000).IsRequired();
        builder.Property(r => r.FactorEditionCode).HasMaxLength(64).IsRequired();
        builder.Property(r => r.GwpSetCode).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Convention).HasMaxLength(200);
        builder.HasMany(r => r.Gases).WithOne().HasForeignKey(g => g.ResultId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Gases).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActivityLineGasResultConfiguration : IEntityTypeConfiguration<ActivityLineGasResult>
{
    public void Configure(EntityTypeBuilder<ActivityLineGasResult> builder)
    {
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => g.ResultId);
        builder.Property(g => g.Gwp).HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.QuantityScale);
        builder.Property(g => g.FactorKgPerUnit).HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.FactorScale);
        builder.Property(g => g.FactorSource).HasMaxLength(1000);
    }
}
