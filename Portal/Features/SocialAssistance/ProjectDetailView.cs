using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.SocialAssistance;

/// <summary>
/// Everything about one project that its page shows, with the form values to edit it: its budget now (what
/// is given on and still free, for the forms), and its money on the page's date and at the cut-off.
/// <see cref="PublishedEdition"/>: the year's latest published report version, after which a payment is a 更正
/// and the form asks why.
/// </summary>
public sealed record ProjectDetailView(
    Guid Id,
    Guid Version,
    int Year,
    int Order,
    string Number,
    ProjectForm Form,
    string CycleLabel,
    string StatusName,
    DateOnly CutOffDate,
    DateOnly AsOf,
    BudgetLine Budget,
    NodePosition OnDate,
    NodePosition AtCutOff,
    ScheduleCheck Schedule,
    LagExplanation? Lag,
    Money FactorUnallocated,
    IReadOnlyList<SubprojectView> Subprojects,
    IReadOnlyList<ShareView> Shares,
    IReadOnlyList<SpendingView> Spendings,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<TransferView> Transfers,
    IReadOnlyList<Choice> Streets,
    int ProjectCount,
    IReadOnlyList<Choice> OtherProjects,
    bool CanEdit,
    int? PublishedEdition)
{
    /// <summary>What the project's spending comes to, reversals netted.</summary>
    public Money SpendingTotal => Money.Sum(Spendings.Select(s => s.Amount));
}

public sealed record SubprojectView(
    Guid Id,
    string Number,
    ProjectForm Form,
    string CycleLabel,
    string StatusName,
    BudgetLine Budget,
    NodePosition OnDate,
    ScheduleCheck Schedule,
    LagExplanation? Lag);

public sealed record ShareView(Guid Id, Guid? SubprojectId, string? SubprojectName, string StreetName, Money Amount, NodePosition OnDate, string? Purpose);

/// <summary>An indicator as its row shows it, with the values its edit form starts with.</summary>
public sealed record IndicatorView(Guid Id, Guid? SubprojectId, string? SubprojectName, string Category, string Name, string Target, string Achieved, bool? IsMet, IndicatorForm Form);

/// <summary>A transfer as one project sees it: money out (negative) or in.</summary>
public sealed record TransferView(DateOnly Date, string Direction, string OtherSide, Money Amount, string Reason);

public sealed record Choice(string Value, string Label);
