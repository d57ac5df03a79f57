using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.FundYears;

public sealed class FundYearAdminService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    IOperationAuthorizer authorizer) : IFundYearAdminService
{
    public const string YearRequired = "请填写年度，例如 2021。";
    public const string CutOffRequired = "请填写支出截止日期，例如 2022-02-28。";
    public const string DateRequired = "请填写执行日期，例如 2022-01-01。";

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
            return FormResult.Refused(created.Error!);
        db.Actor = authorized.Value.AuditName;
        db.FundYears.Add(created.Value);
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }

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
            return FormResult.Invalid(new Dictionary<string, string> { [FundYearFields.DeadlineDay] = set.Error! });
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
