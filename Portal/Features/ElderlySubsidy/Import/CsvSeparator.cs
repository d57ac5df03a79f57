namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Which character separates the cells of a CSV, from its header line: the one that finds the most known
/// column names, comma when none does. Besides comma, tab (Excel's "Unicode text") and semicolon, the
/// full-width comma: what a user gets typing a "CSV" with a Chinese input method.
/// </summary>
internal static class CsvSeparator
{
    public const char FullWidthComma = '，';

    // Order breaks ties.
    private static readonly char[] Candidates = [',', '\t', ';', FullWidthComma];

    public static char Detect(string text)
    {
        var header = FirstLineWithText(text);
        var best = Candidates[0];
        var bestCount = 0;
        foreach (var separator in Candidates)
        {
            var count = 0;
            foreach (var range in header.Split(separator))
            {
                if (ImportHeader.IsColumn(header[range].Trim().Trim('"')))
                    count++;
            }

            if (count > bestCount)
                (best, bestCount) = (separator, count);
        }

        return best;
    }

    /// <summary>The first line with anything but separators and spaces: the header, wherever it starts.</summary>
    private static ReadOnlySpan<char> FirstLineWithText(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            foreach (var c in line)
            {
                if (!char.IsWhiteSpace(c) && Array.IndexOf(Candidates, c) < 0)
                    return line;
            }
        }

        return [];
    }
}
