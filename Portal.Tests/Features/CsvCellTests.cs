using Portal.Features;

namespace Portal.Tests.Features;

/// <summary>Every CSV cell the portal writes: nothing a spreadsheet would run as a formula, quoted where needed.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点击\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string written)
    {
        Assert.Equal(written, CsvCell.Escape(value));
    }

    [Theory]
    [InlineData("户", "户")]
    [InlineData("68.84", "68.84")]
    [InlineData("1+1=2", "1+1=2")]
    [InlineData("a@b", "a@b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("人,户", "\"人,户\"")]
    [InlineData("说\"明\"", "\"说\"\"明\"\"\"")]
    [InlineData("两\n行", "\"两\n行\"")]
    public void Other_cells_are_kept_and_quoted_only_where_csv_needs_it(string? value, string written)
    {
        Assert.Equal(written, CsvCell.Escape(value));
    }
}
