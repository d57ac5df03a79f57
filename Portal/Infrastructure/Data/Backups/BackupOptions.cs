namespace Portal.Infrastructure.Data.Backups;

/// <summary>The "Portal:Backups" section.</summary>
public sealed class BackupOptions
{
    public const string Section = "Portal:Backups";

    /// <summary>Where backups are written; relative to the Portal folder unless rooted.</summary>
    public string Folder { get; set; } = "App_Data/backups";

    /// <summary>How many daily backups to keep; older ones are deleted.</summary>
    public int Keep { get; set; } = 14;

    /// <summary>Local time of day of the daily backup.</summary>
    public TimeOnly DailyAt { get; set; } = new(2, 0);

    /// <summary>Turns the daily backup off (tests, or a server backed up another way).</summary>
    public bool Daily { get; set; } = true;
}
