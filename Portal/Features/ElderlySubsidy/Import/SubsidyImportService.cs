using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy.Import;

public sealed partial class SubsidyImportService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    IReadAuthorizer reads,
    IOperationAuthorizer authorizer,
    TimeProvider clock,
    ILogger<SubsidyImportService> logger) : ISubsidyImportService
{
    public async Task<ImportPreview> PreviewAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (preview, _, _) = await CheckAsync(db, user, content, fileName, cancellationToken);
        return preview;
    }

    public async Task<FormResult> CommitAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        var resource = $"Import/{fileName}";

        // Who may import at all (an officer for their own street), before the file is even read.
        var allowed = await authorizer.AuthorizeAsync(PortalOperation.ImportSubsidyReports, user.IsManager ? null : user.StreetId ?? Guid.Empty, resource, cancellationToken);
        if (allowed.IsFailure)
            return FormResult.Refused(allowed.Error!);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (preview, rows, streetIds) = await CheckAsync(db, user, content, fileName, cancellationToken);
        if (preview.FileError is not null)
            return FormResult.Refused(preview.FileError);

        // Then every street the file names, so rows of another street are refused and logged as such.
        foreach (var streetId in streetIds)
        {
            var authorized = await authorizer.AuthorizeAsync(PortalOperation.ImportSubsidyReports, streetId, resource, cancellationToken);
            if (authorized.IsFailure)
                return FormResult.Refused(authorized.Error!);
        }

        if (!preview.CanCommit)
            return Refused(preview.Rows.SelectMany(r => r.Errors));
        db.Actor = allowed.Value.AuditName + " · 导入 " + (fileName.Length <= 80 ? fileName : fileName[..80] + "…");

        // All reports of the touched years are loaded, so each line is checked against the year's lottery
        // money including the other rows of this same file.
        var reports = new List<SubsidyReport>();
        foreach (var year in rows.Select(r => r.FundYear).DistinctBy(y => y.Id))
            reports.AddRange(await db.SubsidyReports.Where(r => r.FundYearId == year.Id).ToListAsync(cancellationToken));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var errors = new List<CellError>();
        foreach (var row in rows)
        {
            var report = reports.SingleOrDefault(r => r.FundYearId == row.FundYear.Id && r.StreetId == row.Street.Id && r.Month == row.Month);
            if (report is null)
            {
                var created = SubsidyReport.Create(row.FundYear, row.Street.Id, row.Month, today);
                if (created.IsFailure)
                {
                    errors.Add(new CellError(row.RowNumber, SubsidyImportColumns.Month, created.Error!));
                    continue;
                }

                report = created.Value;
                reports.Add(report);
                db.SubsidyReports.Add(report);
            }

            var others = Money.Sum(reports.Where(r => r.FundYearId == row.FundYear.Id && r.Id != report.Id).Select(r => r.Lottery));
            var set = report.SetLine(row.Type, row.PersonTimes, row.Lottery, row.Matching, row.Comment, row.FundYear, others);
            if (set.IsFailure)
                errors.Add(new CellError(row.RowNumber, ColumnOf(set.Error!), set.Error!));
        }

        if (errors.Count > 0)
            return Refused(errors);
        LogWriting(logger, rows.Count, fileName);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure)
            return FormResult.From(saved);
        await transaction.CommitAsync(cancellationToken);
        return FormResult.Saved();
    }

    /// <summary>Reads the file and checks every row against the database; returns the preview and the rows that passed.</summary>
    private async Task<(ImportPreview Preview, List<CheckedRow> Rows, HashSet<Guid> StreetIds)> CheckAsync(PortalDbContext db, PortalUser user, Stream content, string fileName, CancellationToken cancellationToken)
    {
        if (!user.IsManager && !(user.IsStreetStaff && user.StreetId is not null))
            return (new ImportPreview(AuthorizationMessages.Denied(user, OperationScope.ManagerOrOwnStreet), []), [], []);
        var file = await SubsidyFileReader.ReadAsync(content, fileName, cancellationToken);
        if (!file.Succeeded)
            return (new ImportPreview(file.Error, []), [], []);

        var district = await loader.DistrictAsync(db, cancellationToken);
        var streets = district?.Streets ?? [];
        var types = await db.SubsidyTypes.AsNoTracking().ToListAsync(cancellationToken);
        var years = district is null
            ? []
            : await db.FundYears.Where(y => y.DistrictId == district.Id).ToDictionaryAsync(y => y.Year, cancellationToken);
        var states = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.StreetId != null && r.Month != null)
            .Select(r => new { r.FundYearId, r.StreetId, r.Month, r.Status })
            .ToListAsync(cancellationToken);

        var preview = new List<PreviewRow>();
        var passed = new List<CheckedRow>();
        var seen = new Dictionary<(Guid, int, int, Guid), int>();
        var streetIds = new HashSet<Guid>();
        foreach (var row in file.Rows)
        {
            var errors = new List<CellError>();
            void Error(string column, string message) => errors.Add(new CellError(row.RowNumber, column, message));

            var street = streets.FirstOrDefault(s => Matches(row.Street, s.Name, s.FullName, s.Code));
            if (street is not null)
                streetIds.Add(street.Id);
            if (street is null)
                Error(SubsidyImportColumns.Street, ImportMessages.UnknownStreet(row.Street));
            else if (!user.IsManager && street.Id != user.StreetId)
                Error(SubsidyImportColumns.Street, ImportMessages.OwnStreetOnly);

            var yearNumber = TypedInput.WholeNumber(row.Year);
            FundYear? year = null;
            if (yearNumber is null)
                Error(SubsidyImportColumns.Year, ImportMessages.YearInvalid);
            else if (!years.TryGetValue(yearNumber.Value, out year))
                Error(SubsidyImportColumns.Year, ImportMessages.YearMissing(yearNumber.Value));

            var month = TypedInput.WholeNumber(row.Month);
            if (month is null or < 1 or > 12)
                Error(SubsidyImportColumns.Month, ImportMessages.MonthInvalid);

            var type = types.FirstOrDefault(t => Matches(row.Subsidy, t.Name, t.Code, ShortName(t)));
            if (type is null)
                Error(SubsidyImportColumns.Subsidy, ImportMessages.UnknownSubsidy(row.Subsidy));

            var personTimes = PersonTimesText.Parse(row.PersonTimes);
            if (personTimes.IsFailure)
                Error(SubsidyImportColumns.PersonTimes, personTimes.Error!);
            var lottery = Money.ParseYuan(row.LotteryYuan);
            if (lottery.IsFailure)
                Error(SubsidyImportColumns.LotteryYuan, lottery.Error!);
            var matching = Money.ParseYuan(row.MatchingYuan);
            if (matching.IsFailure)
                Error(SubsidyImportColumns.MatchingYuan, matching.Error!);
            if (row.Comment?.Length > SubsidyReport.CommentMaxLength)
                Error(SubsidyImportColumns.Comment, SubsidyMessages.CommentTooLong);

            if (street is not null && year is not null && month is >= 1 and <= 12 && type is not null)
            {
                if (seen.TryGetValue((street.Id, year.Year, month.Value, type.Id), out var first))
                    Error(SubsidyImportColumns.Subsidy, ImportMessages.Duplicate(first));
                else
                    seen[(street.Id, year.Year, month.Value, type.Id)] = row.RowNumber;
                if (states.Any(s => s.FundYearId == year.Id && s.StreetId == street.Id && s.Month == month && s.Status is ReportStatus.Submitted or ReportStatus.Approved))
                    Error(SubsidyImportColumns.Month, ImportMessages.Locked);
            }

            preview.Add(new PreviewRow(
                row.RowNumber,
                street?.FullName ?? row.Street,
                yearNumber,
                month,
                type?.Name ?? row.Subsidy,
                personTimes.IsSuccess ? personTimes.Value : null,
                lottery.IsSuccess ? lottery.Value : null,
                matching.IsSuccess ? matching.Value : null,
                errors));
            if (errors.Count == 0)
                passed.Add(new CheckedRow(row.RowNumber, street!, year!, month!.Value, type!, personTimes.Value, lottery.Value, matching.Value, row.Comment));
        }

        return (new ImportPreview(null, preview), passed, streetIds);
    }

    private static FormResult Refused(IEnumerable<CellError> errors) =>
        FormResult.Refused(ImportMessages.NothingImported + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(50)));

    private static string ColumnOf(string error) => error switch
    {
        SubsidyMessages.PersonTimesNegative or SubsidyMessages.PersonTimesTooLarge => SubsidyImportColumns.PersonTimes,
        SubsidyMessages.CommentTooLong => SubsidyImportColumns.Comment,
        SubsidyMessages.Locked or SubsidyMessages.AwaitingReview => SubsidyImportColumns.Month,
        _ => SubsidyImportColumns.LotteryYuan,
    };

    private static bool Matches(string? text, params string[] names)
    {
        var typed = TypedInput.Normalize(text);
        return typed.Length > 0 && names.Any(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The short names used in the report and in the city's exports: 高龄津贴, 失能补贴.</summary>
    private static string ShortName(SubsidyType type) => type.Code == SubsidyType.DisabilityCareCode ? "失能补贴" : type.Name;

    private sealed record CheckedRow(int RowNumber, Street Street, FundYear FundYear, int Month, SubsidyType Type, long PersonTimes, Money Lottery, Money Matching, string? Comment);

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Writing {Rows} imported rows of {File}")]
    private static partial void LogWriting(ILogger logger, int rows, string file);
}
