using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>
/// What one street paid in one month (or, for a year known only from its published totals, what the
/// district paid in the whole year): a line per subsidy, reviewed and locked by the district.
/// </summary>
public sealed class SubsidyReport
{
    /// <summary>Above any district's month: a typo guard, not a policy.</summary>
    public const long MaxPersonTimes = 10_000_000;

    public const int CommentMaxLength = 1000;

    public const int EditorMaxLength = 200;

    private readonly List<SubsidyLine> _lines = [];

    private SubsidyReport()
    {
    }

    private SubsidyReport(Guid fundYearId, int year, Guid? streetId, int? month)
    {
        Id = Ids.NewId();
        FundYearId = fundYearId;
        Year = year;
        StreetId = streetId;
        Month = month;
        Status = ReportStatus.Draft;
    }

    public Guid Id { get; private set; }

    public Guid FundYearId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The street reporting, or null for a district-wide total.</summary>
    public Guid? StreetId { get; private set; }

    /// <summary>The month 1–12, or null when the report covers the whole year.</summary>
    public int? Month { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>The manager's comment when returned, or the reason of the last unlock.</summary>
    public string? ReviewComment { get; private set; }

    public IReadOnlyList<SubsidyLine> Lines => _lines;

    public Guid Version { get; private set; } = Ids.NewVersion();

    /// <summary>
    /// The account (its sign-on id) that last entered figures or submitted the month: with separation of duties
    /// someone else approves it.
    /// </summary>
    public string? LastEditedBy { get; private set; }

    public Money Lottery => Sum(static line => line.Lottery);

    public Money Matching => Sum(static line => line.Matching);

    public bool IsLocked => Status == ReportStatus.Approved;

    /// <summary>The first day of the period the report covers; the rate table of this day applies.</summary>
    public DateOnly PeriodStart => new(Year, Month ?? 1, 1);

    public static Result<SubsidyReport> Create(FundYear fundYear, Guid? streetId, int? month, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fundYear);
        if (month is < 1 or > 12)
            return Result.Fail<SubsidyReport>(SubsidyMessages.MonthOutOfRange);
        var start = new DateOnly(fundYear.Year, month ?? 1, 1);
        if (start > today)
            return Result.Fail<SubsidyReport>(SubsidyMessages.FutureMonth(fundYear.Year, month));
        return Result.Ok(new SubsidyReport(fundYear.Id, fundYear.Year, streetId, month));
    }

