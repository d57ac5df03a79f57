namespace Portal.Infrastructure.Data.Auditing;

/// <summary>The kinds of <see cref="SecurityEvent"/>, as stored, and their Chinese names.</summary>
public static class SecurityEventKind
{
    public const string SignIn = "SignIn";
    public const string SignOut = "SignOut";
    public const string Denied = "Denied";
    public const string DeniedRead = "DeniedRead";
    public const string BackupTaken = "BackupTaken";
    public const string BackupDownloaded = "BackupDownloaded";
    public const string Export = "Export";

    public static IReadOnlyList<string> All { get; } = [SignIn, SignOut, Denied, DeniedRead, BackupTaken, BackupDownloaded, Export];

    public static string Name(string kind) => kind switch
    {
        SignIn => "登录",
        SignOut => "退出",
        Denied => "拒绝的操作",
        DeniedRead => "拒绝的访问",
        BackupTaken => "备份",
        BackupDownloaded => "下载备份",
        Export => "导出",
        _ => kind,
    };
}
