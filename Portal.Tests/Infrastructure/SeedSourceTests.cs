using System.Text.Json;
using Portal.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>The seed file itself, whatever database it goes into.</summary>
public sealed class SeedSourceTests
{
    /// <summary>
    /// The structured seed is checked against the source report itself: every printed amount in the seed
    /// appears in the report's text, and every narrative is the report's own words.
    /// </summary>
    [Fact]
    public void The_structured_seed_quotes_the_source_report()
    {
        var root = RepositoryRoot.Path;
        var report = string.Concat(File.ReadAllLines(Path.Combine(root, "seeds", "000_3937562215a75c57.txt")).Select(l => l.Trim()));
        using var seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "seeds", "xicheng-2020.json")));
        var year = seed.RootElement.GetProperty("fundYear");

        var quoted = 0;
        foreach (var project in year.GetProperty("projects").EnumerateArray())
        {
            foreach (var part in project.GetProperty("subprojects").EnumerateArray().Prepend(project))
            {
                Assert.Contains(part.GetProperty("allocationWanYuan").GetString() + " 万元", report, StringComparison.Ordinal);
                Assert.Contains(part.GetProperty("name").GetString()!, report, StringComparison.Ordinal);
                foreach (var field in new[] { "outcome", "description" })
                {
                    if (part.GetProperty(field).GetString() is not { } text)
                        continue;
                    Assert.Matches(Quoted(text), report);
                    quoted++;
                }
            }
        }

        Assert.Matches(Quoted(year.GetProperty("elderlySubsidy").GetProperty("outcome").GetString()!), report);
        Assert.True(quoted >= 20, $"only {quoted} narratives were compared");
    }

    /// <summary>A narrative as the report prints it: each placeholder ({支出}) stands for the figure printed there.</summary>
    private static System.Text.RegularExpressions.Regex Quoted(string text) =>
        new(string.Join("[0-9.]+", System.Text.RegularExpressions.Regex.Split(text, @"\{[^{}]+\}").Select(System.Text.RegularExpressions.Regex.Escape)));

    /// <summary>Every start compares the database with these marks, read apart from the typed document.</summary>
    [Fact]
    public void The_marks_are_what_the_seed_document_adds()
    {
        var document = SeedReader.Read(SeedReader.Xicheng2020);
        var marks = DatabaseSeeder.Marks;

        Assert.Equal(document.District.Code, marks.DistrictCode);
        Assert.Equal(document.FundYear.Year, marks.FundYear);
        Assert.Equal(document.SubsidyTypes.Select(t => t.Code), marks.SubsidyTypeCodes);
    }
}
