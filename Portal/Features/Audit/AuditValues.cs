using System.Text.Json;

namespace Portal.Features.Audit;

/// <summary>The stored before/after JSON of an audit entry, read column by column.</summary>
public static class AuditValues
{
    /// <summary>The columns in stored order; empty for no JSON or JSON that is not an object.</summary>
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return [];
            return document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static Guid? IdOf(string? json, string property) =>
        Read(json).FirstOrDefault(p => p.Key == property).Value is { ValueKind: JsonValueKind.String } value && value.TryGetGuid(out var id) ? id : null;
}
