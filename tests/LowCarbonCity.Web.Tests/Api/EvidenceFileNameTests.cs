using System.Net;
using System.Net.Http.Headers;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>An evidence file is stored and served under the extension of the type its content shows, whatever it was named.</summary>
public sealed class EvidenceFileNameTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray();

    [Theory]
    [InlineData("poly.html", "application/pdf", "poly.pdf")]
    [InlineData("bill.PDF", "application/pdf", "bill.PDF")]
    [InlineData("bill", "application/pdf", "bill.pdf")]
    [InlineData("C:\\scans\\meter.exe", "image/png", "meter.png")]
    [InlineData("photo.png", "image/jpeg", "photo.jpg")]
    [InlineData("photo.jpeg", "image/jpeg", "photo.jpeg")]
    [InlineData("report.pdf.html", "application/pdf", "report.pdf.pdf")]
    [InlineData("", "image/jpeg", "evidence.jpg")]
    [InlineData(".html", "application/pdf", "evidence.pdf")]
    public void NameFor_Table(string sent, string contentType, string stored) =>
        EvidenceService.NameFor(sent, contentType).Should().Be(stored);

    [Fact]
    public async Task Upload_PdfNamedHtml_IsStoredAndServedAsPdf()
    {
        var id = await app.CreateInventoryAsync("CMI-CM");
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "file", "poly.html");

        using var created = await client.PostAsync(new Uri($"/api/v1/inventories/{id}/evidence", UriKind.Relative), form);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await AppFactory.JsonAsync(created);
        body.GetProperty("fileName").GetString().Should().Be("poly.pdf");
        body.GetProperty("contentType").GetString().Should().Be("application/pdf");
        var evidenceId = body.GetProperty("id").GetGuid();
        (await app.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().Where(e => e.Id == evidenceId).Select(e => e.FileName).SingleAsync())).Should().Be("poly.pdf");

        using var download = await client.GetAsync(new Uri($"/api/v1/evidence/{evidenceId}", UriKind.Relative));
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        download.Content.Headers.ContentDisposition!.FileName.Should().Be("poly.pdf");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
    }
}
