namespace Portal.Infrastructure.Data;

/// <summary>Which provider this portal runs on, for the few features that differ (backups).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider);
