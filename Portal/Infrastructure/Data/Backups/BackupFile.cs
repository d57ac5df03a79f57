namespace Portal.Infrastructure.Data.Backups;

/// <summary>A backup in the backup folder, as the 备份 page lists it.</summary>
public sealed record BackupFile(string Name, BackupKind Kind, DateTime TakenUtc, long Bytes)
{
    /// <summary>Beijing time, for the page.</summary>
    public DateTime TakenBeijing => BeijingTime.FromUtc(TakenUtc);

    /// <summary>The size as people read it: 12.3 MB, 456 KB.</summary>
    public string Size => Bytes switch
    {
        >= 1024 * 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Bytes / 1024d / 1024d:0.0} MB"),
        >= 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Bytes / 1024d:0} KB"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Bytes} B"),
    };
}
