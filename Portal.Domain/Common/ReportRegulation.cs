namespace Portal.Domain.Common;

/// <summary>A regulation the district's public report cites (按照《…》要求), in the order it is cited.</summary>
public sealed record ReportRegulation(string Title, int Order)
{
    public const int TitleMaxLength = 100;
}
