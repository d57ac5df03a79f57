using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>
/// An exact amount of money in whole fen (0.01 yuan). Never floating point: the bureau reports to the
/// fen and the report's unit, 万元, needs six decimals to show a fen, so every figure keeps all its digits.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public const long FenPerYuan = 100;
    public const long FenPerWanYuan = 1_000_000;

    /// <summary>Largest amount accepted from input: 1000 亿元, far above any district's fund.</summary>
    public static readonly Money MaxInput = new(100_000_000_000 * FenPerYuan);

    public Money(long fen) => Fen = fen;

    public long Fen { get; }

    public static Money Zero => default;

    public static Money FromFen(long fen) => new(fen);

    public static Money FromYuan(long yuan) => new(checked(yuan * FenPerYuan));

    public static Money FromWanYuan(long wanYuan) => new(checked(wanYuan * FenPerWanYuan));

    public bool IsNegative => Fen < 0;

    public bool IsZero => Fen == 0;

    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero;
        foreach (var amount in amounts)
            total += amount;
        return total;
    }

    /// <summary>Parses yuan as users type them (at most two decimals). See <see cref="MoneyText"/>.</summary>
    public static Result<Money> ParseYuan(string? text) => MoneyText.Parse(text, decimals: 2, FenPerYuan, MoneyText.Yuan);

    /// <summary>Parses 万元 as the report writes them (at most six decimals, i.e. to the fen).</summary>
    public static Result<Money> ParseWanYuan(string? text) => MoneyText.Parse(text, decimals: 6, FenPerWanYuan, MoneyText.WanYuan);

    /// <summary>The amount in 万元 with every significant digit and no grouping: 70.815, 1292, 0.000001.</summary>
    public string ToWanYuan() => FormatScaled(FenPerWanYuan, 6, minDecimals: 0, grouped: false);

    /// <summary>The amount in 万元 as pages show it: every significant digit, thousands grouped: 11,416.76, 70.815.</summary>
    public string ToWanYuanGrouped() => FormatScaled(FenPerWanYuan, 6, minDecimals: 0, grouped: true);

    /// <summary>The amount in yuan with two decimals and thousands separators: 1,234.50.</summary>
    public string ToYuan() => FormatScaled(FenPerYuan, 2, minDecimals: 2, grouped: true);

    public override string ToString() => ToWanYuan() + " 万元";

    private string FormatScaled(long scale, int decimals, int minDecimals, bool grouped)
    {
        var sign = Fen < 0 ? "-" : string.Empty;
        var absolute = Fen == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(Fen);
        var whole = absolute / (ulong)scale;
        var fraction = (absolute % (ulong)scale).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        fraction = fraction.TrimEnd('0');
        if (fraction.Length < minDecimals)
            fraction = fraction.PadRight(minDecimals, '0');
        var wholeText = whole.ToString(grouped ? "#,0" : "0", CultureInfo.InvariantCulture);
        return fraction.Length == 0 ? sign + wholeText : sign + wholeText + "." + fraction;
    }
}
