using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>Once a year's report is published, its spending changes only by an explicit 更正 that says why.</summary>
public class PublishedYearSpendingTests
{
    private static readonly SpendingWindow PublishedOnce = new(CutOff2020, PublishedEdition: 1);

    private readonly Project _project = Project("100");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_payment_into_a_published_year_without_a_reason_is_refused_and_records_nothing(string? reason)
    {
        var version = _project.Version;

        var result = _project.RecordSpending(SpendingTarget.Project, new DateOnly(2020, 6, 30), Wan("1"), null, PublishedOnce, reason);

        Assert.Equal(ProjectMessages.PublishedYearNeedsReason(1), result.Error);
        Assert.Equal(Fields.Reason, result.Field);
        Assert.Empty(_project.Spendings);
        Assert.Equal(version, _project.Version);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused()
    {
        var result = _project.RecordSpending(SpendingTarget.Project, new DateOnly(2020, 6, 30), Wan("1"), null, PublishedOnce, new string('补', Spending.ReasonMaxLength + 1));

        Assert.Equal(ProjectMessages.TooLong("更正原因", Spending.ReasonMaxLength), result.Error);
        Assert.Empty(_project.Spendings);
    }

    [Fact]
    public void A_payment_with_a_reason_is_recorded_as_an_amendment_of_the_published_version()
    {
        var result = _project.RecordSpending(SpendingTarget.Project, new DateOnly(2020, 6, 30), Wan("1"), "补登", PublishedOnce, new string('补', Spending.ReasonMaxLength));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(1, result.Value.AmendsEdition);
        Assert.Equal(Spending.ReasonMaxLength, result.Value.Reason!.Length);
    }

    [Fact]
    public void Before_publication_no_reason_is_asked_and_nothing_is_marked()
    {
        var result = _project.RecordSpending(SpendingTarget.Project, new DateOnly(2020, 6, 30), Wan("1"), null, Open2020, "忽略");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.Value.AmendsEdition);
        Assert.Null(result.Value.Reason);
    }

    [Fact]
    public void Reversals_and_corrections_after_publication_amend_the_latest_version()
    {
        var first = Spend(_project, SpendingTarget.Project, "2");
        var second = Spend(_project, SpendingTarget.Project, "3");
        var later = new SpendingWindow(CutOff2020, PublishedEdition: 2);

        var reversal = _project.ReverseSpending(first.Id, "重复登记", later);
        var corrected = _project.CorrectSpending(second.Id, "金额录错", new DateOnly(2020, 7, 1), Wan("2.5"), null, later);

        Assert.Equal(2, reversal.Value.AmendsEdition);
        Assert.Equal(2, corrected.Value.AmendsEdition);
        Assert.All(_project.Spendings.Where(s => s.ReversalOfId == second.Id), s => Assert.Equal(2, s.AmendsEdition));
        Assert.Null(first.AmendsEdition);
    }

    [Fact]
    public void Publishing_marks_the_year_with_its_latest_version()
    {
        var year = FundYear2020();
        Assert.Null(year.SpendingWindow.PublishedEdition);

        Assert.True(PublishedReport.Publish(year, 1, DateTime.UtcNow, "manager", "{}", "{}", 0, "[]", null).IsSuccess);
        Assert.Equal(new SpendingWindow(CutOff2020, 1), year.SpendingWindow);
        Assert.True(PublishedReport.Publish(year, 2, DateTime.UtcNow, "manager", "{}", "{}", 0, "[]", null).IsSuccess);

        Assert.Equal(2, year.PublishedEdition);
    }
}
