using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>A level of a new rate table as a manager enters it.</summary>
public sealed record RateLevel(string Name, Money Monthly);
