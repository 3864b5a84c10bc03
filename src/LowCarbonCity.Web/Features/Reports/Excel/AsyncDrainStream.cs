namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// A write-only stream that collects the synchronous writes of <see cref="System.IO.Compression.ZipArchive"/> and
/// <see cref="DocumentFormat.OpenXml.OpenXmlWriter"/> in a small buffer, which the writer empties into the real
/// target (the HTTP response) asynchronously between rows with <see cref="DrainAsync"/>. So a streamed workbook needs
/// neither synchronous I/O on the response (Kestrel forbids it) nor the whole file in memory.
/// </summary>
internal sealed class AsyncDrainStream(Stream target) : Stream
{
    /// <summary>Drain once this much has been written (the buffer stays around this size).</summary>
    public const int DrainThreshold = 128 * 1024;

    private readonly MemoryStream _buffer = new(DrainThreshold * 2);
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    /// <summary>True when enough is buffered to be worth an asynchronous write.</summary>
    public bool ShouldDrain => _buffer.Length >= DrainThreshold;

    public override void Write(byte[] buffer, int offset, int count)
    {
        _buffer.Write(buffer, offset, count);
        _written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _buffer.WriteByte(value);
        _written++;
    }

    /// <summary>Writes what is buffered to the target and empties the buffer.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        await target.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct);
        _buffer.SetLength(0);
    }

    public override void Flush()
    {
        // Buffered on purpose: DrainAsync moves the bytes.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
