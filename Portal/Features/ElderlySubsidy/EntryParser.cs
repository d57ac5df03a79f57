using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Features.ElderlySubsidy;

/// <summary>One subsidy's figures after parsing what was typed.</summary>
public sealed record ParsedLine(SubsidyType Type, long PersonTimes, Money Lottery, Money Matching, string? Comment);

/// <summary>Parses typed text into figures, collecting a Chinese message per field instead of stopping at the first.</summary>
public static class EntryParser
{
    public sealed record Parsed(IReadOnlyList<ParsedLine> Lines, IReadOnlyDictionary<string, string> FieldErrors);

    public static Parsed Parse(IEnumerable<LineEntry> lines, IReadOnlyDictionary<string, SubsidyType> types)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(types);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = new List<ParsedLine>();
        foreach (var line in lines)
        {
            if (parsed.Any(p => p.Type.Code == line.SubsidyCode) || errors.ContainsKey(EntryFields.PersonTimes(line.SubsidyCode)))
            {
                errors[EntryFields.PersonTimes(line.SubsidyCode)] = SubsidyMessages.DuplicateSubsidyLine;
                continue;
            }

            if (!types.TryGetValue(line.SubsidyCode, out var type))
            {
                errors[EntryFields.PersonTimes(line.SubsidyCode)] = SubsidyRates.UnknownSubsidy(line.SubsidyCode);
                continue;
            }

            var personTimes = PersonTimesText.Parse(line.PersonTimes);
            var lottery = Money.ParseYuan(line.LotteryYuan);
            var matching = Money.ParseYuan(line.MatchingYuan);
            if (personTimes.IsFailure)
                errors[EntryFields.PersonTimes(line.SubsidyCode)] = personTimes.Error!;
            if (lottery.IsFailure)
                errors[EntryFields.Lottery(line.SubsidyCode)] = lottery.Error!;
            if (matching.IsFailure)
                errors[EntryFields.Matching(line.SubsidyCode)] = matching.Error!;
            if (line.Comment?.Trim().Length > SubsidyReport.CommentMaxLength)
                errors[EntryFields.Comment(line.SubsidyCode)] = SubsidyMessages.CommentTooLong;
            if (personTimes.IsSuccess && lottery.IsSuccess && matching.IsSuccess)
                parsed.Add(new ParsedLine(type, personTimes.Value, lottery.Value, matching.Value, line.Comment));
        }

        return new Parsed(parsed, errors);
    }
}
