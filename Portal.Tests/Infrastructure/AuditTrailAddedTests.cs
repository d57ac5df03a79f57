using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data.Auditing;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Rows an import writes in bulk are audited by <see cref="AuditTrail.Added"/>: the entries the change
/// tracker's save would write for them, and their JSON the text the serializer writes for the same values.
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
        var lineType = db.Model.FindEntityType(typeof(SubsidyLine))!;
        List<AuditEntry> bulk = [AuditTrail.Added(reportType, report, "导入 测试.csv", At), .. report.Lines.Select(l => AuditTrail.Added(lineType, l, "导入 测试.csv", At, report.StreetId))];

        Assert.Equal(tracked.Select(Shape).Order(), bulk.Select(Shape).Order());
        Assert.Equal(Serialized(reportType, report), bulk[0].After);
        Assert.Equal(Serialized(lineType, report.Lines[0]), bulk[1].After);
        Assert.Contains("\"FlagComment\":\"补发“一”月 \\\"含\\\" <调整>\"", bulk[1].After, StringComparison.Ordinal);
    }

    private static string Shape(AuditEntry entry) =>
        string.Join(" | ", entry.At.ToString("O"), entry.Actor, entry.Entity, entry.EntityId, entry.Action, entry.StreetId, entry.Before, entry.After);

    /// <summary>What System.Text.Json writes for the entity's mapped values, sorted by name, money in fen.</summary>
    private static string Serialized(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object entity)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties())
        {
            var value = property.GetGetter().GetClrValue(entity);
            values[property.Name] = value is Money money ? money.Fen : value;
        }

        return JsonSerializer.Serialize(values, Relaxed);
    }
}
