namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>Pieces of memory read one after another as one stream, without copying them together.</summary>
internal sealed class JoinedStream(params ReadOnlyMemory<byte>[] pieces) : Stream
{
    private int _piece;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_piece < pieces.Length)
        {
            var rest = pieces[_piece].Span[_offset..];
            if (rest.IsEmpty)
            {
                _piece++;
                _offset = 0;
                continue;
            }
            var read = Math.Min(rest.Length, buffer.Length);
            rest[..read].CopyTo(buffer);
            _offset += read;
            return read;
        }
        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
