using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// The descriptive fields the public report prints for a project or subproject; money is not among
/// them because it only changes through allocations and transfers.
/// </summary>
public sealed record ProjectDetails(
    string Name,
    string? Description,
    Cycle Cycle,
    string? Owner,
    string? OwnerPhone,
    ProjectStatus Status,
    string? Outcome = null,
    string? Problems = null,
    string? CorrectiveMeasures = null)
{
    public const int NameMaxLength = 200;
    public const int OwnerMaxLength = 50;
    public const int PhoneMaxLength = 30;
    public const int NarrativeMaxLength = 8000;

    /// <summary>Checks the fields and returns them trimmed, empty text becoming null.</summary>
    public Result<ProjectDetails> Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
            return Result.Fail<ProjectDetails>(ProjectMessages.NameRequired, Fields.Name);
        if (Name.Trim().Length > NameMaxLength)
            return Result.Fail<ProjectDetails>(ProjectMessages.TooLong("项目名称", NameMaxLength), Fields.Name);
        if (Owner?.Trim().Length > OwnerMaxLength)
            return Result.Fail<ProjectDetails>(ProjectMessages.TooLong("项目负责人", OwnerMaxLength), Fields.Owner);
        if (OwnerPhone is not null && !IsPhone(OwnerPhone.Trim()))
            return Result.Fail<ProjectDetails>(ProjectMessages.InvalidPhone(OwnerPhone), Fields.Phone);
        foreach (var (label, text, field) in new[] { ("项目主要内容", Description, Fields.Description), ("完成情况及实际效果", Outcome, Fields.Outcome), ("存在问题", Problems, Fields.Details), ("整改措施", CorrectiveMeasures, Fields.Details) })
        {
            if (text?.Trim().Length > NarrativeMaxLength)
                return Result.Fail<ProjectDetails>(ProjectMessages.TooLong(label, NarrativeMaxLength), field);
        }

        if (!Enum.IsDefined(Status))
            return Result.Fail<ProjectDetails>(ProjectMessages.UnknownStatus, Fields.Status);
        ArgumentNullException.ThrowIfNull(Cycle);

        return Result.Ok(this with
        {
            Name = Name.Trim(),
            Description = Clean(Description),
            Owner = Clean(Owner),
            OwnerPhone = Clean(OwnerPhone),
            Outcome = Clean(Outcome),
            Problems = Clean(Problems),
            CorrectiveMeasures = Clean(CorrectiveMeasures),
        });
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsPhone(string phone) =>
        phone.Length is > 0 and <= PhoneMaxLength && phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '+' or '(' or ')');
}
