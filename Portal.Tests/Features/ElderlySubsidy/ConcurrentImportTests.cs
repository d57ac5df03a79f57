using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.ElderlySubsidy;

/// <summary>
/// How many imports run at once: one per user and two in all by default, each further one refused at once
/// with a message and nothing written. Each harness is one user's circuit; they share the portal's gate.
/// </summary>
public sealed class ConcurrentImportTests : IAsyncLifetime
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n新街口,2021,1,高龄津贴,10,1000,0,\n");

    private readonly ImportGate _gate = new(Options.Create(new ImportOptions()));
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;
    private ServiceHarness _officer = null!;
    private ServiceHarness _otherManager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        await _database.RegisterAsync("manager-2");
        await _database.RegisterAsync("officer", "xinjiekou");
        _manager = Harness("manager", PortalRoles.Manager);
        _otherManager = Harness("manager-2", PortalRoles.Manager);
        _officer = Harness("officer", PortalRoles.StreetStaff);
        Assert.True((await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _otherManager.DisposeAsync();
        await _officer.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_second_import_of_the_same_user_is_refused_while_the_first_runs_and_runs_once_it_ended()
    {
        var held = new AsyncOnlyStream(Csv, held: true);
        var first = Import(_officer).PreviewAsync(held, "一月.csv", TestContext.Current.CancellationToken);
        await held.Reading;
        var audit = await AuditCountAsync();

        var preview = await Import(_officer).PreviewAsync(new MemoryStream(Csv), "一月.csv", TestContext.Current.CancellationToken);
        var commit = await Import(_officer).CommitAsync(new MemoryStream(Csv), "一月.csv", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("您已有一个导入正在进行（预览或导入），请等它完成后再上传。", false), (preview.FileError, preview.CanCommit));
        Assert.Equal(ImportMessages.BusyForUser, commit.Error);
        Assert.Equal(audit, await AuditCountAsync());
        held.Release();
        Assert.True((await first).CanCommit);
        Assert.True((await Import(_officer).CommitAsync(new MemoryStream(Csv), "一月.csv", cancellationToken: TestContext.Current.CancellationToken)).IsSuccess);
    }

    [Fact]
    public async Task A_third_user_is_refused_while_two_imports_run_and_may_import_when_one_ended()
    {
        var officers = new AsyncOnlyStream(Csv, held: true);
        var managers = new AsyncOnlyStream(Csv, held: true);
        var first = Import(_officer).PreviewAsync(officers, "一月.csv", TestContext.Current.CancellationToken);
        var second = Import(_manager).CommitAsync(managers, "一月.csv", cancellationToken: TestContext.Current.CancellationToken);
        await Task.WhenAll(officers.Reading, managers.Reading);

        var third = await Import(_otherManager).CommitAsync(new MemoryStream(Csv), "一月.csv", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("服务器正在处理其他用户的导入，请几分钟后再试。", third.Error);
        officers.Release();
        Assert.True((await first).CanCommit);
        Assert.True((await Import(_otherManager).PreviewAsync(new MemoryStream(Csv), "一月.csv", TestContext.Current.CancellationToken)).CanCommit);
        managers.Release();
        Assert.True((await second).IsSuccess);
    }

    [Fact]
    public async Task An_import_that_ends_in_an_exception_gives_its_place_back()
    {
        var held = new AsyncOnlyStream(Csv, held: true);
        using var cancel = new CancellationTokenSource();
        var first = Import(_officer).PreviewAsync(held, "一月.csv", cancel.Token);
        await held.Reading;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.True((await Import(_officer).PreviewAsync(new MemoryStream(Csv), "一月.csv", TestContext.Current.CancellationToken)).CanCommit);
    }

    private ServiceHarness Harness(string id, string role) =>
        new(_database, ServiceHarness.Principal(id, role), services => services.AddSingleton(_gate));

    private static SubsidyImportService Import(ServiceHarness harness) => harness.Get<SubsidyImportService>();

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }
}
