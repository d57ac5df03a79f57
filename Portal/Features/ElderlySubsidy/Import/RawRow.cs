namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>A row of an import file with at least one non-empty cell, numbered as Excel numbers it.</summary>
internal readonly record struct RawRow(int Number, string?[] Cells);
