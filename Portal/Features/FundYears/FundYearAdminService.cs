using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy;
using Portal.Features.Figures;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.FundYears;

/// <summary>
/// Managers set up fund years: a new year with its blocks (and what the year before carries into it), its
/// report deadline and subsidy rates; and they correct what was typed: the blocks, the cut-off, the elderly
/// programme's texts and owners, or the whole year when nothing was recorded in it.
/// </summary>
public sealed class FundYearAdminService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    ReadAuthorizer reads,
    OperationAuthorizer authorizer)
{
    public const string YearRequired = "请填写年度，例如 2021。";
    public const string CutOffRequired = "请填写支出截止日期，例如 2022-02-28。";
    public const string DateRequired = "请填写执行日期，例如 2022-01-01。";
    public const string CycleDatesRequired = "请填写项目周期的开始和结束日期，例如 2021-01-01 和 2021-12-31。";

    public async Task<FormResult> CreateYearAsync(NewFundYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.CreateFundYear, null, $"FundYear/{year.Year}", cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = TypedInput.WholeNumber(year.Year);
        if (number is null)
            errors[FundYearFields.Year] = YearRequired;
        var received = Collect(Money.ParseWanYuan(year.ReceivedWanYuan), FundYearFields.Received, errors);
        var elderly = Collect(Money.ParseWanYuan(year.ElderlyBlockWanYuan), FundYearFields.ElderlyBlock, errors);
        var factor = Collect(Money.ParseWanYuan(year.FactorBlockWanYuan), FundYearFields.FactorBlock, errors);
        var cutOff = TypedInput.Date(year.CutOffDate);
        if (cutOff is null)
            errors[FundYearFields.CutOffDate] = CutOffRequired;
        if (errors.Count > 0)
            return FormResult.Invalid(errors);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        if (district is null)
            return FormResult.Refused(FundYearPageMessages.NotFound(number));
        if (await db.FundYears.AnyAsync(y => y.DistrictId == district.Id && y.Year == number, cancellationToken))
            return FormResult.Invalid(new Dictionary<string, string> { [FundYearFields.Year] = FundYearMessages.YearExists(number!.Value) });

        var created = FundYear.Create(district.Id, number!.Value, received, elderly, factor, cutOff!.Value);
        if (created.IsFailure)
            return FormResult.From(created);
        // What the year before carries over arrives as 上年结转, beside what the city sends.
        var carried = created.Value.ReceiveCarryIn(await CarryForward.IntoAsync(db, district.Id, number.Value, cancellationToken));
        if (carried.IsFailure)
            return FormResult.From(carried);
        db.Actor = authorized.Value.AuditName;
        db.FundYears.Add(created.Value);
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

    /// <summary>A year's settings as its edit page shows them; managers only.</summary>
    public async Task<PageData<FundYearSettings>> SettingsAsync(int year, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return await reads.RefuseAsync<FundYearSettings>(user, string.Create(CultureInfo.InvariantCulture, $"FundYear/{year}/settings"), AuthorizationMessages.ManagerOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await loader.LoadAsync(db, year, FundYearDetail.Headline, cancellationToken) is not { } loaded)
            return PageData.NotFound<FundYearSettings>(FundYearPageMessages.NotFound(year));
        var fundYear = loaded.Year;
        var paid = (await ElderlySums.OfYearAsync(db, fundYear.Id, cancellationToken)).CountedTotal.Lottery;
        var cycle = fundYear.ElderlyCycle ?? Cycle.OfYear(fundYear.Year);
        return PageData.Of(new FundYearSettings(
            fundYear.Id,
            fundYear.Year,
            fundYear.Version,
            new FundYearEdit(fundYear.Received.ToWanYuan(), fundYear.ElderlyBlock.ToWanYuan(), fundYear.FactorBlock.ToWanYuan(), Day(fundYear.CutOffDate)),
            new ElderlyProgrammeForm(fundYear.ElderlyDescription, Day(cycle.Start), Day(cycle.End), fundYear.ElderlyOutcome,
                fundYear.ElderlyOwners.Select(o => new OwnerForm(o.Name, o.Phone, o.ResponsibleFor)).ToList()),
            fundYear.CarriedIn,
            fundYear.Allocated + fundYear.TransferredToNextYear,
            paid,
            await WhyNotDeletableAsync(db, fundYear, cancellationToken)));
    }

    /// <summary>Corrects received, the two blocks and the cut-off, guarded by what is already arranged and paid.</summary>
    public async Task<FormResult> EditYearAsync(int year, FundYearEdit edit, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.EditFundYear, null, string.Create(CultureInfo.InvariantCulture, $"FundYear/{year}"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var received = Collect(Money.ParseWanYuan(edit.ReceivedWanYuan), FundYearFields.Received, errors);
        var elderly = Collect(Money.ParseWanYuan(edit.ElderlyBlockWanYuan), FundYearFields.ElderlyBlock, errors);
        var factor = Collect(Money.ParseWanYuan(edit.FactorBlockWanYuan), FundYearFields.FactorBlock, errors);
        var cutOff = TypedInput.Date(edit.CutOffDate);
        if (cutOff is null)
            errors[FundYearFields.CutOffDate] = CutOffRequired;
        if (errors.Count > 0)
            return FormResult.Invalid(errors);

        return await ChangeAsync(year, version, authorized.Value, async (db, fundYear) =>
        {
            var paid = (await ElderlySums.OfYearAsync(db, fundYear.Id, cancellationToken)).CountedTotal.Lottery;
            var money = fundYear.ChangeMoney(received, elderly, factor, paid);
            return money.IsFailure ? money : fundYear.ChangeCutOff(cutOff!.Value);
        }, cancellationToken);
    }

    /// <summary>The elderly programme's 项目主要内容, cycle, 完成情况 and owners, which part 一 of the report prints.</summary>
    public async Task<FormResult> DescribeElderlyAsync(int year, ElderlyProgrammeForm form, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.DescribeElderlyProgramme, null, string.Create(CultureInfo.InvariantCulture, $"FundYear/{year}/elderly"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        var start = TypedInput.Date(form.CycleStart);
        var end = TypedInput.Date(form.CycleEnd);
        if (start is null || end is null)
            return FormResult.Invalid(new Dictionary<string, string> { [FundYearFields.Cycle] = CycleDatesRequired });
        var cycle = Cycle.Create(CycleKind.Dates, start.Value, end.Value);
        if (cycle.IsFailure)
            return FormResult.From(cycle);
        var owners = form.Owners
            .Where(o => !string.IsNullOrWhiteSpace(o.Name) || !string.IsNullOrWhiteSpace(o.Phone) || !string.IsNullOrWhiteSpace(o.ResponsibleFor))
            .Select(o => new ProgrammeOwner(o.Name?.Trim() ?? string.Empty, Clean(o.Phone), Clean(o.ResponsibleFor)))
            .ToList();
        return await ChangeAsync(year, version, authorized.Value, (_, fundYear) =>
            Task.FromResult(fundYear.DescribeElderlyProgramme(Clean(form.Description), NamedCycle(cycle.Value, fundYear.Year), Clean(form.Outcome), owners)), cancellationToken);
    }

    /// <summary>Deletes a year created by mistake: one with no months, spending, transfers or published report, and no later year.</summary>
    public async Task<FormResult> DeleteYearAsync(int year, Guid version, CancellationToken cancellationToken = default)
    {
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.DeleteFundYear, null, string.Create(CultureInfo.InvariantCulture, $"FundYear/{year}"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        var fundYear = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.DistrictId == district!.Id && y.Year == year, cancellationToken);
        if (fundYear is null)
            return FormResult.Refused(FundYearPageMessages.NotFound(year));
        if (fundYear.Version != version)
            return FormResult.Refused(await db.ChangedByOthersAsync(nameof(FundYear), fundYear.Id, cancellationToken));
        if (await WhyNotDeletableAsync(db, fundYear, cancellationToken) is { } reason)
            return FormResult.Refused(reason);
        db.Actor = authorized.Value.AuditName;
        db.FundYears.Remove(fundYear);
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

    /// <summary>Why a year may not be deleted: a later year takes its carry-over, or something was recorded in it.</summary>
    private static async Task<string?> WhyNotDeletableAsync(PortalDbContext db, FundYear year, CancellationToken cancellationToken)
    {
        if (await db.FundYears.AnyAsync(y => y.DistrictId == year.DistrictId && y.Year == year.Year + 1, cancellationToken))
            return FundYearMessages.YearHasSuccessor(year.Year);
        var recorded = year.HasProjectRecords
            || await db.Set<Domain.SocialAssistance.Spending>().AnyAsync(s => db.Set<Domain.SocialAssistance.Project>().Any(p => p.Id == s.ProjectId && p.FundYearId == year.Id), cancellationToken)
            || await db.SubsidyReports.AnyAsync(r => r.FundYearId == year.Id, cancellationToken)
            || await db.PublishedReports.AnyAsync(r => r.FundYearId == year.Id, cancellationToken);
        return recorded ? FundYearMessages.YearHasRecords(year.Year) : null;
    }

    /// <summary>Load the year whole, check the version the page showed, change, and save with the next year's carry-in up to date.</summary>
    private async Task<FormResult> ChangeAsync(int year, Guid version, PortalUser user, Func<PortalDbContext, FundYear, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        var fundYear = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.DistrictId == district!.Id && y.Year == year, cancellationToken);
        if (fundYear is null)
            return FormResult.Refused(FundYearPageMessages.NotFound(year));
        if (fundYear.Version != version)
            return FormResult.Refused(await db.ChangedByOthersAsync(nameof(FundYear), fundYear.Id, cancellationToken));
        var changed = await change(db, fundYear);
        if (changed.IsFailure)
            return FormResult.From(changed);
        db.Actor = user.AuditName;
        return FormResult.From(await CarryForward.SaveAsync(db, fundYear, cancellationToken));
    }

    /// <summary>The elderly programme's cycle as the report writes it: a year when it is one, otherwise its dates.</summary>
    private static Cycle NamedCycle(Cycle dates, int year) =>
        dates.Start == new DateOnly(year, 1, 1) && dates.End == new DateOnly(year, 12, 31) ? Cycle.OfYear(year) : dates;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<FormResult> SetReportDeadlineDayAsync(int year, string? day, CancellationToken cancellationToken = default)
    {
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.SetReportDeadline, null, string.Create(CultureInfo.InvariantCulture, $"FundYear/{year}"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        if (TypedInput.WholeNumber(day) is not { } parsed)
            return FormResult.Invalid(new Dictionary<string, string> { [FundYearFields.DeadlineDay] = FundYearMessages.DeadlineDayOutOfRange });

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        var fundYear = await db.FundYears.SingleOrDefaultAsync(y => y.DistrictId == district!.Id && y.Year == year, cancellationToken);
        if (fundYear is null)
            return FormResult.Refused(FundYearPageMessages.NotFound(year));
        var set = fundYear.SetReportDeadlineDay(parsed);
        if (set.IsFailure)
            return FormResult.From(set);
        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

    public async Task<FormResult> AddRateTableAsync(NewRateTable rates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.AddSubsidyRates, null, $"SubsidyType/{rates.SubsidyCode}", cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var effectiveFrom = TypedInput.Date(rates.EffectiveFrom);
        if (effectiveFrom is null)
            errors[FundYearFields.EffectiveFrom] = DateRequired;
        var levels = new List<RateLevel>();
        for (var i = 0; i < rates.Levels.Count; i++)
        {
            var (level, monthly) = rates.Levels[i];
            if (string.IsNullOrWhiteSpace(level) && string.IsNullOrWhiteSpace(monthly))
                continue;
            if (string.IsNullOrWhiteSpace(level))
                errors[FundYearFields.Level(i)] = SubsidyMessages.RateLevelNameRequired;
            var amount = Collect(Money.ParseYuan(monthly), FundYearFields.Monthly(i), errors);
            levels.Add(new RateLevel(level ?? string.Empty, amount));
        }

        if (errors.Count > 0)
            return FormResult.Invalid(errors);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var type = await db.SubsidyTypes.SingleOrDefaultAsync(t => t.Code == rates.SubsidyCode, cancellationToken);
        if (type is null)
            return FormResult.Refused(SubsidyRates.UnknownSubsidy(rates.SubsidyCode));
        var added = type.AddRateTable(effectiveFrom!.Value, levels);
        if (added.IsFailure)
            return FormResult.Refused(added.Error!);
        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

    private static Money Collect(Result<Money> parsed, string field, Dictionary<string, string> errors)
    {
        if (parsed.IsSuccess)
            return parsed.Value;
        errors[field] = parsed.Error!;
        return Money.Zero;
    }
}
