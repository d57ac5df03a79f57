using Portal.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Telemetry;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Every lookup a row needs is a dictionary built once per file (streets, subsidies, locked months, the
/// year's reports and lottery total), so checking a row costs the same in a file of ten rows or of
/// 100,000. New street months are written by <see cref="NewReportWriter"/>; months that already exist
/// go through EF as every other change does. <see cref="ImportGate"/> limits how many run at once.
/// </summary>
public sealed partial class SubsidyImportService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    ReadAuthorizer reads,
    OperationAuthorizer authorizer,
    IAuthorizationService authorization,
    ImportGate gate,
    PortalMetrics metrics,
    TimeProvider clock,
    ILogger<SubsidyImportService> logger)
{
    private static readonly IReadOnlyList<CellError> NoErrors = [];
    private static readonly OperationRequirement ImportRequirement = new(PortalOperation.ImportSubsidyReports);

    public async Task<ImportPreview> PreviewAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        var (slot, busy) = gate.TryEnter(user.Id);
        if (slot is null)
            return new ImportPreview(busy, []);
        using var running = slot;
        var file = await SubsidyFileReader.ReadAsync(content, fileName, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (preview, _, _, _) = await CheckAsync(db, user, file, keepPreview: true, null, cancellationToken);
        return preview;
    }

    /// <param name="progress">Told how many rows are checked and written, for files of many thousand rows.</param>
    public async Task<FormResult> CommitAsync(Stream content, string fileName, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        var resource = $"Import/{fileName}";

        // Who may import at all (an officer for their own street), before the file is even read.
        var allowed = await authorizer.AuthorizeAsync(PortalOperation.ImportSubsidyReports, user.IsManager ? null : user.StreetId ?? Guid.Empty, resource, cancellationToken);
        if (allowed.IsFailure)
            return FormResult.Refused(allowed.Error!);
        var (slot, busy) = gate.TryEnter(user.Id);
        if (slot is null)
            return FormResult.Refused(busy!);
        using var running = slot;
        using var measured = metrics.MeasureImport(fileName);

        // Read before the write transaction: a 100,000-row workbook takes a second or two to parse,
        // and nobody else could save anything while the transaction holds the database's write lock.
        var file = await SubsidyFileReader.ReadAsync(content, fileName, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (preview, rowErrors, rows, streetIds) = await CheckAsync(db, user, file, keepPreview: false, progress, cancellationToken);
        if (preview.FileError is not null)
            return FormResult.Refused(preview.FileError);

        // Then every street the file names, so rows of another street are refused and logged as such. The
        // directory is read again for the first street only (a file names hundreds); the others are checked
        // against the same policy for the user it returned, and a refusal goes through the authorizer again
        // so that it is logged as every refusal is.
        PortalUser? current = null;
        foreach (var streetId in streetIds)
        {
            if (current is not null && (await authorization.AuthorizeAsync(current.Principal, new OperationTarget(current, streetId), ImportRequirement)).Succeeded)
                continue;
            var authorized = await authorizer.AuthorizeAsync(PortalOperation.ImportSubsidyReports, streetId, resource, cancellationToken);
            if (authorized.IsFailure)
                return FormResult.Refused(authorized.Error!);
            current = authorized.Value;
        }

        if (rowErrors.Count > 0)
            return Refused(rowErrors);
        db.Actor = allowed.Value.AuditName + " · 导入 " + (fileName.Length <= 80 ? fileName : fileName[..80] + "…");

        // All reports of the touched years are read once (inside the write lock). A line is checked against
        // what is left of the elderly block: the block less the months that count. The file's own rows are
        // drafts and count only once submitted, when they are checked again.
        var yearIds = rows.Select(r => r.FundYear.Id).Distinct().ToList();
        var existing = await db.SubsidyReports.Where(r => yearIds.Contains(r.FundYearId)).ToListAsync(cancellationToken);
        var reports = existing.Where(r => r.StreetId is not null && r.Month is not null)
            .ToDictionary(r => (r.FundYearId, r.StreetId!.Value, r.Month!.Value));
        var counted = yearIds.ToDictionary(id => id, id => Money.Sum(existing.Where(r => r.FundYearId == id && r.Status.IsCounted()).Select(r => r.Lottery)));
        var created = new List<SubsidyReport>();
        var today = clock.BeijingToday();
        var errors = new List<CellError>();
        foreach (var row in rows)
        {
            var key = (row.FundYear.Id, row.Street.Id, row.Month);
            if (!reports.TryGetValue(key, out var report))
            {
                var made = SubsidyReport.Create(row.FundYear, row.Street.Id, row.Month, today);
                if (made.IsFailure)
                {
                    errors.Add(new CellError(row.RowNumber, SubsidyImportColumns.Month, made.Error!));
                    continue;
                }

                report = made.Value;
                reports.Add(key, report);
                created.Add(report);
            }

            var set = report.SetLine(allowed.Value.Id, row.Type, row.PersonTimes, row.Lottery, row.Matching, row.Comment, row.FundYear, counted[row.FundYear.Id]);
            if (set.IsFailure)
                errors.Add(new CellError(row.RowNumber, ColumnOf(set), set.Error!));
        }

        if (errors.Count > 0)
            return Refused(errors);
        LogWriting(logger, rows.Count, fileName);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure)
            return FormResult.From(saved);
        await NewReportWriter.WriteAsync(db, created, db.Actor, clock.GetUtcNow().UtcDateTime,
            written => progress?.Report(new ImportProgress(ImportProgress.Writing, written, rows.Count)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        measured.Committed(rows.Count);
        return FormResult.Saved();
    }

    /// <summary>
    /// Checks every row of the file read against the database; returns the preview (its rows only when
    /// <paramref name="keepPreview"/>: a commit needs the errors alone), every error in row order, and the
    /// rows that passed.
    /// </summary>
    private async Task<(ImportPreview Preview, List<CellError> Errors, List<CheckedRow> Rows, HashSet<Guid> StreetIds)> CheckAsync(
        PortalDbContext db, PortalUser user, SubsidyFileReadResult file, bool keepPreview, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!user.IsManager && !(user.IsStreetStaff && user.StreetId is not null))
            return (new ImportPreview(AuthorizationMessages.Denied(user, OperationScope.ManagerOrOwnStreet), []), [], [], []);
        if (!file.Succeeded)
            return (new ImportPreview(file.Error, []), [], [], []);

        var district = await loader.DistrictAsync(db, cancellationToken);
        var streets = new NameLookup<Street>(district?.Streets.Select(s => (s, new[] { s.Name, s.FullName, s.Code })) ?? []);
        var types = new NameLookup<SubsidyType>((await db.SubsidyTypes.AsNoTracking().ToListAsync(cancellationToken)).Select(t => (t, new[] { t.Name, t.Code, ShortName(t) })));
        var years = district is null
            ? []
            : await db.FundYears.Where(y => y.DistrictId == district.Id).ToDictionaryAsync(y => y.Year, cancellationToken);
        var yearIds = years.Values.Select(y => y.Id).ToList();
        var locked = (await db.SubsidyReports.AsNoTracking()
            .Where(r => yearIds.Contains(r.FundYearId) && r.StreetId != null && r.Month != null && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved))
            .Select(r => new { r.FundYearId, StreetId = r.StreetId!.Value, Month = r.Month!.Value })
            .ToListAsync(cancellationToken))
            .Select(r => (r.FundYearId, r.StreetId, r.Month))
            .ToHashSet();
        var numbers = new Dictionary<string, int?>(StringComparer.Ordinal);
        int? WholeNumber(string? text)
        {
            if (text is null)
                return null;
            if (!numbers.TryGetValue(text, out var number))
                numbers.Add(text, number = TypedInput.WholeNumber(text));
            return number;
        }

        var preview = new List<PreviewRow>(keepPreview ? file.Rows.Count : 0);
        var allErrors = new List<CellError>();
        var passed = new List<CheckedRow>(file.Rows.Count);
        var seen = new Dictionary<(Guid, int, int, Guid), int>(file.Rows.Count);
        var streetIds = new HashSet<Guid>();
        var done = 0;
        foreach (var row in file.Rows)
        {
            List<CellError>? errors = null;
            void Error(string column, string message) => (errors ??= []).Add(new CellError(row.RowNumber, column, message));

            var street = streets.Find(row.Street);
            if (street is not null)
                streetIds.Add(street.Id);
            if (street is null)
                Error(SubsidyImportColumns.Street, ImportMessages.UnknownStreet(row.Street));
            else if (!user.IsManager && street.Id != user.StreetId)
                Error(SubsidyImportColumns.Street, ImportMessages.OwnStreetOnly);

            var yearNumber = WholeNumber(row.Year);
            FundYear? year = null;
            if (yearNumber is null)
                Error(SubsidyImportColumns.Year, ImportMessages.YearInvalid);
            else if (!years.TryGetValue(yearNumber.Value, out year))
                Error(SubsidyImportColumns.Year, ImportMessages.YearMissing(yearNumber.Value));

            var month = WholeNumber(row.Month);
            if (month is null or < 1 or > 12)
                Error(SubsidyImportColumns.Month, ImportMessages.MonthInvalid);

            var type = types.Find(row.Subsidy);
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
                if (!seen.TryAdd((street.Id, year.Year, month.Value, type.Id), row.RowNumber))
                    Error(SubsidyImportColumns.Subsidy, ImportMessages.Duplicate(seen[(street.Id, year.Year, month.Value, type.Id)]));
                if (locked.Contains((year.Id, street.Id, month.Value)))
                    Error(SubsidyImportColumns.Month, ImportMessages.Locked);
            }

            if (errors is not null)
                allErrors.AddRange(errors);
            if (keepPreview)
            {
                preview.Add(new PreviewRow(
                    row.RowNumber,
                    street?.FullName ?? row.Street,
                    yearNumber,
                    month,
                    type?.Name ?? row.Subsidy,
                    personTimes.IsSuccess ? personTimes.Value : null,
                    lottery.IsSuccess ? lottery.Value : null,
                    matching.IsSuccess ? matching.Value : null,
                    errors ?? NoErrors));
            }

            if (errors is null)
                passed.Add(new CheckedRow(row.RowNumber, street!, year!, month!.Value, type!, personTimes.Value, lottery.Value, matching.Value, row.Comment));
            if (++done % ImportProgress.Step == 0)
                progress?.Report(new ImportProgress(ImportProgress.Checking, done, file.Rows.Count));
        }

        return (new ImportPreview(null, preview), allErrors, passed, streetIds);
    }

    private static FormResult Refused(IEnumerable<CellError> errors) =>
        FormResult.Refused(ImportMessages.NothingImported + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(50)));

    /// <summary>The file's column a refusal is about: the domain's field, or the month for a month that can no longer change.</summary>
    private static string ColumnOf(Result refusal) => refusal.Field switch
    {
        Fields.PersonTimes => SubsidyImportColumns.PersonTimes,
        Fields.Comment => SubsidyImportColumns.Comment,
        Fields.Matching => SubsidyImportColumns.MatchingYuan,
        Fields.Lottery => SubsidyImportColumns.LotteryYuan,
        _ => SubsidyImportColumns.Month,
    };

    /// <summary>The short names used in the report and in the city's exports: 高龄津贴, 失能补贴.</summary>
    private static string ShortName(SubsidyType type) => type.Code == SubsidyType.DisabilityCareCode ? "失能补贴" : type.Name;

    private readonly record struct CheckedRow(int RowNumber, Street Street, FundYear FundYear, int Month, SubsidyType Type, long PersonTimes, Money Lottery, Money Matching, string? Comment);

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Writing {Rows} imported rows of {File}")]
    private static partial void LogWriting(ILogger logger, int rows, string file);
}
