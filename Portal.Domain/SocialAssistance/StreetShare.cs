using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// The part of a project's or subproject's money given to one street (children's homes: 新街口 50 万元).
/// Street staff may charge spending only to their own street's shares.
/// </summary>
public sealed class StreetShare
{
    private StreetShare()
    {
    }

    internal StreetShare(Guid projectId, Guid? subprojectId, Guid streetId, Money amount, string? purpose)
    {
        Id = Ids.NewId();
        ProjectId = projectId;
        SubprojectId = subprojectId;
        StreetId = streetId;
        Amount = amount;
        Purpose = purpose;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The subproject the share is cut from, or null when it is cut from the project itself.</summary>
    public Guid? SubprojectId { get; private set; }

    public Guid StreetId { get; private set; }

    public Money Amount { get; internal set; }

    public string? Purpose { get; private set; }
}