    /// <summary>
    /// Enters one subsidy's figures. An amount per person-time outside the monthly rates is kept but
    /// flagged; the flag needs a comment before the report can be submitted.
    /// </summary>
    /// <param name="countedLotteryOfOtherReports">
    /// Lottery money of the year's other months that count (<see cref="StreetMonths.IsCounted"/>): what is
    /// left of the elderly block is the block less that, the same figure the totals page shows (rule 6).
    /// </param>
    /// <param name="editedBy">The account entering the figures (its sign-on id).</param>
    /// <param name="splitEstimated">The lottery/matching split is apportioned, not recorded (yearly totals only).</param>
    public Result<SubsidyLine> SetLine(
        string editedBy,
        SubsidyType type,
        long personTimes,
        Money lottery,
        Money matching,
        string? flagComment,
        FundYear fundYear,
        Money countedLotteryOfOtherReports,
        bool splitEstimated = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editedBy);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fundYear);
        if (fundYear.Id != FundYearId)
            throw new ArgumentException("The report belongs to another fund year.", nameof(fundYear));
        if (IsLocked)
            return Result.Fail<SubsidyLine>(SubsidyMessages.Locked);
        if (Status == ReportStatus.Submitted)
            return Result.Fail<SubsidyLine>(SubsidyMessages.AwaitingReview);
        if (personTimes < 0)
            return Result.Fail<SubsidyLine>(SubsidyMessages.PersonTimesNegative, Fields.PersonTimes);
        if (personTimes > MaxPersonTimes)
            return Result.Fail<SubsidyLine>(SubsidyMessages.PersonTimesTooLarge, Fields.PersonTimes);
        if (lottery.IsNegative || matching.IsNegative)
            return Result.Fail<SubsidyLine>(MoneyMessages.Negative, lottery.IsNegative ? Fields.Lottery : Fields.Matching);
        if (flagComment?.Trim().Length > CommentMaxLength)
            return Result.Fail<SubsidyLine>(SubsidyMessages.CommentTooLong, Fields.Comment);

        var existing = LineOf(type.Id);
        var lotteryAfter = Lottery - (existing?.Lottery ?? Money.Zero) + lottery;
        var fits = fundYear.CheckElderlyLottery(countedLotteryOfOtherReports, lotteryAfter);
        if (fits.IsFailure)
            return Result.Fail<SubsidyLine>(fits);

        var line = existing ?? new SubsidyLine(Id, type.Id);
        var comment = string.IsNullOrWhiteSpace(flagComment) ? null : flagComment.Trim();
        line.Set(personTimes, lottery, matching, IsOutsideRates(type, personTimes, lottery + matching), comment, splitEstimated);
        if (existing is null)
            _lines.Add(line);
        Touch(editedBy);
        return Result.Ok(line);
    }

    /// <summary>
    /// Whether the amount per person-time lies outside the lowest and highest monthly rate in force,
    /// compared exactly in fen: total &lt; lowest × person-times or total &gt; highest × person-times.
    /// Money without any person-time is always flagged.
    /// </summary>
    public bool IsOutsideRates(SubsidyType type, long personTimes, Money total)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (personTimes == 0)
            return !total.IsZero;
        if (type.MonthlyRangeOn(PeriodStart) is not { } rates)
            return true;
        return total.Fen < checked(rates.Lowest.Fen * personTimes) || total.Fen > checked(rates.Highest.Fen * personTimes);
    }

    public Result Submit(string submittedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submittedBy);
        if (Status is not (ReportStatus.Draft or ReportStatus.Returned))
            return Result.Fail(Status == ReportStatus.Approved ? SubsidyMessages.Locked : SubsidyMessages.AwaitingReview);
        if (_lines.Count == 0)
            return Result.Fail(SubsidyMessages.NothingToSubmit);
        if (_lines.Any(l => l.RateFlag && l.FlagComment is null))
            return Result.Fail(SubsidyMessages.FlagNeedsComment, Fields.Comment);
        Status = ReportStatus.Submitted;
        Touch(submittedBy);
        return Result.Ok();
    }

    public Result Return(string? comment)
    {
        if (Status != ReportStatus.Submitted)
            return Result.Fail(SubsidyMessages.NotSubmitted);
        if (string.IsNullOrWhiteSpace(comment))
            return Result.Fail(SubsidyMessages.ReturnNeedsComment, Fields.Comment);
        if (comment.Trim().Length > CommentMaxLength)
            return Result.Fail(SubsidyMessages.CommentTooLong, Fields.Comment);
        Status = ReportStatus.Returned;
        ReviewComment = comment.Trim();
        Touch();
        return Result.Ok();
    }

    /// <summary>
    /// Approving locks the report: street staff can no longer change it (rule 8). With
    /// <paramref name="separateDuties"/> (the district's setting, on by default) the account that last entered or
    /// submitted the figures cannot approve them: one person never enters, submits and approves the same month.
    /// </summary>
    public Result Approve(string approvedBy, bool separateDuties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        if (Status != ReportStatus.Submitted)
            return Result.Fail(SubsidyMessages.NotSubmitted);
        if (separateDuties && string.Equals(LastEditedBy, approvedBy, StringComparison.Ordinal))
            return Result.Fail(SubsidyMessages.ApproverIsLastEditor);
        Status = ReportStatus.Approved;
        ReviewComment = null;
        Touch();
        return Result.Ok();
    }

    /// <summary>Reopens an approved report; the reason stays on the report and in the audit trail.</summary>
    public Result Unlock(string? reason)
    {
        if (Status != ReportStatus.Approved)
            return Result.Fail(SubsidyMessages.NotLocked);
        if (string.IsNullOrWhiteSpace(reason))
            return Result.Fail(SubsidyMessages.UnlockNeedsReason, Fields.Reason);
        if (reason.Trim().Length > CommentMaxLength)
            return Result.Fail(SubsidyMessages.CommentTooLong, Fields.Reason);
        Status = ReportStatus.Returned;
        ReviewComment = SubsidyMessages.UnlockedPrefix + reason.Trim();
        Touch();
        return Result.Ok();
    }

    private SubsidyLine? LineOf(Guid subsidyTypeId)
    {
        foreach (var line in _lines)
        {
            if (line.SubsidyTypeId == subsidyTypeId)
                return line;
        }

        return null;
    }

    private void Touch() => Version = Ids.NewVersion();

    private void Touch(string editedBy)
    {
        LastEditedBy = editedBy.Length <= EditorMaxLength ? editedBy : editedBy[..EditorMaxLength];
        Touch();
    }

    /// <summary>A plain loop: an import asks each of thousands of months for its sums.</summary>
    private Money Sum(Func<SubsidyLine, Money> amount)
    {
        var total = Money.Zero;
        foreach (var line in _lines)
            total += amount(line);
        return total;
    }
}
