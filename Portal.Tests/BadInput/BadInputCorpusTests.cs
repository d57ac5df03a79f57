using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Features.SocialAssistance;
using Portal.Features.Users;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.BadInput;

/// <summary>
/// A corpus of bad inputs for every form, import and write route, each played through the real services
/// on a fresh seeded database. A bad input is refused with a Chinese message (no exception text) and
/// writes nothing: every successful write appends audit rows, so an unchanged audit count means no
/// change. Script and HTML typed as a comment are the exception by design: they are saved and read back
/// exactly as typed, because the pages show them as text and never run them.
/// </summary>
public sealed partial class BadInputCorpusTests
{
    private const string Age = SubsidyType.AdvancedAgeCode;
    private const string Header = "街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明";

    /// <summary>A small 2021 project that fits the 2021 factor block of 200 万元.</summary>
    private static readonly ProjectForm NewProject = new(
        "社区救助宣传", "宣传救助政策", "year", "2021-01-01", "2021-12-31", "10", "朱建国", "83418099",
        ProjectStatus.Planned, ProjectArea.SocialAssistance, null, null, null);

    /// <summary>(十) performance tracking of 2020: 2020-2021 年, 15.698 万元, nothing given on or spent.</summary>
    private const int Tracking = 10;

    /// <summary>(八) child protection of 2020: 134.69 万元, all of it given to four subprojects.</summary>
    private const int ChildProtection = 9;

    private static readonly IReadOnlyList<BadInput> Corpus =
    [
        .. MonthlyEntryCases(),
        .. CommentShownAsTextCases(),
        .. FundYearCases(),
        .. ProjectCases(),
        .. SpendingCases(),
        .. TransferCases(),
        .. ImportCases(),
        .. UserDirectoryCases(),
        .. ReviewCases(),
    ];

    /// <summary>What must exist before the case runs; set up before the audit count is taken.</summary>
    [Flags]
    private enum Given
    {
        /// <summary>The seeded 2020 year only, whose lottery elderly block is used up by its published totals.</summary>
        Seeded = 0,
        Year2021 = 1,
        Year2026 = 2,
        DraftJanuary2021 = 4,
        SubmittedJanuary2021 = 8,

        /// <summary>新街口's officer paid 10 万元 from its children's-home share.</summary>
        Paid = 16,

        /// <summary>That payment, reversed by the manager.</summary>
        PaidAndReversed = 32,

        /// <summary>January 2021 of 新街口 entered and submitted by the district manager, not the street.</summary>
        ManagerSubmittedJanuary2021 = 64,

        /// <summary>The 2020 report published once (version 1), over its warnings.</summary>
        Published2020 = 128,
    }

