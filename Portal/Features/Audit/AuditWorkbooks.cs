using System.Globalization;

namespace Portal.Features.Audit;

/// <summary>
/// The two trails as workbooks: what a person reads (Beijing time, names, the sentence) and, in the last
/// columns, the values as stored, for machines and auditors who want the raw record.
/// </summary>
public static class AuditWorkbooks
{
    /// <summary>操作记录.xlsx: one row per change.</summary>
    public static byte[] Trail(IEnumerable<AuditRow> found) =>
        Workbook(found.Select(r => new Dictionary<string, object?>
        {
            ["时间（北京时间）"] = r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["操作人"] = r.Actor,
            ["街道"] = r.Street,
            ["操作"] = r.Action,
            ["对象"] = r.EntityName,
            ["内容"] = r.Subject,
            ["修改内容"] = string.Join("；", r.Changes.Select(c => $"{c.Label}：{c.Old ?? "（空）"} → {c.New ?? "（空）"}")),
            ["原因"] = r.Reason,
            ["记录"] = r.Sentence,
            ["操作人（存储值）"] = r.ActorRecorded,
            ["对象类型（存储值）"] = r.Entity,
            ["对象标识（存储值）"] = r.EntityId,
            ["修改前（存储值）"] = r.Before,
            ["修改后（存储值）"] = r.After,
        }));

    /// <summary>访问与安全记录.xlsx: one row per sign-in, refusal, backup or export.</summary>
    public static byte[] Security(IEnumerable<SecurityRow> found) =>
        Workbook(found.Select(r => new Dictionary<string, object?>
        {
            ["时间（北京时间）"] = r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["类别"] = r.KindName,
            ["操作人"] = r.Actor,
            ["街道"] = r.Street,
            ["内容"] = r.What,
            ["记录"] = r.Sentence,
            ["操作人（存储值）"] = r.ActorRecorded,
            ["类别（存储值）"] = r.Kind,
            ["详情（存储值）"] = r.Detail,
        }));

    private static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows.ToList());
        return stream.ToArray();
    }
}
