using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Infrastructure.Data.Auditing;

/// <summary>
/// The clock a <see cref="PortalDbContext"/> stamps its audit entries with: the host's injected
/// <see cref="TimeProvider"/>, carried in the context's options so a pooled context has it as well. A context
/// opened without one (a command-line tool) uses the system clock.
/// </summary>
public static class AuditClock
{
    public static TBuilder UseAuditClock<TBuilder>(this TBuilder options, TimeProvider clock)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new Extension(clock));
        return options;
    }

    public static TimeProvider Of(IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.FindExtension<Extension>()?.Clock ?? TimeProvider.System;
    }

    private sealed class Extension(TimeProvider clock) : IDbContextOptionsExtension
    {
        private DbContextOptionsExtensionInfo? _info;

        public TimeProvider Clock { get; } = clock;

        public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services)
        {
        }

        public void Validate(IDbContextOptions options)
        {
        }

        /// <summary>Adds no EF services, so every clock shares EF's internal service provider.</summary>
        private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;

            public override string LogFragment => "AuditClock ";

            public override int GetServiceProviderHashCode() => 0;

            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
            {
            }
        }
    }
}
