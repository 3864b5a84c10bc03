using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// A download written straight to the response body as it is produced (the streamed roll-up workbook, ADR 0008):
/// headers first, then <paramref name="write"/>. A failure after the first bytes aborts the response (the client sees
/// a broken download, never a partial file presented as complete).
/// </summary>
public sealed class StreamedFileResult(string fileName, string contentType, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
