using AngleSharp.Dom;
using Bunit;
using Portal.Components.Pages.FundYears;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Audit;

/// <summary>The fund-year settings page's 修改记录: each saved figure and text by the page's own label, old → new.</summary>
public sealed class FundYearHistoryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Saving_the_elderly_block_and_the_programme_shows_both_in_the_year_s_history()
    {
        await using var context = PortalPages.Create(_database, "/fund-years/2020/settings");
        var page = context.Render<FundYearSettingsPage>(p => p.Add(x => x.Year, 2020));
        page.WaitForElement("[data-testid=year-money-form]");
        Assert.DoesNotContain(Sentences(page), s => s.Contains(" 由 ", StringComparison.Ordinal));

        Input(page, "settings-received").Change("11417.76");
        Input(page, "settings-elderly").Change("10125.76");
        page.Find("[data-testid=save-year]").Click();
        page.WaitForAssertion(() => Assert.Equal("10125.76", Input(page, "settings-elderly").GetAttribute("value")));

        Input(page, "elderly-description").Change("为辖区高龄老年人发放高龄津贴");
        Input(page, "elderly-owner-name").Change("王芳");
        Input(page, "elderly-owner-phone").Change("010-66000000");
        page.Find("[data-testid=save-elderly]").Click();

        page.WaitForAssertion(() => Assert.Contains(Sentences(page), s => s.Contains("王芳", StringComparison.Ordinal)));
        var sentences = Sentences(page);
        Assert.Contains(sentences, s => s.Contains("manager 测试用户 将 2020年度资金 老年人津贴补贴 由 10124.76 万元 改为 10125.76 万元", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("将 2020年度资金 老年人津贴补贴项目主要内容 由 ", StringComparison.Ordinal)
            && s.Contains(" 改为 为辖区高龄老年人发放高龄津贴", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("新增 老年人津贴补贴负责人", StringComparison.Ordinal) && s.Contains("负责人 王芳", StringComparison.Ordinal) && s.Contains("联系方式 010-66000000", StringComparison.Ordinal));
        Assert.All(sentences, AuditTrailServiceTests.AssertReadable);
    }

    private static List<string> Sentences(IRenderedComponent<FundYearSettingsPage> page) =>
        page.FindAll("[data-testid=entity-history] [data-testid=audit-sentence]").Select(e => e.TextContent).ToList();

    private static IElement Input(IRenderedComponent<FundYearSettingsPage> page, string testId) => page.Find($"[data-testid={testId}]");
}
