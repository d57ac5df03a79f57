using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>
/// The one wording of the audit trail: every entry as a Chinese sentence (when in Beijing time, which street,
/// who, what, each changed field by its label from old to new, why), with money in the unit its page uses,
/// statuses by name and ids by what they point at. The 操作记录 page, every 修改记录 history and the export
/// all describe entries here; the stored JSON stays as it was written.
/// </summary>
public static partial class AuditDescriber
{
    private const int TextShown = 60;
    private const string Empty = "（空）";

    public static AuditRow Describe(AuditEntry entry, AuditNames names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        var before = AuditValues.Read(entry.Before).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var after = AuditValues.Read(entry.After).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var row = new RowValues(entry, before, after, names);

        var changes = new List<AuditChange>();
        var reasons = new List<string>();
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            if (name == MonthLines.Name && entry.Entity == "SubsidyReport")
                continue;
            var field = AuditFields.Of(entry.Entity, name);
            if (field.Kind == FieldKind.Hidden)
                continue;
            var old = before.TryGetValue(name, out var o) ? Show(o, field.Kind, names) : null;
            var now = after.TryGetValue(name, out var n) ? Show(n, field.Kind, names) : null;
            if (field.Kind == FieldKind.Reason)
            {
                if (now is not null && entry.Action != "Deleted")
                    reasons.Add(field.Label + "：" + now);
                continue;
            }

            if (entry.Action == "Added" && now is null)
                continue;
            if (old != now || entry.Action != "Modified")
                changes.Add(new AuditChange(field.Label, old, now));
        }

