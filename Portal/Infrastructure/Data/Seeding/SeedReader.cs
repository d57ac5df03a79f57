using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;

namespace Portal.Infrastructure.Data.Seeding;

/// <summary>Reads the seed documents embedded from the repository's seeds/ folder.</summary>
internal static class SeedReader
{
    public const string Xicheng2020 = "seeds.xicheng-2020.json";

    public static SeedDocument Read(string resourceName)
    {
        using var stream = Open(resourceName);
        return JsonSerializer.Deserialize(stream, SeedJsonContext.Default.SeedDocument)
            ?? throw new InvalidOperationException($"Seed document {resourceName} is empty.");
    }

    /// <summary>
    /// Only what the seeder looks for, read without building the typed reader for the whole document:
    /// every start needs these, only a first start needs the rest.
    /// </summary>
    public static SeedMarks ReadMarks(string resourceName)
    {
        using var stream = Open(resourceName);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return new SeedMarks(
            root.GetProperty("district").GetProperty("code").GetString()!,
            root.GetProperty("fundYear").GetProperty("year").GetInt32(),
            [.. root.GetProperty("subsidyTypes").EnumerateArray().Select(t => t.GetProperty("code").GetString()!)]);
    }

    private static Stream Open(string resourceName) =>
        typeof(SeedReader).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"Seed document {resourceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");

    public static Money WanYuan(string text) => Expect(Money.ParseWanYuan(text), text);

    public static Money Yuan(string text) => Expect(Money.ParseYuan(text), text);

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static Cycle Cycle(SeedCycle cycle)
    {
        var kind = cycle.Kind switch
        {
            "year" => CycleKind.Year,
            "years" => CycleKind.Years,
            "months" => CycleKind.Months,
            "dates" => CycleKind.Dates,
            _ => throw new InvalidOperationException($"Unknown cycle kind {cycle.Kind}."),
        };
        var result = Expect(Domain.Common.Cycle.Create(kind, cycle.Start, cycle.End), cycle.Label);
        return result.Label == cycle.Label
            ? result
            : throw new InvalidOperationException($"Cycle {cycle.Label} would be written as {result.Label}.");
    }

    public static ProjectStatus Status(string status) => status switch
    {
        "planned" => ProjectStatus.Planned,
        "in-progress" => ProjectStatus.InProgress,
        "completed" => ProjectStatus.Completed,
        "postponed" => ProjectStatus.Postponed,
        "not-carried-out" => ProjectStatus.NotCarriedOut,
        _ => throw new InvalidOperationException($"Unknown project status {status}."),
    };

    public static ProjectArea Area(string? area) => area switch
    {
        "social-assistance" => ProjectArea.SocialAssistance,
        "child-protection" => ProjectArea.ChildProtection,
        _ => throw new InvalidOperationException($"Unknown project area {area}."),
    };

    public static IndicatorDetails Indicator(SeedIndicator indicator) => new(
        indicator.Category switch
        {
            "output" => IndicatorCategory.Output,
            "benefit" => IndicatorCategory.Benefit,
            "satisfaction" => IndicatorCategory.Satisfaction,
            _ => throw new InvalidOperationException($"Unknown indicator category {indicator.Category}."),
        },
        indicator.Name,
        indicator.Unit,
        indicator.Comparison switch
        {
            "=" => IndicatorComparison.Equal,
            ">=" => IndicatorComparison.AtLeast,
            "<=" => IndicatorComparison.AtMost,
            _ => throw new InvalidOperationException($"Unknown comparison {indicator.Comparison}."),
        },
        Number(indicator.TargetValue),
        indicator.AchievedValue is null ? null : Number(indicator.AchievedValue));

    /// <summary>The seed is loaded through the domain's own rules: a refusal means the seed is wrong.</summary>
    public static T Expect<T>(Result<T> result, string what) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Seed data refused ({what}): {result.Error}");

    public static void Expect(Result result, string what)
    {
        if (result.IsFailure)
            throw new InvalidOperationException($"Seed data refused ({what}): {result.Error}");
    }
}
