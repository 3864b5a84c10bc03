using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LowCarbonCity.Web.Data.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(t => t.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ProvinceId, t.ScopeKind, t.InventoryKind });
        // Coverage as comma-separated enum names ("Scope1,Scope2"): a short, readable column on both providers.
        builder.Property(t => t.Scopes).HasConversion(EnumList.Converter<EmissionScope>(), EnumList.Comparer<EmissionScope>()).HasMaxLength(64);
        builder.Property(t => t.Sectors).HasConversion(EnumList.Converter<CategoryGroup>(), EnumList.Comparer<CategoryGroup>()).HasMaxLength(512);
        builder.Property(t => t.ReductionValue).HasPrecision(AppDbContext.QuantityPrecision, AppDbContext.QuantityScale);
        // The app bumps Version on every change to the target or its measures; a stale save fails on both providers.
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasMany(t => t.Measures).WithOne().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Measures).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReductionMeasureConfiguration : IEntityTypeConfiguration<ReductionMeasure>
{
    public void Configure(EntityTypeBuilder<ReductionMeasure> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.DescriptionTh).HasMaxLength(ReductionMeasure.DescriptionMaxLength).IsRequired();
        builder.Property(m => m.DescriptionEn).HasMaxLength(ReductionMeasure.DescriptionMaxLength).IsRequired();
        builder.Property(m => m.ResponsibleOrganisation).HasMaxLength(ReductionMeasure.ResponsibleMaxLength).IsRequired();
        builder.Ignore(m => m.AchievedTonnesPerYear);
    }
}

/// <summary>A list of enum values stored as their names joined by commas.</summary>
internal static class EnumList
{
    public static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<T>, string> Converter<T>()
        where T : struct, Enum => new(
            v => string.Join(',', v.Select(x => x.ToString())),
            s => s.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => Enum.Parse<T>(x)).ToList());

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>()
        where T : struct, Enum => new(
            (a, b) => a!.SequenceEqual(b!),
            v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
            v => v.ToList());
}
