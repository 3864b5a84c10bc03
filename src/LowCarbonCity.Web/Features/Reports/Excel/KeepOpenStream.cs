namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// Passes writes through and ignores Dispose/Close, so closing an <see cref="DocumentFormat.OpenXml.OpenXmlWriter"/>
/// (which closes its output) leaves a spooled temporary file open for copying.
/// </summary>
internal sealed class KeepOpenStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        inner.Flush();
        base.Dispose(disposing);
    }
}
