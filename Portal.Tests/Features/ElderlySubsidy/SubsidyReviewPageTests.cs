using AngleSharp.Dom;
using Bunit;
using Portal.Components.Pages.ElderlySubsidy;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>The review queue as a manager works from it: figures per subsidy, filters, and refusals beside their row.</summary>
public sealed class SubsidyReviewPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;
    private ServiceHarness _xinjiekou = null!;
    private ServiceHarness _desheng = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("officer", "xinjiekou");
        await _database.RegisterAsync("officer-desheng", "desheng");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        _xinjiekou = new ServiceHarness(_database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        _desheng = new ServiceHarness(_database, ServiceHarness.Principal("officer-desheng", PortalRoles.StreetStaff));
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync()
    {
        await _desheng.DisposeAsync();
        await _xinjiekou.DisposeAsync();
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Each_row_shows_both_subsidies_figures_and_links_to_the_months_entry_page_in_its_year()
    {
        Assert.True((await _xinjiekou.Get<MonthlyEntryService>().SubmitAsync(Month("xinjiekou", 3, "1,200", "120,000", "30", "15,000"))).IsSuccess);
        await using var context = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021");

        var page = context.Render<SubsidyReview>();

        var row = page.WaitForElement("[data-testid=review-row][data-street=xinjiekou][data-month='3']");
        Assert.Equal(["高龄津贴", "失能老年人护理补贴"], page.FindAll("[data-testid=review-queue] [data-testid=subsidy-head]").Select(h => h.TextContent.Trim()));
        Assert.Equal(["人次", "金额（万元）", "人次", "金额（万元）"], page.FindAll("[data-testid=review-queue] [data-testid=line-head]").Select(h => h.TextContent.Trim()));
        Assert.Equal(["1,200", "30"], row.QuerySelectorAll("[data-testid=line-person-times]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["12", "1.5"], row.QuerySelectorAll("[data-testid=line-amount]").Select(c => c.TextContent.Trim()));
        Assert.Equal("/streets/xinjiekou/elderly-subsidies?year=2021&month=3", row.QuerySelector("[data-testid=month-link]")!.GetAttribute("href"));
        Assert.Equal("新街口街道", row.QuerySelector("td")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_returned_month_stays_in_the_returned_list_and_the_filters_narrow_by_street_month_and_status()
    {
        Assert.True((await _xinjiekou.Get<MonthlyEntryService>().SubmitAsync(Month("xinjiekou", 1, "10", "1,000", "0", "0"))).IsSuccess);
        Assert.True((await _xinjiekou.Get<MonthlyEntryService>().SubmitAsync(Month("xinjiekou", 2, "10", "1,000", "0", "0"))).IsSuccess);
        Assert.True((await _desheng.Get<MonthlyEntryService>().SubmitAsync(Month("desheng", 1, "20", "2,000", "0", "0"))).IsSuccess);
        var january = (await _manager.Get<ReviewService>().QueueAsync(2021)).Value!.Submitted.Single(i => i.StreetCode == "xinjiekou" && i.Month == 1);
        Assert.True((await _manager.Get<ReviewService>().ReturnAsync(january.ReportId, "请核对人次", january.Version)).IsSuccess);

        await using var all = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021");
        var page = all.Render<SubsidyReview>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=review-row]").Count));
        var returned = page.Find("[data-testid=returned-row][data-street=xinjiekou][data-month='1']");
        Assert.Equal("请核对人次", returned.QuerySelector("[data-testid=review-comment]")!.TextContent.Trim());
        Assert.Contains("已退回（1）", page.Markup, StringComparison.Ordinal);

        await using var onlyReturned = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021&status=returned");
        var returnedPage = onlyReturned.Render<SubsidyReview>();
        returnedPage.WaitForElement("[data-testid=returned-list]");
        Assert.Empty(returnedPage.FindAll("[data-testid=review-queue]"));
        Assert.Empty(returnedPage.FindAll("[data-testid=approved-list]"));
        Assert.Single(returnedPage.FindAll("[data-testid=returned-row]"));

        await using var oneStreet = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021&street=desheng&month=1");
        var streetPage = oneStreet.Render<SubsidyReview>();
        streetPage.WaitForAssertion(() => Assert.Equal(["desheng"], streetPage.FindAll("[data-testid=review-row]").Select(r => r.GetAttribute("data-street"))));
        Assert.Empty(streetPage.FindAll("[data-testid=returned-row]"));
        Assert.NotEmpty(streetPage.FindAll("[data-testid=filter-clear]"));
    }

    [Fact]
    public async Task An_unknown_street_or_status_in_the_address_shows_the_whole_queue()
    {
        Assert.True((await _xinjiekou.Get<MonthlyEntryService>().SubmitAsync(Month("xinjiekou", 1, "10", "1,000", "0", "0"))).IsSuccess);
        await using var context = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021&street=nowhere&status=lost&month=13");

        var page = context.Render<SubsidyReview>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=review-row]")));
        Assert.NotEmpty(page.FindAll("[data-testid=returned-list]"));
        Assert.NotEmpty(page.FindAll("[data-testid=approved-list]"));
    }

    [Fact]
    public async Task A_month_the_manager_submitted_is_refused_under_its_own_row_and_other_rows_stay_clear()
    {
        Assert.True((await _manager.Get<MonthlyEntryService>().SubmitAsync(Month("xinjiekou", 1, "10", "1,000", "0", "0"))).IsSuccess);
        Assert.True((await _desheng.Get<MonthlyEntryService>().SubmitAsync(Month("desheng", 1, "20", "2,000", "0", "0"))).IsSuccess);
        await using var context = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021");
        var page = context.Render<SubsidyReview>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=review-row]").Count));

        page.Find("[data-testid=review-row][data-street=xinjiekou] [data-testid=approve]").Click();

        var error = page.WaitForElement("[data-testid=row-error][data-street=xinjiekou][data-month='1']");
        Assert.Contains(SubsidyMessages.ApproverIsLastEditor, error.TextContent, StringComparison.Ordinal);
        // The message sits right under the row it is about.
        Assert.Equal("review-row", error.PreviousElementSibling!.GetAttribute("data-testid"));
        Assert.Equal("xinjiekou", error.PreviousElementSibling!.GetAttribute("data-street"));
        Assert.Single(page.FindAll("[data-testid=row-error]"));
        Assert.Equal(2, page.FindAll("[data-testid=review-row]").Count);
    }

    [Fact]
    public async Task A_return_without_a_reason_marks_that_rows_comment_and_changes_nothing()
    {
        Assert.True((await _xinjiekou.Get<MonthlyEntryService>().SubmitAsync(Month("xinjiekou", 1, "10", "1,000", "0", "0"))).IsSuccess);
        Assert.True((await _desheng.Get<MonthlyEntryService>().SubmitAsync(Month("desheng", 1, "20", "2,000", "0", "0"))).IsSuccess);
        await using var context = PortalPages.Create(_database, "/elderly-subsidies/review?year=2021");
        var page = context.Render<SubsidyReview>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=review-row]").Count));

        page.Find("[data-testid=review-row][data-street=desheng] [data-testid=return]").Click();

        page.WaitForAssertion(() => Assert.Contains(SubsidyMessages.ReturnNeedsComment, Row(page, "desheng").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(SubsidyMessages.ReturnNeedsComment, Row(page, "xinjiekou").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=row-error]"));
        Assert.Equal(2, (await _manager.Get<ReviewService>().QueueAsync(2021)).Value!.Submitted.Count);
    }

    private static IElement Row(IRenderedComponent<SubsidyReview> page, string street) =>
        page.Find($"[data-testid=review-row][data-street={street}]");

    private static MonthEntry Month(string street, int month, string agedTimes, string agedLottery, string careTimes, string careLottery) =>
        new(street, 2021, month, null,
        [
            new LineEntry(SubsidyType.AdvancedAgeCode, agedTimes, agedLottery, "0", null),
            new LineEntry(SubsidyType.DisabilityCareCode, careTimes, careLottery, "0", null),
        ]);
}
