namespace Portal.Domain.SocialAssistance;

/// <summary>
/// What a fund year allows of new spending entries: dated up to its <paramref name="CutOff"/>, and, once its
/// report is published (<paramref name="PublishedEdition"/>, the latest version's number), only as an
/// explicit 更正 with a reason that the pre-publish check and the next version's history show.
/// </summary>
public sealed record SpendingWindow(DateOnly CutOff, int? PublishedEdition)
{
    public bool IsPublished => PublishedEdition is not null;
}
