namespace Portal.Infrastructure.Data.Backups;

/// <summary>The "Portal:Backups" section.</summary>
public sealed class BackupOptions
{
    public const string Section = "Portal:Backups";

    /// <summary>Where backups are written; relative to the Portal folder unless rooted.</summary>
    public string Folder { get; set; } = "App_Data/backups";

    /// <summary>How many daily backups to keep; older ones are deleted. Manual backups never count here.</summary>
    public int Keep { get; set; } = 14;

    /// <summary>How many manual backups (taken on the 备份 page) to keep, apart from the daily ones.</summary>
    public int KeepManual { get; set; } = 10;

    /// <summary>Local time of day of the daily backup.</summary>
    public TimeOnly DailyAt { get; set; } = new(2, 0);

    /// <summary>Turns the daily backup off (tests, or a server backed up another way).</summary>
    public bool Daily { get; set; } = true;
}
