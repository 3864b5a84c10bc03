using LowCarbonCity.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(2).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.NameTh).HasMaxLength(100).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(100).IsRequired();
    }
}
