namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Monthly figures from a CSV or XLSX export: first a preview with every row checked, then a commit that
/// writes all rows as drafts through the same domain rules as the grid, or nothing at all.
/// </summary>
public interface ISubsidyImportService
{
    Task<ImportPreview> PreviewAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    Task<FormResult> CommitAsync(Stream content, string fileName, CancellationToken cancellationToken = default);
}
