namespace Portal.Features.Reports;

/// <summary>
/// Open data of a fund year: every figure of the report with its unit, in a flat list, with the version it
/// belongs to and when that version was published (Beijing time, ISO 8601); a manager's live draft has
/// neither. The fields are documented in docs/open-data.md under <see cref="Schema"/>.
/// </summary>
public sealed record Disclosure(string Schema, int Year, string Bureau, int? Version, string? PublishedAt, IReadOnlyList<DisclosureFigure> Figures)
{
    public const string CurrentSchema = "fucai-disclosure/2";
}

/// <summary>One figure: what it belongs to, what it is, its value exactly as the portal holds it, and the unit.</summary>
public sealed record DisclosureFigure(string Item, string Measure, string Value, string Unit);
