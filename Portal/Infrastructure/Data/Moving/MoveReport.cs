using System.Globalization;
using System.Text;

namespace Portal.Infrastructure.Data.Moving;

/// <summary>What the move found on both sides, table by table; committed only when <see cref="Verified"/>.</summary>
public sealed record MoveReport(IReadOnlyList<TableCheck> Tables, string? Refusal)
{
    public bool Verified => Refusal is null && Tables.All(t => t.Matches);

    public static MoveReport Refused(string reason) => new([], reason);

    /// <summary>One line per table: rows and money sums in fen, SQLite → PostgreSQL.</summary>
    public string Describe()
    {
        if (Refusal is not null)
            return Refusal;
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(table.Matches ? "ok  " : "差异")} {table.Name}: {table.Source.Rows} → {table.Target.Rows} 行");
            foreach (var (column, fen) in table.Source.FenSums)
                text.Append(CultureInfo.InvariantCulture, $"; {column} {fen} → {table.Target.FenSums.GetValueOrDefault(column)} 分");
            text.AppendLine();
        }

        text.Append(Verified ? MoveMessages.Verified : MoveMessages.Mismatch);
        return text.ToString();
    }
}

public sealed record TableCheck(string Name, TableTotals Source, TableTotals Target)
{
    public bool Matches => Source.Rows == Target.Rows && Source.FenSums.SequenceEqual(Target.FenSums);
}

public sealed record TableTotals(long Rows, IReadOnlyDictionary<string, long> FenSums);
