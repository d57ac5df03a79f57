using System.Text.RegularExpressions;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The portal's own stylesheet is well formed: a browser drops every rule after a block left open, silently
/// (a missing brace once took the phone rules for tables and selects with it).
/// </summary>
public sealed partial class StylesheetTests
{
    [Fact]
    public void Every_block_of_the_stylesheet_is_closed_where_it_should_be()
    {
        var css = Comments().Replace(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Portal", "wwwroot", "app.css")), string.Empty);
        var depth = 0;
        var line = 1;
        foreach (var c in css)
        {
            line += c == '\n' ? 1 : 0;
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, $"a block is closed twice near line {line}");
        }

        Assert.Equal(0, depth);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
