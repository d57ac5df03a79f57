namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// How many imports (a preview or a commit) run at once (<c>Portal:Import</c>). Each holds its file and every
/// row of it in memory, up to about 100 MB for a 100,000-row workbook, and reading and checking keep a core
/// busy: on the bureau's two-core server two at once keep the portal responsive, and one per user is all a
/// person can watch.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "Portal:Import";

    public int MaxConcurrent { get; set; } = 2;

    public int MaxPerUser { get; set; } = 1;
}
