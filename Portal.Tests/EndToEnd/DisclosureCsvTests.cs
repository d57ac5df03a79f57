using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;

namespace Portal.Tests.EndToEnd;

/// <summary>The open-data CSV never hands a spreadsheet a formula, whatever a manager typed as an indicator's unit.</summary>
public sealed class DisclosureCsvTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("@A1")]
    [InlineData("-2")]
    public async Task An_indicator_unit_that_looks_like_a_formula_is_written_as_text(string unit)
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        await using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={host.DatabasePath};Pooling=False").Options))
        {
            db.Actor = "测试准备";
            var project = await db.Set<Project>().Include(p => p.Indicators).SingleAsync(p => p.Order == 10, TestContext.Current.CancellationToken);
            Assert.True(project.AddIndicator(null, new IndicatorDetails(IndicatorCategory.Output, "公式测试", unit, IndicatorComparison.Equal, 1m, null)).IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var response = await manager.GetAsync(new Uri("/api/years/2020/disclosure.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var line = csv.Split("\r\n").Single(l => l.Contains("公式测试", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(",'" + unit, line, StringComparison.Ordinal);
        Assert.DoesNotContain(csv.Split("\r\n"), l => l.EndsWith("," + unit, StringComparison.Ordinal));
    }
}
