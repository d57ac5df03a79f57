namespace Portal.Infrastructure.Data;

/// <summary>
/// The "Database" section and <c>ConnectionStrings:Portal</c>, as the start-up check reads them
/// (<see cref="DatabaseOptionsCheck"/>). The provider itself is chosen while services are registered.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default) or <c>Postgres</c>.</summary>
    public string? Provider { get; set; }

    /// <summary><c>ConnectionStrings:Portal</c>; bound from there, not from this section.</summary>
    public string? ConnectionString { get; set; }
}
