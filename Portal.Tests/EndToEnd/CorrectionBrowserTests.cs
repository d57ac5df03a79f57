using System.Globalization;
using Microsoft.Playwright;
using Portal.Domain.Common;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A year's bookkeeping as the bureau does it, in Chromium: a street officer and a manager each mistype a
/// payment and correct it by reversal; a manager fills in a subproject's owner (the check before publishing
/// stops asking) and an indicator's achieved value (the report prints it); then the year closes with money
/// unspent, which arrives as 上年结转 in the next year, and on into a third, every year adding up.
/// </summary>
public sealed class CorrectionBrowserTests
{
    [Fact]
    public async Task Mistakes_are_corrected_by_reversal_and_unspent_money_carries_into_the_next_years()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewUserAsync();

        try
        {
            // 1. 新街口's officer types 2.8 万元 where 28 was meant, and corrects it: the original stays, reversed.
            await page.GotoAsync(portal.Url("/dev/login?user=staff-xinjiekou&returnUrl=/streets/xinjiekou?year=2020"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=street-spending-date]").FillAsync("2020-09-01");
            await page.Locator("[data-testid=street-spending-amount]").FillAsync("2.8");
            await page.Locator("[data-testid=street-spending-save]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=spending-row]")).ToHaveCountAsync(1);
            await page.Locator("[data-testid=correction-reason]").FillAsync("金额录错，应为 28 万元");
            await page.Locator("[data-testid=correction-date]").FillAsync("2020-09-01");
            await page.Locator("[data-testid=correction-amount]").FillAsync("28");
            await page.Locator("[data-testid=correct]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=spending-row]")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("[data-testid=spending-row]").Nth(0)).ToContainTextAsync("支出（已冲销）");
            await Assertions.Expect(page.Locator("[data-testid=spending-row]").Nth(1)).ToContainTextAsync("冲销");
            await Assertions.Expect(page.Locator("[data-testid=spending-row]").Nth(1)).ToContainTextAsync("-2.8");
            await Assertions.Expect(page.Locator("[data-testid=spending-row]").Nth(2)).ToContainTextAsync("更正");
            await Assertions.Expect(page.Locator("[data-testid=spending-total]")).ToContainTextAsync("28");
            await ShootAsync(page, "correction-street");