    public static TheoryData<string> Cases() => new(Corpus.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_input_is_refused_in_chinese_and_leaves_the_data_as_it_was(string name)
    {
        var badInput = Corpus.Single(c => c.Name == name);
        await using var world = await World.CreateAsync(badInput.Given);
        var before = await world.AuditCountAsync();

        var outcome = await badInput.When(world);

        if (badInput.Then.Verbatim is { } typed)
        {
            Assert.True(outcome.Succeeded, string.Join(" | ", outcome.Messages));
            Assert.Equal(typed, outcome.Stored);
            Assert.True(await world.AuditCountAsync() > before, "A saved comment leaves an audit row.");
            return;
        }

        Assert.False(outcome.Succeeded, $"Accepted: {name}");
        Assert.NotEmpty(outcome.Messages);
        Assert.All(outcome.Messages, AssertReadableChinese);
        Assert.True(badInput.Then.Holds(outcome), $"Expected {badInput.Then.Description}, got: {string.Join(" | ", outcome.Messages)}");
        Assert.Equal(before, await world.AuditCountAsync());
    }

    [Fact]
    public void The_corpus_has_at_least_100_uniquely_named_cases_over_every_area()
    {
        Assert.True(Corpus.Count >= 100, $"Only {Corpus.Count} cases.");
        Assert.Equal(Corpus.Count, Corpus.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var area in new[] { "entry", "comment", "fund year", "deadline", "rates", "project", "subproject", "share", "indicator", "lag", "spending", "transfer", "import", "users", "review" })
            Assert.Contains(Corpus, c => c.Name.StartsWith(area + ":", StringComparison.Ordinal));
    }

    private static void AssertReadableChinese(string message)
    {
        Assert.Matches(Cjk(), message);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    // ───────────────────────────── Monthly entry (MonthlyEntryService) ─────────────────────────────

    private static IEnumerable<BadInput> MonthlyEntryCases()
    {
        var personTimes = EntryFields.PersonTimes(Age);
        var lottery = EntryFields.Lottery(Age);
        var matching = EntryFields.Matching(Age);
        var comment = EntryFields.Comment(Age);
        var twoDecimals = MoneyMessages.TooManyDecimals("元", 2);

        // Negatives, in every spelling a Chinese input method produces.
        yield return Entry("entry: lottery -1", Line(lottery: "-1"), At(lottery, MoneyMessages.Negative));
        yield return Entry("entry: matching -0.01", Line(matching: "-0.01"), At(matching, MoneyMessages.Negative));
        yield return Entry("entry: person-times -5", Line(personTimes: "-5"), At(personTimes, SubsidyMessages.PersonTimesNegative));
        yield return Entry("entry: lottery with a full-width minus", Line(lottery: "－100"), At(lottery, MoneyMessages.Negative));
        yield return Entry("entry: lottery --5", Line(lottery: "--5"), At(lottery, MoneyMessages.Negative));

        // More than two decimals, also in full-width and mixed digits.
        yield return Entry("entry: lottery 1.234", Line(lottery: "1.234"), At(lottery, twoDecimals));
        yield return Entry("entry: matching 0.001", Line(matching: "0.001"), At(matching, twoDecimals));
        yield return Entry("entry: lottery full-width １２.３４５", Line(lottery: "１２.３４５"), At(lottery, twoDecimals));
        yield return Entry("entry: lottery mixed-width １2.3４5", Line(lottery: "１2.3４5"), At(lottery, twoDecimals));
        yield return Entry("entry: lottery grouped full-width with three decimals", Line(lottery: "１,２３４,５６７.８９１"), At(lottery, twoDecimals));

        // Commas that are not thousands separators.
        yield return Entry("entry: lottery 1,2,3", Line(lottery: "1,2,3"), At(lottery, MoneyMessages.NotANumber("1,2,3")));
        yield return Entry("entry: person-times 1,2,3", Line(personTimes: "1,2,3"), At(personTimes, SubsidyMessages.PersonTimesNotANumber("1,2,3")));
        yield return Entry("entry: lottery 0,123 (a decimal comma)", Line(lottery: "0,123"), At(lottery, MoneyMessages.NotANumber("0,123")));
        yield return Entry("entry: person-times 1,23", Line(personTimes: "1,23"), At(personTimes, SubsidyMessages.PersonTimesNotANumber("1,23")));
        yield return Entry("entry: lottery with a full-width comma in the wrong place", Line(lottery: "1２，３4"), At(lottery, MoneyMessages.FullWidthComma("1２，３4")));

        // The full-width comma separates items in Chinese text: "1，234" may be two figures run together, never 1234.
        yield return Entry("entry: lottery 1，234 with a full-width comma", Line(lottery: "1，234"), At(lottery, MoneyMessages.FullWidthComma("1，234")));
        yield return Entry("entry: matching １２，３４５.６７ in full-width digits and comma", Line(matching: "１２，３４５.６７"), At(matching, MoneyMessages.FullWidthComma("１２，３４５.６７")));
        yield return Entry("entry: person-times 1，200 with a full-width comma", Line(personTimes: "1，200"), At(personTimes, SubsidyMessages.PersonTimesFullWidthComma("1，200")));
        yield return Entry("entry: person-times 10，20 (two counts in one field)", Line(personTimes: "10，20"), At(personTimes, SubsidyMessages.PersonTimesFullWidthComma("10，20")));

        // Absurd sizes.
        yield return Entry("entry: lottery one fen over 1000 亿元", Line(lottery: "100000000000.01"), At(lottery, MoneyMessages.TooLarge));
        yield return Entry("entry: lottery of 23 digits", Line(lottery: "99999999999999999999999"), At(lottery, MoneyMessages.TooLarge));
        yield return Entry("entry: matching 1,000,000,000,000", Line(matching: "1,000,000,000,000"), At(matching, MoneyMessages.TooLarge));
        yield return Entry("entry: person-times 10000001", Line(personTimes: "10000001"), At(personTimes, SubsidyMessages.PersonTimesTooLarge));
        yield return Entry("entry: person-times of 20 digits", Line(personTimes: "99999999999999999999"), At(personTimes, SubsidyMessages.PersonTimesTooLarge));

        // Empty and whitespace.
        yield return Entry("entry: person-times empty", Line(personTimes: ""), At(personTimes, SubsidyMessages.PersonTimesRequired));
        yield return Entry("entry: person-times spaces", Line(personTimes: "   "), At(personTimes, SubsidyMessages.PersonTimesRequired));
        yield return Entry("entry: person-times ideographic space", Line(personTimes: "\u3000"), At(personTimes, SubsidyMessages.PersonTimesRequired));
        yield return Entry("entry: lottery empty", Line(lottery: ""), At(lottery, MoneyMessages.Empty));
        yield return Entry("entry: lottery tab and spaces", Line(lottery: " \t "), At(lottery, MoneyMessages.Empty));
        yield return Entry("entry: matching null", Line(matching: null), At(matching, MoneyMessages.Empty));

        // Letters and other characters in numbers.
        yield return Entry("entry: person-times 12a", Line(personTimes: "12a"), At(personTimes, SubsidyMessages.PersonTimesNotANumber("12a")));
        yield return Entry("entry: person-times in Chinese numerals", Line(personTimes: "十二"), At(personTimes, SubsidyMessages.PersonTimesNotANumber("十二")));
        yield return Entry("entry: person-times in Arabic-Indic digits", Line(personTimes: "١٢"), At(personTimes, SubsidyMessages.PersonTimesNotANumber("١٢")));
        yield return Entry("entry: person-times +-3", Line(personTimes: "+-3"), At(personTimes, SubsidyMessages.PersonTimesNotANumber("+-3")));
        yield return Entry("entry: person-times 12.5", Line(personTimes: "12.5"), At(personTimes, SubsidyMessages.PersonTimesWhole));
        yield return Entry("entry: person-times full-width １２.０", Line(personTimes: "１２.０"), At(personTimes, SubsidyMessages.PersonTimesWhole));
        yield return Entry("entry: lottery abc", Line(lottery: "abc"), At(lottery, MoneyMessages.NotANumber("abc")));
        yield return Entry("entry: lottery 1O0 with a letter O", Line(lottery: "1O0"), At(lottery, MoneyMessages.NotANumber("1O0")));
        yield return Entry("entry: lottery 1e5", Line(lottery: "1e5"), At(lottery, MoneyMessages.NotANumber("1e5")));
        yield return Entry("entry: lottery 12. with nothing after the point", Line(lottery: "12."), At(lottery, MoneyMessages.NotANumber("12.")));
        yield return Entry("entry: lottery a lone point", Line(lottery: "."), At(lottery, MoneyMessages.NotANumber(".")));
        yield return Entry("entry: lottery a lone plus", Line(lottery: "+"), At(lottery, MoneyMessages.NotANumber("+")));
        yield return Entry("entry: lottery 12。345 with an ideographic full stop", Line(lottery: "12。345"), At(lottery, twoDecimals));
        yield return Entry("entry: lottery 1.2.3", Line(lottery: "1.2.3"), At(lottery, MoneyMessages.NotANumber("1.2.3")));
        yield return Entry("entry: lottery ¥100", Line(lottery: "¥100"), At(lottery, MoneyMessages.NotANumber("¥100")));
        yield return Entry("entry: lottery 100元", Line(lottery: "100元"), At(lottery, MoneyMessages.NotANumber("100元")));
        yield return Entry("entry: lottery NaN", Line(lottery: "NaN"), At(lottery, MoneyMessages.NotANumber("NaN")));
        yield return Entry("entry: lottery in mathematical bold digits", Line(lottery: "𝟏𝟐"), At(lottery, MoneyMessages.NotANumber("𝟏𝟐")));
        yield return Entry("entry: lottery 1 000 with a space inside", Line(lottery: "1 000"), At(lottery, MoneyMessages.NotANumber("1 000")));
        yield return Entry("entry: lottery 0x10", Line(lottery: "0x10"), At(lottery, MoneyMessages.NotANumber("0x10")));

        // Comments over 1000 characters.
        yield return Entry("entry: comment of 1001 letters", Line(comment: new string('x', 1001)), At(comment, SubsidyMessages.CommentTooLong));
        yield return Entry("entry: comment of 1001 Chinese characters", Line(comment: new string('补', 1001)), At(comment, SubsidyMessages.CommentTooLong));

        // Subsidy codes the grid never sends.
        yield return Entry("entry: unknown subsidy code", Line(code: "longevity"), Is(SubsidyRates.UnknownSubsidy("longevity")));
        yield return Entry("entry: subsidy name instead of its code", Line(code: "高龄津贴"), Is(SubsidyRates.UnknownSubsidy("高龄津贴")));
        yield return Entry("entry: empty subsidy code", Line(code: ""), Is(SubsidyRates.UnknownSubsidy("")));

        // Months and years that cannot be entered.
        yield return Month("entry: month 0", Given.Year2021, Officer, January(Line()) with { Month = 0 }, Is(SubsidyMessages.MonthOutOfRange));
        yield return Month("entry: month 13", Given.Year2021, Officer, January(Line()) with { Month = 13 }, Is(SubsidyMessages.MonthOutOfRange));
        yield return Month("entry: month -1", Given.Year2021, Officer, January(Line()) with { Month = -1 }, Is(SubsidyMessages.MonthOutOfRange));
        yield return Month("entry: December 2026 before it started", Given.Year2026, Officer, January(Line()) with { Year = 2026, Month = 12 }, Is(SubsidyMessages.FutureMonth(2026, 12)));
        yield return Month("entry: submitting December 2026 before it started", Given.Year2026, Officer, January(Line()) with { Year = 2026, Month = 12 }, Is(SubsidyMessages.FutureMonth(2026, 12)), submit: true);
        yield return Month("entry: a year without a fund year", Given.Year2021, Officer, January(Line()) with { Year = 2030 }, Is(FundYearPageMessages.NotFound(2030)));

        // Streets.
        yield return Month("entry: another street's code as an officer", Given.Year2021, Officer, January(Line()) with { StreetCode = "desheng" }, Is(AuthorizationMessages.OtherStreet));
        yield return Month("entry: an unknown street code as an officer", Given.Year2021, Officer, January(Line()) with { StreetCode = "nowhere" }, Is(AuthorizationMessages.OtherStreet));
        yield return Month("entry: the own street's code in capitals as an officer", Given.Year2021, Officer, January(Line()) with { StreetCode = "XINJIEKOU" }, Is(AuthorizationMessages.OtherStreet));
        yield return Month("entry: an unknown street code as a manager", Given.Year2021, Manager, January(Line()) with { StreetCode = "nowhere" }, Is(UserAccountMessages.StreetNotFound));
        yield return Month("entry: a manager typing a negative amount", Given.Year2021, Manager, January(Line(lottery: "-1")) with { StreetCode = "desheng" }, At(lottery, MoneyMessages.Negative));

        // Money the elderly block does not have.
        yield return Entry("entry: lottery one fen over the 2021 elderly block", Line(personTimes: "124,500", lottery: "99,600,000.01"),
            At(lottery, FundYearMessages.ElderlyLotteryExceedsBlock(Yuan("99,600,000.01"), Wan("9960"), Wan("9960"))));
        yield return Month("entry: lottery in 2020 whose elderly block is used up", Given.Seeded, Officer, new MonthEntry("xinjiekou", 2020, 6, null, [Line()]),
            At(lottery, FundYearMessages.ElderlyLotteryExceedsBlock(Yuan("1000"), Money.Zero, Wan("10124.76"))));

        // Submitting what cannot be submitted.
        yield return Month("entry: submitting a month with no lines", Given.Year2021, Officer, new MonthEntry("xinjiekou", 2021, 1, null, []), Is(SubsidyMessages.NothingToSubmit), submit: true);
        yield return Month("entry: submitting 900 yuan per person-time without a comment", Given.Year2021, Officer, January(Line(lottery: "9,000")), At(comment, SubsidyMessages.FlagNeedsComment), submit: true);
        yield return Month("entry: submitting negative person-times", Given.Year2021, Officer, January(Line(personTimes: "-1")), At(personTimes, SubsidyMessages.PersonTimesNegative), submit: true);

        // Versions that are not the stored one.
        yield return Case("entry: a stale version of a draft", Given.DraftJanuary2021, async w =>
            Outcome.Of(await w.Officer.Get<MonthlyEntryService>().SaveDraftAsync(January(Line(personTimes: "11")) with { Version = Guid.NewGuid() })), LostRace);
        yield return Case("entry: no version for a month that has a draft", Given.DraftJanuary2021, async w =>
            Outcome.Of(await w.Officer.Get<MonthlyEntryService>().SaveDraftAsync(January(Line(personTimes: "11")))), LostRace);
        yield return Case("entry: changing a submitted month", Given.SubmittedJanuary2021, async w =>
            Outcome.Of(await w.Officer.Get<MonthlyEntryService>().SaveDraftAsync(January(Line(personTimes: "11")) with { Version = (await w.JanuaryAsync()).Version })), Is(SubsidyMessages.AwaitingReview));
    }

    /// <summary>Script and markup typed as a comment: saved, and read back character for character.</summary>
    private static IEnumerable<BadInput> CommentShownAsTextCases()
    {
        string[] comments =
        [
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(document.domain)>",
            "javascript:alert(document.cookie)",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<b>补发</b> 2020 年 12 月 &amp; &lt;script&gt;",
            "<style>body{display:none}</style>",
            "{{7*7}} ${7*7} @(1+1) @DateTime.Now",
            "'; DROP TABLE SubsidyReports; --",
            "=HYPERLINK(\"http://evil.example\",\"点击\")",
            "补发 12 月\r\n第二行\t<br/>",
            "\u202Egpj.exe 补发",
            "👍 补发（含 𠀀 扩展汉字）",
            "补发\0尾部",
        ];
        for (var i = 0; i < comments.Length; i++)
        {
            var typed = comments[i];
            yield return Case($"comment: shown as text #{i + 1} {Printable(typed)}", Given.Year2021, async w =>
            {
                var saved = await w.Officer.Get<MonthlyEntryService>().SaveDraftAsync(January(Line(comment: typed)));
                return Outcome.Of(saved) with { Stored = (await w.JanuaryAsync()).Lines.Single(l => l.SubsidyCode == Age).FlagComment };
            }, StoredAsTyped(typed));
        }

        const string script = "<script>alert(\"导入\")</script>";
        yield return Case("comment: script in an imported comment is shown as text", Given.Year2021, async w =>
        {
            var committed = await w.Officer.Get<SubsidyImportService>().CommitAsync(new MemoryStream(Utf8(Header, Row(comment: "\"<script>alert(\"\"导入\"\")</script>\""))), "script.csv");
            return Outcome.Of(committed) with { Stored = (await w.JanuaryAsync()).Lines.Single(l => l.SubsidyCode == Age).FlagComment };
        }, StoredAsTyped(script));
    }

    // ───────────────────────────── Fund years (FundYearAdminService) ─────────────────────────────

    private static IEnumerable<BadInput> FundYearCases()
    {
        var cutOffRequired = FundYearAdminService.CutOffRequired;

        yield return Year("fund year: empty year", new("", "100", "60", "40", "2023-02-28"), At(FundYearFields.Year, FundYearAdminService.YearRequired));
        yield return Year("fund year: spaces as the year", new("   ", "100", "60", "40", "2023-02-28"), At(FundYearFields.Year, FundYearAdminService.YearRequired));
        yield return Year("fund year: year in Chinese numerals", new("二〇二二", "100", "60", "40", "2023-02-28"), At(FundYearFields.Year, FundYearAdminService.YearRequired));
        yield return Year("fund year: year 2022.5", new("2022.5", "100", "60", "40", "2023-02-28"), At(FundYearFields.Year, FundYearAdminService.YearRequired));
        yield return Year("fund year: year 20２2年", new("20２2年", "100", "60", "40", "2023-02-28"), At(FundYearFields.Year, FundYearAdminService.YearRequired));
        yield return Year("fund year: year -2022", new("-2022", "100", "60", "40", "2023-02-28"), At(FundYearFields.Year, FundYearAdminService.YearRequired));
        yield return Year("fund year: year 1999", new("1999", "100", "60", "40", "2000-02-28"), Is(FundYearMessages.YearOutOfRange(1999)));
        yield return Year("fund year: year 2101", new("2101", "100", "60", "40", "2102-02-28"), Is(FundYearMessages.YearOutOfRange(2101)));
        yield return Year("fund year: year 0", new("0", "100", "60", "40", "2023-02-28"), Is(FundYearMessages.YearOutOfRange(0)));
        yield return Year("fund year: the seeded year 2020 again", new("2020", "100", "60", "40", "2021-02-28"), At(FundYearFields.Year, FundYearMessages.YearExists(2020)));

        // Blocks that do not add up, by one fen.
        yield return Year("fund year: received one fen more than the blocks", new("2022", "100.000001", "60", "40", "2023-02-28"),
            Is(FundYearMessages.BlocksDoNotAddUp(Wan("100.000001"), Wan("60"), Wan("40"))));
        yield return Year("fund year: factor block one fen short", new("2022", "100", "60", "39.999999", "2023-02-28"),
            Is(FundYearMessages.BlocksDoNotAddUp(Wan("100"), Wan("60"), Wan("39.999999"))));
        yield return Year("fund year: elderly block one fen over", new("2021", "10160", "9960.000001", "200", "2022-02-28"),
            Is(FundYearMessages.BlocksDoNotAddUp(Wan("10160"), Wan("9960.000001"), Wan("200"))));

        // Amounts.
        yield return Year("fund year: negative received", new("2022", "-100", "60", "40", "2023-02-28"), At(FundYearFields.Received, MoneyMessages.Negative));
        yield return Year("fund year: negative elderly block", new("2022", "100", "-60", "160", "2023-02-28"), At(FundYearFields.ElderlyBlock, MoneyMessages.Negative));
        yield return Year("fund year: negative factor block", new("2022", "100", "140", "-40", "2023-02-28"), At(FundYearFields.FactorBlock, MoneyMessages.Negative));
        yield return Year("fund year: factor block with 7 decimals in 万元", new("2022", "100", "60", "40.0000001", "2023-02-28"), At(FundYearFields.FactorBlock, MoneyMessages.TooManyDecimals("万元", 6)));
        yield return Year("fund year: received abc", new("2022", "abc", "60", "40", "2023-02-28"), At(FundYearFields.Received, MoneyMessages.NotANumber("abc")));
        yield return Year("fund year: received empty", new("2022", "", "60", "40", "2023-02-28"), At(FundYearFields.Received, MoneyMessages.Empty));
        yield return Year("fund year: received 1，000 with a full-width comma", new("2022", "1，000", "600", "400", "2023-02-28"), At(FundYearFields.Received, MoneyMessages.FullWidthComma("1，000")));
        yield return Year("fund year: received 1,00", new("2022", "1,00", "60", "40", "2023-02-28"), At(FundYearFields.Received, MoneyMessages.NotANumber("1,00")));
        yield return Year("fund year: received 1 亿万元", new("2022", "100000000", "60", "40", "2023-02-28"), At(FundYearFields.Received, MoneyMessages.TooLarge));

        // Cut-off dates in wrong formats or impossible.
        yield return Year("fund year: cut-off 2022-02-30", new("2021", "10160", "9960", "200", "2022-02-30"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off 2023年2月29日 in a common year", new("2022", "100", "60", "40", "2023年2月29日"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off 28/02/2023", new("2022", "100", "60", "40", "28/02/2023"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off 2023-13-01", new("2022", "100", "60", "40", "2023-13-01"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off 20230228", new("2022", "100", "60", "40", "20230228"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off in words", new("2022", "100", "60", "40", "明年二月底"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off with a time", new("2022", "100", "60", "40", "2023-02-28T00:00:00"), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off empty", new("2022", "100", "60", "40", ""), At(FundYearFields.CutOffDate, cutOffRequired));
        yield return Year("fund year: cut-off before the year ends", new("2022", "100", "60", "40", "2022-12-30"), Is(FundYearMessages.CutOffOutOfRange(2022)));
        yield return Year("fund year: cut-off after the next year ends", new("2022", "100", "60", "40", "2024-01-01"), Is(FundYearMessages.CutOffOutOfRange(2022)));
        yield return Case("fund year: created by an officer", Given.Seeded, async w =>
            Outcome.Of(await w.Officer.Get<FundYearAdminService>().CreateYearAsync(new("2022", "100", "60", "40", "2023-02-28"))), Is(AuthorizationMessages.ManagerOnly));

        // Report deadline day.
        yield return Deadline("deadline: day 0", 2020, "0", At(FundYearFields.DeadlineDay, FundYearMessages.DeadlineDayOutOfRange));
        yield return Deadline("deadline: day 29", 2020, "29", At(FundYearFields.DeadlineDay, FundYearMessages.DeadlineDayOutOfRange));
        yield return Deadline("deadline: day abc", 2020, "abc", At(FundYearFields.DeadlineDay, FundYearMessages.DeadlineDayOutOfRange));
        yield return Deadline("deadline: day empty", 2020, "", At(FundYearFields.DeadlineDay, FundYearMessages.DeadlineDayOutOfRange));
        yield return Deadline("deadline: day -1", 2020, "-1", At(FundYearFields.DeadlineDay, FundYearMessages.DeadlineDayOutOfRange));
        yield return Deadline("deadline: a year without a fund year", 2019, "15", Is(FundYearPageMessages.NotFound(2019)));

        // Rate tables.
        yield return Rates("rates: unknown subsidy code", new("longevity", "2022-01-01", [("80-89 周岁", "120")]), Is(SubsidyRates.UnknownSubsidy("longevity")));
        yield return Rates("rates: date 2022-02-30", new(Age, "2022-02-30", [("80-89 周岁", "120")]), At(FundYearFields.EffectiveFrom, FundYearAdminService.DateRequired));
        yield return Rates("rates: negative monthly rate", new(Age, "2022-01-01", [("80-89 周岁", "-1")]), At(FundYearFields.Monthly(0), MoneyMessages.Negative));
        yield return Rates("rates: monthly rate 0", new(Age, "2022-01-01", [("80-89 周岁", "0")]), Is(SubsidyMessages.RateMustBePositive));
        yield return Rates("rates: monthly rate with three decimals", new(Age, "2022-01-01", [("80-89 周岁", "12.345")]), At(FundYearFields.Monthly(0), MoneyMessages.TooManyDecimals("元", 2)));
        yield return Rates("rates: a rate without a level name", new(Age, "2022-01-01", [(" ", "120")]), At(FundYearFields.Level(0), SubsidyMessages.RateLevelNameRequired));
        yield return Rates("rates: the same level twice", new(Age, "2022-01-01", [("80-89 周岁", "120"), ("80-89 周岁 ", "130")]), Is(SubsidyMessages.RateLevelDuplicate));
        yield return Rates("rates: no levels", new(Age, "2022-01-01", [(null, null)]), Is(SubsidyMessages.RateTableEmpty));
        yield return Rates("rates: a table for a date that has one", new(Age, "2019-01-01", [("80-89 周岁", "120")]), Is(SubsidyMessages.RateTableExists(new DateOnly(2019, 1, 1))));
    }

    // ───────────────────────────── Projects (ProjectService) ─────────────────────────────

    private static IEnumerable<BadInput> ProjectCases()
    {
        var cycle = ProjectFields.Cycle;
        var allocation = ProjectFields.Allocation;
        var long201 = new string('项', 201);

        yield return Create("project: empty name", NewProject with { Name = "" }, At(ProjectFields.Name, ProjectMessages.NameRequired));
        yield return Create("project: name of spaces", NewProject with { Name = "   " }, At(ProjectFields.Name, ProjectMessages.NameRequired));
        yield return Create("project: no name", NewProject with { Name = null }, At(ProjectFields.Name, ProjectMessages.NameRequired));
        yield return Create("project: 201-letter name", NewProject with { Name = new string('a', 201) }, At(ProjectFields.Name, ProjectMessages.TooLong("项目名称", 200)));
        yield return Create("project: 201-character Chinese name", NewProject with { Name = long201 }, At(ProjectFields.Name, ProjectMessages.TooLong("项目名称", 200)));
        yield return Create("project: cycle end before start", NewProject with { CycleKind = "dates", CycleStart = "2021-06-30", CycleEnd = "2021-06-01" }, At(cycle, CycleMessages.EndBeforeStart));
        yield return Create("project: year cycle from February", NewProject with { CycleStart = "2021-02-01" }, At(cycle, CycleMessages.NotOneYear));
        yield return Create("project: year cycle to December 30", NewProject with { CycleEnd = "2021-12-30" }, At(cycle, CycleMessages.NotOneYear));
        yield return Create("project: year cycle over two years", NewProject with { CycleEnd = "2022-12-31" }, At(cycle, CycleMessages.NotOneYear));
        yield return Create("project: months cycle from the 2nd", NewProject with { CycleKind = "months", CycleStart = "2021-01-02", CycleEnd = "2021-03-31" }, At(cycle, CycleMessages.NotWholeMonths));
        yield return Create("project: years cycle ending in June", NewProject with { CycleKind = "years", CycleEnd = "2022-06-30" }, At(cycle, CycleMessages.NotWholeYears));
        yield return Create("project: cycle start 2021-02-30", NewProject with { CycleStart = "2021-02-30" }, At(cycle, ProjectFormReader.CycleDatesRequired));
        yield return Create("project: cycle start 2021/13/01", NewProject with { CycleStart = "2021/13/01" }, At(cycle, ProjectFormReader.CycleDatesRequired));
        yield return Create("project: cycle end empty", NewProject with { CycleEnd = "" }, At(cycle, ProjectFormReader.CycleDatesRequired));
        yield return Create("project: phone abc", NewProject with { OwnerPhone = "abc" }, At(ProjectFields.Phone, ProjectMessages.InvalidPhone("abc")));
        yield return Create("project: phone with Chinese text", NewProject with { OwnerPhone = "83418099转12" }, At(ProjectFields.Phone, ProjectMessages.InvalidPhone("83418099转12")));
        yield return Create("project: phone of 31 digits", NewProject with { OwnerPhone = new string('8', 31) }, At(ProjectFields.Phone, ProjectMessages.InvalidPhone(new string('8', 31))));
        yield return Create("project: owner of 51 characters", NewProject with { Owner = new string('朱', 51) }, At(ProjectFields.Owner, ProjectMessages.TooLong("项目负责人", 50)));
        yield return Create("project: description of 8001 characters", NewProject with { Description = new string('述', 8001) }, At(ProjectFields.Description, ProjectMessages.TooLong("项目主要内容", 8000)));
        yield return Create("project: unknown status", NewProject with { Status = (ProjectStatus)99 }, At(Fields.Status, ProjectMessages.UnknownStatus));
        yield return Create("project: allocation with 7 decimals in 万元", NewProject with { AllocationWanYuan = "1.0000001" }, At(allocation, MoneyMessages.TooManyDecimals("万元", 6)));
        yield return Create("project: negative allocation", NewProject with { AllocationWanYuan = "-1" }, At(allocation, MoneyMessages.Negative));
        yield return Create("project: allocation abc", NewProject with { AllocationWanYuan = "abc" }, At(allocation, MoneyMessages.NotANumber("abc")));
        yield return Create("project: allocation empty", NewProject with { AllocationWanYuan = "" }, At(allocation, MoneyMessages.Empty));
        yield return Create("project: allocation 1，5 with a full-width comma", NewProject with { AllocationWanYuan = "1，5" }, At(allocation, MoneyMessages.FullWidthComma("1，5")));
        // 2021 has 200 万元 of its own and the 797.401 万元 2020 carried over.
        yield return Create("project: allocation one fen over the factor block and the carry-in", NewProject with { AllocationWanYuan = "997.401001" },
            At(allocation, FundYearMessages.ExceedsFactorBlock(Wan("997.401001"), Wan("997.401"))));
        yield return Case("project: a name the year already has", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<ProjectService>().CreateAsync(2020, NewProject with { Name = "街道社会救助项目", CycleStart = "2020-01-01", CycleEnd = "2020-12-31", AllocationWanYuan = "0" })),
            At(ProjectFields.Name, FundYearMessages.DuplicateProject("街道社会救助项目")));
        yield return Case("project: a year without a fund year", Given.Year2021, async w =>
            Outcome.Of(await w.Manager.Get<ProjectService>().CreateAsync(2019, NewProject)), Is(FundYearPageMessages.NotFound(2019)));
        yield return Case("project: created by an officer", Given.Year2021, async w =>
            Outcome.Of(await w.Officer.Get<ProjectService>().CreateAsync(2021, NewProject)), Is(AuthorizationMessages.ManagerOnly));

        // Editing (十) performance tracking.
        yield return Edit("project: edit to an empty name", Tracking, f => f with { Name = "" }, At(ProjectFields.Name, ProjectMessages.NameRequired));
        yield return Edit("project: edit to a 201-character name", Tracking, f => f with { Name = long201 }, At(ProjectFields.Name, ProjectMessages.TooLong("项目名称", 200)));
        yield return Edit("project: edit the cycle to end before it starts", Tracking, f => f with { CycleStart = "2021-12-31", CycleEnd = "2020-01-01" }, At(cycle, CycleMessages.EndBeforeStart));
        yield return Edit("project: edit the phone to abc", Tracking, f => f with { OwnerPhone = "abc" }, At(ProjectFields.Phone, ProjectMessages.InvalidPhone("abc")));
        yield return Edit("project: edit the allocation one fen over the factor block", Tracking, f => f with { AllocationWanYuan = "15.698001" },
            At(allocation, FundYearMessages.ExceedsFactorBlock(Wan("0.000001"), Money.Zero)));
        yield return Edit("project: edit the allocation below what subprojects hold", ChildProtection, f => f with { AllocationWanYuan = "0" },
            At(allocation, ProjectMessages.BelowCommitted(Money.Zero, Wan("134.69"))));
        yield return Case("project: edit with a stale version", Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().UpdateAsync(project.Id, project.Form with { Owner = "张金英（更正）" }, Guid.NewGuid()));
        }, LostRace);
        yield return Case("project: edit an unknown project", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<ProjectService>().UpdateAsync(Guid.NewGuid(), NewProject, Guid.NewGuid())), Is(ProjectMessages.ProjectNotFound));

        // Subprojects.
        yield return AddSub("subproject: empty name", Tracking, NewProject with { Name = "", AllocationWanYuan = "1" }, At(ProjectFields.Name, ProjectMessages.NameRequired));
        yield return AddSub("subproject: 201-character name", Tracking, NewProject with { Name = long201, AllocationWanYuan = "1" }, At(ProjectFields.Name, ProjectMessages.TooLong("项目名称", 200)));
        yield return AddSub("subproject: year cycle not January to December", Tracking, NewProject with { CycleStart = "2021-01-01", CycleEnd = "2021-11-30", AllocationWanYuan = "1" }, At(cycle, CycleMessages.NotOneYear));
        yield return AddSub("subproject: cycle end before start", Tracking, NewProject with { CycleKind = "dates", CycleStart = "2021-05-01", CycleEnd = "2021-04-30", AllocationWanYuan = "1" }, At(cycle, CycleMessages.EndBeforeStart));
        yield return AddSub("subproject: phone abc", Tracking, NewProject with { OwnerPhone = "abc", AllocationWanYuan = "1" }, At(ProjectFields.Phone, ProjectMessages.InvalidPhone("abc")));
        yield return AddSub("subproject: allocation with 7 decimals in 万元", Tracking, NewProject with { AllocationWanYuan = "0.0000001" }, At(allocation, MoneyMessages.TooManyDecimals("万元", 6)));
        yield return AddSub("subproject: negative allocation", Tracking, NewProject with { AllocationWanYuan = "-1" }, At(allocation, MoneyMessages.Negative));
        yield return AddSub("subproject: allocation one fen over the project", Tracking, NewProject with { AllocationWanYuan = "15.698001" },
            At(allocation, ProjectMessages.ExceedsProjectRemainder(Wan("15.698001"), Wan("15.698"))));
        yield return AddSub("subproject: a name the project already has", ChildProtection, NewProject with { Name = "儿童之家项目", AllocationWanYuan = "0" },
            At(ProjectFields.Name, ProjectMessages.DuplicateSubproject("儿童之家项目")));
        yield return Case("subproject: added with a stale version", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<ProjectService>().AddSubprojectAsync((await w.ProjectAsync(Tracking)).Id, NewProject with { AllocationWanYuan = "1" }, Guid.NewGuid())),
            LostRace);
        yield return Case("subproject: editing an unknown subproject", Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return Outcome.Of(await w.Manager.Get<ProjectService>().UpdateSubprojectAsync(project.Id, Guid.NewGuid(), project.Subprojects[0].Form, project.Version));
        }, Is(ProjectMessages.SubprojectNotFound));
        yield return Case("subproject: editing to an empty name", Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return Outcome.Of(await w.Manager.Get<ProjectService>().UpdateSubprojectAsync(project.Id, project.Subprojects[0].Id, project.Subprojects[0].Form with { Name = " " }, project.Version));
        }, At(ProjectFields.Name, ProjectMessages.NameRequired));

