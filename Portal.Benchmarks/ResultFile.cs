using System.Globalization;
using System.Text;

namespace Portal.Benchmarks;

/// <summary>
/// <c>--out &lt;folder&gt;</c> (default <c>docs/performance/</c> of the repository): what a suite prints is
/// also written to <c>&lt;folder&gt;/&lt;yyyy-MM-dd&gt;-&lt;suite&gt;.md</c> under a heading with the date, the
/// machine and its load, so the figures committed are the ones the runner printed. A later run of the same
/// suite on the same day replaces the file. The smoke run measures nothing and writes nothing; a failed
/// run writes nothing.
/// </summary>
public sealed class ResultFile : TextWriter
{
    private readonly TextWriter _console;
    private readonly StringBuilder _printed = new();
    private readonly string _folder;
    private readonly string _loadBefore = LoadAverage();

    private ResultFile(TextWriter console, string folder)
    {
        _console = console;
        _folder = folder;
    }

    public override Encoding Encoding => _console.Encoding;

    /// <summary>Takes <c>--out &lt;folder&gt;</c> out of <paramref name="args"/> and starts copying the console.</summary>
    public static ResultFile Capture(ref string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--out");
        string? folder = null;
        if (at >= 0 && at + 1 < args.Length)
        {
            folder = args[at + 1];
            args = [.. args[..at], .. args[(at + 2)..]];
        }

        var file = new ResultFile(Console.Out, Path.GetFullPath(folder ?? Path.Combine(RepositoryRoot(), "docs", "performance")));
        Console.SetOut(file);
        return file;
    }

    /// <summary>Gives the console back and writes the file when <paramref name="suite"/> measured something; returns <paramref name="exitCode"/>.</summary>
    public int Write(string suite, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(suite);
        Console.SetOut(_console);
        if (exitCode != 0 || suite is "smoke" || !suite.All(char.IsAsciiLetterLower))
            return exitCode;

        var today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# `{suite}` benchmark, {today}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Written by `dotnet run -c Release --project Portal.Benchmarks -- {suite}` on {today}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average (1, 5, 15 min) {_loadBefore} at the start, {LoadAverage()} at the end.")
            .AppendLine(CultureInfo.InvariantCulture, $"How the suite measures: [docs/performance.md](../performance.md).")
            .AppendLine();
        // Tables stay tables; every other printed line is a paragraph of its own.
        var inTable = false;
        foreach (var line in _printed.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
        {
            var row = line.StartsWith('|');
            if (suite == "bdn" && !row)
                continue;
            if (!row || !inTable)
                text.AppendLine();
            text.AppendLine(line);
            inTable = row;
        }

        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, $"{today}-{suite}.md");
        File.WriteAllText(path, text.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal));
        _console.WriteLine($"written to {path}");
        return exitCode;
    }

    public override void Write(char value)
    {
        _console.Write(value);
        _printed.Append(value);
    }

    public override void Write(string? value)
    {
        _console.Write(value);
        _printed.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        _console.Write(buffer, index, count);
        _printed.Append(buffer, index, count);
    }

    public override void Flush() => _console.Flush();

    /// <summary>The folder holding Portal.sln, from the current folder up; the current folder if none does.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
                return folder.FullName;
        }

        return Environment.CurrentDirectory;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
