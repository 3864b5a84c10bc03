using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>Evidence files on the editor: upload (PDF, PNG, JPEG up to 10 MB, judged by content), list, download, delete while editable.</summary>
public sealed partial class EditorEvidenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    private static readonly byte[] Pdf = "%PDF-1.4\n% test bill\n"u8.ToArray();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private async Task<(HttpClient Client, Guid InventoryId)> ArrangeAsync()
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var id = await app.CreateInventoryAsync("CMI-CM", 2000 + Interlocked.Increment(ref _nextYear));
        return (officer, id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid inventoryId, byte[] bytes, string fileName, string contentType)
    {
        var page = await client.GetStringAsync(new Uri($"/Inventories/Detail/{inventoryId}", UriKind.Relative));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, EvidenceService.FileField, fileName);
        return await client.PostAsync(new Uri($"/Inventories/Detail/{inventoryId}?handler=Upload", UriKind.Relative), form);
    }

    private Task<int> CountAsync(Guid inventoryId) => app.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.InventoryId == inventoryId));

    [Fact]
    public async Task Upload_Pdf_IsListedAndDownloadsTheSameBytes()
    {
        var (client, id) = await ArrangeAsync();

        using var response = await UploadAsync(client, id, Pdf, "march-bill.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        html.Should().Contain("march-bill.pdf").And.Contain("id=\"evidence-form\"");
        var evidenceId = await app.WithDbAsync(db => db.EvidenceFiles.Where(e => e.InventoryId == id).Select(e => e.Id).SingleAsync());
        var bytes = await client.GetByteArrayAsync(new Uri($"/Inventories/Detail/{id}?handler=Evidence&evidenceId={evidenceId}", UriKind.Relative));
        bytes.Should().Equal(Pdf);
    }

    [Fact]
    public async Task Upload_TextFileNamedPdf_IsRefusedWithItsMessage()
    {
        var (client, id) = await ArrangeAsync();

        using var response = await UploadAsync(client, id, "just text"u8.ToArray(), "bill.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Only PDF, PNG and JPEG files are accepted");
        (await CountAsync(id)).Should().Be(0);
    }

    [Fact]
    public async Task Upload_TextFileInThai_IsRefusedInThai()
    {
        var (client, id) = await ArrangeAsync();
        AppFactory.InThai(client);

        using var response = await UploadAsync(client, id, "just text"u8.ToArray(), "bill.pdf", "application/pdf");

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("รับเฉพาะไฟล์ PDF PNG และ JPEG");
    }

    [Fact]
    public async Task Upload_OneByteOverTenMegabytes_IsRefused()
    {
        var (client, id) = await ArrangeAsync();
        var big = new byte[EvidenceService.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        using var response = await UploadAsync(client, id, big, "huge.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The file is larger than 10 MB.");
        (await CountAsync(id)).Should().Be(0);
    }

    [Fact]
    public async Task Delete_WhileDraft_RemovesTheFile()
    {
        var (client, id) = await ArrangeAsync();
        (await UploadAsync(client, id, Pdf, "a.pdf", "application/pdf")).Dispose();
        var evidenceId = await app.WithDbAsync(db => db.EvidenceFiles.Where(e => e.InventoryId == id).Select(e => e.Id).SingleAsync());

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string> { ["evidenceId"] = evidenceId.ToString() },
            $"/Inventories/Detail/{id}?handler=DeleteEvidence");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await CountAsync(id)).Should().Be(0);
    }

    [Fact]
    public async Task Delete_WhenSubmitted_HasNoFormAndIsRefused()
    {
        var (client, id) = await ArrangeAsync();
        (await UploadAsync(client, id, Pdf, "a.pdf", "application/pdf")).Dispose();
        var evidenceId = await app.WithDbAsync(db => db.EvidenceFiles.Where(e => e.InventoryId == id).Select(e => e.Id).SingleAsync());
        await app.SetStatusAsync(id, InventoryStatus.Submitted);

        var html = await client.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string> { ["evidenceId"] = evidenceId.ToString() },
            $"/Inventories/Detail/{id}?handler=DeleteEvidence");

        html.Should().Contain("a.pdf").And.NotContain("handler=DeleteEvidence").And.NotContain("id=\"evidence-form\"");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await CountAsync(id)).Should().Be(1);
    }

    [Fact]
    public async Task Download_OtherOrganisation_IsRefused()
    {
        var (client, id) = await ArrangeAsync();
        (await UploadAsync(client, id, Pdf, "a.pdf", "application/pdf")).Dispose();
        var evidenceId = await app.WithDbAsync(db => db.EvidenceFiles.Where(e => e.InventoryId == id).Select(e => e.Id).SingleAsync());
        var outsider = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "KKN-CM"));

        using var response = await outsider.GetAsync(new Uri($"/Inventories/Detail/{id}?handler=Evidence&evidenceId={evidenceId}", UriKind.Relative));

        response.StatusCode.Should().NotBe(HttpStatusCode.OK);
        response.Headers.Location?.OriginalString.Should().Contain("/Account/AccessDenied");
    }
}
