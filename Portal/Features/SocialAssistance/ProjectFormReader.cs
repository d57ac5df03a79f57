using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Features.SocialAssistance;

/// <summary>Turns what was typed on a project form into domain values, with a Chinese message per field.</summary>
internal static class ProjectFormReader
{
    public const string CycleDatesRequired = "请填写项目周期的开始和结束日期，例如 2020-01-01 和 2021-12-31。";
    public const string NumberInvalid = "请填写数字，例如 286 或 68.84。";

    public static (ProjectDetails? Details, Money Allocation, Dictionary<string, string> Errors) Read(ProjectForm form)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var allocation = Money.ParseWanYuan(form.AllocationWanYuan);
        if (allocation.IsFailure)
            errors[ProjectFields.Allocation] = allocation.Error!;

        Cycle? cycle = null;
        var start = TypedInput.Date(form.CycleStart);
        var end = TypedInput.Date(form.CycleEnd);
        if (start is null || end is null)
        {
            errors[ProjectFields.Cycle] = CycleDatesRequired;
        }
        else if (KindOf(form.CycleKind) is not { } kind)
        {
            errors[ProjectFields.Cycle] = CycleMessages.UnknownKind;
        }
        else
        {
            var created = Cycle.Create(kind, start.Value, end.Value);
            if (created.IsFailure)
                errors[ProjectFields.Cycle] = created.Error!;
            else
                cycle = created.Value;
        }

        if (cycle is null)
            return (null, Money.Zero, errors);
        var details = new ProjectDetails(form.Name ?? string.Empty, form.Description, cycle, form.Owner, form.OwnerPhone, form.Status, form.Outcome, form.Problems, form.CorrectiveMeasures);
        var valid = details.Validate();
        if (valid.IsFailure)
            errors[valid.Field ?? ProjectFields.Details] = valid.Error!;
        return (errors.Count == 0 ? valid.Value : null, allocation.IsSuccess ? allocation.Value : Money.Zero, errors);
    }

    public static (IndicatorDetails? Details, Dictionary<string, string> Errors) Read(IndicatorForm form)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var target = Number(form.Target);
        if (target is null)
            errors[ProjectFields.Target] = NumberInvalid;
        decimal? achieved = null;
        if (!string.IsNullOrWhiteSpace(form.Achieved))
        {
            achieved = Number(form.Achieved);
            if (achieved is null)
                errors[ProjectFields.Achieved] = NumberInvalid;
        }

        if (errors.Count > 0)
            return (null, errors);
        var valid = new IndicatorDetails(form.Category, form.Name ?? string.Empty, form.Unit ?? string.Empty, form.Comparison, target!.Value, achieved).Validate();
        if (valid.IsFailure)
        {
            errors[valid.Field ?? ProjectFields.Details] = valid.Error!;
            return (null, errors);
        }

        return (valid.Value, errors);
    }

    public static CycleKind? KindOf(string? kind) => kind switch
    {
        "year" => CycleKind.Year,
        "years" => CycleKind.Years,
        "months" => CycleKind.Months,
        "dates" => CycleKind.Dates,
        _ => null,
    };

    public static string KindName(CycleKind kind) => kind switch
    {
        CycleKind.Year => "year",
        CycleKind.Years => "years",
        CycleKind.Months => "months",
        CycleKind.Dates => "dates",
    };

    /// <summary>Counts and rates as typed (286, 68.84, 68.84%), full-width digits allowed.</summary>
    private static decimal? Number(string? text)
    {
        var normalized = TypedInput.Normalize(text).TrimEnd('%', '％').Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(normalized, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
