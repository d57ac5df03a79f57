using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Portal.Components.Layout;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>
/// A fault in a page (an exception its code did not expect) is caught by the layout: a Chinese message with
/// a way on in place of the page, the menu still there, and the circuit kept, so "重试" brings the page back.
/// </summary>
public sealed class PageFaultTests
{
    [Fact]
    public async Task A_fault_in_a_page_shows_a_chinese_message_and_the_portal_goes_on()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var context = PortalPages.Create(database, "/?year=2020");
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var layout = context.Render<MainLayout>(parameters => parameters
            .SetAssignedRenderMode(RenderMode.InteractiveServer)
            .Add(l => l.Body, body =>
            {
                body.OpenComponent<FaultyPart>(0);
                body.CloseComponent();
            }));
        Assert.Empty(layout.FindAll("[data-testid=page-fault]"));

        await layout.Find("[data-testid=fault]").ClickAsync(new MouseEventArgs());

        var fault = layout.Find("[data-testid=page-fault]");
        Assert.Contains("页面出现错误", fault.TextContent, StringComparison.Ordinal);
        Assert.Empty(layout.FindAll("[data-testid=fault]"));
        Assert.Equal("/", layout.Find("[data-testid=page-fault-home]").GetAttribute("href"));
        Assert.Contains("福彩公益金管理平台", layout.Find(".mud-appbar").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("测试用的故障", layout.Markup, StringComparison.Ordinal);

        await layout.Find("[data-testid=page-fault-retry]").ClickAsync(new MouseEventArgs());

        Assert.Empty(layout.FindAll("[data-testid=page-fault]"));
        Assert.Single(layout.FindAll("[data-testid=fault]"));
    }

    /// <summary>A part of a page whose button throws, as a bug in a click handler would.</summary>
    private sealed class FaultyPart : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "fault");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, Fail));
            builder.AddContent(3, "出错");
            builder.CloseElement();
        }

        private static void Fail(MouseEventArgs click) => throw new InvalidOperationException("测试用的故障");
    }
}
