using System.Globalization;

namespace Portal.Infrastructure.Data;

public static class SaveMessages
{
    public const string ChangedByOthers = "这条数据已被他人修改，您的修改没有保存。请刷新后重新操作。";

    /// <summary>已被 &lt;name&gt; 于 &lt;time&gt; 修改，请刷新: who got there first, and when (Beijing time).</summary>
    public static string ChangedBy(string actor, DateTime atUtc) =>
        string.Create(CultureInfo.InvariantCulture,
            $"已被 {NameOf(actor)} 于 {BeijingTime.FromUtc(atUtc):yyyy-MM-dd HH:mm} 修改，您的修改没有保存。请刷新后重新操作，您填写的内容仍在页面上。");

    /// <summary>The audit actor is "name (id)"; users read the name.</summary>
    private static string NameOf(string actor)
    {
        var open = actor.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 ? actor[..open] : actor;
    }
}
