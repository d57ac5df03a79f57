namespace Portal.Infrastructure.Data.Seeding;

/// <summary>
/// What the seeder looks for before adding each part: the district by its code, the fund year of that
/// district, every subsidy type by its code. When all are there, seeding would change nothing.
/// </summary>
public sealed record SeedMarks(string DistrictCode, int FundYear, IReadOnlyList<string> SubsidyTypeCodes, bool IncludesDemo = true);
