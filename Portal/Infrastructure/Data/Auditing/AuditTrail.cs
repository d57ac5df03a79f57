using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Portal.Infrastructure.Data.Auditing;

/// <summary>Turns the change tracker's pending changes into audit entries (rule 9: who, when, before, after).</summary>
internal static class AuditTrail
{
    /// <summary>The column's length; an actor describing a long file name is cut, never refused.</summary>
    public const int ActorMaxLength = 200;

    /// <summary>
    /// Every changed row except the audit's own and the data-protection key ring: keys are written by the
    /// framework with no user behind them, and key material must never be copied into readable JSON.
    /// </summary>
    public static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not (AuditEntry or DataProtectionKey) && entry.State is not (EntityState.Unchanged or EntityState.Detached);

    public static List<AuditEntry> Describe(ChangeTracker tracker, string actor, DateTime at)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (!IsAudited(entry))
                continue;

            var properties = entry.Properties
                .Concat(entry.ComplexProperties.SelectMany(c => c.Properties))
                .Where(p => entry.State != EntityState.Modified || p.IsModified)
                .ToList();
            if (entry.State == EntityState.Modified && properties.Count == 0)
                continue;

            entries.Add(new AuditEntry
            {
                At = at,
                Actor = actor.Length <= ActorMaxLength ? actor : actor[..ActorMaxLength],
                Entity = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State.ToString(),
                StreetId = entry.Metadata.FindProperty("StreetId") is { } street ? entry.Property(street.Name).CurrentValue as Guid? ?? entry.Property(street.Name).OriginalValue as Guid? : null,
                Before = entry.State == EntityState.Added ? null : Serialize(properties, p => p.OriginalValue),
                After = entry.State == EntityState.Deleted ? null : Serialize(properties, p => p.CurrentValue),
            });
        }

        return entries;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private static string Serialize(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
            values[NameOf(property)] = Simple(value(property));
        return JsonSerializer.Serialize(values, SerializerOptions);
    }

    private static string NameOf(PropertyEntry property) =>
        property.Metadata.DeclaringType is Microsoft.EntityFrameworkCore.Metadata.IComplexType complex
            ? complex.ComplexProperty.Name + "." + property.Metadata.Name
            : property.Metadata.Name;

    /// <summary>Money is written in fen, like the columns, so the trail reads exactly as stored.</summary>
    private static object? Simple(object? value) => value switch
    {
        Domain.Common.Money money => money.Fen,
        _ => value,
    };

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
