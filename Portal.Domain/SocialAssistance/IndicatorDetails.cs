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
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorNameRequired, Fields.Name);
        if (string.IsNullOrWhiteSpace(Unit))
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorUnitRequired, Fields.Unit);
        if (Name.Trim().Length > ProjectDetails.NameMaxLength)
            return Result.Fail<IndicatorDetails>(ProjectMessages.TooLong("指标名称", ProjectDetails.NameMaxLength), Fields.Name);
        if (Unit.Trim().Length > UnitMaxLength)
            return Result.Fail<IndicatorDetails>(ProjectMessages.TooLong("计量单位", UnitMaxLength), Fields.Unit);
        if (Target < 0 || Achieved < 0)
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorNegative, Target < 0 ? Fields.Target : Fields.Achieved);
        if (!Enum.IsDefined(Category) || !Enum.IsDefined(Comparison))
            return Result.Fail<IndicatorDetails>(ProjectMessages.IndicatorKindUnknown);
        return Result.Ok(this with { Name = Name.Trim(), Unit = Unit.Trim() });
    }
}