        // Street shares.
        yield return Share("share: unknown street", "atlantis", "1", "配合", At(ProjectFields.Street, UserAccountMessages.StreetNotFound));
        yield return Share("share: no street", null, "1", "配合", At(ProjectFields.Street, UserAccountMessages.StreetNotFound));
        yield return Share("share: street name instead of its code", "月坛", "1", "配合", At(ProjectFields.Street, UserAccountMessages.StreetNotFound));
        yield return Share("share: amount 0", "yuetan", "0", "配合", At(ProjectFields.Amount, ProjectMessages.ShareMustBePositive));
        yield return Share("share: negative amount", "yuetan", "-1", "配合", At(ProjectFields.Amount, MoneyMessages.Negative));
        yield return Share("share: amount with 7 decimals in 万元", "yuetan", "1.0000001", "配合", At(ProjectFields.Amount, MoneyMessages.TooManyDecimals("万元", 6)));
        yield return Share("share: one fen over the project", "yuetan", "15.698001", "配合", At(ProjectFields.Amount, ProjectMessages.ShareExceedsRemainder(Wan("15.698001"), Wan("15.698"))));
        yield return Share("share: purpose of 201 characters", "yuetan", "1", new string('用', 201), At(ProjectFields.Purpose, ProjectMessages.TooLong("用途", 200)));
        yield return Case("share: to an unknown subproject", Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().ShareToStreetAsync(project.Id, Guid.NewGuid(), "yuetan", "1", "配合", project.Version));
        }, Is(ProjectMessages.SubprojectNotFound));

        // Indicators and lag explanations.
        var indicator = new IndicatorForm(IndicatorCategory.Output, "完成绩效评价报告", "份", IndicatorComparison.Equal, "1", null);
        yield return Indicator("indicator: target abc", indicator with { Target = "abc" }, At(ProjectFields.Target, ProjectFormReader.NumberInvalid));
        yield return Indicator("indicator: target -5", indicator with { Target = "-5" }, At(ProjectFields.Target, ProjectFormReader.NumberInvalid));
        yield return Indicator("indicator: target empty", indicator with { Target = "" }, At(ProjectFields.Target, ProjectFormReader.NumberInvalid));
        yield return Indicator("indicator: achieved in words", indicator with { Achieved = "很多" }, At(ProjectFields.Achieved, ProjectFormReader.NumberInvalid));
        yield return Indicator("indicator: empty name", indicator with { Name = " " }, At(ProjectFields.Name, ProjectMessages.IndicatorNameRequired));
        yield return Indicator("indicator: empty unit", indicator with { Unit = "" }, At(ProjectFields.Unit, ProjectMessages.IndicatorUnitRequired));
        yield return Indicator("indicator: unknown category", indicator with { Category = (IndicatorCategory)9 }, At(ProjectFields.Details, ProjectMessages.IndicatorKindUnknown));
        yield return Indicator("indicator: unknown comparison", indicator with { Comparison = (IndicatorComparison)9 }, At(ProjectFields.Details, ProjectMessages.IndicatorKindUnknown));
        yield return Lag("lag: no reason", "", "2021 年一季度完成", At(ProjectFields.Reason, ProjectMessages.LagNeedsReasonAndMeasure));
        yield return Lag("lag: a reason of 2001 characters", new string('因', 2001), "2021 年一季度完成", At(ProjectFields.Reason, ProjectMessages.TooLong("原因和整改措施", 2000)));
        yield return Lag("lag: a measure of spaces", "评价工作在次年完成", "   ", At(ProjectFields.Measure, ProjectMessages.LagNeedsReasonAndMeasure));
    }

    // ───────────────────────────── Spending (SpendingService) ─────────────────────────────

    private static IEnumerable<BadInput> SpendingCases()
    {
        var amount = ProjectFields.Amount;
        var date = ProjectFields.Date;
        var trackingCycle = Cycle.Create(CycleKind.Years, new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)).Value;

        yield return Spend("spending: -1 万元", "2020-09-01", "-1", At(amount, MoneyMessages.Negative));
        yield return Spend("spending: zero", "2020-09-01", "0", At(amount, ProjectMessages.SpendingMustBePositive));
        yield return Spend("spending: 0.000000", "2020-09-01", "0.000000", At(amount, ProjectMessages.SpendingMustBePositive));
        yield return Spend("spending: one fen above what is available", "2020-09-01", "15.698001", At(amount, ProjectMessages.SpendingExceedsAvailable(Wan("15.698001"), Wan("15.698"))));
        yield return Spend("spending: below the fen", "2020-09-01", "1.0000001", At(amount, MoneyMessages.TooManyDecimals("万元", 6)));
        yield return Spend("spending: amount in Chinese numerals", "2020-09-01", "一千", At(amount, MoneyMessages.NotANumber("一千")));
        yield return Spend("spending: amount empty", "2020-09-01", "", At(amount, MoneyMessages.Empty));
        yield return Spend("spending: 1，000 with a full-width comma", "2020-09-01", "1，000", At(amount, MoneyMessages.FullWidthComma("1，000")));
        yield return Spend("spending: 280 typed as yuan is 280 万元, above the project", "2020-09-01", "280", At(amount, ProjectMessages.SpendingExceedsAvailable(Wan("280"), Wan("15.698"))));
        yield return Spend("spending: dated the day before the cycle", "2019-12-31", "1",
            At(date, ProjectMessages.SpendingOutsideCycle(new DateOnly(2019, 12, 31), trackingCycle, new DateOnly(2021, 2, 28))));
        yield return Spend("spending: dated the day after the cut-off", "2021-03-01", "1",
            At(date, ProjectMessages.SpendingOutsideCycle(new DateOnly(2021, 3, 1), trackingCycle, new DateOnly(2021, 2, 28))));
        yield return Spend("spending: date 2021/13/01", "2021/13/01", "1", At(date, FundYearAdminService.DateRequired));
        yield return Spend("spending: date 2021-02-29", "2021-02-29", "1", At(date, FundYearAdminService.DateRequired));
        yield return Spend("spending: date empty", "", "1", At(date, FundYearAdminService.DateRequired));
        yield return Spend("spending: date in words", "上个月", "1", At(date, FundYearAdminService.DateRequired));
        yield return Spend("spending: note of 201 characters", "2020-09-01", "1", At(ProjectFields.Note, ProjectMessages.TooLong("说明", 200)), note: new string('注', 201));
        yield return Case("spending: a payment into the published 2020 year without a 更正 reason", Given.Published2020, async w =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return Outcome.Of(await w.Officer.Get<SpendingService>().RecordAsync(new SpendingForm(project.Id, null, await w.XinjiekouShareAsync(), "2020-09-01", "1", "足球场")));
        }, Is(ProjectMessages.PublishedYearNeedsReason(1)));
        yield return Case("spending: a payment into the published 2020 year with a reason of spaces", Given.Published2020, async w =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return Outcome.Of(await w.Manager.Get<SpendingService>().RecordAsync(new SpendingForm(project.Id, null, null, "2020-09-01", "1", "足球场", "   ")));
        }, Is(ProjectMessages.PublishedYearNeedsReason(1)));
        yield return Case("spending: unknown project", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<SpendingService>().RecordAsync(new SpendingForm(Guid.NewGuid(), null, null, "2020-09-01", "1", null))), Is(ProjectMessages.ProjectNotFound));
        yield return Case("spending: unknown share", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(ChildProtection)).Id, null, Guid.NewGuid(), "2020-09-01", "1", null))), Is(ProjectMessages.ShareNotFound));
        yield return Case("spending: a share of another project", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(Tracking)).Id, null, await w.XinjiekouShareAsync(), "2020-09-01", "1", null))), Is(ProjectMessages.ShareNotFound));
        yield return Case("spending: unknown subproject", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(ChildProtection)).Id, Guid.NewGuid(), null, "2020-09-01", "1", null))), Is(ProjectMessages.SubprojectNotFound));
        yield return Case("spending: an officer charging the project itself", Given.Seeded, async w =>
            Outcome.Of(await w.Officer.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(Tracking)).Id, null, null, "2020-09-01", "1", null))), Is(AuthorizationMessages.OtherStreet));
        yield return Case("spending: an officer charging an unknown share", Given.Seeded, async w =>
            Outcome.Of(await w.Officer.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(ChildProtection)).Id, null, Guid.NewGuid(), "2020-09-01", "1", null))), Is(AuthorizationMessages.OtherStreet));
        yield return Case("spending: an officer one fen above the street's share", Given.Seeded, async w =>
            Outcome.Of(await w.Officer.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(ChildProtection)).Id, null, await w.XinjiekouShareAsync(), "2020-09-01", "50.000001", null))),
            At(amount, ProjectMessages.SpendingExceedsAvailable(Wan("50.000001"), Wan("50"))));
        yield return Case("spending: an officer dating it before the share's cycle", Given.Seeded, async w =>
            Outcome.Of(await w.Officer.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(ChildProtection)).Id, null, await w.XinjiekouShareAsync(), "2019-06-01", "1", null))),
            At(date, ProjectMessages.SpendingOutsideCycle(new DateOnly(2019, 6, 1), trackingCycle, new DateOnly(2021, 2, 28))));
        yield return Correct("correction: reversing twice", Given.PaidAndReversed, (w, entry) => w.ReverseAsync(entry, "第二次冲销"), Is(ProjectMessages.AlreadyReversed));
        yield return Correct("correction: reversing a reversal", Given.PaidAndReversed, async (w, _) =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            var reversal = project.Spendings.Single(s => s.Kind == SpendingKind.Reversal);
            return await w.Manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project.Id, reversal.Id, "恢复"), project.Version);
        }, Is(ProjectMessages.ReversalCannotBeReversed));
        yield return Correct("correction: no reason", Given.Paid, (w, entry) => w.ReverseAsync(entry, "  "), At(ProjectFields.Reason, ProjectMessages.ReversalNeedsReason));
        yield return Correct("correction: the new figure above what the node has", Given.Paid, async (w, entry) =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return await w.Manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project.Id, entry, "金额录错", "2020-09-01", "50.000001"), project.Version);
        }, At(amount, ProjectMessages.SpendingExceedsAvailable(Wan("50.000001"), Wan("50"))));
        yield return Correct("correction: an officer of another street", Given.Paid, async (w, entry) =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return await w.OtherOfficer.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project.Id, entry, "不是我街道的"), project.Version);
        }, Is(AuthorizationMessages.OtherStreet));
        yield return Correct("correction: an unknown entry", Given.Paid, async (w, _) =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return await w.Manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project.Id, Guid.NewGuid(), "录错"), project.Version);
        }, Is(ProjectMessages.SpendingNotFound));
        yield return Correct("correction: a stale page", Given.Paid, async (w, entry) =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return await w.Manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project.Id, entry, "录错"), Guid.NewGuid());
        }, LostRace);
    }

    // ───────────────────────────── Transfers (ProjectService.TransferAsync) ─────────────────────────────

    private static IEnumerable<BadInput> TransferCases()
    {
        var amount = ProjectFields.Amount;

        yield return MoveMoney("transfer: no reason", null, "1", "2021-01-15", "", At(ProjectFields.Reason, ProjectMessages.TransferReasonRequired));
        yield return MoveMoney("transfer: a reason of spaces", null, "1", "2021-01-15", "   ", At(ProjectFields.Reason, ProjectMessages.TransferReasonRequired));
        yield return MoveMoney("transfer: a null reason", null, "1", "2021-01-15", null, At(ProjectFields.Reason, ProjectMessages.TransferReasonRequired));
        yield return MoveMoney("transfer: a reason of 8001 characters", null, "1", "2021-01-15", new string('因', 8001), At(ProjectFields.Reason, ProjectMessages.TooLong("调整原因", 8000)));
        yield return MoveMoney("transfer: one fen more than available", null, "15.698001", "2021-01-15", "结转下一年度",
            At(amount, ProjectMessages.TransferExceedsAvailable(Wan("15.698001"), Wan("15.698"))));
        yield return MoveMoney("transfer: amount 0", null, "0", "2021-01-15", "结转下一年度", At(amount, ProjectMessages.TransferMustBePositive));
        yield return MoveMoney("transfer: negative amount", null, "-1", "2021-01-15", "结转下一年度", At(amount, MoneyMessages.Negative));
        yield return MoveMoney("transfer: amount with 7 decimals in 万元", null, "1.0000001", "2021-01-15", "结转下一年度", At(amount, MoneyMessages.TooManyDecimals("万元", 6)));
        yield return MoveMoney("transfer: date 2021/13/01", null, "1", "2021/13/01", "结转下一年度", At(ProjectFields.Date, FundYearAdminService.DateRequired));
        yield return MoveMoney("transfer: date before the fund year", null, "1", "2019-12-31", "结转下一年度",
            At(ProjectFields.Date, FundYearMessages.TransferDateOutOfRange(2020, new DateOnly(2022, 2, 28))));
        yield return MoveMoney("transfer: date after the cut-off's next year", null, "1", "2022-03-01", "结转下一年度",
            At(ProjectFields.Date, FundYearMessages.TransferDateOutOfRange(2020, new DateOnly(2022, 2, 28))));
        yield return MoveMoney("transfer: to an unknown project", Guid.NewGuid(), "1", "2021-01-15", "调剂", At(ProjectFields.Target, ProjectMessages.ProjectNotFound));
        yield return Case("transfer: to the same project", Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().TransferAsync(new TransferForm(project.Id, project.Id, "1", "2021-01-15", "调剂"), project.Version));
        }, At(ProjectFields.Target, ProjectMessages.TransferToSameProject));
        yield return Case("transfer: money already given to subprojects", Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(ChildProtection);
            return Outcome.Of(await w.Manager.Get<ProjectService>().TransferAsync(new TransferForm(project.Id, null, "1", "2021-01-15", "结转下一年度"), project.Version));
        }, At(amount, ProjectMessages.TransferExceedsAvailable(Wan("1"), Money.Zero)));
        yield return Case("transfer: from an unknown project", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<ProjectService>().TransferAsync(new TransferForm(Guid.NewGuid(), null, "1", "2021-01-15", "结转下一年度"), Guid.NewGuid())), Is(ProjectMessages.ProjectNotFound));
        yield return Case("transfer: with a stale version", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<ProjectService>().TransferAsync(new TransferForm((await w.ProjectAsync(Tracking)).Id, null, "1", "2021-01-15", "结转下一年度"), Guid.NewGuid())), LostRace);
    }

    // ───────────────────────────── Import (SubsidyImportService) ─────────────────────────────

    private static IEnumerable<BadInput> ImportCases()
    {
        var unterminated = Utf8(Header, "新街口,2021,1,高龄津贴,10,\"1000,0,", "新街口,2021,2,高龄津贴,10,1000,0,");
        var utf16Le = Encoding.Unicode.GetBytes(Header + "\r\n" + Row() + "\r\n");
        var utf16Be = Encoding.BigEndianUnicode.GetBytes(Header + "\r\n" + Row() + "\r\n");
        var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var missingColumnsOfShiftJis = SubsidyFileMessages.MissingColumns(1, SubsidyImportColumns.All.Where(c => c != SubsidyImportColumns.Comment));

        // Files that are not what they claim, or not readable at all.
        yield return Preview("import: unterminated quote", unterminated, "bad.csv", Is(SubsidyFileMessages.UnterminatedQuote(2)));
        yield return Commit("import: unterminated quote, committed", unterminated, "bad.csv", Is(SubsidyFileMessages.UnterminatedQuote(2)));
        yield return Preview("import: UTF-16 little-endian without a BOM", utf16Le, "unicode.csv", Is(SubsidyFileMessages.NotCsv));
        yield return Commit("import: UTF-16 big-endian without a BOM, committed", utf16Be, "unicode.csv", Is(SubsidyFileMessages.NotCsv));
        yield return Preview("import: Shift-JIS bytes", ShiftJis(Header, Row()), "sjis.csv", Is(missingColumnsOfShiftJis));
        yield return Commit("import: Shift-JIS bytes, committed", ShiftJis(Header, Row()), "sjis.csv", Is(missingColumnsOfShiftJis));
        yield return Preview("import: random bytes named .xlsx", NoiseBytes(4096), "报表.xlsx", Is(SubsidyFileMessages.NotXlsx));
        yield return Commit("import: random bytes named .xlsx, committed", NoiseBytes(4096), "报表.xlsx", Is(SubsidyFileMessages.NotXlsx));
        yield return Preview("import: a PDF named .xlsx", pdf, "报表.xlsx", Is(SubsidyFileMessages.NotXlsx));
        yield return Preview("import: a PDF named .csv", pdf, "报表.csv", Is(SubsidyFileMessages.NotCsv));
        yield return Preview("import: binary bytes named .csv", NoiseBytes(512), "报表.csv", Is(SubsidyFileMessages.NotCsv));
        yield return Preview("import: an Excel 97-2003 workbook named .xlsx", OleCompoundFile(), "旧版.xlsx", Is(SubsidyFileMessages.OldOrProtectedWorkbook));
        yield return Preview("import: a ZIP archive that is not a workbook", ZipWithoutWorkbook(), "文档.xlsx", Is(SubsidyFileMessages.NotXlsx));
        yield return Preview("import: a truncated ZIP archive", [.. "PK\x03\x04"u8, .. NoiseBytes(64)], "截断.xlsx", Is(SubsidyFileMessages.NotXlsx));
        yield return Preview("import: a file named .xls", Utf8(Header, Row()), "报表.xls", Is(SubsidyFileMessages.UnsupportedType));
        yield return Commit("import: a file named .xls, committed", Utf8(Header, Row()), "报表.xls", Is(SubsidyFileMessages.UnsupportedType));
        yield return Preview("import: a file named .txt", Utf8(Header, Row()), "报表.txt", Is(SubsidyFileMessages.UnsupportedType));
        yield return Preview("import: a file without extension", Utf8(Header, Row()), "报表", Is(SubsidyFileMessages.UnsupportedType));
        yield return Preview("import: a file named .csv.exe", Utf8(Header, Row()), "报表.csv.exe", Is(SubsidyFileMessages.UnsupportedType));

        // Empty files and files without data.
        yield return Preview("import: an empty .csv", [], "empty.csv", Is(SubsidyFileMessages.Empty));
        yield return Commit("import: an empty .xlsx, committed", [], "empty.xlsx", Is(SubsidyFileMessages.Empty));
        yield return Preview("import: a .csv of blank cells only", Utf8(" , , ", "", "\t"), "blank.csv", Is(SubsidyFileMessages.Empty));
        yield return Preview("import: a UTF-8 byte order mark and nothing else", [0xEF, 0xBB, 0xBF], "bom.csv", Is(SubsidyFileMessages.Empty));
        yield return Preview("import: a UTF-16 byte order mark and nothing else", [0xFF, 0xFE], "bom.csv", Is(SubsidyFileMessages.Empty));
        yield return Preview("import: one byte over the size limit", new byte[SubsidyFileReader.MaxBytes + 1], "big.csv", Is(SubsidyFileMessages.TooLarge(SubsidyFileReader.MaxBytes)));
        yield return Commit("import: one data row over the row limit, committed", Utf8([Header, .. Enumerable.Repeat(Row(), SubsidyFileReader.MaxRows + 1)]), "many.csv", Is(SubsidyFileMessages.TooManyRows(SubsidyFileReader.MaxRows)));
        yield return Preview("import: the first 200 bytes of a workbook", SubsidyImportTemplate.Xlsx()[..200], "cut.xlsx", Is(SubsidyFileMessages.NotXlsx));
        yield return Preview("import: header only", Utf8(Header), "header.csv", Is(SubsidyFileMessages.NoDataRows));
        yield return Commit("import: header and blank lines, committed", Utf8(Header, "", ",,,,,,,", ""), "header.csv", Is(SubsidyFileMessages.NoDataRows));
        yield return Preview("import: missing the person-times column", Utf8("街道,年度,月份,补贴类型,彩票公益金（元）,区财政配套（元）,说明", "新街口,2021,1,高龄津贴,1000,0,"), "missing.csv",
            Is(SubsidyFileMessages.MissingColumns(1, [SubsidyImportColumns.PersonTimes])));
        yield return Preview("import: a CSV of something else", Utf8("name,age", "Tom,3"), "other.csv", Is(missingColumnsOfShiftJis));
        yield return Preview("import: the year column twice", Utf8(Header + ",年度", Row() + ",2021"), "twice.csv", Is(SubsidyFileMessages.DuplicateColumn(1, SubsidyImportColumns.Year)));

        // Rows with letters in numbers and other bad cells.
        yield return Commit("import: person-times in Chinese numerals", Utf8(Header, Row(personTimes: "十二")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.PersonTimes, SubsidyMessages.PersonTimesNotANumber("十二"))));
        yield return Preview("import: person-times 1,2,3", Utf8(Header, Row(personTimes: "\"1,2,3\"")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.PersonTimes, SubsidyMessages.PersonTimesNotANumber("1,2,3"))));
        yield return Commit("import: lottery 一千元", Utf8(Header, Row(lottery: "一千元")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.LotteryYuan, MoneyMessages.NotANumber("一千元"))));
        yield return Preview("import: matching abc", Utf8(Header, Row(matching: "abc")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.MatchingYuan, MoneyMessages.NotANumber("abc"))));
        yield return Preview("import: lottery full-width １２.３４５", Utf8(Header, Row(lottery: "１２.３４５")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.LotteryYuan, MoneyMessages.TooManyDecimals("元", 2))));
        yield return Commit("import: person-times 1，200 with a full-width comma", Utf8(Header, Row(personTimes: "1，200")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.PersonTimes, SubsidyMessages.PersonTimesFullWidthComma("1，200"))));
        yield return Preview("import: lottery 1，000 with a full-width comma", Utf8(Header, Row(lottery: "1，000")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.LotteryYuan, MoneyMessages.FullWidthComma("1，000"))));
        yield return Commit("import: negative person-times", Utf8(Header, Row(personTimes: "-5")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.PersonTimes, SubsidyMessages.PersonTimesNegative)));
        yield return Commit("import: negative matching", Utf8(Header, Row(matching: "-1")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.MatchingYuan, MoneyMessages.Negative)));
        yield return Preview("import: person-times empty", Utf8(Header, Row(personTimes: "")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.PersonTimes, SubsidyMessages.PersonTimesRequired)));
        yield return Preview("import: year in Chinese numerals", Utf8(Header, Row(year: "二〇二一")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.Year, ImportMessages.YearInvalid)));
        yield return Commit("import: a year without a fund year", Utf8(Header, Row(year: "2030")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.Year, ImportMessages.YearMissing(2030))));
        yield return Preview("import: month 13", Utf8(Header, Row(month: "13")), "rows.csv", Mentions(Cell(2, SubsidyImportColumns.Month, ImportMessages.MonthInvalid)));
        yield return Commit("import: month 0", Utf8(Header, Row(month: "0")), "rows.csv", Mentions(Cell(2, SubsidyImportColumns.Month, ImportMessages.MonthInvalid)));
        yield return Preview("import: month 一月", Utf8(Header, Row(month: "一月")), "rows.csv", Mentions(Cell(2, SubsidyImportColumns.Month, ImportMessages.MonthInvalid)));
        yield return Commit("import: December 2026 before it started", Utf8(Header, Row(year: "2026", month: "12")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.Month, SubsidyMessages.FutureMonth(2026, 12))), Given.Year2021 | Given.Year2026);
        yield return Preview("import: unknown street", Utf8(Header, Row(street: "火星")), "rows.csv", Mentions(Cell(2, SubsidyImportColumns.Street, ImportMessages.UnknownStreet("火星"))));
        yield return Preview("import: another street as an officer", Utf8(Header, Row(street: "德胜")), "rows.csv", Mentions(Cell(2, SubsidyImportColumns.Street, ImportMessages.OwnStreetOnly)));
        yield return Commit("import: another street as an officer, committed", Utf8(Header, Row(street: "德胜")), "rows.csv", Is(AuthorizationMessages.OtherStreet));
        yield return Commit("import: unknown subsidy", Utf8(Header, Row(subsidy: "护理补贴")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.Subsidy, ImportMessages.UnknownSubsidy("护理补贴"))));
        yield return Commit("import: the same street, month and subsidy twice", Utf8(Header, Row(), Row(personTimes: "11")), "rows.csv",
            Mentions(Cell(3, SubsidyImportColumns.Subsidy, ImportMessages.Duplicate(2))));
        yield return Commit("import: a comment of 1001 characters", Utf8(Header, Row(comment: new string('补', 1001))), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.Comment, SubsidyMessages.CommentTooLong)));
        yield return Commit("import: overwriting a submitted month", Utf8(Header, Row()), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.Month, ImportMessages.Locked)), Given.SubmittedJanuary2021);
        yield return Commit("import: one good row and one bad row", Utf8(Header, Row(month: "2"), Row(month: "3", lottery: "1.234")), "rows.csv",
            Mentions(Cell(3, SubsidyImportColumns.LotteryYuan, MoneyMessages.TooManyDecimals("元", 2))));
        // What is left is the block less the months that count: January 2021 is submitted with 1,000 yuan.
        yield return Commit("import: a row above what is left after the submitted months", Utf8(Header, Row(month: "2", personTimes: "\"124,500\"", lottery: "\"99,599,000.01\"")), "rows.csv",
            Mentions(Cell(2, SubsidyImportColumns.LotteryYuan, FundYearMessages.ElderlyLotteryExceedsBlock(Yuan("99,599,000.01"), Wan("9959.9"), Wan("9960")))), Given.SubmittedJanuary2021);
    }

    // ───────────────────────────── User directory (UserDirectoryService) ─────────────────────────────

    private static IEnumerable<BadInput> UserDirectoryCases()
    {
        yield return Assign("users: unknown street code", "atlantis", Is(UserAccountMessages.StreetNotFound));
        yield return Assign("users: street code in capitals", "XINJIEKOU", Is(UserAccountMessages.StreetNotFound));
        yield return Assign("users: street code with spaces around it", " desheng ", Is(UserAccountMessages.StreetNotFound));
        yield return Assign("users: street name instead of its code", "德胜", Is(UserAccountMessages.StreetNotFound));
        yield return Assign("users: street code of SQL", "' OR 1=1 --", Is(UserAccountMessages.StreetNotFound));
        yield return Assign("users: street code of spaces", "   ", Is(UserAccountMessages.StreetNotFound));
        yield return Case("users: assigning an unknown account", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().AssignStreetAsync(Guid.NewGuid(), "desheng", Guid.NewGuid())), Is(UserAccountMessages.NotFound));
        yield return Case("users: assigning the empty account id", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().AssignStreetAsync(Guid.Empty, "desheng", Guid.Empty)), Is(UserAccountMessages.NotFound));
        yield return Case("users: assigning with a stale version", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().AssignStreetAsync((await w.AccountAsync("officer")).Id, "desheng", Guid.NewGuid())), LostRace);
        yield return Case("users: disabling an unknown account", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().DisableAsync(Guid.NewGuid(), Guid.NewGuid())), Is(UserAccountMessages.NotFound));
        yield return Case("users: disabling with a stale version", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().DisableAsync((await w.AccountAsync("officer")).Id, Guid.NewGuid())), LostRace);
        yield return Case("users: enabling an unknown account", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().EnableAsync(Guid.NewGuid(), Guid.NewGuid())), Is(UserAccountMessages.NotFound));
        yield return Case("users: enabling with a stale version", Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<UserDirectoryService>().EnableAsync((await w.AccountAsync("officer")).Id, Guid.NewGuid())), LostRace);
        yield return Case("users: enabling an enabled account", Given.Seeded, async w =>
        {
            var officer = await w.AccountAsync("officer");
            return Outcome.Of(await w.Manager.Get<UserDirectoryService>().EnableAsync(officer.Id, officer.Version));
        }, Is(UserAccountMessages.AlreadyEnabled));
        yield return Case("users: disabling oneself", Given.Seeded, async w =>
        {
            var manager = await w.AccountAsync("manager");
            return Outcome.Of(await w.Manager.Get<UserDirectoryService>().DisableAsync(manager.Id, manager.Version));
        }, Is(UserAccountMessages.CannotDisableSelf));
        yield return Case("users: an officer moving themself to another street", Given.Seeded, async w =>
        {
            var officer = await w.AccountAsync("officer");
            return Outcome.Of(await w.Officer.Get<UserDirectoryService>().AssignStreetAsync(officer.Id, "desheng", officer.Version));
        }, Is(AuthorizationMessages.ManagerOnly));
    }

    // ───────────────────────────── Review (ReviewService) ─────────────────────────────

    private static IEnumerable<BadInput> ReviewCases()
    {
        yield return Case("review: approving an unknown report", Given.SubmittedJanuary2021, async w =>
            Outcome.Of(await w.Manager.Get<ReviewService>().ApproveAsync(Guid.NewGuid(), Guid.NewGuid())), Is(SubsidyMessages.ReportNotFound));
        yield return Case("review: returning an unknown report", Given.SubmittedJanuary2021, async w =>
            Outcome.Of(await w.Manager.Get<ReviewService>().ReturnAsync(Guid.NewGuid(), "请核对", Guid.NewGuid())), Is(SubsidyMessages.ReportNotFound));
        yield return Case("review: approving with a stale version", Given.SubmittedJanuary2021, async w =>
            Outcome.Of(await w.Manager.Get<ReviewService>().ApproveAsync((await w.JanuaryAsync()).ReportId!.Value, Guid.NewGuid())), LostRace);
        yield return Case("review: returning without a comment", Given.SubmittedJanuary2021, async w =>
        {
            var january = await w.JanuaryAsync();
            return Outcome.Of(await w.Manager.Get<ReviewService>().ReturnAsync(january.ReportId!.Value, "  ", january.Version!.Value));
        }, Is(SubsidyMessages.ReturnNeedsComment));
        yield return Case("review: returning with a comment of 1001 characters", Given.SubmittedJanuary2021, async w =>
        {
            var january = await w.JanuaryAsync();
            return Outcome.Of(await w.Manager.Get<ReviewService>().ReturnAsync(january.ReportId!.Value, new string('退', 1001), january.Version!.Value));
        }, Is(SubsidyMessages.CommentTooLong));
        yield return Case("review: unlocking a month that is not locked", Given.SubmittedJanuary2021, async w =>
        {
            var january = await w.JanuaryAsync();
            return Outcome.Of(await w.Manager.Get<ReviewService>().UnlockAsync(january.ReportId!.Value, "补录", january.Version!.Value));
        }, Is(SubsidyMessages.NotLocked));
        yield return Case("review: approving a draft", Given.DraftJanuary2021, async w =>
        {
            var january = await w.JanuaryAsync();
            return Outcome.Of(await w.Manager.Get<ReviewService>().ApproveAsync(january.ReportId!.Value, january.Version!.Value));
        }, Is(SubsidyMessages.NotSubmitted));
        yield return Case("review: a manager approving a month they entered and submitted themselves", Given.ManagerSubmittedJanuary2021, async w =>
        {
            var january = await w.JanuaryAsync();
            return Outcome.Of(await w.Manager.Get<ReviewService>().ApproveAsync(january.ReportId!.Value, january.Version!.Value));
        }, Is(SubsidyMessages.ApproverIsLastEditor));
        yield return Case("review: a manager approving the whole month with one street's figures entered by themselves", Given.ManagerSubmittedJanuary2021, async w =>
            Outcome.Of(await w.Manager.Get<ReviewService>().ApproveMonthAsync(2021, 1)), Is(SubsidyMessages.ApproverIsLastEditorOf(["新街口街道"])));
        yield return Case("review: approving a month of a year without a fund year", Given.SubmittedJanuary2021, async w =>
            Outcome.Of(await w.Manager.Get<ReviewService>().ApproveMonthAsync(2030, 1)), Is(FundYearPageMessages.NotFound(2030)));
        yield return Case("review: approving a month with nothing submitted", Given.SubmittedJanuary2021, async w =>
            Outcome.Of(await w.Manager.Get<ReviewService>().ApproveMonthAsync(2021, 2)), Is(SubsidyMessages.NothingToApprove(2)));
    }

    // ───────────────────────────── Case builders ─────────────────────────────

    private static BadInput Case(string name, Given given, Func<World, Task<Outcome>> when, Expect then) => new(name, given, when, then);

    private static ServiceHarness Officer(World world) => world.Officer;

    private static ServiceHarness Manager(World world) => world.Manager;

    private static BadInput Entry(string name, LineEntry line, Expect then) =>
        Month(name, Given.Year2021, Officer, January(line), then);

    private static BadInput Month(string name, Given given, Func<World, ServiceHarness> caller, MonthEntry entry, Expect then, bool submit = false) =>
        Case(name, given, async w =>
        {
            var service = caller(w).Get<MonthlyEntryService>();
            return Outcome.Of(submit ? await service.SubmitAsync(entry) : await service.SaveDraftAsync(entry));
        }, then);

    private static BadInput Year(string name, NewFundYear year, Expect then) =>
        Case(name, Given.Seeded, async w => Outcome.Of(await w.Manager.Get<FundYearAdminService>().CreateYearAsync(year)), then);

    private static BadInput Deadline(string name, int year, string? day, Expect then) =>
        Case(name, Given.Seeded, async w => Outcome.Of(await w.Manager.Get<FundYearAdminService>().SetReportDeadlineDayAsync(year, day)), then);

    private static BadInput Rates(string name, NewRateTable rates, Expect then) =>
        Case(name, Given.Seeded, async w => Outcome.Of(await w.Manager.Get<FundYearAdminService>().AddRateTableAsync(rates)), then);

    private static BadInput Create(string name, ProjectForm form, Expect then) =>
        Case(name, Given.Year2021, async w => Outcome.Of(await w.Manager.Get<ProjectService>().CreateAsync(2021, form)), then);

    private static BadInput Edit(string name, int order, Func<ProjectForm, ProjectForm> change, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(order);
            return Outcome.Of(await w.Manager.Get<ProjectService>().UpdateAsync(project.Id, change(project.Form), project.Version));
        }, then);

    private static BadInput AddSub(string name, int order, ProjectForm form, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(order);
            return Outcome.Of(await w.Manager.Get<ProjectService>().AddSubprojectAsync(project.Id, form, project.Version));
        }, then);

    private static BadInput Share(string name, string? street, string? amountWanYuan, string? purpose, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().ShareToStreetAsync(project.Id, null, street, amountWanYuan, purpose, project.Version));
        }, then);

    private static BadInput Indicator(string name, IndicatorForm form, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().AddIndicatorAsync(project.Id, null, form, project.Version));
        }, then);

    private static BadInput Lag(string name, string? reason, string? measure, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().ExplainLagAsync(project.Id, null, reason, measure, project.Version));
        }, then);

    /// <summary>A manager charging (十) performance tracking itself (万元).</summary>
    private static BadInput Spend(string name, string? paidOn, string? amountWanYuan, Expect then, string? note = null) =>
        Case(name, Given.Seeded, async w =>
            Outcome.Of(await w.Manager.Get<SpendingService>().RecordAsync(new SpendingForm((await w.ProjectAsync(Tracking)).Id, null, null, paidOn, amountWanYuan, note))), then);

    /// <summary>A correction of 新街口's payment for its children's home, given as <paramref name="given"/> says.</summary>
    private static BadInput Correct(string name, Given given, Func<World, Guid, Task<FormResult>> then, Expect expect) =>
        Case(name, given, async w => Outcome.Of(await then(w, await w.PaymentAsync())), expect);

    /// <summary>A manager moving money out of (十) performance tracking: to another project, or to next year when <paramref name="to"/> is null.</summary>
    private static BadInput MoveMoney(string name, Guid? to, string? amountWanYuan, string? date, string? reason, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var project = await w.ProjectAsync(Tracking);
            return Outcome.Of(await w.Manager.Get<ProjectService>().TransferAsync(new TransferForm(project.Id, to, amountWanYuan, date, reason), project.Version));
        }, then);

    private static BadInput Preview(string name, byte[] file, string fileName, Expect then, Given given = Given.Year2021) =>
        Case(name, given, async w => Outcome.Of(await w.Officer.Get<SubsidyImportService>().PreviewAsync(new MemoryStream(file), fileName)), then);

    private static BadInput Commit(string name, byte[] file, string fileName, Expect then, Given given = Given.Year2021) =>
        Case(name, given, async w => Outcome.Of(await w.Officer.Get<SubsidyImportService>().CommitAsync(new MemoryStream(file), fileName)), then);

    private static BadInput Assign(string name, string? streetCode, Expect then) =>
        Case(name, Given.Seeded, async w =>
        {
            var officer = await w.AccountAsync("officer");
            return Outcome.Of(await w.Manager.Get<UserDirectoryService>().AssignStreetAsync(officer.Id, streetCode, officer.Version));
        }, then);

    // ───────────────────────────── Inputs ─────────────────────────────

    /// <summary>One advanced-age line; by default 10 person-times at 100 yuan each, within the rates.</summary>
    private static LineEntry Line(string? personTimes = "10", string? lottery = "1000", string? matching = "0", string? comment = null, string code = Age) =>
        new(code, personTimes, lottery, matching, comment);

    private static MonthEntry January(LineEntry line) => new("xinjiekou", 2021, 1, null, [line]);

    private static string Row(string street = "新街口", string year = "2021", string month = "1", string subsidy = "高龄津贴", string personTimes = "10", string lottery = "1000", string matching = "0", string comment = "") =>
        string.Join(',', street, year, month, subsidy, personTimes, lottery, matching, comment);

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static byte[] ShiftJis(params string[] lines)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932).GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    /// <summary>Bytes with no structure, the same on every run (a linear congruential sequence).</summary>
    private static byte[] NoiseBytes(int length)
    {
        var bytes = new byte[length];
        uint state = 2026;
        for (var i = 0; i < length; i++)
        {
            state = unchecked((state * 1_664_525) + 1_013_904_223);
            bytes[i] = (byte)(state >> 24);
        }

        return bytes;
    }

    /// <summary>The signature of an OLE compound file: Excel 97-2003 and password-protected workbooks.</summary>
    private static byte[] OleCompoundFile() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. NoiseBytes(504)];

    /// <summary>A well-formed ZIP archive holding a Word-like part but no workbook.</summary>
    private static byte[] ZipWithoutWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open(), Encoding.UTF8);
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
        }

        return buffer.ToArray();
    }

    private static string Cell(int row, string column, string message) => new CellError(row, column, message).ToString();

    private static Money Wan(string text) => Money.ParseWanYuan(text).Value;

    private static Money Yuan(string text) => Money.ParseYuan(text).Value;

    /// <summary>Control and direction characters made visible, so a case name reads the same everywhere.</summary>
    private static string Printable(string text)
    {
        var visible = new StringBuilder();
        foreach (var c in text.Length > 24 ? text[..24] : text)
        {
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                visible.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else
                visible.Append(c);
        }

        return visible.ToString();
    }

    // ───────────────────────────── Expectations ─────────────────────────────

    /// <summary>A stale page: "已被 <name> 于 <time> 修改…", named from the audit trail.</summary>
    private static Expect LostRace => new("a message naming who changed it first", o => o.Messages.Any(m => m.StartsWith("已被 ", StringComparison.Ordinal) && m.Contains(" 修改，您的修改没有保存。", StringComparison.Ordinal)));

    private static Expect Is(string message) => new($"the message “{message}”", o => o.Messages.Contains(message));

    private static Expect At(string field, string message) =>
        new($"“{message}” next to {field}", o => o.Fields.TryGetValue(field, out var shown) && shown == message);

    private static Expect Mentions(string text) => new($"a message mentioning “{text}”", o => o.Messages.Any(m => m.Contains(text, StringComparison.Ordinal)));

    private static Expect StoredAsTyped(string typed) => new("the text stored as typed", _ => true, typed);

    /// <summary>One bad input: what exists first, the call a page would make, and what the user must read.</summary>
    private sealed record BadInput(string Name, Given Given, Func<World, Task<Outcome>> When, Expect Then);

    /// <summary>What the user must read; with <paramref name="Verbatim"/>, the text that must be stored exactly instead.</summary>
    private sealed record Expect(string Description, Func<Outcome, bool> Holds, string? Verbatim = null);

    /// <summary>What a call returned, flattened: every message the page shows, and field messages by field.</summary>
    private sealed record Outcome(bool Succeeded, IReadOnlyList<string> Messages, IReadOnlyDictionary<string, string> Fields, string? Stored = null)
    {
        private static readonly Dictionary<string, string> NoFields = [];

        public static Outcome Of(Result result)
        {
            var fields = result is FormResult form ? form.FieldErrors : NoFields;
            var messages = new List<string>();
            if (result.Error is { } error)
                messages.Add(error);
            messages.AddRange(fields.Values);
            return new(result.IsSuccess, messages, fields);
        }

        /// <summary>A preview refuses by not letting the upload be committed: the file's message, or each cell's.</summary>
        public static Outcome Of(ImportPreview preview)
        {
            var messages = preview.FileError is { } error ? [error] : preview.Rows.SelectMany(r => r.Errors).Select(e => e.ToString()).ToList();
            return new(preview.CanCommit, messages, NoFields);
        }
    }

    /// <summary>A fresh seeded database with a manager and an officer of 新街口, and what the case is given.</summary>
    private sealed class World : IAsyncDisposable
    {
        private readonly TestDatabase _database;

        private World(TestDatabase database)
        {
            _database = database;
            Manager = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager));
            Officer = new ServiceHarness(database, ServiceHarness.Principal("officer", PortalRoles.StreetStaff));
            OtherOfficer = new ServiceHarness(database, ServiceHarness.Principal("officer-desheng", PortalRoles.StreetStaff));
        }

        public ServiceHarness Manager { get; }

        public ServiceHarness Officer { get; }

        /// <summary>An officer of 德胜, another street.</summary>
        public ServiceHarness OtherOfficer { get; }

        public static async Task<World> CreateAsync(Given given)
        {
            var database = await TestDatabase.SeededAsync();
            await database.RegisterAsync("manager");
            await database.RegisterAsync("officer", "xinjiekou");
            await database.RegisterAsync("officer-desheng", "desheng");
            var world = new World(database);
            var admin = world.Manager.Get<FundYearAdminService>();
            if ((given & (Given.Year2021 | Given.DraftJanuary2021 | Given.SubmittedJanuary2021 | Given.ManagerSubmittedJanuary2021)) != 0)
                Assert.True((await admin.CreateYearAsync(new NewFundYear("2021", "10160", "9960", "200", "2022-02-28"))).IsSuccess);
            if (given.HasFlag(Given.Year2026))
                Assert.True((await admin.CreateYearAsync(new NewFundYear("2026", "10160", "9960", "200", "2027-02-28"))).IsSuccess);
            var entry = world.Officer.Get<MonthlyEntryService>();
            if (given.HasFlag(Given.DraftJanuary2021))
                Assert.True((await entry.SaveDraftAsync(January(Line()))).IsSuccess);
            if (given.HasFlag(Given.SubmittedJanuary2021))
                Assert.True((await entry.SubmitAsync(January(Line()))).IsSuccess);
            if (given.HasFlag(Given.Published2020))
                Assert.True((await world.Manager.Get<Portal.Features.Reports.AnnualReportService>().PublishAsync(2020, "滞后原因见绩效跟踪报告")).IsSuccess);
            if (given.HasFlag(Given.ManagerSubmittedJanuary2021))
                Assert.True((await world.Manager.Get<MonthlyEntryService>().SubmitAsync(January(Line()))).IsSuccess);
            if ((given & (Given.Paid | Given.PaidAndReversed)) != 0)
            {
                var project = await world.ProjectAsync(ChildProtection);
                Assert.True((await world.Officer.Get<SpendingService>().RecordAsync(new SpendingForm(project.Id, null, await world.XinjiekouShareAsync(), "2020-09-01", "10", "足球场"))).IsSuccess);
            }

            if (given.HasFlag(Given.PaidAndReversed))
                Assert.True((await world.ReverseAsync(await world.PaymentAsync(), "重复登记")).IsSuccess);
            return world;
        }

        /// <summary>A project of the seeded 2020 year by its position, as its page shows it.</summary>
        public async Task<ProjectDetailView> ProjectAsync(int order)
        {
            var list = (await Manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
            return (await Manager.Get<ProjectService>().DetailAsync(list.Projects[order - 1].Id)).Value!;
        }

        /// <summary>新街口's 50 万元 share of the children's-home subproject.</summary>
        public async Task<Guid> XinjiekouShareAsync()
        {
            await using var db = _database.CreateDbContext();
            var street = await db.Streets.SingleAsync(s => s.Code == "xinjiekou");
            return await db.Set<StreetShare>().Where(s => s.StreetId == street.Id).Select(s => s.Id).SingleAsync();
        }

        /// <summary>The payment 新街口's officer made for its children's home (<see cref="Given.Paid"/>).</summary>
        public async Task<Guid> PaymentAsync() =>
            (await ProjectAsync(ChildProtection)).Spendings.Single(s => s.Kind == SpendingKind.Payment).Id;

        /// <summary>A manager reversing a payment of the children's-home project.</summary>
        public async Task<FormResult> ReverseAsync(Guid spendingId, string? reason)
        {
            var project = await ProjectAsync(ChildProtection);
            return await Manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project.Id, spendingId, reason), project.Version);
        }

        public async Task<UserAccount> AccountAsync(string objectId)
        {
            await using var db = _database.CreateDbContext();
            return await db.UserAccounts.AsNoTracking().SingleAsync(a => a.ObjectId == objectId);
        }

        /// <summary>January 2021 of 新街口 as the officer's grid shows it.</summary>
        public async Task<MonthRow> JanuaryAsync() =>
            (await Officer.Get<MonthlyEntryService>().GridAsync("xinjiekou", 2021)).Value!.Months.Single(m => m.Month == 1);

        public async Task<int> AuditCountAsync()
        {
            await using var db = _database.CreateDbContext();
            return await db.AuditEntries.CountAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Manager.DisposeAsync();
            await Officer.DisposeAsync();
            await OtherOfficer.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
