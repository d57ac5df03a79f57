using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>
/// Who the caller is comes from the user directory. Within one HTTP request it is read once; in a circuit,
/// which lasts for hours, every question reads the directory again.
/// </summary>
public sealed class RequestDirectoryAnswerTests
{
    [Fact]
    public async Task In_a_circuit_an_account_disabled_meanwhile_is_disabled_at_the_next_question()
    {
        await using var database = await TestDatabase.SeededAsync();
        var account = await database.RegisterAsync("officer", "xinjiekou");
        await using var circuit = new ServiceHarness(database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        var users = circuit.Get<PortalUserAccessor>();

        var before = await users.GetAsync();
        await DisableAsync(database, account.Id);
        var after = await users.GetAsync();

        Assert.False(before.IsDisabled);
        Assert.Equal("xinjiekou", before.StreetCode);
        Assert.True(after.IsDisabled);
        Assert.False(after.IsActive);
    }

    [Fact]
    public async Task Within_one_request_the_directory_is_read_once_and_its_answer_kept()
    {
        await using var database = await TestDatabase.SeededAsync();
        var account = await database.RegisterAsync("officer", "xinjiekou");
        await using var services = new ServiceHarness(database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        PortalUser? first = null, second = null;

        await RequestAsync(services, async context =>
        {
            var users = context.RequestServices.GetRequiredService<PortalUserAccessor>();
            first = await users.GetAsync();
            await DisableAsync(database, account.Id);
            second = await users.GetAsync();
        });

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.False(second!.IsDisabled);
    }

    [Fact]
    public async Task The_next_request_reads_the_directory_again()
    {
        await using var database = await TestDatabase.SeededAsync();
        var account = await database.RegisterAsync("officer", "xinjiekou");
        await using var first = new ServiceHarness(database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        await using var second = new ServiceHarness(database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
        PortalUser? before = null, after = null;

        await RequestAsync(first, async context => before = await context.RequestServices.GetRequiredService<PortalUserAccessor>().GetAsync());
        await DisableAsync(database, account.Id);
        await RequestAsync(second, async context => after = await context.RequestServices.GetRequiredService<PortalUserAccessor>().GetAsync());

        Assert.False(before!.IsDisabled);
        Assert.True(after!.IsDisabled);
    }

    /// <summary>One HTTP request through the portal's middleware, its services those of <paramref name="services"/>.</summary>
    private static async Task RequestAsync(ServiceHarness services, RequestDelegate page)
    {
        var app = new ApplicationBuilder(services.Services);
        app.UseRequestDirectoryAnswer();
        app.Run(page);
        await app.Build()(new DefaultHttpContext { RequestServices = services.Services });
    }

    private static async Task DisableAsync(TestDatabase database, Guid accountId)
    {
        await using var db = database.CreateDbContext();
        db.Actor = "测试准备";
        var account = await db.UserAccounts.SingleAsync(a => a.Id == accountId);
        Assert.True(account.Disable().IsSuccess);
        await db.SaveChangesAsync();
    }
}
