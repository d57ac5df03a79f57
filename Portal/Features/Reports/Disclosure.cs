namespace Portal.Features.Reports;

/// <summary>Open data of a fund year: every figure of the report with its unit, in a flat list.</summary>
public sealed record Disclosure(int Year, string Bureau, IReadOnlyList<DisclosureFigure> Figures);

/// <summary>One figure: what it belongs to, what it is, its value exactly as the portal holds it, and the unit.</summary>
public sealed record DisclosureFigure(string Item, string Measure, string Value, string Unit);
