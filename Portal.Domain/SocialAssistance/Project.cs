using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// A project paid from the factor block (因素法分配). It guards its own money: subprojects and street
/// shares never exceed what they are cut from, and spending never exceeds the node it is charged to.
/// Its allocation changes only through its <see cref="FundYear"/>, which guards the factor block.
/// </summary>
public sealed class Project
{
    private readonly List<Subproject> _subprojects = [];
    private readonly List<StreetShare> _shares = [];
    private readonly List<Spending> _spendings = [];
    private readonly List<PerformanceIndicator> _indicators = [];

    private Project()
    {
        Name = string.Empty;
        Cycle = Cycle.OfYear(2000);
        Area = ProjectArea.SocialAssistance;
    }

    internal Project(Guid fundYearId, int order, ProjectArea area, ProjectDetails details, Money allocation)
        : this()
    {
        Id = Ids.NewId();
        FundYearId = fundYearId;
        Order = order;
        Area = area;
        Allocation = allocation;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid FundYearId { get; private set; }

    /// <summary>Position in the year; the report numbers projects (一)、(二)… from it, so it is never typed.</summary>
    public int Order { get; internal set; }

    public ProjectArea Area { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public Cycle Cycle { get; private set; }

    /// <summary>The (adjusted) allocation: the original amount plus and minus recorded transfers.</summary>
    public Money Allocation { get; private set; }

    public string? Owner { get; private set; }

    public string? OwnerPhone { get; private set; }

    public ProjectStatus Status { get; private set; }

    public string? Outcome { get; private set; }

    public string? Problems { get; private set; }

    public string? CorrectiveMeasures { get; private set; }

    /// <summary>The manager's explanation of a lag (or of a year-end rate under 90%), shown in the report.</summary>
    public LagExplanation? Lag { get; private set; }

    public Guid Version { get; private set; } = Ids.NewVersion();

    public IReadOnlyList<Subproject> Subprojects => _subprojects;

    public IReadOnlyList<StreetShare> Shares => _shares;

    public IReadOnlyList<Spending> Spendings => _spendings;

    public IReadOnlyList<PerformanceIndicator> Indicators => _indicators;

    /// <summary>
    /// The project's money now, for the guards of every change: what is given on to subprojects and
    /// streets, and what is spent, whatever its date. Figures as of a date come from the ledgers instead.
    /// </summary>
    public BudgetLine Budget() => new(
        Allocation,
        Money.Sum(_subprojects.Select(s => s.Allocation)) + Money.Sum(_shares.Where(s => s.SubprojectId is null).Select(s => s.Amount)),
        SpentWhere(s => s.SubprojectId is null && s.StreetShareId is null),
        SpentWhere(_ => true));

    public BudgetLine SubprojectBudget(Guid subprojectId)
    {
        var subproject = FindSubproject(subprojectId) ?? throw new ArgumentException("Unknown subproject", nameof(subprojectId));
        return new BudgetLine(
            subproject.Allocation,
            Money.Sum(_shares.Where(s => s.SubprojectId == subprojectId).Select(s => s.Amount)),
            SpentWhere(s => s.SubprojectId == subprojectId && s.StreetShareId is null),
            SpentWhere(s => s.SubprojectId == subprojectId));
    }

    public BudgetLine ShareBudget(Guid shareId)
    {
        var share = FindShare(shareId) ?? throw new ArgumentException("Unknown share", nameof(shareId));
        var spent = SpentWhere(s => s.StreetShareId == shareId);
        return new BudgetLine(share.Amount, Money.Zero, spent, spent);
    }

    /// <summary>Every spending entry of the project as the ledgers read them.</summary>
    public IEnumerable<SpendingSum> SpendingSums() =>
        _spendings.Select(s => new SpendingSum(Id, s.SubprojectId, s.StreetShareId, s.Date, s.Amount));

    /// <summary>A subproject's money over time, from the given spending (the project's own entries, or the database's sums).</summary>
    public NodeLedger SubprojectLedger(Guid subprojectId, IEnumerable<SpendingSum> spending)
    {
        var subproject = FindSubproject(subprojectId) ?? throw new ArgumentException("Unknown subproject", nameof(subprojectId));
        return new NodeLedger(subproject.Allocation, SpendingSum.OfSubproject(spending, subprojectId));
    }

    public NodeLedger SubprojectLedger(Guid subprojectId) => SubprojectLedger(subprojectId, SpendingSums());

    /// <summary>A street share's money over time, from the given spending.</summary>
    public NodeLedger ShareLedger(Guid shareId, IEnumerable<SpendingSum> spending)
    {
        var share = FindShare(shareId) ?? throw new ArgumentException("Unknown share", nameof(shareId));
        return new NodeLedger(share.Amount, SpendingSum.OfShare(spending, shareId));
    }

    public NodeLedger ShareLedger(Guid shareId) => ShareLedger(shareId, SpendingSums());

    public Subproject? FindSubproject(Guid id) => _subprojects.Find(s => s.Id == id);

    public StreetShare? FindShare(Guid id) => _shares.Find(s => s.Id == id);

    public Result UpdateDetails(ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validate();
        if (valid.IsFailure)
            return valid;
        Apply(valid.Value);
        Touch();
        return Result.Ok();
    }

    public Result<Subproject> AddSubproject(ProjectDetails details, Money allocation)
    {
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validate();
        if (valid.IsFailure)
            return Result.Fail<Subproject>(valid);
        if (allocation.IsNegative)
            return Result.Fail<Subproject>(MoneyMessages.Negative, Fields.Allocation);
        if (_subprojects.Any(s => s.Name == valid.Value.Name))
            return Result.Fail<Subproject>(ProjectMessages.DuplicateSubproject(valid.Value.Name), Fields.Name);
        var available = Budget().Available;
        if (allocation > available)
            return Result.Fail<Subproject>(ProjectMessages.ExceedsProjectRemainder(allocation, available), Fields.Allocation);

        var subproject = new Subproject(Id, _subprojects.Count + 1, valid.Value, allocation);
        _subprojects.Add(subproject);
        Touch();
        return Result.Ok(subproject);
    }

    public Result UpdateSubprojectDetails(Guid subprojectId, ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var subproject = FindSubproject(subprojectId);
        if (subproject is null)
            return Result.Fail(ProjectMessages.SubprojectNotFound);
        var valid = details.Validate();
        if (valid.IsFailure)
            return valid;
        subproject.Apply(valid.Value);
        Touch();
        return Result.Ok();
    }

    public Result ChangeSubprojectAllocation(Guid subprojectId, Money newAllocation)
    {
        var subproject = FindSubproject(subprojectId);
        if (subproject is null)
            return Result.Fail(ProjectMessages.SubprojectNotFound);
        if (newAllocation.IsNegative)
            return Result.Fail(MoneyMessages.Negative, Fields.Allocation);

        var own = SubprojectBudget(subprojectId);
        var committed = own.AssignedToChildren + own.SpentDirectly;
        if (newAllocation < committed)
            return Result.Fail(ProjectMessages.BelowCommitted(newAllocation, committed), Fields.Allocation);
        var increase = newAllocation - subproject.Allocation;
        var available = Budget().Available;
        if (increase > available)
            return Result.Fail(ProjectMessages.ExceedsProjectRemainder(increase, available), Fields.Allocation);

        subproject.Allocation = newAllocation;
        Touch();
        return Result.Ok();
    }

    /// <summary>Gives part of the project's (or one subproject's) money to a street.</summary>
    public Result<StreetShare> ShareToStreet(Guid? subprojectId, Street street, Money amount, string? purpose)
    {
        ArgumentNullException.ThrowIfNull(street);
        if (amount.IsNegative || amount.IsZero)
            return Result.Fail<StreetShare>(ProjectMessages.ShareMustBePositive, Fields.Amount);
        if (purpose?.Trim().Length > ProjectDetails.NameMaxLength)
            return Result.Fail<StreetShare>(ProjectMessages.TooLong("用途", ProjectDetails.NameMaxLength), Fields.Purpose);

        BudgetLine parent;
        if (subprojectId is { } id)
        {
            if (FindSubproject(id) is null)
                return Result.Fail<StreetShare>(ProjectMessages.SubprojectNotFound);
            parent = SubprojectBudget(id);
        }
        else
        {
            parent = Budget();
        }

        if (_shares.Any(s => s.SubprojectId == subprojectId && s.StreetId == street.Id))
            return Result.Fail<StreetShare>(ProjectMessages.DuplicateShare(street.FullName), Fields.Street);
        if (amount > parent.Available)
            return Result.Fail<StreetShare>(ProjectMessages.ShareExceedsRemainder(amount, parent.Available), Fields.Amount);

        var share = new StreetShare(Id, subprojectId, street.Id, amount, string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim());
        _shares.Add(share);
        Touch();
        return Result.Ok(share);
    }

    /// <summary>
    /// Records a payment. It must fit what is still available at the node charged, and be dated from the
    /// start of the node's cycle to the year's cut-off: a late payment of a cycle that has ended counts until
    /// the cut-off, and what is unspent then is carried into the next fund year, where later payments belong.
    /// Once the year's report is published a payment is a 更正 of it and needs <paramref name="reason"/>.
    /// </summary>
    public Result<Spending> RecordSpending(SpendingTarget target, DateOnly date, Money amount, string? note, SpendingWindow window, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var amendment = CheckAmendment(window, reason);
        if (amendment.IsFailure)
            return Result.Fail<Spending>(amendment);
        var checkedEntry = CheckSpending(target, date, amount, note, window.CutOff, Money.Zero);
        if (checkedEntry.IsFailure)
            return Result.Fail<Spending>(checkedEntry);
        var spending = new Spending(Id, target, date, amount, CleanNote(note), reason: window.IsPublished ? reason!.Trim() : null, amendsEdition: window.PublishedEdition);
        _spendings.Add(spending);
        Touch();
        return Result.Ok(spending);
    }

    /// <summary>
    /// Undoes a payment by a reversal (冲销) with a reason: a new entry of the opposite amount on the
    /// original's date and node, so every total nets the two. An entry is reversed once; a reversal is never
    /// reversed (enter the payment again instead).
    /// </summary>
    public Result<Spending> ReverseSpending(Guid spendingId, string? reason, SpendingWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var original = _spendings.Find(s => s.Id == spendingId);
        var reversible = CheckReversal(original, reason);
        if (reversible.IsFailure)
            return Result.Fail<Spending>(reversible);
        var reversal = Reversal(original!, reason!, window);
        _spendings.Add(reversal);
        Touch();
        return Result.Ok(reversal);
    }

    /// <summary>
    /// 更正: reverses a payment and enters the right figure in one step, on the same node. The corrected entry
    /// is checked as a new payment would be, with the reversed amount already freed; if it does not fit,
    /// neither is recorded.
    /// </summary>
    public Result<Spending> CorrectSpending(Guid spendingId, string? reason, DateOnly date, Money amount, string? note, SpendingWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var original = _spendings.Find(s => s.Id == spendingId);
        var reversible = CheckReversal(original, reason);
        if (reversible.IsFailure)
            return Result.Fail<Spending>(reversible);
        var checkedEntry = CheckSpending(original!.Target, date, amount, note, window.CutOff, original.Amount);
        if (checkedEntry.IsFailure)
            return Result.Fail<Spending>(checkedEntry);

        _spendings.Add(Reversal(original, reason!, window));
        var corrected = new Spending(Id, original.Target, date, amount, CleanNote(note), correctionOf: original.Id, reason: reason!.Trim(), amendsEdition: window.PublishedEdition);
        _spendings.Add(corrected);
        Touch();
        return Result.Ok(corrected);
    }

    /// <summary>Whether an entry may be reversed: it exists, is a payment, was not reversed yet, and a reason is given.</summary>
    private Result CheckReversal(Spending? original, string? reason)
    {
        if (original is null)
            return Result.Fail(ProjectMessages.SpendingNotFound);
        if (original.IsReversal)
            return Result.Fail(ProjectMessages.ReversalCannotBeReversed);
        if (_spendings.Any(s => s.ReversalOfId == original.Id))
            return Result.Fail(ProjectMessages.AlreadyReversed);
        if (string.IsNullOrWhiteSpace(reason))
            return Result.Fail(ProjectMessages.ReversalNeedsReason, Fields.Reason);
        if (reason.Trim().Length > Spending.ReasonMaxLength)
            return Result.Fail(ProjectMessages.TooLong("冲销原因", Spending.ReasonMaxLength), Fields.Reason);
        return Result.Ok();
    }

    private Spending Reversal(Spending original, string reason, SpendingWindow window) =>
        new(Id, original.Target, original.Date, Money.Zero - original.Amount, original.Note, reversalOf: original.Id, reason: reason.Trim(), amendsEdition: window.PublishedEdition);

    /// <summary>A payment into a published year is a 更正 of the published figures: it says why.</summary>
    private static Result CheckAmendment(SpendingWindow window, string? reason)
    {
        if (window.PublishedEdition is not { } edition)
            return Result.Ok();
        if (string.IsNullOrWhiteSpace(reason))
            return Result.Fail(ProjectMessages.PublishedYearNeedsReason(edition), Fields.Reason);
        if (reason.Trim().Length > Spending.ReasonMaxLength)
            return Result.Fail(ProjectMessages.TooLong("更正原因", Spending.ReasonMaxLength), Fields.Reason);
        return Result.Ok();
    }

    /// <summary>
    /// The checks of a new payment at its node: positive, a note within bounds, a node that exists, a date in
    /// the node's cycle or up to the cut-off, and an amount within what is available there (plus
    /// <paramref name="freed"/>, money a reversal in the same step gives back to the node).
    /// </summary>
    private Result CheckSpending(SpendingTarget target, DateOnly date, Money amount, string? note, DateOnly cutOff, Money freed)
    {
        if (amount.IsNegative || amount.IsZero)
            return Result.Fail(ProjectMessages.SpendingMustBePositive, Fields.Amount);
        if (note?.Trim().Length > ProjectDetails.NameMaxLength)
            return Result.Fail(ProjectMessages.TooLong("说明", ProjectDetails.NameMaxLength), Fields.Note);

        BudgetLine node;
        Cycle cycle;
        if (target.StreetShareId is { } shareId)
        {
            var share = FindShare(shareId);
            if (share is null || share.SubprojectId != target.SubprojectId)
                return Result.Fail(ProjectMessages.ShareNotFound);
            node = ShareBudget(shareId);
            cycle = share.SubprojectId is { } parentId ? FindSubproject(parentId)!.Cycle : Cycle;
        }
        else if (target.SubprojectId is { } subprojectId)
        {
            var subproject = FindSubproject(subprojectId);
            if (subproject is null)
                return Result.Fail(ProjectMessages.SubprojectNotFound);
            node = SubprojectBudget(subprojectId);
            cycle = subproject.Cycle;
        }
        else
        {
            node = Budget();
            cycle = Cycle;
        }

        if (date < cycle.Start || date > cutOff)
            return Result.Fail(ProjectMessages.SpendingOutsideCycle(date, cycle, cutOff), Fields.Date);
        var available = node.Available + freed;
        if (amount > available)
            return Result.Fail(ProjectMessages.SpendingExceedsAvailable(amount, available), Fields.Amount);
        return Result.Ok();
    }

    private static string? CleanNote(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    public Result<PerformanceIndicator> AddIndicator(Guid? subprojectId, IndicatorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (subprojectId is { } id && FindSubproject(id) is null)
            return Result.Fail<PerformanceIndicator>(ProjectMessages.SubprojectNotFound);
        var valid = details.Validate();
        if (valid.IsFailure)
            return Result.Fail<PerformanceIndicator>(valid);
        var indicator = new PerformanceIndicator(Id, subprojectId, valid.Value);
        _indicators.Add(indicator);
        Touch();
        return Result.Ok(indicator);
    }

    /// <summary>Records why the project (or one subproject) lags and the corrective measure.</summary>
    public Result ExplainLag(Guid? subprojectId, string? reason, string? measure, DateOnly recordedOn)
    {
        if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(measure))
            return Result.Fail(ProjectMessages.LagNeedsReasonAndMeasure, string.IsNullOrWhiteSpace(reason) ? Fields.Reason : Fields.Measure);
        if (reason.Trim().Length > LagExplanation.MaxLength || measure.Trim().Length > LagExplanation.MaxLength)
            return Result.Fail(ProjectMessages.TooLong("原因和整改措施", LagExplanation.MaxLength), reason.Trim().Length > LagExplanation.MaxLength ? Fields.Reason : Fields.Measure);
        var explanation = new LagExplanation(reason.Trim(), measure.Trim(), recordedOn);
        if (subprojectId is { } id)
        {
            var subproject = FindSubproject(id);
            if (subproject is null)
                return Result.Fail(ProjectMessages.SubprojectNotFound);
            subproject.Lag = explanation;
        }
        else
        {
            Lag = explanation;
        }

        Touch();
        return Result.Ok();
    }

    /// <summary>Changes a street's share; it can neither fall below what the street already spent nor exceed what is free above it.</summary>
    public Result ChangeShare(Guid shareId, Money amount)
    {
        var share = FindShare(shareId);
        if (share is null)
            return Result.Fail(ProjectMessages.ShareNotFound);
        if (amount.IsNegative || amount.IsZero)
            return Result.Fail(ProjectMessages.ShareMustBePositive, Fields.Amount);
        var spent = ShareBudget(shareId).SpentInTotal;
        if (amount < spent)
            return Result.Fail(ProjectMessages.BelowCommitted(amount, spent), Fields.Amount);
        var parent = share.SubprojectId is { } parentId ? SubprojectBudget(parentId) : Budget();
        var increase = amount - share.Amount;
        if (increase > parent.Available)
            return Result.Fail(ProjectMessages.ShareExceedsRemainder(increase, parent.Available), Fields.Amount);
        share.Amount = amount;
        Touch();
        return Result.Ok();
    }

    /// <summary>Changes an indicator: its name, category, unit, target and what it achieved.</summary>
    public Result UpdateIndicator(Guid indicatorId, IndicatorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var indicator = _indicators.Find(i => i.Id == indicatorId);
        if (indicator is null)
            return Result.Fail(ProjectMessages.IndicatorNotFound);
        var valid = details.Validate();
        if (valid.IsFailure)
            return valid;
        indicator.Apply(valid.Value);
        Touch();
        return Result.Ok();
    }

    /// <summary>Moves a subproject to a position (1 = first); the others close up, so the numbering stays 1、2、3….</summary>
    public Result MoveSubproject(Guid subprojectId, int position)
    {
        var subproject = FindSubproject(subprojectId);
        if (subproject is null)
            return Result.Fail(ProjectMessages.SubprojectNotFound);
        if (position < 1 || position > _subprojects.Count)
            return Result.Fail(ProjectMessages.PositionOutOfRange(_subprojects.Count), Fields.Position);
        var ordered = _subprojects.OrderBy(s => s.Order).Where(s => s.Id != subprojectId).ToList();
        ordered.Insert(position - 1, subproject);
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].Order = i + 1;
        Touch();
        return Result.Ok();
    }

    /// <summary>
    /// Removes a subproject entered by mistake, with its street shares and indicators. Refused once anything
    /// was spent under it: money that was paid is corrected by reversal, never deleted.
    /// </summary>
    public Result RemoveSubproject(Guid subprojectId)
    {
        var subproject = FindSubproject(subprojectId);
        if (subproject is null)
            return Result.Fail(ProjectMessages.SubprojectNotFound);
        if (_spendings.Any(s => s.SubprojectId == subprojectId))
            return Result.Fail(ProjectMessages.SubprojectHasSpending(subproject.Name));
        _shares.RemoveAll(s => s.SubprojectId == subprojectId);
        _indicators.RemoveAll(i => i.SubprojectId == subprojectId);
        _subprojects.Remove(subproject);
        var order = 1;
        foreach (var rest in _subprojects.OrderBy(s => s.Order))
            rest.Order = order++;
        Touch();
        return Result.Ok();
    }

    /// <summary>Whether anything was ever paid from the project (reversed or not): such a project is never deleted.</summary>
    public bool HasSpending => _spendings.Count > 0;

    /// <summary>Records (or clears) what an indicator achieved.</summary>
    public Result RecordIndicatorAchieved(Guid indicatorId, decimal? achieved)
    {
        var indicator = _indicators.Find(i => i.Id == indicatorId);
        if (indicator is null)
            return Result.Fail(ProjectMessages.IndicatorNotFound);
        if (achieved < 0)
            return Result.Fail(ProjectMessages.IndicatorNegative, Fields.Achieved);
        indicator.Achieved = achieved;
        Touch();
        return Result.Ok();
    }

    public Result RemoveIndicator(Guid indicatorId)
    {
        var removed = _indicators.RemoveAll(i => i.Id == indicatorId);
        if (removed == 0)
            return Result.Fail(ProjectMessages.IndicatorNotFound);
        Touch();
        return Result.Ok();
    }

    /// <summary>How far the allocation may fall: what is already given on or spent here must stay covered.</summary>
    internal Money Committed
    {
        get
        {
            var budget = Budget();
            return budget.AssignedToChildren + budget.SpentDirectly;
        }
    }

    internal void SetAllocation(Money allocation)
    {
        Allocation = allocation;
        Touch();
    }

    private Money SpentWhere(Func<Spending, bool> predicate) =>
        Money.Sum(_spendings.Where(predicate).Select(s => s.Amount));

    private void Apply(ProjectDetails details)
    {
        Name = details.Name;
        Description = details.Description;
        Cycle = details.Cycle;
        Owner = details.Owner;
        OwnerPhone = details.OwnerPhone;
        Status = details.Status;
        Outcome = details.Outcome;
        Problems = details.Problems;
        CorrectiveMeasures = details.CorrectiveMeasures;
    }

    private void Touch() => Version = Ids.NewVersion();
}
