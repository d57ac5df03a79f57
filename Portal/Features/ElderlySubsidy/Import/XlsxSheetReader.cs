using System.Globalization;
using System.Xml;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The first worksheet of an XLSX package, row by row, each cell as Excel's formula bar shows it: trimmed,
/// null when empty, numbers without exponents, dates as yyyy-MM-dd. The rest of the package is read first
/// (<see cref="XlsxWorkbook"/>); the sheet's XML, or one part of it (<see cref="XlsxSheetRows"/>), is read
/// once, and a text that repeats down a column is kept once (<see cref="CellTexts"/>), so 100,000 rows cost
/// one pass and few objects beyond the row arrays.
/// A sheet found damaged while it is read shows as <see cref="IsDamaged"/>, never as an exception.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private const string DateFormat = "yyyy-MM-dd";

    // Excel's day 0 is 1899-12-30 in the 1900 date system, 1904-01-01 in the 1904 one (old Mac workbooks).
    private const double Date1904Offset = 1462;

    // Serial numbers DateTime.FromOADate turns into a date without throwing: after year 100, before 9999-12-31.
    private const double FirstOADate = -657435;
    private const double LastOADate = 2958465;

    private readonly XmlReader _sheet;
    private readonly Names _names;
    private readonly IReadOnlyList<string?> _sharedStrings;
    private readonly IReadOnlyList<bool> _dateStyles;
    private readonly double _dateOffset;
    private readonly CellTexts _texts = new();
    private readonly TextBuffer _text = new();
    private readonly char[] _attribute = new char[32];
    private string?[] _cells = new string?[16];
    private int _width;
    private bool _inSheetData;
    private bool _rowRead;
    private bool _finished;

    private XlsxSheetReader(XmlReader sheet, Names names, XlsxWorkbook workbook)
    {
        _sheet = sheet;
        _names = names;
        _sharedStrings = workbook.SharedStrings;
        _dateStyles = workbook.DateStyles;
        _dateOffset = workbook.Date1904 ? Date1904Offset : 0;
    }

    /// <summary>
    /// The row's number as Excel shows it: from the row's r attribute (Excel leaves empty rows out of the
    /// file), else the one after the previous row.
    /// </summary>
    public int RowNumber { get; private set; }

    /// <summary>The row's cells by column (A is 0) up to its last non-empty one; valid until the next <see cref="ReadRow"/>.</summary>
    public ReadOnlySpan<string?> Cells => _cells.AsSpan(0, _width);

    /// <summary>Whether the first row read carried its number (an r attribute) rather than following on from none.</summary>
    public bool FirstRowNumbered { get; private set; }

    /// <summary>The sheet turned out to be damaged (broken XML, a corrupt archive entry, a shared string that does not exist).</summary>
    public bool IsDamaged { get; private set; }

    /// <summary>
    /// The rows of a worksheet's XML (<paramref name="xml"/>, which the reader closes), its cells read against
    /// the rest of the package; a damaged start throws what <see cref="XlsxPart.IsDamage"/> names.
    /// </summary>
    public static XlsxSheetReader Open(Stream xml, XlsxWorkbook workbook)
    {
        var names = new Names(new NameTable());
        return new XlsxSheetReader(XlsxPart.Reader(xml, names.Table, ignoreWhitespace: true), names, workbook);
    }

    /// <summary>
    /// Moves to the next row the file holds; false at the end of the sheet or when it is damaged. Cells at
    /// or right of <paramref name="columns"/> are left out (a caller that knows its header needs no more).
    /// </summary>
    public bool ReadRow(int columns)
    {
        if (_finished)
            return false;
        try
        {
            while (_sheet.Read())
            {
                if (_sheet.NodeType == XmlNodeType.Element)
                {
                    var name = _sheet.LocalName;
                    if ((object)name == _names.SheetData)
                    {
                        _inSheetData = !_sheet.IsEmptyElement;
                        if (!_inSheetData)
                            break;
                    }
                    else if (_inSheetData && (object)name == _names.Row)
                    {
                        ReadRowCells(columns);
                        return true;
                    }
                }
                else if (_sheet.NodeType == XmlNodeType.EndElement && (object)_sheet.LocalName == _names.SheetData)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (XlsxPart.IsDamage(exception))
        {
            IsDamaged = true;
        }

        _finished = true;
        _width = 0;
        return false;
    }

    public void Dispose() => _sheet.Dispose();

    private void ReadRowCells(int columns)
    {
        Array.Clear(_cells, 0, _width);
        _width = 0;
        var empty = _sheet.IsEmptyElement;
        var first = !_rowRead;
        _rowRead = true;
        var number = RowNumber + 1;
        while (_sheet.MoveToNextAttribute())
        {
            if ((object)_sheet.LocalName != _names.Reference)
                continue;
            if (!int.TryParse(AttributeValue(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
                throw new InvalidDataException("A row number is not a number.");
            FirstRowNumbered |= first;
        }
        RowNumber = number;
        if (empty)
            return;

        var column = -1;
        while (_sheet.Read())
        {
            if (_sheet.NodeType == XmlNodeType.Element && (object)_sheet.LocalName == _names.Cell)
                column = ReadCell(column, columns);
            else if (_sheet.NodeType == XmlNodeType.EndElement && (object)_sheet.LocalName == _names.Row)
                return;
        }
    }

    /// <summary>Reads one &lt;c&gt; and returns its column: from its r attribute, else the one after the previous cell.</summary>
    private int ReadCell(int previousColumn, int columns)
    {
        var empty = _sheet.IsEmptyElement;
        var column = previousColumn + 1;
        var type = CellType.Number;
        var style = 0;
        while (_sheet.MoveToNextAttribute())
        {
            var name = _sheet.LocalName;
            if ((object)name == _names.Reference)
                column = ColumnOf(AttributeValue());
            else if ((object)name == _names.Type)
                type = TypeOf(AttributeValue());
            else if ((object)name == _names.Style && !int.TryParse(AttributeValue(), NumberStyles.None, CultureInfo.InvariantCulture, out style))
                style = 0;
        }
        if (empty)
            return column;

        // The value is in <v>, or for an inline string in the <t> of <is> and its rich-text runs <r><t>;
        // the formula <f> and the phonetic guide <rPh> (furigana) are not the cell's text.
        _text.Clear();
        var inValue = false;
        var inText = false;
        var inPhonetic = false;
        while (_sheet.Read())
        {
            switch (_sheet.NodeType)
            {
                case XmlNodeType.Element:
                    var name = _sheet.LocalName;
                    if ((object)name == _names.Value)
                        inValue = !_sheet.IsEmptyElement;
                    else if ((object)name == _names.Text)
                        inText = !_sheet.IsEmptyElement;
                    else if ((object)name == _names.Phonetic)
                        inPhonetic = !_sheet.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inValue || (inText && !inPhonetic))
                        _text.Append(_sheet);
                    break;
                case XmlNodeType.EndElement:
                    var end = _sheet.LocalName;
                    if ((object)end == _names.Value)
                        inValue = false;
                    else if ((object)end == _names.Text)
                        inText = false;
                    else if ((object)end == _names.Phonetic)
                        inPhonetic = false;
                    else if ((object)end == _names.Cell)
                        return StoreCell(column, columns, type, style);
                    break;
            }
        }

        throw new InvalidDataException("The sheet ends inside a cell.");
    }

    /// <summary>
    /// The current attribute's value in a buffer reused for every attribute: a cell's r, t and s as strings
    /// would be millions of small objects in a 100,000-row sheet. A longer value than the buffer holds is
    /// cut off; none of the attributes read this way is that long in a sound file.
    /// </summary>
    private ReadOnlySpan<char> AttributeValue()
    {
        if (!_sheet.CanReadValueChunk)
            return _sheet.Value;
        var length = 0;
        int read;
        while (length < _attribute.Length && (read = _sheet.ReadValueChunk(_attribute, length, _attribute.Length - length)) > 0)
            length += read;
        return _attribute.AsSpan(0, length);
    }

    private int StoreCell(int column, int columns, CellType type, int style)
    {
        if (column >= columns)
            return column;
        var text = CellText(column, type, style, _text.Chars);
        if (text is null)
            return column;
        if (column >= _cells.Length)
            Array.Resize(ref _cells, Math.Max(column + 1, _cells.Length * 2));
        _cells[column] = text;
        _width = Math.Max(_width, column + 1);
        return column;
    }

    private string? CellText(int column, CellType type, int style, ReadOnlySpan<char> stored)
    {
        switch (type)
        {
            case CellType.SharedString:
                if (stored.Trim().IsEmpty)
                    return null;
                if (!int.TryParse(stored, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var index)
                    || (uint)index >= (uint)_sharedStrings.Count)
                    throw new InvalidDataException("A cell refers to a shared string the workbook does not have.");
                return _sharedStrings[index];
            case CellType.Boolean:
                return stored.Trim() switch
                {
                    "1" => "TRUE",
                    "0" => "FALSE",
                    var other => _texts.Cell(column, other),
                };
            case CellType.IsoDate:
                return DateTime.TryParse(stored.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? DateText(column, date)
                    : _texts.Cell(column, stored);
            case CellType.Number:
                var number = stored.Trim();
                var isDate = (uint)style < (uint)_dateStyles.Count && _dateStyles[style];
                if (!isDate && IsPlainInteger(number))
                    return _texts.Cell(column, number);
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    return _texts.Cell(column, stored);
                var serial = value + _dateOffset;
                return isDate && serial is > FirstOADate and < LastOADate
                    ? DateText(column, DateTime.FromOADate(serial))
                    : _texts.Cell(column, NumberText(value));
            default:
                return _texts.Cell(column, stored);
        }
    }

    private string? DateText(int column, DateTime date)
    {
        Span<char> text = stackalloc char[16];
        return date.TryFormat(text, out var written, DateFormat, CultureInfo.InvariantCulture)
            ? _texts.Cell(column, text[..written])
            : null;
    }

    /// <summary>
    /// A whole number of up to 15 digits as Excel writes it ("2021", "-350") is its own text: the same
    /// digits <see cref="NumberText"/> would give, without parsing or formatting. Leading zeros and "-0"
    /// take the long way.
    /// </summary>
    private static bool IsPlainInteger(ReadOnlySpan<char> number)
    {
        var digits = number.StartsWith('-') ? number[1..] : number;
        if (digits.IsEmpty || digits.Length > 15 || (digits[0] == '0' && number.Length > 1))
            return false;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
                return false;
        }
        return true;
    }

    /// <summary>
    /// Excel shows 15 significant digits, so 0.1 + 0.2 stored as 0.30000000000000004 reads "0.3"; going
    /// through decimal avoids exponents ("1E+20") and never adds ".0" to whole numbers.
    /// </summary>
    private static string NumberText(double number)
    {
        var shortest = number.ToString("G15", CultureInfo.InvariantCulture);
        return decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact.ToString(CultureInfo.InvariantCulture)
            : number.ToString("0.###############", CultureInfo.InvariantCulture);
    }

    /// <summary>"C7" → 2. Excel's last column is XFD, three letters.</summary>
    private static int ColumnOf(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var letter = char.ToUpperInvariant(c);
            if (letter is < 'A' or > 'Z')
                break;
            column = (column * 26) + (letter - 'A' + 1);
            letters++;
        }
        if (letters is 0 or > 3)
            throw new InvalidDataException("A cell reference has no column.");
        return column - 1;
    }

    private static CellType TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "s" => CellType.SharedString,
        "inlineStr" or "str" or "e" => CellType.Text,
        "b" => CellType.Boolean,
        "d" => CellType.IsoDate,
        "n" => CellType.Number,
        _ => CellType.Text,
    };

    private enum CellType
    {
        Number,
        SharedString,
        Text,
        Boolean,
        IsoDate,
    }

    /// <summary>
    /// Element names looked up once in the readers' name table, so comparing a name read from the file is a
    /// reference comparison. Only local names are compared: transitional and strict workbooks differ in namespace.
    /// </summary>
    private sealed class Names(XmlNameTable table)
    {
        public XmlNameTable Table { get; } = table;
        public string SheetData { get; } = table.Add("sheetData");
        public string Row { get; } = table.Add("row");
        public string Cell { get; } = table.Add("c");
        public string Value { get; } = table.Add("v");
        public string Text { get; } = table.Add("t");
        public string Phonetic { get; } = table.Add("rPh");
        public string Reference { get; } = table.Add("r");
        public string Type { get; } = table.Add("t");
        public string Style { get; } = table.Add("s");
    }
}
