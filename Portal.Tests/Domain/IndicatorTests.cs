using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class IndicatorTests
{
    [Theory]
    [InlineData(IndicatorComparison.Equal, "68.84", "68.84", true)]
    [InlineData(IndicatorComparison.Equal, "68.84", "68.840", true)]
    [InlineData(IndicatorComparison.Equal, "68.84", "68.83", false)]
    [InlineData(IndicatorComparison.AtLeast, "700", "700", true)]
    [InlineData(IndicatorComparison.AtLeast, "700", "699.99", false)]
    [InlineData(IndicatorComparison.AtMost, "5", "5", true)]
    [InlineData(IndicatorComparison.AtMost, "5", "5.01", false)]
    public void IsMet_compares_the_achieved_value_with_the_target(IndicatorComparison comparison, string target, string achieved, bool met)
    {
        var indicator = AddIndicator(comparison, Number(target), Number(achieved));

        Assert.Equal(met, indicator.IsMet);
    }

    [Theory]
    [InlineData(IndicatorComparison.Equal)]
    [InlineData(IndicatorComparison.AtLeast)]
    [InlineData(IndicatorComparison.AtMost)]
    public void IsMet_is_unknown_while_nothing_is_achieved(IndicatorComparison comparison)
    {
        Assert.Null(AddIndicator(comparison, 15, null).IsMet);
    }

    [Fact]
    public void AddIndicator_keeps_the_trimmed_details_under_its_subproject()
    {
        var project = Project("134.69");
        var subproject = AddSubproject(project, "基层队伍建设培训项目", "23.595");

        var indicator = project.AddIndicator(subproject.Id, new IndicatorDetails(IndicatorCategory.Output, "  培训人数 ", " 人 ", IndicatorComparison.AtLeast, 286, 286)).Value;

        Assert.Equal("培训人数", indicator.Name);
        Assert.Equal("人", indicator.Unit);
        Assert.Equal(subproject.Id, indicator.SubprojectId);
        Assert.Equal(project.Id, indicator.ProjectId);
        Assert.Equal(IndicatorCategory.Output, indicator.Category);
        Assert.Equal(286m, indicator.Target);
        Assert.Same(indicator, Assert.Single(project.Indicators));
    }

    [Fact]
    public void AddIndicator_refuses_an_unknown_subproject_and_invalid_details()
    {
        var project = Project("100");
        var version = project.Version;

        Assert.Equal(ProjectMessages.SubprojectNotFound, project.AddIndicator(Guid.NewGuid(), Details(IndicatorCategory.Output, "走访", "人", IndicatorComparison.Equal, 80, 80)).Error);
        Assert.Equal(ProjectMessages.IndicatorUnitRequired, project.AddIndicator(null, Details(IndicatorCategory.Output, "走访", "", IndicatorComparison.Equal, 80, 80)).Error);
        Assert.Empty(project.Indicators);
        Assert.Equal(version, project.Version);
    }

    [Theory]
    [InlineData("", "人", 1, 1, ProjectMessages.IndicatorNameRequired)]
    [InlineData("  ", "人", 1, 1, ProjectMessages.IndicatorNameRequired)]
    [InlineData("走访儿童", " ", 1, 1, ProjectMessages.IndicatorUnitRequired)]
    [InlineData("走访儿童", "人", -0.01, 1, ProjectMessages.IndicatorNegative)]
    [InlineData("走访儿童", "人", 1, -0.01, ProjectMessages.IndicatorNegative)]
    public void Validate_refuses_incomplete_or_negative_indicators(string name, string unit, double target, double achieved, string message)
    {
        var details = Details(IndicatorCategory.Output, name, unit, IndicatorComparison.Equal, (decimal)target, (decimal)achieved);

        Assert.Equal(message, details.Validate().Error);
    }

    [Fact]
    public void Validate_refuses_an_unknown_category_or_comparison()
    {
        Assert.Equal(ProjectMessages.IndicatorKindUnknown, Details((IndicatorCategory)7, "走访", "人", IndicatorComparison.Equal, 1, 1).Validate().Error);
        Assert.Equal(ProjectMessages.IndicatorKindUnknown, Details(IndicatorCategory.Benefit, "走访", "人", (IndicatorComparison)7, 1, 1).Validate().Error);
    }

    [Fact]
    public void Validate_accepts_zero_and_a_missing_achieved_value_and_trims()
    {
        var valid = Details(IndicatorCategory.Satisfaction, " 满意度 ", " % ", IndicatorComparison.AtLeast, 0, null).Validate();

        Assert.True(valid.IsSuccess, valid.Error);
        Assert.Equal("满意度", valid.Value.Name);
        Assert.Equal("%", valid.Value.Unit);
        Assert.Null(valid.Value.Achieved);
    }

    private static PerformanceIndicator AddIndicator(IndicatorComparison comparison, decimal target, decimal? achieved) =>
        Project("100").AddIndicator(null, Details(IndicatorCategory.Output, "指标", "个", comparison, target, achieved)).Value;

    private static IndicatorDetails Details(IndicatorCategory category, string name, string unit, IndicatorComparison comparison, decimal target, decimal? achieved) =>
        new(category, name, unit, comparison, target, achieved);

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
