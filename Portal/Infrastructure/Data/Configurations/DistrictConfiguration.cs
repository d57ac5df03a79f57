using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>The organisation tree: a district and its streets.</summary>
internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>, IEntityTypeConfiguration<Street>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.BureauName).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.Streets).WithOne().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Streets).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<Street> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.DistrictId, s.Code }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Ignore(s => s.FullName);
    }
}
