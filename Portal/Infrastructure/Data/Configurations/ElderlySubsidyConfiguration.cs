using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>Subsidy types with their rate tables, and the street reports with their lines.</summary>
internal sealed class ElderlySubsidyConfiguration
    : IEntityTypeConfiguration<SubsidyType>, IEntityTypeConfiguration<SubsidyRate>, IEntityTypeConfiguration<SubsidyReport>, IEntityTypeConfiguration<SubsidyLine>
{
    public void Configure(EntityTypeBuilder<SubsidyType> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasMany(t => t.Rates).WithOne().HasForeignKey(r => r.SubsidyTypeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Rates).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<SubsidyRate> builder)
    {
        builder.ToTable("SubsidyRates");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.SubsidyTypeId, r.EffectiveFrom, r.Level }).IsUnique();
        builder.Property(r => r.Level).HasMaxLength(50);
    }

    public void Configure(EntityTypeBuilder<SubsidyReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<FundYear>().WithMany().HasForeignKey(r => r.FundYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Street>().WithMany().HasForeignKey(r => r.StreetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FundYearId, r.StreetId, r.Month }).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.ReviewComment).HasMaxLength(SubsidyReport.CommentMaxLength + 10);
        builder.Property(r => r.LastEditedBy).HasMaxLength(SubsidyReport.EditorMaxLength);
        builder.Ignore(r => r.Lottery);
        builder.Ignore(r => r.Matching);
        builder.Ignore(r => r.IsLocked);
        builder.Ignore(r => r.PeriodStart);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<SubsidyLine> builder)
    {
        builder.ToTable("SubsidyLines");
        builder.HasKey(l => l.Id);
        builder.HasOne<SubsidyType>().WithMany().HasForeignKey(l => l.SubsidyTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ReportId, l.SubsidyTypeId }).IsUnique();
        builder.Property(l => l.FlagComment).HasMaxLength(SubsidyReport.CommentMaxLength);
        builder.Ignore(l => l.Total);
    }
}
