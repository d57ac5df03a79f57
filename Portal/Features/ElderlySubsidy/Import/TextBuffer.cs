using System.Xml;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The text of one cell, built in one buffer reused for every cell: a quoted CSV cell character by
/// character, a workbook's cell or shared string from its XML.
/// </summary>
internal sealed class TextBuffer
{
    private char[] _chars = new char[256];
    private int _length;

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Append(char c)
    {
        Grow(1);
        _chars[_length++] = c;
    }

    public void Append(XmlReader xml)
    {
        if (!xml.CanReadValueChunk)
        {
            var value = xml.Value;
            Grow(value.Length);
            value.CopyTo(_chars.AsSpan(_length));
            _length += value.Length;
            return;
        }
        while (true)
        {
            // Two free places at least: with one, a character outside the basic plane (𠀀, in some
            // names) cannot be returned and the reader throws.
            Grow(2);
            var read = xml.ReadValueChunk(_chars, _length, _chars.Length - _length);
            if (read == 0)
                return;
            _length += read;
        }
    }

    private void Grow(int more)
    {
        if (_length + more > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_length + more, _chars.Length * 2));
    }
}
