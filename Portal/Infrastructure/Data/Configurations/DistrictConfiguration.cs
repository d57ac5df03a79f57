using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>The organisation tree: a district, its streets, its project areas and the frame of its report.</summary>
internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>, IEntityTypeConfiguration<Street>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.BureauName).HasMaxLength(District.NameMaxLength);
        builder.Property(d => d.FundName).HasMaxLength(District.FundNameMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.Streets).WithOne().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Streets).AutoInclude();
        builder.OwnsMany(d => d.ProjectAreas, area =>
        {
            area.ToTable("DistrictProjectAreas");
            area.WithOwner().HasForeignKey("DistrictId");
            area.Property<int>("Id");
            area.HasKey("Id");
            area.Property(a => a.Code).HasMaxLength(64);
            area.Property(a => a.Name).HasMaxLength(ProjectAreaDefinition.NameMaxLength);
            area.Ignore(a => a.Area);
        });
        builder.OwnsMany(d => d.Regulations, regulation =>
        {
            regulation.ToTable("DistrictReportRegulations");
            regulation.WithOwner().HasForeignKey("DistrictId");
            regulation.Property<int>("Id");
            regulation.HasKey("Id");
            regulation.Property(r => r.Title).HasMaxLength(ReportRegulation.TitleMaxLength);
        });
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
