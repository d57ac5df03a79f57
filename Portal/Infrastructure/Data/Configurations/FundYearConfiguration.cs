using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>The fund year aggregate: the year, its projects with everything under them, and transfers.</summary>
internal sealed class FundYearConfiguration
    : IEntityTypeConfiguration<FundYear>, IEntityTypeConfiguration<Project>, IEntityTypeConfiguration<Subproject>
{
    public void Configure(EntityTypeBuilder<FundYear> builder)
    {
        builder.HasKey(y => y.Id);
        builder.HasIndex(y => new { y.DistrictId, y.Year }).IsUnique();
        builder.HasOne<District>().WithMany().HasForeignKey(y => y.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.Ignore(y => y.Received);
        builder.Ignore(y => y.Allocated);
        builder.Ignore(y => y.TransferredToNextYear);
        builder.Ignore(y => y.Unallocated);
        builder.ComplexProperty(y => y.ElderlyCycle);
        builder.OwnsMany(y => y.ElderlyOwners, owner =>
        {
            owner.ToTable("ElderlyProgrammeOwners");
            owner.WithOwner().HasForeignKey("FundYearId");
            owner.Property<int>("Id");
            owner.HasKey("Id");
            owner.Property(o => o.Name).HasMaxLength(50);
            owner.Property(o => o.Phone).HasMaxLength(30);
            owner.Property(o => o.ResponsibleFor).HasMaxLength(100);
        });
        builder.HasMany(y => y.Projects).WithOne().HasForeignKey(p => p.FundYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(y => y.Transfers).WithOne().HasForeignKey(t => t.FundYearId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(y => y.Projects).AutoInclude();
        builder.Navigation(y => y.Transfers).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Projects");
        builder.HasKey(p => p.Id);
        // Not unique: moving a project renumbers several rows in one save, which a unique index would refuse
        // midway; the fund year keeps the numbers 1…n itself.
        builder.HasIndex(p => new { p.FundYearId, p.Order });
        builder.Property(p => p.Name).HasMaxLength(ProjectDetails.NameMaxLength);
        builder.Property(p => p.Owner).HasMaxLength(ProjectDetails.OwnerMaxLength);
        builder.Property(p => p.OwnerPhone).HasMaxLength(ProjectDetails.PhoneMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Area).HasConversion<ProjectAreaToCodeConverter>().HasMaxLength(64);
        builder.ComplexProperty(p => p.Cycle);
        builder.ComplexProperty(p => p.Lag, lag => ConfigureLag(lag));
        builder.HasMany(p => p.Subprojects).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Shares).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Spendings).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Indicators).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Subprojects).AutoInclude();
        builder.Navigation(p => p.Shares).AutoInclude();
        builder.Navigation(p => p.Spendings).AutoInclude();
        builder.Navigation(p => p.Indicators).AutoInclude();
    }

    public void Configure(EntityTypeBuilder<Subproject> builder)
    {
        builder.ToTable("Subprojects");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.ProjectId, s.Order });
        builder.Property(s => s.Name).HasMaxLength(ProjectDetails.NameMaxLength);
        builder.Property(s => s.Owner).HasMaxLength(ProjectDetails.OwnerMaxLength);
        builder.Property(s => s.OwnerPhone).HasMaxLength(ProjectDetails.PhoneMaxLength);
        builder.ComplexProperty(s => s.Cycle);
        builder.ComplexProperty(s => s.Lag, lag => ConfigureLag(lag));
    }

    private static void ConfigureLag(ComplexPropertyBuilder<LagExplanation> lag)
    {
        lag.Property(l => l.Reason).HasMaxLength(LagExplanation.MaxLength);
        lag.Property(l => l.CorrectiveMeasure).HasMaxLength(LagExplanation.MaxLength);
    }
}
