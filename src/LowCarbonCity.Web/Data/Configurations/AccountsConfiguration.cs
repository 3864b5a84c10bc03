using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class OrganisationMembershipConfiguration : IEntityTypeConfiguration<OrganisationMembership>
{
    public void Configure(EntityTypeBuilder<OrganisationMembership> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Role).HasMaxLength(32).IsRequired();
        builder.HasIndex(m => new { m.UserId, m.OrganisationId }).IsUnique();
        builder.HasIndex(m => m.OrganisationId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.EntityType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(16).IsRequired();
        builder.HasIndex(a => new { a.InventoryId, a.Id });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class InventoryStatusChangeConfiguration : IEntityTypeConfiguration<InventoryStatusChange>
{
    public void Configure(EntityTypeBuilder<InventoryStatusChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reason).HasMaxLength(InventoryStatusChange.MaxReasonLength);
        builder.HasIndex(c => new { c.InventoryId, c.At });
        builder.HasOne<Inventory>().WithMany().HasForeignKey(c => c.InventoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InventoryCommentConfiguration : IEntityTypeConfiguration<InventoryComment>
{
    public void Configure(EntityTypeBuilder<InventoryComment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(InventoryComment.MaxTextLength).IsRequired();
        builder.HasIndex(c => new { c.InventoryId, c.At });
        builder.HasOne<Inventory>().WithMany().HasForeignKey(c => c.InventoryId).OnDelete(DeleteBehavior.Cascade);
        // A line's comments stay on record when the line is deleted (the audit trail shows the line).
        builder.HasIndex(c => c.LineId);
        builder.HasOne<InventoryComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DataProtectionKeyRecordConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
        builder.Property(k => k.Xml).IsRequired();
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(ApiToken.MaxNameLength).IsRequired();
        builder.Property(t => t.Prefix).HasMaxLength(32).IsRequired();
        builder.Property(t => t.SecretHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Scopes).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.Prefix).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(32).IsRequired();
        builder.Property(i => i.OrganisationCodes).HasMaxLength(2000).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(i => i.UserId).HasMaxLength(450);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.OrganisationCodeList);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.FileName).HasMaxLength(EvidenceFile.MaxFileNameLength).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Content).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(450).IsRequired();
        builder.HasIndex(e => new { e.InventoryId, e.UploadedAt });
        builder.HasIndex(e => e.LineId);
        builder.HasOne<Inventory>().WithMany().HasForeignKey(e => e.InventoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActivityLine>().WithMany().HasForeignKey(e => e.LineId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UploadedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
