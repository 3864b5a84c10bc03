using LowCarbonCity.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class ReportProfileConfiguration : IEntityTypeConfiguration<ReportProfile>
{
    public void Configure(EntityTypeBuilder<ReportProfile> builder)
    {
        builder.HasKey(p => p.OrganisationId);
        builder.Property(p => p.OrganisationId).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithOne().HasForeignKey<ReportProfile>(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        foreach (var text in new[]
        {
            nameof(ReportProfile.PreparerName), nameof(ReportProfile.PreparerPosition), nameof(ReportProfile.ContactPhone), nameof(ReportProfile.ContactEmail),
            nameof(ReportProfile.Signatory1Name), nameof(ReportProfile.Signatory1Position), nameof(ReportProfile.Signatory2Name),
            nameof(ReportProfile.Signatory2Position), nameof(ReportProfile.Signatory3Name), nameof(ReportProfile.Signatory3Position),
        })
        {
            builder.Property<string?>(text).HasMaxLength(ReportProfile.MaxTextLength);
        }

        builder.Property(p => p.LogoContentType).HasMaxLength(16);
        builder.Ignore(p => p.Signatories);
    }
}
