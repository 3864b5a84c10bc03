using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class PendingEditionConfiguration : IEntityTypeConfiguration<PendingEditionRecord>
{
    public void Configure(EntityTypeBuilder<PendingEditionRecord> builder)
    {
        builder.HasKey(p => p.Token);
        builder.Property(p => p.Token).HasMaxLength(32);
        builder.Property(p => p.UserId).HasMaxLength(450).IsRequired();
        builder.Property(p => p.HeaderJson).IsRequired();
        builder.Property(p => p.Csv).IsRequired();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(p => new { p.UserId, p.ExpiresAtUtc });
        builder.HasIndex(p => p.ExpiresAtUtc);
    }
}
