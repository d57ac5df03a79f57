using Portal.Benchmarks.City;
using Portal.Features.City;
using Portal.Features.Dashboard;
using Portal.Features.FundYears;
using Portal.Features.Reports;

namespace Portal.Benchmarks.Dashboard;

/// <summary>
/// Server time of the pages a manager reads most, at city scale, each next to its SQL floor measured in the
/// same run: the dashboard of one district-year and of the whole city-year, and the annual report (its page
/// model and its .docx). Before timing, each page's totals are checked against its floor's, so a fast wrong
/// answer cannot pass.
/// </summary>
public static class DashboardSuite
{
    public static async Task<int> RunAsync(bool smoke)
    {
        var size = smoke ? CitySize.Smoke : CitySize.Beijing;
        var runs = smoke ? 3 : 40;
        await using var city = await CityDatabase.OpenAsync(size);
        const string district = "gen-01";
        var year = CityGenerator.FirstYear + size.Years - 1;
        var asOf = new DateOnly(year, 9, 30);
        await using var services = city.Services(district);
        await using var scope = services.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();
        await using var cityServices = city.CityServices();
        await using var cityScope = cityServices.CreateAsyncScope();
        var cityView = cityScope.ServiceProvider.GetRequiredService<CityService>();
        var reports = scope.ServiceProvider.GetRequiredService<AnnualReportService>();

        await CrossCheck.DistrictAsync(city.Path, district, year, asOf, Expect((await dashboard.DashboardAsync(year, asOf)).Value));
        await CrossCheck.CityAsync(city.Path, year, asOf, Expect((await cityView.CityAsync(year, asOf)).Value), size);

        var districtFloor = await Measurement.TimeAsync(() => SqlFloors.RunAsync(city.Path, SqlFloors.DistrictDashboard, district, year, asOf), 3, runs);
        // What the dashboard page asks for: the overview cards and the sections under them.
        var districtPage = await Measurement.TimeAsync(async () => Expect((await dashboard.HomeAsync(year, asOf)).Value), 3, runs);
        var cityFloor = await Measurement.TimeAsync(() => SqlFloors.RunAsync(city.Path, SqlFloors.CityYear, null, year, asOf), 3, runs);
        var cityPage = await Measurement.TimeAsync(async () => Expect((await cityView.CityAsync(year, asOf)).Value), 3, runs);
        var reportFloor = await Measurement.TimeAsync(() => SqlFloors.RunAsync(city.Path, SqlFloors.AnnualReport, district, year, asOf), 3, runs);
        var reportModel = await Measurement.TimeAsync(async () => Expect((await reports.ReportAsync(year)).Value), 3, runs);
        var docx = await Measurement.TimeAsync(async () => ReportDocument.Create(Expect((await reports.ReportAsync(year)).Value).Report), 3, runs);

        const string sql = "bare SQL of the same totals";
        Console.WriteLine(Measurement.Table(
        [
            new("manager dashboard page (overview and sections), one district-year", districtPage.P50, districtPage.P95, sql, districtFloor.P50),
            new($"city-year view, {size.Districts} districts", cityPage.P50, cityPage.P95, sql, cityFloor.P50),
            new("annual report page model (manager draft with its checks)", reportModel.P50, reportModel.P95, sql, reportFloor.P50),
            new("annual report, .docx", docx.P50, docx.P95, sql, reportFloor.P50),
        ]));
        return 0;
    }

    private static T Expect<T>(T? value)
        where T : class => value ?? throw new InvalidOperationException("The generated year did not load.");
}
