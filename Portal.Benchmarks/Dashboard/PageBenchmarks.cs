using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Portal.Benchmarks.City;
using Portal.Features.City;
using Portal.Features.Dashboard;
using Portal.Features.FundYears;
using Portal.Features.Reports;

namespace Portal.Benchmarks.Dashboard;

/// <summary>
/// The same figures as <see cref="DashboardSuite"/>, under BenchmarkDotNet: each page next to its SQL floor
/// as the baseline, so the Ratio column is the page's cost over the floor's. Runs in this process (the
/// generated city is built once for all of them) and prints BenchmarkDotNet's table with p95.
/// </summary>
[Config(typeof(PageBenchmarkConfig))]
public abstract class PageBenchmark
{
    protected const string District = "gen-01";

    private static readonly Lazy<Task<CityDatabase>> SharedCity = new(() => CityDatabase.OpenAsync(CitySize.Beijing));
    private ServiceProvider? _services;
    private AsyncServiceScope _scope;

    protected static int Year => CityGenerator.FirstYear + CitySize.Beijing.Years - 1;

    protected static DateOnly AsOf => new(Year, 9, 30);

    protected CityDatabase City { get; private set; } = null!;

    protected IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>The city view is read by a city-level account; the district's pages by the district's manager.</summary>
    protected virtual bool ReadsAsCity => false;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        City = await SharedCity.Value;
        _services = ReadsAsCity ? City.CityServices() : City.Services(District);
        _scope = _services.CreateAsyncScope();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _scope.DisposeAsync();
        if (_services is not null)
            await _services.DisposeAsync();
    }

    /// <summary>Deletes the generated city once every benchmark has run.</summary>
    public static async Task DisposeCityAsync()
    {
        if (SharedCity.IsValueCreated)
            await (await SharedCity.Value).DisposeAsync();
    }
}

public class DistrictDashboardBenchmarks : PageBenchmark
{
    [Benchmark(Baseline = true, Description = "bare SQL of the same totals")]
    public Task<long> Floor() => SqlFloors.RunAsync(City.Path, SqlFloors.DistrictDashboard, District, Year, AsOf);

    [Benchmark(Description = "manager dashboard page (overview and sections), one district-year")]
    public async Task<DashboardHome?> Page() => (await Services.GetRequiredService<DashboardService>().HomeAsync(Year, AsOf)).Value;
}

public class CityYearBenchmarks : PageBenchmark
{
    protected override bool ReadsAsCity => true;

    [Benchmark(Baseline = true, Description = "bare SQL of the same totals")]
    public Task<long> Floor() => SqlFloors.RunAsync(City.Path, SqlFloors.CityYear, null, Year, AsOf);

    [Benchmark(Description = "city-year view")]
    public async Task<CityView?> Page() => (await Services.GetRequiredService<CityService>().CityAsync(Year, AsOf)).Value;
}

public class AnnualReportBenchmarks : PageBenchmark
{
    [Benchmark(Baseline = true, Description = "bare SQL of the same totals")]
    public Task<long> Floor() => SqlFloors.RunAsync(City.Path, SqlFloors.AnnualReport, District, Year, AsOf);

    [Benchmark(Description = "annual report, page model")]
    public async Task<ReportPage?> Model() => (await Services.GetRequiredService<AnnualReportService>().ReportAsync(Year)).Value;

    [Benchmark(Description = "annual report, .docx")]
    public async Task<byte[]> Docx() => ReportDocument.Create((await Services.GetRequiredService<AnnualReportService>().ReportAsync(Year)).Value!.Report);
}

/// <summary>In this process (no generated project to build), short runs, with p95 next to the mean.</summary>
public sealed class PageBenchmarkConfig : ManualConfig
{
    public PageBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.P95);
        Options |= ConfigOptions.DisableLogFile;
    }
}