            // 2. The manager records 2.8 万元 on (十) twice by mistake and reverses the second.
            await page.GotoAsync(portal.Url("/dev/login?user=manager&returnUrl=/social-assistance?year=2020"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=project-row]").Nth(9).Locator("a").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=project-title]")).ToContainTextAsync("（十）");
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await OpenFormAsync(page, "spending");
            for (var i = 0; i < 2; i++)
            {
                await page.Locator("[data-testid=spending-date]").FillAsync("2020-10-01");
                await page.Locator("[data-testid=spending-amount]").FillAsync("2.8");
                await page.Locator("[data-testid=add-spending]").ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=spending-row]")).ToHaveCountAsync(i + 1);
            }

            // The form stays open across the page's refresh after each save.
            await Assertions.Expect(page.Locator("[data-testid=form-spending]")).ToBeVisibleAsync();
            await ShootAsync(page, "project-spending-form");

            await OpenFormAsync(page, "correction");
            await page.Locator("[data-testid=correction-reason]").FillAsync("重复登记");
            await page.Locator("[data-testid=reverse]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=spending-row]")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("[data-testid=spending-total]")).ToContainTextAsync("2.8");
            await Assertions.Expect(page.Locator("[data-testid=project-spent] .money")).ToHaveTextAsync("2.8");

            // 3. A subproject without an owner is named by the check before publishing, until the owner is filled in.
            await page.GotoAsync(portal.Url("/social-assistance?year=2020"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=project-row]").Nth(8).Locator("a").ClickAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            var visits = await OpenSubprojectAsync(page, "巡视探访");
            await visits.Locator("[data-testid=input-owner]").FillAsync(string.Empty);
            await visits.Locator("[data-testid=save-subproject]").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("已保存");
            await OpenReportAsync(page, portal, 2020);
            await Assertions.Expect(page.Locator("[data-testid=publish-panel]")).ToContainTextAsync("困境儿童巡视探访项目：没有填写项目负责人");

            await page.GoBackAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            visits = await OpenSubprojectAsync(page, "巡视探访");
            await visits.Locator("[data-testid=input-owner]").FillAsync("李明");
            await visits.Locator("[data-testid=save-subproject]").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("已保存");

            // 4. The achieved value of an indicator is entered and the report prints it.
            await OpenFormAsync(page, "indicator-edit");
            await ChooseAsync(page.Locator("[data-testid=indicator-edit-select]"), "资助儿童之家");
            // The fields are refilled from the chosen indicator by the server; typing before that lands would be overwritten.
            await Assertions.Expect(page.Locator("[data-testid=indicator-edit-name]")).ToHaveValueAsync("资助儿童之家");
            await page.Locator("[data-testid=indicator-edit-achieved]").FillAsync("5");
            await page.Locator("[data-testid=save-indicator]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=detail-indicator-row]", new() { HasText = "资助儿童之家" })).ToContainTextAsync("5 所");

            await OpenReportAsync(page, portal, 2020);
            await Assertions.Expect(page.Locator("[data-testid=publish-panel]")).Not.ToContainTextAsync("没有填写项目负责人");
            await Assertions.Expect(page.Locator("[data-testid=report]")).ToContainTextAsync("项目负责人及联系方式：李明 83418072");
            await Assertions.Expect(page.Locator("[data-testid=report]")).ToContainTextAsync("资助儿童之家：4 所（完成 5 所）");

            // 5. 2020 closes with 797.401 万元 unspent less the 28 万元 新街口 paid and the 2.8 on (十): 766.601 arrives in 2021.
            await CreateYearAsync(page, portal, "2021", "10160", "9960", "200");
            Assert.Equal(Money.ParseWanYuan("766.601").Value, await FigureAsync(page, "year-carried-in"));
            await OpenReportAsync(page, portal, 2021);
            await Assertions.Expect(page.Locator("[data-testid=report]")).ToContainTextAsync("上年结转资金 766.601 万元，本年收到 10160 万元，共 10926.601 万元。");
            await ShootAsync(page, "carry-in-report-2021");

            // 6. 2021 arranges 100 万元 and spends nothing: the 100 carries into 2022.
            await page.GotoAsync(portal.Url("/projects/new?year=2021"));
            await BrowserSupport.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-testid=input-name]").FillAsync("街道社会救助项目");
            await page.Locator("[data-testid=input-allocation]").FillAsync("100");
            await page.Locator("[data-testid=input-cycle-start]").FillAsync("2021-01-01");
            await page.Locator("[data-testid=input-cycle-end]").FillAsync("2021-12-31");
            await page.Locator("[data-testid=save-project]").ClickAsync();
            await page.WaitForURLAsync("**/social-assistance?year=2021");
            await CreateYearAsync(page, portal, "2022", "10050", "9950", "100");
            Assert.Equal(Money.FromWanYuan(100), await FigureAsync(page, "year-carried-in"));
            await ShootAsync(page, "carry-in-dashboard-2022");

            // Each year: money in = spent + carried over + not used; what one year carries over the next carries in.
            var carriedOver = Money.Zero;
            foreach (var year in new[] { 2020, 2021, 2022 })
            {
                await page.GotoAsync(portal.Url($"/?year={year}"));
                var received = await FigureAsync(page, "year-received");
                var carriedIn = year == 2020 ? Money.Zero : await FigureAsync(page, "year-carried-in");
                var spent = await FigureAsync(page, "year-spent");
                var over = await FigureAsync(page, "year-carried-over");
                var unallocated = await FigureAsync(page, "year-unallocated");
                var elderlyLeft = await page.Locator("[data-testid=year-elderly-left]").CountAsync() == 0 ? Money.Zero : await FigureAsync(page, "year-elderly-left");
                Assert.Equal(received + carriedIn, spent + over + unallocated + elderlyLeft);
                if (year > 2020)
                    Assert.Equal(carriedOver, carriedIn);
                carriedOver = over;
            }
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(page, nameof(Mistakes_are_corrected_by_reversal_and_unspent_money_carries_into_the_next_years));
            throw;
        }
    }

    /// <summary>Opens one of the project page's forms by its button in 修改和登记.</summary>
    private static async Task OpenFormAsync(IPage page, string action)
    {
        await page.Locator($"[data-testid=action-{action}]").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=form-{action}]")).ToBeVisibleAsync();
    }

    /// <summary>Opens 修改子项目 for the subproject whose name contains <paramref name="name"/>.</summary>
    private static async Task<ILocator> OpenSubprojectAsync(IPage page, string name)
    {
        await OpenFormAsync(page, "subproject");
        var form = page.Locator("[data-testid=form-subproject]");
        await ChooseAsync(form.Locator("[data-testid=subproject-choice]"), name);
        await Assertions.Expect(form.Locator("[data-testid=input-name]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(name));
        return form;
    }

    /// <summary>Chooses the option of a select whose text contains <paramref name="text"/>.</summary>
    private static async Task ChooseAsync(ILocator select, string text)
    {
        var label = await select.Locator("option", new() { HasText = text }).InnerTextAsync();
        await select.SelectOptionAsync(new SelectOptionValue { Label = label });
    }

    private static async Task OpenReportAsync(IPage page, LoopbackPortal portal, int year)
    {
        await page.GotoAsync(portal.Url(string.Create(CultureInfo.InvariantCulture, $"/reports/{year}")));
        await BrowserSupport.WaitUntilInteractiveAsync(page);
    }

    private static async Task CreateYearAsync(IPage page, LoopbackPortal portal, string year, string received, string elderly, string factor)
    {
        await page.GotoAsync(portal.Url("/fund-years/new"));
        await BrowserSupport.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-testid=input-year]").FillAsync(year);
        await page.Locator("[data-testid=input-received]").FillAsync(received);
        await page.Locator("[data-testid=input-elderly]").FillAsync(elderly);
        await page.Locator("[data-testid=input-factor]").FillAsync(factor);
        await page.Locator("[data-testid=input-cutoff]").FillAsync($"{int.Parse(year, CultureInfo.InvariantCulture) + 1}-02-28");
        await page.Locator("[data-testid=create-year]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"{year} 年福彩公益金总览");
    }

    /// <summary>An amount of the home page's year table, read back exactly.</summary>
    private static async Task<Money> FigureAsync(IPage page, string testId) =>
        Money.ParseWanYuan((await page.Locator($"[data-testid={testId}] .money").InnerTextAsync()).Trim()).Value;

    private static async Task ShootAsync(IPage page, string name)
    {
        await BrowserSupport.AssertAccessibleAsync(page, name);
        await page.SetViewportSizeAsync(1440, 900);
        await BrowserSupport.ScreenshotAsync(page, name + "-1440");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserSupport.ScreenshotAsync(page, name + "-390");
        // Open forms too fit a phone: wide tables scroll inside their own box, never the page.
        var wider = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.figures, .mud-table-container, .mud-popover, .mud-snackbar'))
                .map(e => e.tagName + '.' + e.className + '@' + Math.round(e.getBoundingClientRect().right)).slice(0, 3).join(' | ')
            """);
        Assert.True(await BrowserSupport.FitsWidthAsync(page), $"{name} overflows at 390 px: {wider}");
        await page.SetViewportSizeAsync(1440, 900);
    }
}
