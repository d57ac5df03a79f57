using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Finds a street or subsidy by any of its names as typed (full-width letters, any case), the first in
/// listing order winning as before. Each distinct cell text is normalized once: a file of 100,000 rows
/// names the same few hundred streets over and over.
/// </summary>
internal sealed class NameLookup<T>
    where T : class
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, T?> _byTyped = new(StringComparer.Ordinal);

    public NameLookup(IEnumerable<(T Item, string[] Names)> items)
    {
        foreach (var (item, names) in items)
        {
            foreach (var name in names)
                _byName.TryAdd(name, item);
        }
    }

    public T? Find(string? typed)
    {
        if (typed is null)
            return null;
        if (!_byTyped.TryGetValue(typed, out var found))
        {
            var normalized = TypedInput.Normalize(typed);
            found = normalized.Length > 0 && _byName.TryGetValue(normalized, out var item) ? item : null;
            _byTyped.Add(typed, found);
        }

        return found;
    }
}
