using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>One level of a subsidy's monthly rate table, in force from a date until a later table replaces it.</summary>
public sealed class SubsidyRate
{
    private SubsidyRate()
    {
        Level = string.Empty;
    }

    internal SubsidyRate(Guid subsidyTypeId, DateOnly effectiveFrom, string level, Money monthly)
    {
        Id = Ids.NewId();
        SubsidyTypeId = subsidyTypeId;
        EffectiveFrom = effectiveFrom;
        Level = level;
        Monthly = monthly;
    }

    public Guid Id { get; private set; }

    public Guid SubsidyTypeId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The level's name (80-89 周岁, 重度失能).</summary>
    public string Level { get; private set; }

    /// <summary>Per person per month.</summary>
    public Money Monthly { get; private set; }
}
