using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class VerificationBodyConfiguration : IEntityTypeConfiguration<VerificationBody>
{
    public void Configure(EntityTypeBuilder<VerificationBody> builder)
    {
        builder.HasKey(b => b.OrganisationId);
        builder.Property(b => b.OrganisationId).ValueGeneratedNever();
        builder.HasOne(b => b.Organisation).WithOne().HasForeignKey<VerificationBody>(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.RegistrationNumber).HasMaxLength(VerificationBody.MaxRegistrationNumberLength).IsRequired();
        builder.HasIndex(b => b.RegistrationNumber).IsUnique();
    }
}

internal sealed class InventoryVerificationConfiguration : IEntityTypeConfiguration<InventoryVerification>
{
    public void Configure(EntityTypeBuilder<InventoryVerification> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // One verification per inventory: assigning again means changing this one.
        builder.HasIndex(v => v.InventoryId).IsUnique();
        builder.HasOne<Inventory>().WithMany().HasForeignKey(v => v.InventoryId).OnDelete(DeleteBehavior.Cascade);
        // A verifier's list: the inventories assigned to their body.
        builder.HasIndex(v => v.BodyOrganisationId);
        builder.HasOne<VerificationBody>().WithMany().HasForeignKey(v => v.BodyOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.AssignedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(v => v.CertifiedByUserId).HasMaxLength(450);
        builder.Property(v => v.MaterialityPercent).HasPrecision(9, 4);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.MisstatementFoundKg);
        builder.Ignore(v => v.UncorrectedMisstatementKg);
        builder.HasMany(v => v.Findings).WithOne().HasForeignKey(f => f.VerificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Findings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(v => v.Statement).WithOne().HasForeignKey<VerificationStatement>(s => s.VerificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasIndex(f => new { f.VerificationId, f.Number }).IsUnique();
        builder.Property(f => f.Text).HasMaxLength(Finding.MaxTextLength).IsRequired();
        builder.Property(f => f.RaisedByUserId).HasMaxLength(450).IsRequired();
        builder.Ignore(f => f.BlocksStatement);
        builder.HasMany(f => f.Responses).WithOne().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Responses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FindingResponseConfiguration : IEntityTypeConfiguration<FindingResponse>
{
    public void Configure(EntityTypeBuilder<FindingResponse> builder)
    {
        builder.ToTable("verification_finding_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(Finding.MaxTextLength);
        builder.Property(r => r.UserId).HasMaxLength(450).IsRequired();
    }
}

internal sealed class VerificationStatementConfiguration : IEntityTypeConfiguration<VerificationStatement>
{
    public void Configure(EntityTypeBuilder<VerificationStatement> builder)
    {
        builder.HasKey(s => s.VerificationId);
        builder.Property(s => s.Standard).HasMaxLength(VerificationStatement.MaxShortTextLength).IsRequired();
        builder.Property(s => s.OpinionText).HasMaxLength(VerificationStatement.MaxTextLength);
        builder.Property(s => s.SignatoryName).HasMaxLength(VerificationStatement.MaxShortTextLength).IsRequired();
        builder.Property(s => s.SignatoryTitle).HasMaxLength(VerificationStatement.MaxShortTextLength);
        builder.Property(s => s.MaterialityPercent).HasPrecision(9, 4);
        builder.Property(s => s.IssuedByUserId).HasMaxLength(450).IsRequired();
        builder.Ignore(s => s.TotalKg);
    }
}
