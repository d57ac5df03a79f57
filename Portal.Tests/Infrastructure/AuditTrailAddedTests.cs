using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Months an import writes in bulk are audited by <see cref="AuditTrail.Added"/>: the entry the change
/// tracker's save would write for them (one per month, its lines inside), and its JSON the text the
/// serializer writes for the same values.
/// </summary>
public sealed class AuditTrailAddedTests
{
    private const string Officer = "officer-xinjiekou";

    private const string Reviewer = "manager-district";

    private static readonly DateTime At = new(2026, 11, 26, 8, 30, 0, DateTimeKind.Utc);
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_month_written_without_the_tracker_gets_the_entries_a_save_writes_in_the_serializers_text()
    {
        await using var database = await TestDatabase.SeededAsync();
        await using var db = database.CreateDbContext();
        var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var street = (await db.Districts.Include(d => d.Streets).SingleAsync(TestContext.Current.CancellationToken)).Streets[0];
        var type = await db.SubsidyTypes.SingleAsync(t => t.Code == SubsidyType.AdvancedAgeCode, TestContext.Current.CancellationToken);
        var report = SubsidyReport.Create(year, street.Id, 3, new DateOnly(2026, 11, 26)).Value;
        Assert.True(report.SetLine(Officer, type, 10, Money.FromYuan(1_000), Money.FromYuan(500), "补发“一”月 \"含\" <调整>", year, Money.Zero).IsSuccess);
        db.SubsidyReports.Add(report);

        var tracked = AuditTrail.Describe(db.ChangeTracker, "导入 测试.csv", At);
        var reportType = db.Model.FindEntityType(typeof(SubsidyReport))!;
        var bulk = AuditTrail.Added(reportType, report, "导入 测试.csv", At);

        Assert.Equal(Shape(Assert.Single(tracked)), Shape(bulk));
        Assert.Equal(Serialized(reportType, report), bulk.After);
        Assert.Contains("\"FlagComment\":\"补发“一”月 \\\"含\\\" <调整>\"", bulk.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_line_is_carried_by_its_month_s_entry_by_subsidy_with_only_its_changed_columns()
    {
        await using var database = await TestDatabase.SeededAsync();
        await using var db = database.CreateDbContext();
        var (year, street, type, report) = await SavedMonthAsync(db);

        Assert.True(report.SetLine(Reviewer, type, 10, Money.FromYuan(1_000), Money.FromYuan(500), "补发", year, Money.Zero).IsSuccess);
        db.ChangeTracker.DetectChanges();
        var entry = Assert.Single(AuditTrail.Describe(db.ChangeTracker, Reviewer, At));

        Assert.Equal((nameof(SubsidyReport), "Modified", report.Id.ToString(), street.Id), (entry.Entity, entry.Action, entry.EntityId, entry.StreetId));
        Assert.Contains($"\"Lines\":{{\"{type.Id}\":{{\"FlagComment\":null}}}}", entry.Before, StringComparison.Ordinal);
        Assert.Contains($"\"Lines\":{{\"{type.Id}\":{{\"FlagComment\":\"补发\"}}}}", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_changed_alone_is_still_recorded_as_its_month_s_change()
    {
        await using var database = await TestDatabase.SeededAsync();
        await using var db = database.CreateDbContext();
        var (_, street, type, report) = await SavedMonthAsync(db);
        db.ChangeTracker.Clear();

        var line = await db.Set<SubsidyLine>().SingleAsync(l => l.ReportId == report.Id, TestContext.Current.CancellationToken);
        db.Entry(line).Property(nameof(SubsidyLine.PersonTimes)).CurrentValue = 11L;
        var entry = Assert.Single(AuditTrail.Describe(db.ChangeTracker, Reviewer, At));

        Assert.Equal((nameof(SubsidyReport), "Modified", report.Id.ToString(), street.Id), (entry.Entity, entry.Action, entry.EntityId, entry.StreetId));
        Assert.Equal($"{{\"Lines\":{{\"{type.Id}\":{{\"PersonTimes\":10}}}}}}", entry.Before);
        Assert.Equal($"{{\"Lines\":{{\"{type.Id}\":{{\"PersonTimes\":11}}}}}}", entry.After);
    }

    /// <summary>March of the seeded year for the first street, one 高龄津贴 line, saved.</summary>
    private static async Task<(FundYear Year, Street Street, SubsidyType Type, SubsidyReport Report)> SavedMonthAsync(PortalDbContext db)
    {
        db.Actor = "测试准备";
        var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var street = (await db.Districts.Include(d => d.Streets).SingleAsync(TestContext.Current.CancellationToken)).Streets[0];
        var type = await db.SubsidyTypes.SingleAsync(t => t.Code == SubsidyType.AdvancedAgeCode, TestContext.Current.CancellationToken);
        var report = SubsidyReport.Create(year, street.Id, 3, new DateOnly(2026, 11, 26)).Value;
        Assert.True(report.SetLine(Officer, type, 10, Money.FromYuan(1_000), Money.FromYuan(500), null, year, Money.Zero).IsSuccess);
        db.SubsidyReports.Add(report);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (year, street, type, report);
    }

    private static string Shape(AuditEntry entry) =>
        string.Join(" | ", entry.At.ToString("O"), entry.Actor, entry.Entity, entry.EntityId, entry.Action, entry.StreetId, entry.Before, entry.After);

    /// <summary>What System.Text.Json writes for the month's mapped values and its lines by subsidy, sorted by name, money in fen.</summary>
    private static string Serialized(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, SubsidyReport report)
    {
        var values = Values(type, report);
        var lineType = type.Model.FindEntityType(typeof(SubsidyLine))!;
        values["Lines"] = new SortedDictionary<string, object?>(report.Lines.ToDictionary(l => l.SubsidyTypeId.ToString(), l =>
        {
            var line = Values(lineType, l);
            line.Remove(nameof(SubsidyLine.ReportId));
            line.Remove(nameof(SubsidyLine.SubsidyTypeId));
            return (object?)line;
        }), StringComparer.Ordinal);
        return JsonSerializer.Serialize(values, Relaxed);
    }

    private static SortedDictionary<string, object?> Values(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object entity)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties())
        {
            var value = property.GetGetter().GetClrValue(entity);
            values[property.Name] = value is Money money ? money.Fen : value;
        }

        return values;
    }
}
