using System.Buffers.Binary;
using System.Text;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Reads what a light client needs from a Blazor render batch (the binary format of the server's
/// RenderBatchWriter, normally read only by blazor.web.js): the strings it carries and the event handlers of
/// elements. Layout: updated components, reference frames (count, then 20 bytes each: type and 16 bytes of
/// fields), disposed component ids, disposed event handler ids, the string table, then five int offsets.
/// </summary>
public sealed class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;

    private readonly byte[] _data;
    private readonly int _framesOffset;
    private readonly int _disposedHandlersOffset;
    private readonly int _stringTableOffset;

    public RenderBatchReader(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        var trailer = data.Length - (5 * sizeof(int));
        _framesOffset = Int(trailer + 4);
        _disposedHandlersOffset = Int(trailer + 12);
        _stringTableOffset = Int(trailer + 16);
    }

    /// <summary>Whether any text, markup or attribute value of the batch contains <paramref name="text"/>.</summary>
    public bool Mentions(string text)
    {
        var count = (_data.Length - (5 * sizeof(int)) - _stringTableOffset) / sizeof(int);
        for (var i = 0; i < count; i++)
        {
            if (String(i)?.Contains(text, StringComparison.Ordinal) == true)
                return true;
        }

        return false;
    }

    /// <summary>
    /// The handler of <paramref name="eventName"/> (<c>click</c>, <c>input</c>) of the first element that carries
    /// attribute <paramref name="name"/> with a value containing <paramref name="value"/>, or 0. An element's
    /// attribute frames follow its element frame. A handler the same batch disposes does not count.
    /// </summary>
    public ulong Handler(string eventName, string name, string value)
    {
        var handlerAttribute = "on" + eventName;
        var count = Int(_framesOffset);
        for (var i = 0; i < count; i++)
        {
            if (FrameType(i) != ElementFrame)
                continue;
            ulong click = 0;
            var matches = false;
            for (var a = i + 1; a < count && FrameType(a) == AttributeFrame; a++)
            {
                var at = _framesOffset + sizeof(int) + (a * FrameSize);
                var attributeName = String(Int(at + 4));
                if (attributeName == handlerAttribute)
                    click = BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(at + 12));
                else if (attributeName == name && String(Int(at + 8))?.Contains(value, StringComparison.Ordinal) == true)
                    matches = true;
            }

            // A component rendered twice in one batch leaves its first handler disposed in the same batch: that one
            // is no longer on the page.
            if (matches && click != 0 && !Disposes(click))
                return click;
        }

        return 0;
    }

    public bool Disposes(ulong eventHandlerId)
    {
        var count = Int(_disposedHandlersOffset);
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(_disposedHandlersOffset + sizeof(int) + (i * sizeof(ulong)))) == eventHandlerId)
                return true;
        }

        return false;
    }

    private int FrameType(int index) => Int(_framesOffset + sizeof(int) + (index * FrameSize));

    private int Int(int offset) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(offset));

    /// <summary>String <paramref name="index"/> of the table: a 7-bit encoded length, then UTF-8 (BinaryWriter).</summary>
    private string? String(int index)
    {
        if (index < 0)
            return null;
        var at = Int(_stringTableOffset + (index * sizeof(int)));
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return Encoding.UTF8.GetString(_data, at, length);
    }
}
