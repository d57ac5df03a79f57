using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;

namespace Portal.Infrastructure.Data.Auditing;

/// <summary>Turns the change tracker's pending changes into audit entries (rule 9: who, when, before, after).</summary>
internal static class AuditTrail
{
    /// <summary>The column's length; an actor describing a long file name is cut, never refused.</summary>
    public const int ActorMaxLength = 200;

    private const string StreetIdProperty = "StreetId";

    /// <summary>
    /// Every changed row except the audit's own and the data-protection key ring: keys are written by the
    /// framework with no user behind them, and key material must never be copied into readable JSON.
    /// </summary>
    public static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not (AuditEntry or SecurityEvent or DataProtectionKey) && entry.State is not (EntityState.Unchanged or EntityState.Detached)
        && !IsSignInStamp(entry);

    /// <summary>
    /// An account whose only change is the time of its last sign-in: a sign-in, recorded as a
    /// <see cref="SecurityEvent"/> in the same save, not a change of data.
    /// </summary>
    private static bool IsSignInStamp(EntityEntry entry) =>
        entry.Entity is UserAccount && entry.State == EntityState.Modified
        && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name is nameof(UserAccount.LastSignIn) or nameof(UserAccount.Version));

    public static List<AuditEntry> Describe(ChangeTracker tracker, string actor, DateTime at)
    {
        var entries = new List<AuditEntry>();
        var tracked = tracker.Entries().ToList();
        var owners = new StreetOwners(tracker.Context, tracked);
        var lines = MonthLines.Of(tracked.Where(IsAudited));
        foreach (var entry in tracked)
        {
            if (!IsAudited(entry) || entry.Entity is SubsidyLine)
                continue;

            var properties = entry.Properties
                .Concat(entry.ComplexProperties.SelectMany(c => c.Properties))
                .Where(p => entry.State != EntityState.Modified || p.IsModified)
                .ToList();
            var monthLines = entry.Entity is SubsidyReport report && lines.Remove(report.Id, out var changed) ? changed : null;
            if (entry.State == EntityState.Modified && properties.Count == 0 && monthLines is null)
                continue;

            var street = entry.Metadata.FindProperty(StreetIdProperty) is { } streetId
                ? entry.Property(streetId.Name).CurrentValue as Guid? ?? entry.Property(streetId.Name).OriginalValue as Guid?
                : owners.StreetOf(entry.Entity);
            entries.Add(Entry(entry.Metadata, entry.State, KeyOf(entry), street, actor, at,
                before: entry.State == EntityState.Added ? null : Serialize(properties.Select(p => (NameOf(p), p.OriginalValue)), monthLines?.Before),
                after: entry.State == EntityState.Deleted ? null : Serialize(properties.Select(p => (NameOf(p), p.CurrentValue)), monthLines?.After)));
        }

        // Lines changed while their month's own columns did not: the month's entry carries them all the same.
        foreach (var (reportId, monthLines) in lines)
        {
            entries.Add(Entry(tracker.Context.Model.FindEntityType(typeof(SubsidyReport))!, EntityState.Modified,
                Convert.ToString(reportId, CultureInfo.InvariantCulture)!, owners.StreetOfMonth(reportId), actor, at,
                before: Serialize([], monthLines.Before), after: Serialize([], monthLines.After)));
        }

        return entries;
    }

    /// <summary>
    /// The street of a row that has none of its own: a monthly line belongs to its month's street, spending
    /// to the street of the share it is charged to. Read from the rows being saved, else from the database.
    /// </summary>
    private sealed class StreetOwners(DbContext context, List<EntityEntry> tracked)
    {
        private readonly Dictionary<Guid, Guid?> _reports = tracked.Select(e => e.Entity).OfType<SubsidyReport>().DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.StreetId);
        private readonly Dictionary<Guid, Guid?> _shares = tracked.Select(e => e.Entity).OfType<StreetShare>().DistinctBy(s => s.Id).ToDictionary(s => s.Id, s => (Guid?)s.StreetId);

        public Guid? StreetOf(object entity) => entity switch
        {
            SubsidyLine line => StreetOfMonth(line.ReportId),
            Spending { StreetShareId: { } share } => Lookup(_shares, share, id => context.Set<StreetShare>().AsNoTracking().Where(s => s.Id == id).Select(s => (Guid?)s.StreetId).FirstOrDefault()),
            _ => null,
        };

        public Guid? StreetOfMonth(Guid reportId) =>
            Lookup(_reports, reportId, id => context.Set<SubsidyReport>().AsNoTracking().IgnoreAutoIncludes().Where(r => r.Id == id).Select(r => r.StreetId).FirstOrDefault());

        private static Guid? Lookup(Dictionary<Guid, Guid?> known, Guid id, Func<Guid, Guid?> read)
        {
            if (!known.TryGetValue(id, out var street))
                known[id] = street = read(id);
            return street;
        }
    }

    /// <summary>
    /// The entry of a new row written without the change tracker (an import's bulk insert): the same entry the
    /// tracker's save would write for it, every mapped property as it stands on the entity, and for a street
    /// month its lines (<see cref="MonthLines"/>). The type's properties, in the order the JSON names them, and
    /// their getters are looked up once per type: an import describes up to 50,000 months.
    /// </summary>
    public static AuditEntry Added(IEntityType type, object entity, string actor, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(type);
        var shape = Shapes.GetOrAdd(type, static t => new AddedShape(t));
        var key = shape.Key.Length == 1
            ? Convert.ToString(shape.Key[0].GetClrValue(entity), CultureInfo.InvariantCulture)!
            : string.Join(",", shape.Key.Select(k => Convert.ToString(k.GetClrValue(entity), CultureInfo.InvariantCulture)));
        var street = shape.Street?.GetClrValue(entity) as Guid?;
        var json = Json.Start();
        foreach (var write in shape.Properties)
            write(json, entity);
        return Entry(type, EntityState.Added, key, street, actor, at, before: null, after: Json.End());
    }

    private static readonly ConcurrentDictionary<IEntityType, AddedShape> Shapes = new();

    /// <summary>What <see cref="Added"/> writes of a type: its key, its street, and every property (a month's lines too) in ordinal name order.</summary>
    private sealed class AddedShape
    {
        public AddedShape(IEntityType type)
        {
            if (type.GetComplexProperties().Any())
                throw new NotSupportedException(type.ClrType.Name + " has complex properties: save it through the change tracker.");
            Key = [.. type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter())];
            Street = type.FindProperty(StreetIdProperty)?.GetGetter();
            var properties = type.GetProperties().Select(p => (Name: NameOf(p), Write: Column(p))).ToList();
            if (type.ClrType == typeof(SubsidyReport))
            {
                var lineColumns = LineColumns(type.Model.FindEntityType(typeof(SubsidyLine))!);
                properties.Add((MonthLines.Name, (json, month) => WriteLines(json, ((SubsidyReport)month).Lines, lineColumns)));
            }

            Properties = [.. properties.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Write)];
        }

        public IClrPropertyGetter[] Key { get; }

        public IClrPropertyGetter? Street { get; }

        public Action<Utf8JsonWriter, object>[] Properties { get; }

        private static Action<Utf8JsonWriter, object> Column(IProperty property)
        {
            var name = JsonEncodedText.Encode(NameOf(property), WriterOptions.Encoder);
            var getter = property.GetGetter();
            return (json, entity) =>
            {
                json.WritePropertyName(name);
                Write(json, Simple(getter.GetClrValue(entity)));
            };
        }

        private static Action<Utf8JsonWriter, object>[] LineColumns(IEntityType line) =>
            [.. line.GetProperties().Where(p => !MonthLines.IsFolded(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal).Select(Column)];

        /// <summary>"Lines": every line of a new month by subsidy, as <see cref="MonthLines"/> writes them; nothing for a month without lines.</summary>
        private static void WriteLines(Utf8JsonWriter json, IReadOnlyList<SubsidyLine> lines, Action<Utf8JsonWriter, object>[] columns)
        {
            if (lines.Count == 0)
                return;
            json.WritePropertyName(MonthLines.Name);
            json.WriteStartObject();
            foreach (var line in lines.OrderBy(MonthLines.SubsidyOf, StringComparer.Ordinal))
            {
                json.WritePropertyName(MonthLines.SubsidyOf(line));
                json.WriteStartObject();
                foreach (var write in columns)
                    write(json, line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }

    private static AuditEntry Entry(IReadOnlyTypeBase type, EntityState state, string key, Guid? street, string actor, DateTime at, string? before, string? after) => new()
    {
        At = at,
        Actor = actor.Length <= ActorMaxLength ? actor : actor[..ActorMaxLength],
        Entity = type.ClrType.Name,
        EntityId = key,
        Action = state.ToString(),
        StreetId = street,
        Before = before,
        After = after,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    /// <summary>
    /// The values as one JSON object, names in ordinal order, with a month's changed lines when it has any.
    /// Ids, numbers, flags and text are written straight to the writer, anything else as the serializer
    /// writes it: the same text either way, at a fraction of the cost for an import's 50,000 entries.
    /// </summary>
    private static string Serialize(IEnumerable<(string Name, object? Value)> properties, MonthLines.Columns? lines = null)
    {
        var json = Json.Start();
        WriteColumns(json, properties, lines);
        return Json.End();
    }

    private static void WriteColumns(Utf8JsonWriter json, IEnumerable<(string Name, object? Value)> properties, MonthLines.Columns? lines)
    {
        var sorted = properties.ToList();
        if (lines is { Count: > 0 })
            sorted.Add((MonthLines.Name, lines));
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, value) in sorted)
        {
            json.WritePropertyName(name);
            if (value is MonthLines.Columns bySubsidy)
            {
                json.WriteStartObject();
                foreach (var (subsidy, columns) in bySubsidy)
                {
                    json.WritePropertyName(subsidy);
                    json.WriteStartObject();
                    WriteColumns(json, columns, null);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }
            else
            {
                Write(json, Simple(value));
            }
        }
    }

    /// <summary>One JSON object at a time per thread, written into a buffer the thread keeps.</summary>
    private static class Json
    {
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_buffer;

        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        public static Utf8JsonWriter Start()
        {
            var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
            buffer.ResetWrittenCount();
            var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
            writer.Reset(buffer);
            writer.WriteStartObject();
            return writer;
        }

        public static string End()
        {
            t_writer!.WriteEndObject();
            t_writer.Flush();
            return Encoding.UTF8.GetString(t_buffer!.WrittenSpan);
        }
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case Guid id:
                json.WriteStringValue(id);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), SerializerOptions);
                break;
        }
    }

    private static string NameOf(PropertyEntry property) => NameOf(property.Metadata);

    private static string NameOf(IReadOnlyProperty property) =>
        property.DeclaringType is IReadOnlyComplexType complex
            ? complex.ComplexProperty.Name + "." + property.Name
            : property.Name;

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

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = SerializerOptions.Encoder };
}
