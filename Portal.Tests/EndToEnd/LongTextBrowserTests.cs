using Microsoft.Playwright;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Long text never costs the user their work behind a success message: a comment pasted far beyond its
/// limit is cut to the limit in the field as it goes in, the field says so in Chinese, and what the page
/// then reports as saved is exactly what the field shows. The live connection stays up throughout (a
/// message over its limit used to drop it, and the next save reported a draft saved without the text).
/// </summary>
public sealed class LongTextBrowserTests
{
    [Fact]
    public async Task A_comment_pasted_far_beyond_its_limit_is_cut_in_the_field_with_a_message_and_saved_exactly_as_shown()
    {
        await using var portal = LoopbackPortal.Start();
        await using var browser = await BrowserSession.StartAsync();
        var manager = await browser.NewUserAsync();
        var officer = await browser.NewUserAsync();
        try
        {
            await PortalSetup.CreateMonthlyYearAsync(portal, manager, 2021);
            await MonthEntryPage.OpenAsync(officer, portal, "staff-xinjiekou", 1);
            // 900 yuan a person-time is above the highest rate, so the month asks for a comment.
            await MonthEntryPage.FillLineAsync(officer, "advanced-age", "10", "9,000", "0");
            await MonthEntryPage.FillLineAsync(officer, "disability-care", "0", "0", "0");
            var line = officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age]");
            await officer.Locator("[data-testid=save-draft]").ClickAsync();
            await Assertions.Expect(officer.GetByText("1 月草稿已保存。")).ToBeVisibleAsync();
            await Assertions.Expect(officer.GetByText("1 月草稿已保存。")).ToBeHiddenAsync(new() { Timeout = 20_000 });

            // About 12,000 characters of Chinese pasted at once: 36 KB, more than the connection used to take.
            var comment = line.Locator("[data-testid=input-comment]");
            var pasted = string.Concat(Enumerable.Repeat("补发二〇二〇年十二月高龄津贴，", 800));
            await comment.FocusAsync();
            await officer.Keyboard.InsertTextAsync(pasted);
            var shown = await comment.InputValueAsync();

            Assert.Equal(SubsidyReport.CommentMaxLength, shown.Length);
            Assert.Equal(pasted[..SubsidyReport.CommentMaxLength], shown);
            await Assertions.Expect(line.GetByText($"最多 {SubsidyReport.CommentMaxLength} 字，超出的部分无法输入")).ToBeVisibleAsync();

            await officer.Locator("[data-testid=save-draft]").ClickAsync();
            await Assertions.Expect(officer.GetByText("1 月草稿已保存。")).ToBeVisibleAsync();
            await Assertions.Expect(line.GetByText($"{SubsidyReport.CommentMaxLength} / {SubsidyReport.CommentMaxLength}")).ToBeVisibleAsync();
            await Assertions.Expect(officer.Locator("[data-testid=entry-error]")).ToHaveCountAsync(0);
            await Assertions.Expect(officer.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);

            // The page said saved: the database holds exactly what the field showed. Reload and read it back.
            await officer.ReloadAsync();
            await BrowserSupport.WaitUntilInteractiveAsync(officer);
            var stored = await officer.Locator("[data-testid=entry-line][data-subsidy=advanced-age] [data-testid=input-comment]").InputValueAsync();
            Assert.Equal(shown, stored);
        }
        catch
        {
            await BrowserSupport.ScreenshotAsync(officer, "long-comment");
            throw;
        }
    }
}
