using Portal.Infrastructure.Settings;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>A backup folder, and a number of backups to keep that leaves at least one.</summary>
public sealed class BackupOptionsCheck : SettingsCheck<BackupOptions>
{
    private const int MostKept = 3650;

    protected override IEnumerable<string> Problems(BackupOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
            yield return $"{BackupOptions.Section}:Folder must name a folder for the backups (the default is App_Data/backups).";
        else if (options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            yield return $"{BackupOptions.Section}:Folder is not a usable path ('{options.Folder}').";
        if (options.Keep is < 1 or > MostKept)
            yield return $"{BackupOptions.Section}:Keep is how many daily backups to keep: from 1 to {MostKept} (it is {options.Keep}).";
        if (options.KeepManual is < 1 or > MostKept)
            yield return $"{BackupOptions.Section}:KeepManual is how many manual backups to keep: from 1 to {MostKept} (it is {options.KeepManual}).";
    }
}
