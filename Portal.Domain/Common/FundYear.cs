using Portal.Domain.SocialAssistance;

namespace Portal.Domain.Common;

/// <summary>
/// One district's welfare-lottery money for one year: what the city sent, split into the elderly block
/// (老年人津贴补贴) and the factor block (因素法分配), and the projects the factor block pays for. It guards
/// the factor block: project allocations and transfers always balance against it.
/// </summary>
public sealed class FundYear
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int DefaultReportDeadlineDay = 20;

    private readonly List<Project> _projects = [];
    private readonly List<Transfer> _transfers = [];
    private readonly List<ProgrammeOwner> _elderlyOwners = [];

    private FundYear()
    {
    }

    private FundYear(Guid districtId, int year, Money elderlyBlock, Money factorBlock, DateOnly cutOffDate)
    {
        Id = Ids.NewId();
        DistrictId = districtId;
        Year = year;
        ElderlyBlock = elderlyBlock;
        FactorBlock = factorBlock;
        CutOffDate = cutOffDate;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Municipal lottery money for elderly allowances; district matching money is not part of it.</summary>
    public Money ElderlyBlock { get; private set; }

    /// <summary>The lump sum allocated by formula and spread over projects.</summary>
    public Money FactorBlock { get; private set; }

    /// <summary>Received from the city: by construction the two blocks, so the parts always add up.</summary>
    public Money Received => ElderlyBlock + FactorBlock;

    /// <summary>
    /// 上年结转: what the previous fund year carried over at its cut-off (its projects' balances and the money
    /// it moved to this year), available beside <see cref="Received"/> to arrange anew. Kept up to date by
    /// <see cref="ReceiveCarryIn"/> whenever the previous year changes.
    /// </summary>
    public Money CarriedIn { get; private set; }

    /// <summary>The last day spending of this year's money is counted for the report (2020: 2021-02-28).</summary>
    public DateOnly CutOffDate { get; private set; }

    /// <summary>
    /// The number of the latest published version of the year's report; null until it is first published. From
    /// then on the year's spending changes only by an explicit 更正 (<see cref="SpendingWindow"/>).
    /// </summary>
    public int? PublishedEdition { get; private set; }

    /// <summary>What new spending entries of this year may be: dated up to the cut-off, and 更正 only once published.</summary>
    public SpendingWindow SpendingWindow => new(CutOffDate, PublishedEdition);

    /// <summary>
    /// Street reports of a month are due by this day of the next month (default the 20th, when the
    /// city's monthly cycle starts its review); later they are overdue.
    /// </summary>
    public int ReportDeadlineDay { get; private set; } = DefaultReportDeadlineDay;

    public string? ElderlyDescription { get; private set; }

    public Cycle? ElderlyCycle { get; private set; }

    public string? ElderlyOutcome { get; private set; }

    public IReadOnlyList<ProgrammeOwner> ElderlyOwners => _elderlyOwners;

    public IReadOnlyList<Project> Projects => _projects;

    public IReadOnlyList<Transfer> Transfers => _transfers;

    public Guid Version { get; private set; } = Ids.NewVersion();

    public Money Allocated => Money.Sum(_projects.Select(p => p.Allocation));

    public Money TransferredToNextYear => Money.Sum(_transfers.Where(t => t.ToNextYear).Select(t => t.Amount));

    /// <summary>
    /// The factor block and the money carried in that is neither given to a project nor moved to the next
    /// year; shown, never hidden.
    /// </summary>
    public Money Unallocated => FactorBlock + CarriedIn - Allocated - TransferredToNextYear;

    public static Result<FundYear> Create(Guid districtId, int year, Money received, Money elderlyBlock, Money factorBlock, DateOnly cutOffDate)
    {
        if (year is < FirstYear or > LastYear)
            return Result.Fail<FundYear>(FundYearMessages.YearOutOfRange(year), Fields.Year);
        var money = CheckBlocks(received, elderlyBlock, factorBlock);
        if (money.IsFailure)
            return Result.Fail<FundYear>(money);
        if (!CutOffFits(year, cutOffDate))
            return Result.Fail<FundYear>(FundYearMessages.CutOffOutOfRange(year), Fields.CutOffDate);
        return Result.Ok(new FundYear(districtId, year, elderlyBlock, factorBlock, cutOffDate));
    }

    public Project? FindProject(Guid id) => _projects.Find(p => p.Id == id);

    /// <summary>The city's notice gives received and its two blocks: none negative, and the blocks add up to it.</summary>
    private static Result CheckBlocks(Money received, Money elderlyBlock, Money factorBlock)
    {
        if (received.IsNegative)
            return Result.Fail(MoneyMessages.Negative, Fields.Received);
        if (elderlyBlock.IsNegative)
            return Result.Fail(MoneyMessages.Negative, Fields.ElderlyBlock);
        if (factorBlock.IsNegative)
            return Result.Fail(MoneyMessages.Negative, Fields.FactorBlock);
        return elderlyBlock + factorBlock != received
            ? Result.Fail(FundYearMessages.BlocksDoNotAddUp(received, elderlyBlock, factorBlock), Fields.Received)
            : Result.Ok();
    }

    /// <summary>The cut-off lies between the year's last day and the next year's last day.</summary>
    private static bool CutOffFits(int year, DateOnly cutOff) => cutOff >= new DateOnly(year, 12, 31) && cutOff <= new DateOnly(year + 1, 12, 31);

    /// <summary>
    /// The date the year's figures are read at when nobody chooses one: today while the year runs, its
    /// cut-off once it has closed (a closed year is never judged against today).
    /// </summary>
    /// <summary>Version <paramref name="edition"/> of the report was published: later spending is 更正 of it.</summary>
    internal void RecordPublication(int edition)
    {
        if (PublishedEdition is null || edition > PublishedEdition)
            PublishedEdition = edition;
    }

    public DateOnly ScheduleDate(DateOnly today) => today > CutOffDate ? CutOffDate : today;

    /// <summary>
    /// A project's money over time: its allocation as the year's transfers moved it, and its spending
    /// (the project's own entries, or the database's sums of them).
    /// </summary>
    public NodeLedger LedgerOf(Project project, IEnumerable<SpendingSum> spending)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new NodeLedger(project.Allocation, SpendingSum.OfProject(spending, project.Id), MovesOf(project.Id));
    }

    public NodeLedger LedgerOf(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return LedgerOf(project, project.SpendingSums());
    }

    /// <summary>What the projects held on a date: a transfer dated after it had not yet moved its money.</summary>
    public Money AllocatedAt(DateOnly asOf) =>
        Money.Sum(_projects.Select(p => p.Allocation - Money.Sum(MovesOf(p.Id).Where(m => m.Date > asOf).Select(m => m.Amount))));

    /// <summary>Money moved to the next fund year by transfers dated on or before a date.</summary>
    public Money TransferredToNextYearBy(DateOnly asOf) =>
        Money.Sum(_transfers.Where(t => t.ToNextYear && t.Date <= asOf).Select(t => t.Amount));

    /// <summary>
    /// The year's money at its cut-off, from what the street months counted paid out of the elderly block
    /// (<paramref name="countedElderlyLottery"/>) and the projects' spending (entries or the database's sums).
    /// </summary>
    public YearStatement Statement(Money countedElderlyLottery, IEnumerable<SpendingSum> spending)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var sums = spending as IReadOnlyCollection<SpendingSum> ?? spending.ToList();
        var allocated = AllocatedAt(CutOffDate);
        var spent = Money.Sum(_projects.Select(p => LedgerOf(p, sums).SpentBy(CutOffDate)));
        return new YearStatement(
            Received,
            CarriedIn,
            ElderlyBlock,
            countedElderlyLottery,
            FactorBlock,
            allocated,
            spent,
            TransferredToNextYearBy(CutOffDate),
            Unallocated);
    }

    /// <summary>
    /// What this year carries into the next at its cut-off (结余结转): the same figure as
    /// <see cref="YearStatement.CarriedOver"/>, from the whole aggregate.
    /// </summary>
    public Money CarriedOut() => Statement(Money.Zero, _projects.SelectMany(p => p.SpendingSums())).CarriedOver;

    /// <summary>
    /// Takes what the previous year carries over (<see cref="CarriedOut"/> of that year). Refused when it
    /// would leave less than this year has already arranged: the previous year's change must then wait until
    /// this year gives money back.
    /// </summary>
    public Result ReceiveCarryIn(Money carriedIn)
    {
        if (carriedIn.IsNegative)
            throw new ArgumentException("A carry-over is never negative.", nameof(carriedIn));
        var arranged = Allocated + TransferredToNextYear;
        if (FactorBlock + carriedIn < arranged)
            return Result.Fail(FundYearMessages.CarryInBelowArranged(Year, carriedIn, FactorBlock, arranged));
        if (carriedIn != CarriedIn)
        {
            CarriedIn = carriedIn;
            Touch();
        }

        return Result.Ok();
    }

    /// <summary>
    /// Corrects what the city's notice gave (received and its two blocks). The factor block and the money
    /// carried in must still cover what projects hold, and the elderly block what the counted months paid.
    /// </summary>
    public Result ChangeMoney(Money received, Money elderlyBlock, Money factorBlock, Money countedElderlyLottery)
    {
        var blocks = CheckBlocks(received, elderlyBlock, factorBlock);
        if (blocks.IsFailure)
            return blocks;
        var arranged = Allocated + TransferredToNextYear;
        if (factorBlock + CarriedIn < arranged)
            return Result.Fail(FundYearMessages.FactorBelowArranged(factorBlock, CarriedIn, arranged), Fields.FactorBlock);
        if (elderlyBlock < countedElderlyLottery)
            return Result.Fail(FundYearMessages.ElderlyBelowPaid(elderlyBlock, countedElderlyLottery), Fields.ElderlyBlock);
        ElderlyBlock = elderlyBlock;
        FactorBlock = factorBlock;
        Touch();
        return Result.Ok();
    }

    /// <summary>Moves the cut-off; refused when a payment already recorded would fall after it.</summary>
    public Result ChangeCutOff(DateOnly cutOff)
    {
        if (!CutOffFits(Year, cutOff))
            return Result.Fail(FundYearMessages.CutOffOutOfRange(Year), Fields.CutOffDate);
        var late = _projects.SelectMany(p => p.Spendings).Where(s => s.Date > cutOff).OrderBy(s => s.Date).FirstOrDefault();
        if (late is not null)
            return Result.Fail(FundYearMessages.CutOffBeforeSpending(cutOff, late.Date), Fields.CutOffDate);
        CutOffDate = cutOff;
        Touch();
        return Result.Ok();
    }

    /// <summary>Moves a project to a position (1 = first); the others close up, so the report numbers (一)(二)… in this order.</summary>
    public Result MoveProject(Guid projectId, int position)
    {
        var project = FindProject(projectId);
        if (project is null)
            return Result.Fail(ProjectMessages.ProjectNotFound);
        if (position < 1 || position > _projects.Count)
            return Result.Fail(ProjectMessages.PositionOutOfRange(_projects.Count), Fields.Position);
        var ordered = _projects.OrderBy(p => p.Order).Where(p => p.Id != projectId).ToList();
        ordered.Insert(position - 1, project);
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].Order = i + 1;
        Touch();
        return Result.Ok();
    }

    /// <summary>
    /// Removes a project entered by mistake, with its subprojects, shares and indicators; its allocation
    /// returns to what is unallocated. Refused once money was paid from it or moved to or from it.
    /// </summary>
    public Result RemoveProject(Guid projectId)
    {
        var project = FindProject(projectId);
        if (project is null)
            return Result.Fail(ProjectMessages.ProjectNotFound);
        if (project.HasSpending || _transfers.Any(t => t.FromProjectId == projectId || t.ToProjectId == projectId))
            return Result.Fail(ProjectMessages.ProjectHasRecords(project.Name));
        _projects.Remove(project);
        var order = 1;
        foreach (var rest in _projects.OrderBy(p => p.Order))
            rest.Order = order++;
        Touch();
        return Result.Ok();
    }

    /// <summary>Whether money was paid or moved in this year: such a year is never deleted.</summary>
    public bool HasProjectRecords => _transfers.Count > 0 || _projects.Any(p => p.HasSpending);

    /// <summary>
    /// The year people mean when they name none: the fund year of today's calendar year, else the latest
    /// one before it, else the earliest there is.
    /// </summary>
    public static int? Current(IEnumerable<int> years, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToList();
        if (list.Count == 0)
            return null;
        var past = list.Where(y => y <= today.Year).ToList();
        return past.Count > 0 ? past.Max() : list.Min();
    }

    /// <summary>
    /// What is left of the elderly block: the block less the lottery money of the months that count
    /// (<see cref="ElderlySubsidy.StreetMonths.IsCounted"/>). The totals page shows it and a save is refused against it.
    /// </summary>
    public Money ElderlyLeft(Money countedLottery) => ElderlyBlock - countedLottery;

    /// <summary>The day a street's report for <paramref name="month"/> is due: the deadline day of the next month.</summary>
    public DateOnly ReportDueDate(int month) => new DateOnly(Year, month, 1).AddMonths(1).AddDays(ReportDeadlineDay - 1);

    public Result SetReportDeadlineDay(int day)
    {
        if (day is < 1 or > 28)
            return Result.Fail(FundYearMessages.DeadlineDayOutOfRange, Fields.DeadlineDay);
        ReportDeadlineDay = day;
        Touch();
        return Result.Ok();
    }

    public Result DescribeElderlyProgramme(string? description, Cycle cycle, string? outcome, IEnumerable<ProgrammeOwner> owners)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(owners);
        var ownerList = owners.ToList();
        if (ownerList.Any(o => string.IsNullOrWhiteSpace(o.Name)))
            return Result.Fail(FundYearMessages.OwnerNameRequired, Fields.Owner);
        if (description?.Length > ProjectDetails.NarrativeMaxLength || outcome?.Length > ProjectDetails.NarrativeMaxLength)
            return Result.Fail(ProjectMessages.TooLong("说明", ProjectDetails.NarrativeMaxLength), description?.Length > ProjectDetails.NarrativeMaxLength ? Fields.Description : Fields.Outcome);
        ElderlyDescription = description?.Trim();
        ElderlyCycle = cycle;
        ElderlyOutcome = outcome?.Trim();
        _elderlyOwners.Clear();
        _elderlyOwners.AddRange(ownerList);
        Touch();
        return Result.Ok();
    }

    /// <summary>Adds a project to the end of the list, paid from the unallocated part of the factor block.</summary>
    public Result<Project> AddProject(ProjectArea area, ProjectDetails details, Money allocation)
    {
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validate();
        if (valid.IsFailure)
            return Result.Fail<Project>(valid);
        if (!area.IsValid)
            return Result.Fail<Project>(ProjectMessages.UnknownArea, Fields.Area);
        if (allocation.IsNegative)
            return Result.Fail<Project>(MoneyMessages.Negative, Fields.Allocation);
        if (_projects.Any(p => p.Name == valid.Value.Name))
            return Result.Fail<Project>(FundYearMessages.DuplicateProject(valid.Value.Name), Fields.Name);
        if (allocation > Unallocated)
            return Result.Fail<Project>(FundYearMessages.ExceedsFactorBlock(allocation, Unallocated), Fields.Allocation);

        var project = new Project(Id, _projects.Count + 1, area, valid.Value, allocation);
        _projects.Add(project);
        Touch();
        return Result.Ok(project);
    }

    public Result ChangeProjectAllocation(Guid projectId, Money newAllocation)
    {
        var project = FindProject(projectId);
        if (project is null)
            return Result.Fail(ProjectMessages.ProjectNotFound);
        if (newAllocation.IsNegative)
            return Result.Fail(MoneyMessages.Negative, Fields.Allocation);
        if (newAllocation < project.Committed)
            return Result.Fail(ProjectMessages.BelowCommitted(newAllocation, project.Committed), Fields.Allocation);
        var increase = newAllocation - project.Allocation;
        if (increase > Unallocated)
            return Result.Fail(FundYearMessages.ExceedsFactorBlock(increase, Unallocated), Fields.Allocation);

        project.SetAllocation(newAllocation);
        Touch();
        return Result.Ok();
    }

    /// <summary>
    /// Moves money that a project cannot use to another project, or to the next fund year when
    /// <paramref name="toProjectId"/> is null. Only money still free at the project can move.
    /// </summary>
    public Result<Transfer> Transfer(Guid fromProjectId, Guid? toProjectId, Money amount, DateOnly date, string? reason)
    {
        var from = FindProject(fromProjectId);
        if (from is null)
            return Result.Fail<Transfer>(ProjectMessages.ProjectNotFound);
        Project? to = null;
        if (toProjectId is { } toId)
        {
            to = FindProject(toId);
            if (to is null)
                return Result.Fail<Transfer>(ProjectMessages.ProjectNotFound, Fields.Target);
            if (to.Id == from.Id)
                return Result.Fail<Transfer>(ProjectMessages.TransferToSameProject, Fields.Target);
        }

        if (string.IsNullOrWhiteSpace(reason))
            return Result.Fail<Transfer>(ProjectMessages.TransferReasonRequired, Fields.Reason);
        if (reason.Trim().Length > ProjectDetails.NarrativeMaxLength)
            return Result.Fail<Transfer>(ProjectMessages.TooLong("调整原因", ProjectDetails.NarrativeMaxLength), Fields.Reason);
        if (amount.IsNegative || amount.IsZero)
            return Result.Fail<Transfer>(ProjectMessages.TransferMustBePositive, Fields.Amount);
        var available = from.Budget().Available;
        if (amount > available)
            return Result.Fail<Transfer>(ProjectMessages.TransferExceedsAvailable(amount, available), Fields.Amount);
        if (date.Year < Year || date > CutOffDate.AddYears(1))
            return Result.Fail<Transfer>(FundYearMessages.TransferDateOutOfRange(Year, CutOffDate.AddYears(1)), Fields.Date);

        from.SetAllocation(from.Allocation - amount);
        to?.SetAllocation(to.Allocation + amount);
        var transfer = new Transfer(Id, from.Id, to?.Id, amount, date, reason.Trim());
        _transfers.Add(transfer);
        Touch();
        return Result.Ok(transfer);
    }

    /// <summary>
    /// Rule 6: the lottery-funded elderly total of the year never exceeds the elderly block. The caller
    /// passes the lottery money of the year's other months that count and what this report would hold;
    /// only counted months can push the total over, so this is checked again when a month is submitted.
    /// </summary>
    public Result CheckElderlyLottery(Money countedElsewhere, Money proposed)
    {
        var left = ElderlyLeft(countedElsewhere);
        return proposed > left
            ? Result.Fail(FundYearMessages.ElderlyLotteryExceedsBlock(proposed, left, ElderlyBlock), Fields.Lottery)
            : Result.Ok();
    }

    /// <summary>Dated changes of a project's allocation: transfers in (positive) and out (negative).</summary>
    private IEnumerable<(DateOnly Date, Money Amount)> MovesOf(Guid projectId) =>
        _transfers.Where(t => t.ToProjectId == projectId).Select(t => (t.Date, t.Amount))
            .Concat(_transfers.Where(t => t.FromProjectId == projectId).Select(t => (t.Date, Money.Zero - t.Amount)));

    private void Touch() => Version = Ids.NewVersion();
}
