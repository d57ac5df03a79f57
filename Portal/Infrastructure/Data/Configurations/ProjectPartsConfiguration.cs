using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>The rows under a project: street shares, spending, indicators and the year's transfers.</summary>
internal sealed class ProjectPartsConfiguration
    : IEntityTypeConfiguration<StreetShare>, IEntityTypeConfiguration<Spending>, IEntityTypeConfiguration<PerformanceIndicator>, IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<StreetShare> builder)
    {
        builder.ToTable("StreetShares");
        builder.HasKey(s => s.Id);
        builder.HasOne<Street>().WithMany().HasForeignKey(s => s.StreetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subproject>().WithMany().HasForeignKey(s => s.SubprojectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ProjectId, s.SubprojectId, s.StreetId }).IsUnique();
        builder.Property(s => s.Purpose).HasMaxLength(ProjectDetails.NameMaxLength);
    }

    public void Configure(EntityTypeBuilder<Spending> builder)
    {
        builder.ToTable("Spendings");
        builder.HasKey(s => s.Id);
        builder.HasOne<Subproject>().WithMany().HasForeignKey(s => s.SubprojectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StreetShare>().WithMany().HasForeignKey(s => s.StreetShareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ProjectId, s.Date });
        builder.Property(s => s.Note).HasMaxLength(ProjectDetails.NameMaxLength);
        builder.Property(s => s.Reason).HasMaxLength(Spending.ReasonMaxLength);
        // An entry is reversed at most once: the database holds that too, whatever two pages do at once.
        builder.HasOne<Spending>().WithMany().HasForeignKey(s => s.ReversalOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ReversalOfId).IsUnique();
        builder.HasOne<Spending>().WithMany().HasForeignKey(s => s.CorrectionOfId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.IsReversal);
        builder.Ignore(s => s.Target);
    }

    public void Configure(EntityTypeBuilder<PerformanceIndicator> builder)
    {
        builder.ToTable("PerformanceIndicators");
        builder.HasKey(i => i.Id);
        builder.HasOne<Subproject>().WithMany().HasForeignKey(i => i.SubprojectId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Name).HasMaxLength(ProjectDetails.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Ignore(i => i.IsMet);
    }

    public void Configure(EntityTypeBuilder<Transfer> builder)
    {
        builder.ToTable("Transfers");
        builder.HasKey(t => t.Id);
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.FromProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ToProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.ToNextYear);
    }
}
