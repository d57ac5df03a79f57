using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

public sealed record IndicatorDetails(
    IndicatorCategory Category,
    string Name,
    string Unit,
    IndicatorComparison Comparison,
    decimal Target,
    decimal? Achieved)
{
    public const int UnitMaxLength = 20;

    public Result<IndicatorDetails> Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorNameRequired);
        if (string.IsNullOrWhiteSpace(Unit))
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorUnitRequired);
        if (Name.Trim().Length > ProjectDetails.NameMaxLength)
            return Result.Fail<IndicatorDetails>(ProjectMessages.TooLong("指标名称", ProjectDetails.NameMaxLength));
        if (Unit.Trim().Length > UnitMaxLength)
            return Result.Fail<IndicatorDetails>(ProjectMessages.TooLong("计量单位", UnitMaxLength));
        if (Target < 0 || Achieved < 0)
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorNegative);
        if (!Enum.IsDefined(Category) || !Enum.IsDefined(Comparison))
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorKindUnknown);
        return Result.Ok(this with { Name = Name.Trim(), Unit = Unit.Trim() });
    }
}
