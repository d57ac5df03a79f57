using Portal.Domain.Common;
using Portal.Infrastructure.Data.Seeding;

namespace Portal.Tests.Support;

/// <summary>
/// A second district set up as the bureau would, from a JSON file through <c>add-district</c>: 东城区, whose
/// street 新街口 has the same code as Xicheng's (<c>xinjiekou</c>), and which cites no Beijing regulation.
/// </summary>
public static class SecondDistrict
{
    public const string Code = "dongcheng";

    public const string BureauName = "东城区民政局";

    public const string SharedStreetCode = "xinjiekou";

    public const string Json = """
        {
          "district": {
            "code": "dongcheng",
            "name": "东城区",
            "bureauName": "东城区民政局",
            "communityCount": 168,
            "fundName": "市级彩票公益金",
            "regulations": ["东城区福利彩票公益金使用管理办法"],
            "projectAreas": [
              { "code": "social-assistance", "name": "社会救助" },
              { "code": "elderly-welfare", "name": "养老服务" }
            ]
          },
          "streets": [
            { "code": "xinjiekou", "name": "新街口" },
            { "code": "jingshan", "name": "景山" }
          ]
        }
        """;

    /// <summary>Writes <paramref name="json"/> to a file of its own and runs the setup on it.</summary>
    public static async Task<Result<District>> AddAsync(TestDatabase database, string json = Json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"district-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            return await AddDistrictCommand.AddAsync(database, file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
