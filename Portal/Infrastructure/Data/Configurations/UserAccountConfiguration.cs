using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data.Configurations;

/// <summary>The user directory: who signed in, their role, their street and whether they are disabled.</summary>
internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.ObjectId).IsUnique();
        builder.Property(a => a.ObjectId).HasMaxLength(100);
        builder.Property(a => a.Name).HasMaxLength(UserAccount.NameMaxLength);
        builder.Property(a => a.Email).HasMaxLength(UserAccount.EmailMaxLength);
        builder.Property(a => a.Role).HasMaxLength(UserAccount.RoleMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Street>().WithMany().HasForeignKey(a => a.StreetId).OnDelete(DeleteBehavior.Restrict);
    }
}