        changes.AddRange(LineChanges(entry, before, after, names));
        var at = BeijingTime.FromUtc(entry.At);
        var street = entry.StreetId is { } streetId ? names.Streets.GetValueOrDefault(streetId) : row.StreetOfRow();
        var actor = ActorName(entry.Actor);
        var subject = Subject(row);
        var action = ActionName(entry.Action);
        var reason = reasons.Count == 0 ? null : string.Join("；", reasons);
        var sentence = Sentence(at, street, actor, entry.Action, action, subject, changes, reason);
        return new AuditRow(at, actor, entry.Actor, entry.Entity, EntityName(entry.Entity), entry.EntityId, action, street, subject, changes, reason, sentence, entry.Before, entry.After);
    }

    /// <summary>
    /// The lines a month's entry carries (under <c>Lines</c>, by subsidy type id), each column labelled as a line's
    /// own and named by its subsidy: 高龄津贴 彩票公益金 由 … 改为 ….
    /// </summary>
    private static IEnumerable<AuditChange> LineChanges(AuditEntry entry, Dictionary<string, JsonElement> before, Dictionary<string, JsonElement> after, AuditNames names)
    {
        if (entry.Entity != "SubsidyReport")
            yield break;
        var old = Subsidies(before);
        var now = Subsidies(after);
        foreach (var subsidy in old.Keys.Union(now.Keys))
        {
            var name = Guid.TryParse(subsidy, out var type) && names.SubsidyTypes.TryGetValue(type, out var typeName) ? typeName : "津贴补贴";
            var oldLine = old.GetValueOrDefault(subsidy) ?? [];
            var newLine = now.GetValueOrDefault(subsidy) ?? [];
            foreach (var column in oldLine.Keys.Union(newLine.Keys).OrderBy(LineColumnOrder).ThenBy(c => c, StringComparer.Ordinal))
            {
                var field = AuditFields.Of("SubsidyLine", column);
                if (field.Kind is FieldKind.Hidden or FieldKind.Reason)
                    continue;
                var o = oldLine.TryGetValue(column, out var ov) ? Show(ov, field.Kind, names) : null;
                var n = newLine.TryGetValue(column, out var nv) ? Show(nv, field.Kind, names) : null;
                if (entry.Action == "Added" && n is null)
                    continue;
                if (o != n || entry.Action != "Modified")
                    yield return new AuditChange(name + " " + field.Label, o, n);
            }
        }
    }

    /// <summary>A line's columns in the order the monthly grid shows them.</summary>
    private static int LineColumnOrder(string column) => column switch
    {
        "PersonTimes" => 0,
        "Lottery" => 1,
        "Matching" => 2,
        "RateFlag" => 3,
        "FlagComment" => 4,
        "SplitEstimated" => 5,
        _ => 6,
    };

    /// <summary>The lines under <c>Lines</c>, by subsidy in stored order, each line's columns by name.</summary>
    private static Dictionary<string, Dictionary<string, JsonElement>> Subsidies(Dictionary<string, JsonElement> values)
    {
        var lines = new Dictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal);
        if (values.TryGetValue(MonthLines.Name, out var stored) && stored.ValueKind == JsonValueKind.Object)
        {
            foreach (var line in stored.EnumerateObject().Where(l => l.Value.ValueKind == JsonValueKind.Object))
                lines[line.Name] = line.Value.EnumerateObject().ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);
        }

        return lines;
    }

    /// <summary>What the bureau calls each kind of row.</summary>
    public static string EntityName(string entity) => entity switch
    {
        "FundYear" => "资金年度",
        "Project" => "项目",
        "Subproject" => "子项目",
        "StreetShare" => "街道分配",
        "Spending" => "支出",
        "Transfer" => "资金调整",
        "PerformanceIndicator" => "绩效指标",
        "SubsidyReport" => "津贴补贴月报",
        "SubsidyLine" => "津贴补贴明细",
        "SubsidyType" => "补贴类型",
        "SubsidyRate" => "发放标准",
        "UserAccount" => "用户账户",
        "PublishedReport" => "公开报告版本",
        "District" => "区",
        "Street" => "街道",
        "ProgrammeOwner" => "项目负责人",
        "DatabaseBackup" => "数据库备份",
        _ => entity,
    };

    public static string ActionName(string action) => action switch
    {
        "Added" => "新增",
        "Modified" => "修改",
        "Deleted" => "删除",
        "BackedUp" => "备份",
        "Downloaded" => "下载",
        _ => action,
    };

    /// <summary>An actor as stored, "name (sign-on id)", by name only: the id is for machines and the export.</summary>
    public static string ActorName(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var match = TrailingId().Match(actor);
        return match.Success ? match.Groups["name"].Value : actor;
    }

    /// <summary>
    /// A project's area as stored: its code (the district's list names it), or the number rows written before
    /// areas were the district's data carry.
    /// </summary>
    private static string AreaName(JsonElement value)
    {
        var code = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty(nameof(ProjectArea.Code), out var inner) => inner.GetString(),
            JsonValueKind.Number => value.TryGetInt32(out var number) && number == 1 ? ProjectArea.ChildProtection.Code : ProjectArea.SocialAssistance.Code,
            _ => null,
        };
        return code == ProjectArea.ChildProtection.Code ? "儿童保护" : code == ProjectArea.SocialAssistance.Code ? "社会救助" : code ?? value.GetRawText();
    }

    private static string Sentence(DateTime at, string? street, string actor, string storedAction, string action, string subject, List<AuditChange> changes, string? reason)
    {
        var text = new StringBuilder();
        text.Append(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(' ');
        if (street is not null)
            text.Append(street).Append(' ');
        text.Append(actor).Append(' ');
        if (storedAction == "Modified" && changes.Count > 0)
        {
            text.Append("将 ").Append(subject).Append(' ');
            text.AppendJoin("；", changes.Select(c => $"{c.Label} 由 {c.Old ?? Empty} 改为 {c.New ?? Empty}"));
        }
        else
        {
            text.Append(action).Append(' ').Append(subject);
            var shown = storedAction == "Deleted" ? changes.Select(c => (c.Label, Value: c.Old)) : changes.Select(c => (c.Label, Value: c.New));
            var values = shown.Where(c => c.Value is not null).Select(c => c.Label + " " + c.Value).ToList();
            if (values.Count > 0)
                text.Append('：').AppendJoin("，", values);
        }

        if (reason is not null)
            text.Append('（').Append(reason).Append('）');
        return text.ToString();
    }

    private static string Subject(RowValues row) => row.Entry.Entity switch
    {
        "FundYear" => row.Number("Year") is { } year ? $"{year}年度资金" : row.YearOfRow() is { } y ? $"{y}年度资金" : "资金年度",
        "Project" => $"项目“{row.Text("Name") ?? row.Names.Projects.GetValueOrDefault(row.Id) ?? "（已删除）"}”",
        "Subproject" => $"子项目“{row.Text("Name") ?? row.Names.Subprojects.GetValueOrDefault(row.Id) ?? "（已删除）"}”",
        "StreetShare" => ShareSubject(row),
        "Spending" => SpendingSubject(row),
        "Transfer" => TransferSubject(row),
        "PerformanceIndicator" => $"绩效指标“{row.Text("Name") ?? row.Names.Indicators.GetValueOrDefault(row.Id)?.Name ?? "（已删除）"}”",
        "SubsidyReport" => MonthSubject(row.Names.Reports.GetValueOrDefault(row.Id) ?? new MonthName(row.Guid("StreetId"), row.Number("Year") ?? 0, row.Number("Month"))) + " 月报",
        "SubsidyLine" => LineSubject(row),
        "SubsidyType" => $"补贴类型“{row.Text("Name") ?? row.Names.SubsidyTypes.GetValueOrDefault(row.Id) ?? "（已删除）"}”",
        "SubsidyRate" => (row.Guid("SubsidyTypeId") ?? row.Names.RateTypes.GetValueOrDefault(row.Id)) is { } type && row.Names.SubsidyTypes.TryGetValue(type, out var typeName)
            ? typeName + " 发放标准" : "发放标准",
        "UserAccount" => $"用户“{row.Text("Name") ?? row.Names.Users.GetValueOrDefault(row.Id) ?? "（已删除）"}”",
        "PublishedReport" => PublishedSubject(row),
        "ProgrammeOwner" => "老年人津贴补贴负责人",
        "DatabaseBackup" => "数据库备份 " + (row.Text("File") ?? row.Entry.EntityId),
        _ => EntityName(row.Entry.Entity),
    };

    private static string ShareSubject(RowValues row)
    {
        var known = row.Names.Shares.GetValueOrDefault(row.Id);
        var street = (row.Guid("StreetId") ?? known?.StreetId) is { } s ? row.Names.Streets.GetValueOrDefault(s) : null;
        var part = (row.Guid("SubprojectId") ?? known?.SubprojectId) is { } sub ? row.Names.Subprojects.GetValueOrDefault(sub)
            : (row.Guid("ProjectId") ?? known?.ProjectId) is { } project ? row.Names.Projects.GetValueOrDefault(project) : null;
        return $"{part ?? "项目"} {street ?? ""}分配".Replace("  ", " ", StringComparison.Ordinal);
    }

    private static string SpendingSubject(RowValues row)
    {
        var known = row.Names.Spendings.GetValueOrDefault(row.Id);
        var project = (row.Guid("SubprojectId") ?? known?.SubprojectId) is { } sub ? row.Names.Subprojects.GetValueOrDefault(sub)
            : (row.Guid("ProjectId") ?? known?.ProjectId) is { } p ? row.Names.Projects.GetValueOrDefault(p) : null;
        return $"{project ?? "项目"} 支出";
    }

    private static string TransferSubject(RowValues row)
    {
        var known = row.Names.Transfers.GetValueOrDefault(row.Id);
        var from = (row.Guid("FromProjectId") ?? known?.FromProjectId) is { } f ? row.Names.Projects.GetValueOrDefault(f) : null;
        return $"{from ?? "项目"} 资金调整";
    }

    private static string LineSubject(RowValues row)
    {
        var known = row.Names.Lines.GetValueOrDefault(row.Id);
        var reportId = row.Guid("ReportId") ?? known?.ReportId;
        var month = reportId is { } r ? row.Names.Reports.GetValueOrDefault(r) : null;
        var type = (row.Guid("SubsidyTypeId") ?? known?.SubsidyTypeId) is { } t ? row.Names.SubsidyTypes.GetValueOrDefault(t) : null;
        return (month is null ? "" : MonthSubject(month) + " ") + (type ?? "津贴补贴");
    }

    private static string MonthSubject(MonthName month) =>
        month.Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{month.Year}年{m}月") : string.Create(CultureInfo.InvariantCulture, $"{month.Year}年");

    private static string PublishedSubject(RowValues row)
    {
        var known = row.Names.Published.GetValueOrDefault(row.Id);
        var year = (row.Guid("FundYearId") ?? known?.FundYearId) is { } y && row.Names.FundYears.TryGetValue(y, out var number) ? number.ToString(CultureInfo.InvariantCulture) + "年度" : "";
        var version = row.Number("Number") ?? known?.Number;
        return $"{year}公开报告" + (version is { } v ? string.Create(CultureInfo.InvariantCulture, $" 第{v}版") : "");
    }

    /// <summary>One stored value as a person reads it; null stays null (shown as （空）).</summary>
    public static string? Show(JsonElement value, FieldKind kind, AuditNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (value.ValueKind == JsonValueKind.Null)
            return null;
        return kind switch
        {
            FieldKind.Yuan when value.TryGetInt64(out var fen) => Money.FromFen(fen).ToYuan() + " 元",
            FieldKind.WanYuan when value.TryGetInt64(out var fen) => Money.FromFen(fen).ToWanYuan() + " 万元",
            FieldKind.Number when value.TryGetInt64(out var number) => number.ToString("#,0", CultureInfo.InvariantCulture),
            FieldKind.Figure when value.ValueKind == JsonValueKind.Number => value.GetRawText(),
            FieldKind.Month when value.TryGetInt32(out var month) => string.Create(CultureInfo.InvariantCulture, $"{month}月"),
            FieldKind.YesNo when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean() ? "是" : "否",
            FieldKind.Disabled when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean() ? "停用" : "启用",
            FieldKind.Role when value.ValueKind == JsonValueKind.String => PortalRoles.DisplayName(value.GetString()),
            FieldKind.ReportStatus when value.TryGetInt32(out var status) => ReportStatusNames.Of((ReportStatus)status),
            FieldKind.ProjectStatus when value.TryGetInt32(out var status) => ProjectStatusNames.Of((ProjectStatus)status),
            FieldKind.ProjectArea => AreaName(value),
            FieldKind.CycleKind when value.TryGetInt32(out var cycle) => (CycleKind)cycle switch
            {
                CycleKind.Year => "一年",
                CycleKind.Years => "跨年度",
                CycleKind.Months => "按月",
                _ => "起止日期",
            },
            FieldKind.IndicatorCategory when value.TryGetInt32(out var category) => (IndicatorCategory)category switch
            {
                IndicatorCategory.Output => "产出指标",
                IndicatorCategory.Benefit => "效益指标",
                _ => "满意度指标",
            },
            FieldKind.IndicatorComparison when value.TryGetInt32(out var comparison) => (IndicatorComparison)comparison switch
            {
                IndicatorComparison.Equal => "等于",
                IndicatorComparison.AtLeast => "不低于",
                _ => "不高于",
            },
            FieldKind.Instant when value.TryGetDateTime(out var instant) =>
                BeijingTime.FromUtc(instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            FieldKind.Actor when value.ValueKind == JsonValueKind.String => ActorName(value.GetString()!),
            FieldKind.Street => Named(value, names.Streets, "已删除的街道"),
            FieldKind.FundYear => value.TryGetGuid(out var year) && names.FundYears.TryGetValue(year, out var y) ? y.ToString(CultureInfo.InvariantCulture) + "年度" : "（已删除的资金年度）",
            FieldKind.Project => Named(value, names.Projects, "已删除的项目"),
            FieldKind.TransferTarget => Named(value, names.Projects, "已删除的项目"),
            FieldKind.Subproject => Named(value, names.Subprojects, "已删除的子项目"),
            FieldKind.SubsidyType => Named(value, names.SubsidyTypes, "已删除的补贴类型"),
            FieldKind.StreetShare => value.TryGetGuid(out var share) && names.Shares.TryGetValue(share, out var s)
                ? (names.Streets.GetValueOrDefault(s.StreetId) ?? "街道") + "分配" : "（已删除的街道分配）",
            FieldKind.Spending => value.TryGetGuid(out var spending) && names.Spendings.TryGetValue(spending, out var sp)
                ? string.Create(CultureInfo.InvariantCulture, $"{sp.Date:yyyy-MM-dd} 的支出 {sp.Amount.ToWanYuan()} 万元") : "（原支出）",
            FieldKind.Date or FieldKind.Text or FieldKind.Reason when value.ValueKind == JsonValueKind.String => Shorten(value.GetString()!),
            FieldKind.Text or FieldKind.Reason => value.GetRawText(),
            _ => "（已更改）",
        };
    }

    private static string Named(JsonElement value, IReadOnlyDictionary<Guid, string> names, string missing) =>
        value.TryGetGuid(out var id) && names.TryGetValue(id, out var name) ? name : $"（{missing}）";

    private static string Shorten(string text) => text.Length <= TextShown ? text : text[..TextShown] + "…";

    [GeneratedRegex(@"^(?<name>.+?) \((?<id>[^()]*)\)$")]
    private static partial Regex TrailingId();

    /// <summary>The entry's columns with the row's stored names to fall back on.</summary>
    private sealed record RowValues(AuditEntry Entry, Dictionary<string, JsonElement> Before, Dictionary<string, JsonElement> After, AuditNames Names)
    {
        public Guid Id { get; } = System.Guid.TryParse(Entry.EntityId, out var id) ? id : System.Guid.Empty;

        private JsonElement? Value(string name) =>
            After.TryGetValue(name, out var now) && now.ValueKind != JsonValueKind.Null ? now
            : Before.TryGetValue(name, out var old) && old.ValueKind != JsonValueKind.Null ? old : null;

        public string? Text(string name) => Value(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

        public int? Number(string name) => Value(name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : null;

        public Guid? Guid(string name) => Value(name) is { ValueKind: JsonValueKind.String } v && v.TryGetGuid(out var g) ? g : null;

        public int? YearOfRow() => Names.FundYears.TryGetValue(Id, out var year) ? year : null;

        /// <summary>The street of a row whose entry was written without one (older monthly lines and spending).</summary>
        public string? StreetOfRow()
        {
            Guid? street = Entry.Entity switch
            {
                "SubsidyLine" => (Guid("ReportId") ?? Names.Lines.GetValueOrDefault(Id)?.ReportId) is { } report ? Names.Reports.GetValueOrDefault(report)?.StreetId : null,
                "Spending" => (Guid("StreetShareId") ?? Names.Spendings.GetValueOrDefault(Id)?.StreetShareId) is { } share ? Names.Shares.GetValueOrDefault(share)?.StreetId : null,
                _ => null,
            };
            return street is { } s ? Names.Streets.GetValueOrDefault(s) : null;
        }
    }
}
