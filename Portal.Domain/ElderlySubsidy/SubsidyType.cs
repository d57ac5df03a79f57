using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>
/// An elderly subsidy (高龄津贴, 失能老年人护理补贴) with its dated monthly rate tables. Rates are data a
/// manager edits when the city changes them, never constants in code.
/// </summary>
public sealed class SubsidyType
{
    public const string AdvancedAgeCode = "advanced-age";
    public const string DisabilityCareCode = "disability-care";
    public const int LevelNameMaxLength = 50;

    private readonly List<SubsidyRate> _rates = [];

    private SubsidyType()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    private SubsidyType(string code, string name, int order)
    {
        Id = Ids.NewId();
        Code = code;
        Name = name;
        Order = order;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int Order { get; private set; }

    public IReadOnlyList<SubsidyRate> Rates => _rates;

    public Guid Version { get; private set; } = Ids.NewVersion();

    public static Result<SubsidyType> Create(string code, string name, int order)
    {
        if (!Slug.IsValid(code))
            return Result.Fail<SubsidyType>(OrganisationMessages.InvalidCode(code));
        if (string.IsNullOrWhiteSpace(name))
            return Result.Fail<SubsidyType>(OrganisationMessages.NameRequired);
        return Result.Ok(new SubsidyType(code, name.Trim(), order));
    }

    /// <summary>Adds a rate table in force from <paramref name="effectiveFrom"/> until a later one.</summary>
    public Result AddRateTable(DateOnly effectiveFrom, IReadOnlyCollection<RateLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count == 0)
            return Result.Fail(SubsidyMessages.RateTableEmpty);
        if (_rates.Any(r => r.EffectiveFrom == effectiveFrom))
            return Result.Fail(SubsidyMessages.RateTableExists(effectiveFrom));
        if (levels.Any(l => string.IsNullOrWhiteSpace(l.Name)))
            return Result.Fail(SubsidyMessages.RateLevelNameRequired);
        if (levels.Any(l => l.Name.Trim().Length > LevelNameMaxLength))
            return Result.Fail(SubsidyMessages.RateLevelNameTooLong);
        if (levels.Any(l => l.Monthly.IsNegative || l.Monthly.IsZero))
            return Result.Fail(SubsidyMessages.RateMustBePositive);
        if (levels.Select(l => l.Name.Trim()).Distinct().Count() != levels.Count)
            return Result.Fail(SubsidyMessages.RateLevelDuplicate);

        foreach (var level in levels)
            _rates.Add(new SubsidyRate(Id, effectiveFrom, level.Name.Trim(), level.Monthly));
        Version = Ids.NewVersion();
        return Result.Ok();
    }

    /// <summary>The rate levels in force on a date, or none before the first table.</summary>
    public IReadOnlyList<SubsidyRate> RatesOn(DateOnly date)
    {
        var from = _rates.Where(r => r.EffectiveFrom <= date).Select(r => (DateOnly?)r.EffectiveFrom).Max();
        return from is null ? [] : _rates.Where(r => r.EffectiveFrom == from).OrderBy(r => r.Monthly).ToList();
    }

    /// <summary>
    /// The lowest and highest monthly rate of the table in force on a date (the first and last of
    /// <see cref="RatesOn"/>), or null before the first table. Asked once for every line entered or
    /// imported, so it walks the few rates without building a list.
    /// </summary>
    public (Money Lowest, Money Highest)? MonthlyRangeOn(DateOnly date)
    {
        DateOnly? from = null;
        foreach (var rate in _rates)
        {
            if (rate.EffectiveFrom <= date && (from is null || rate.EffectiveFrom > from))
                from = rate.EffectiveFrom;
        }

        if (from is null)
            return null;
        var lowest = Money.FromFen(long.MaxValue);
        var highest = Money.Zero;
        foreach (var rate in _rates)
        {
            if (rate.EffectiveFrom != from)
                continue;
            if (rate.Monthly < lowest)
                lowest = rate.Monthly;
            if (rate.Monthly > highest)
                highest = rate.Monthly;
        }

        return (lowest, highest);
    }
}
