using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;

namespace Portal.Benchmarks.City;

/// <summary>The size of a generated city: districts, streets per district, fund years.</summary>
public sealed record CitySize(int Districts, int StreetsPerDistrict, int Years)
{
    /// <summary>Beijing: 16 districts, about 330 streets, ten years.</summary>
    public static CitySize Beijing => new(16, 21, 10);

    public static CitySize Smoke => new(2, 3, 1);
}

/// <summary>
/// GENERATED DATA, never real: a deterministic city written through the domain into its own database
/// file (districts 生成区01…, codes gen-01…), for measuring the portal at city scale.
/// </summary>
public static class CityGenerator
{
    public const string Actor = "基准测试数据生成（非真实数据）";
    public const int FirstYear = 2011;

    public static async Task GenerateAsync(IDbContextFactory<PortalDbContext> factory, CitySize size)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(size);
        await using var setup = await factory.CreateDbContextAsync();
        var types = await setup.SubsidyTypes.ToListAsync();
        for (var d = 1; d <= size.Districts; d++)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.Actor = Actor;
            var district = District.Create(string.Create(CultureInfo.InvariantCulture, $"gen-{d:00}"), string.Create(CultureInfo.InvariantCulture, $"生成区{d:00}"), string.Create(CultureInfo.InvariantCulture, $"生成区{d:00}民政局"), size.StreetsPerDistrict * 17).Value;
            for (var s = 1; s <= size.StreetsPerDistrict; s++)
                district.AddStreet(string.Create(CultureInfo.InvariantCulture, $"gen-{d:00}-{s:00}"), string.Create(CultureInfo.InvariantCulture, $"生成{d:00}街{s:00}"));
            db.Districts.Add(district);

            for (var y = 0; y < size.Years; y++)
            {
                var year = FundYear.Create(district.Id, FirstYear + y, Money.FromWanYuan(30_000), Money.FromWanYuan(28_000), Money.FromWanYuan(2_000), new DateOnly(FirstYear + y + 1, 2, 28)).Value;
                AddProjects(year, district);
                db.FundYears.Add(year);
                AddMonthlyReports(db, year, district, types);
            }

            await db.SaveChangesAsync();
        }
    }

    private static void AddProjects(FundYear year, District district)
    {
        for (var p = 1; p <= 10; p++)
        {
            var cycle = Cycle.OfYear(year.Year);
            var project = year.AddProject(ProjectArea.SocialAssistance,
                new ProjectDetails(string.Create(CultureInfo.InvariantCulture, $"生成项目{p:00}"), "生成的项目，非真实数据", cycle, "生成负责人", "00000000", ProjectStatus.InProgress),
                Money.FromWanYuan(200)).Value;
            foreach (var street in district.Streets)
            {
                var share = project.ShareToStreet(null, street, Money.FromWanYuan(5), "生成").Value;
                project.RecordSpending(SpendingTarget.Share(share), new DateOnly(year.Year, 1 + (street.Order % 12), 15), Money.FromWanYuan(2), null, year.CutOffDate);
            }

            project.RecordSpending(SpendingTarget.Project, new DateOnly(year.Year, 6, 30), Money.FromWanYuan(10), null, year.CutOffDate);
        }
    }

    private static void AddMonthlyReports(PortalDbContext db, FundYear year, District district, IReadOnlyList<SubsidyType> types)
    {
        var lottery = Money.Zero;
        foreach (var street in district.Streets)
        {
            for (var month = 1; month <= 12; month++)
            {
                var report = SubsidyReport.Create(year, street.Id, month, new DateOnly(2100, 1, 1)).Value;
                foreach (var type in types)
                {
                    var personTimes = 500 + (street.Order * 13) + month;
                    var monthly = Money.FromYuan(personTimes * (type.Code == SubsidyType.AdvancedAgeCode ? 150L : 300L));
                    report.SetLine("generator", type, personTimes, Money.FromFen(monthly.Fen / 3), monthly - Money.FromFen(monthly.Fen / 3), null, year, lottery);
                }

                lottery += report.Lottery;
                report.Submit("generator");
                report.Approve("generator", separateDuties: false);
                db.SubsidyReports.Add(report);
            }
        }
    }
}
