namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>The data rows of an import file, or a message for the user (and then no rows).</summary>
public sealed record SubsidyFileReadResult(IReadOnlyList<SubsidyImportRow> Rows, string? Error)
{
    public bool Succeeded => Error is null;

    internal static SubsidyFileReadResult Fail(string error) => new([], error);
}
