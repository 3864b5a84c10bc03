using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.ActorUserId).HasMaxLength(450);
        builder.Property(n => n.Detail).HasMaxLength(Notification.MaxDetailLength);
        builder.Property(n => n.Link).HasMaxLength(300).IsRequired();
        // The bell counts a user's unread ones; the list pages through a user's newest.
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.Id });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Inventory.Inventory>().WithMany().HasForeignKey(n => n.InventoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmailOptOutConfiguration : IEntityTypeConfiguration<EmailOptOut>
{
    public void Configure(EntityTypeBuilder<EmailOptOut> builder)
    {
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.UserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.MessageId).IsUnique();
        builder.Property(o => o.ToAddress).HasMaxLength(256).IsRequired();
        builder.Property(o => o.ToName).HasMaxLength(200);
        builder.Property(o => o.Subject).HasMaxLength(OutboxEmail.MaxSubjectLength).IsRequired();
        builder.Property(o => o.TextBody).IsRequired();
        builder.Property(o => o.HtmlBody).IsRequired();
        builder.Property(o => o.LastError).HasMaxLength(OutboxEmail.MaxErrorLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        // The sender reads what is still to send, oldest first.
        builder.HasIndex(o => new { o.SentAt, o.FailedAt, o.Id });
    }
}
