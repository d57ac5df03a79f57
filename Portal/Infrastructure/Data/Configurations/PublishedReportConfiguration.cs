using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>Published report versions: one row per version, unique per year and number.</summary>
internal sealed class PublishedReportConfiguration : IEntityTypeConfiguration<PublishedReport>
{
    public void Configure(EntityTypeBuilder<PublishedReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<FundYear>().WithMany().HasForeignKey(r => r.FundYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FundYearId, r.Number }).IsUnique();
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.Property(r => r.OverrideReason).HasMaxLength(PublishedReport.OverrideReasonMaxLength);
    }
}
