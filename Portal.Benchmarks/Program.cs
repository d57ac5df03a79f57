using BenchmarkDotNet.Running;
using Portal.Benchmarks.Circuits;
using Portal.Benchmarks.ColdStart;
using Portal.Benchmarks.Dashboard;
using Portal.Benchmarks.Import;

// dotnet run -c Release --project Portal.Benchmarks -- <suite>
//   smoke      every suite on a tiny generated city, a few runs: proves the suite still works (CI runs it; no timing asserted)
//   dashboard  the dashboard (district-year and city-year) and the annual report of a Beijing-sized generated city
//   bdn        the same pages and floors under BenchmarkDotNet (in process, floor as the baseline)
//   import     a generated 100,000-row monthly-figures file through the import, against a raw insert
//   circuits   memory per interactive user and concurrent circuits, portal pages next to a blank template
//              (circuits [dashboard] [list] [entry] [project]: only those pages; all by default;
//               circuits --memory ...: memory per circuit and 25-user clicks only, apps built rather than published;
//               circuits --levels 2000 ...: only those steps of the ramp)
//   coldstart  process start to the first rendered page, portal next to a blank template
// PORTAL_BENCH_CITY=<file> keeps the generated city in that file and reuses it on the next run.
// --out <folder> writes each suite's output there as <date>-<suite>.md (default docs/performance/).
var results = Portal.Benchmarks.ResultFile.Capture(ref args);
var suite = args.FirstOrDefault() ?? "smoke";
return results.Write(suite, suite switch
{
    "smoke" => await SmokeAsync(args),
    "dashboard" => await DashboardSuite.RunAsync(smoke: false),
    "bdn" => await BenchmarkDotNetAsync(),
    "import" => await ImportSuite.RunAsync(smoke: false),
    "circuits" => await CircuitsSuite.RunAsync(args, smoke: false),
    "coldstart" => await ColdStartSuite.RunAsync(args, smoke: false),
    _ => Unknown(suite),
});

static async Task<int> SmokeAsync(string[] args)
{
    try
    {
        foreach (var run in new Func<Task<int>>[]
        {
            () => DashboardSuite.RunAsync(smoke: true),
            () => ImportSuite.RunAsync(smoke: true),
            () => CircuitsSuite.RunAsync(args, smoke: true),
            () => ColdStartSuite.RunAsync(args, smoke: true),
        })
        {
            var failed = await run();
            if (failed != 0)
                return failed;
        }

        return 0;
    }
    finally
    {
        Apps.Clean();
    }
}

static async Task<int> BenchmarkDotNetAsync()
{
    try
    {
        BenchmarkRunner.Run([typeof(DistrictDashboardBenchmarks), typeof(CityYearBenchmarks), typeof(AnnualReportBenchmarks)]);
        return 0;
    }
    finally
    {
        await PageBenchmark.DisposeCityAsync();
    }
}

static int Unknown(string suite)
{
    Console.Error.WriteLine($"unknown suite '{suite}': smoke, dashboard, bdn, import, circuits, coldstart");
    return 2;
}
