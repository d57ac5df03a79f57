namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Monthly figures from a CSV or XLSX export: first a preview with every row checked, then a commit that
/// writes all rows as drafts through the same domain rules as the grid, or nothing at all.
/// </summary>
public interface ISubsidyImportService
{
    Task<ImportPreview> PreviewAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <param name="progress">Told how many rows are checked and written, for files of many thousand rows.</param>
    Task<FormResult> CommitAsync(Stream content, string fileName, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);
}
