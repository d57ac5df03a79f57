namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>How far a long import has come, for the page to show: rows checked, then rows written.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total)
{
    public const string Checking = "正在检查";
    public const string Writing = "正在写入";

    /// <summary>Reported every this many rows: often enough to move a bar, rarely enough to cost nothing.</summary>
    public const int Step = 5_000;

    public int Percent => Total == 0 ? 0 : (int)(100L * Done / Total);
}
