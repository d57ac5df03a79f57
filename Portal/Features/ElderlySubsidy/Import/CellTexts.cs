namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The cells of an import file as strings, trimmed, null when empty. A column whose cells repeat (street,
/// year, month, subsidy: a few hundred texts over 100,000 rows) keeps each text once; a column that turns
/// out to hold more than <see cref="MaxShared"/> different texts (amounts) stops being looked up.
/// </summary>
internal sealed class CellTexts
{
    private const int MaxShared = 1024;

    private readonly List<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?> _columns = [];
    private readonly List<bool> _varied = [];

    public string? Cell(int column, ReadOnlySpan<char> typed)
    {
        var cell = typed.Trim();
        if (cell.IsEmpty)
            return null;
        while (_columns.Count <= column)
        {
            _columns.Add(new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
            _varied.Add(false);
        }

        if (_varied[column])
            return new string(cell);
        var shared = _columns[column]!.Value;
        if (shared.TryGetValue(cell, out var text))
            return text;
        text = new string(cell);
        if (shared.Dictionary.Count < MaxShared)
        {
            shared.Dictionary.Add(text, text);
        }
        else
        {
            _varied[column] = true;
            _columns[column] = null;
        }

        return text;
    }
}
