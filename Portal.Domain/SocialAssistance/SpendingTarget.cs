namespace Portal.Domain.SocialAssistance;

/// <summary>
/// What a spending entry is charged to inside a project: the project itself, one of its subprojects,
/// or a street share (whose subproject, if any, is carried along).
/// </summary>
public readonly record struct SpendingTarget(Guid? SubprojectId, Guid? StreetShareId)
{
    public static SpendingTarget Project => default;

    public static SpendingTarget Subproject(Guid subprojectId) => new(subprojectId, null);

    public static SpendingTarget Share(StreetShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return new SpendingTarget(share.SubprojectId, share.Id);
    }
}
