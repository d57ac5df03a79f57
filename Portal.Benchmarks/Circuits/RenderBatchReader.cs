using System.Buffers.Binary;
using System.Text;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// Reads a Blazor render batch (the binary format of the server's RenderBatchWriter, normally read only by
/// blazor.web.js's OutOfProcessRenderBatch). Layout: updated components (a count, then the offset of each
/// diff: component id, edit count, 16 bytes per edit), reference frames (a count, then 20 bytes each: type and
/// 16 bytes of fields), disposed component ids, disposed event handler ids, the string table, then five int
/// offsets locating those sections.
/// </summary>
public sealed class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly byte[] _data;
    private readonly int _updatedComponentsOffset;
    private readonly int _framesOffset;
    private readonly int _disposedComponentsOffset;
    private readonly int _disposedHandlersOffset;
    private readonly int _stringTableOffset;

    public RenderBatchReader(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        var trailer = data.Length - (5 * sizeof(int));
        _updatedComponentsOffset = Int(trailer);
        _framesOffset = Int(trailer + 4);
        _disposedComponentsOffset = Int(trailer + 8);
        _disposedHandlersOffset = Int(trailer + 12);
        _stringTableOffset = Int(trailer + 16);
    }

    public int DiffCount => Int(_updatedComponentsOffset);

    public int DisposedComponentCount => Int(_disposedComponentsOffset);

    public int DisposedHandlerCount => Int(_disposedHandlersOffset);

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

    /// <summary>The component whose render diff <paramref name="diff"/> is.</summary>
    public int DiffComponent(int diff) => Int(Diff(diff));

    public int EditCount(int diff) => Int(Diff(diff) + 4);

    /// <summary>Edit <paramref name="index"/> of diff <paramref name="diff"/>: type, sibling index, then the reference frame (or the sibling to move to).</summary>
    public RenderEdit Edit(int diff, int index)
    {
        var at = Diff(diff) + 8 + (index * EditSize);
        return new RenderEdit((RenderEditType)Int(at), Int(at + 4), Int(at + 8), String(Int(at + 12)));
    }

    public RenderFrameType FrameType(int frame) => (RenderFrameType)Int(Frame(frame));

    /// <summary>Frames of the subtree an element, component or region frame starts, itself included.</summary>
    public int SubtreeLength(int frame) => Int(Frame(frame) + 4);

    public int ComponentId(int frame) => Int(Frame(frame) + 8);

    public string? AttributeName(int frame) => String(Int(Frame(frame) + 4));

    /// <summary>A string attribute's value; a <c>true</c> attribute reads as "", <c>false</c> and non-strings as null.</summary>
    public string? AttributeValue(int frame) => String(Int(Frame(frame) + 8));

    /// <summary>The event handler id of an attribute frame that names a handler, otherwise 0.</summary>
    public ulong AttributeHandler(int frame) => BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(Frame(frame) + 12));

    public int DisposedComponent(int index) => Int(_disposedComponentsOffset + sizeof(int) + (index * sizeof(int)));

    public ulong DisposedHandler(int index) =>
        BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(_disposedHandlersOffset + sizeof(int) + (index * sizeof(ulong))));

    private int Diff(int index) => Int(_updatedComponentsOffset + sizeof(int) + (index * sizeof(int)));

    private int Frame(int index) => _framesOffset + sizeof(int) + (index * FrameSize);

    private int Int(int offset) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(offset));

    /// <summary>String <paramref name="index"/> of the table (-1: null): a 7-bit encoded length, then UTF-8 (BinaryWriter).</summary>
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

/// <summary>One edit of a component's render diff (RenderTreeEdit as written to the batch).</summary>
/// <param name="FrameIndex">The reference frame inserted or set; for a permutation entry, the sibling index to move to.</param>
public readonly record struct RenderEdit(RenderEditType Type, int SiblingIndex, int FrameIndex, string? RemovedAttributeName);

/// <summary>RenderTreeEditType's values.</summary>
public enum RenderEditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>RenderTreeFrameType's values.</summary>
public enum RenderFrameType
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}
