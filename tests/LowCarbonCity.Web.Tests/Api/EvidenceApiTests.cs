using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>Evidence files over HTTP (multipart upload, list, download, delete) on the run's database.</summary>
public sealed class EvidenceApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray();

    private static Uri U(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType = "application/pdf", Guid? lineId = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (lineId is not null)
        {
            form.Add(new StringContent(lineId.Value.ToString()), "lineId");
        }

        return form;
    }

    [Fact]
    public async Task UploadListDownloadDelete_Pdf_StoredWithHashAuditedWithoutBytes()
    {
        var id = await app.CreateInventoryAsync("CMI-CM");
        var lineId = (await app.InventoryAsync(id)).Lines[0].Id;
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var created = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form(Pdf, "electricity-bill.pdf", lineId: lineId));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await AppFactory.JsonAsync(created);
        body.GetProperty("contentType").GetString().Should().Be("application/pdf");
        body.GetProperty("size").GetInt64().Should().Be(Pdf.Length);
        body.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Pdf)));
        body.GetProperty("lineId").GetGuid().Should().Be(lineId);
        var evidenceId = body.GetProperty("id").GetGuid();
        created.Headers.Location!.OriginalString.Should().Be($"/api/v1/evidence/{evidenceId}");

        var list = await AppFactory.JsonAsync(await own.GetAsync(U($"/api/v1/inventories/{id}/evidence")));
        list.EnumerateArray().Should().ContainSingle(e => e.GetProperty("fileName").GetString() == "electricity-bill.pdf");
        var provincial = await app.ApiClientAsync(Roles.ProvincialOfficer, "PONRE-50");
        using var download = await provincial.GetAsync(U($"/api/v1/evidence/{evidenceId}"));
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "EvidenceFile" && a.EntityId == evidenceId.ToString()).ToListAsync());
        audit.Should().ContainSingle(a => a.Action == "Added" && a.InventoryId == id);
        audit[0].NewValues.Should().Contain("electricity-bill.pdf").And.NotContain("\"Content\"");

        (await provincial.DeleteAsync(U($"/api/v1/evidence/{evidenceId}"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await own.DeleteAsync(U($"/api/v1/evidence/{evidenceId}"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await own.GetAsync(U($"/api/v1/evidence/{evidenceId}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_TooLargeOrDisguisedOrMissing_400NamingTheFileField()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", year: 2023);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var large = new byte[EvidenceService.MaxBytes + 1];
        Pdf.CopyTo(large, 0);
        using var tooLarge = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form(large, "big.pdf"));
        tooLarge.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(tooLarge)).GetProperty("errors").GetProperty("file")[0].GetString().Should().Contain("10 MB");

        // A Windows executable named .pdf and sent as application/pdf: judged by its bytes, refused.
        using var disguised = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form("MZ\x90\0 not a pdf"u8.ToArray(), "bill.pdf"));
        disguised.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(disguised)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();

        using var missing = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), new MultipartFormDataContent { { new StringContent("x"), "note" } });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(missing)).GetProperty("errors").TryGetProperty("file", out _).Should().BeTrue();

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        using var image = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form(png, "logbook.pdf", "application/pdf"));
        image.StatusCode.Should().Be(HttpStatusCode.Created);
        (await AppFactory.JsonAsync(image)).GetProperty("contentType").GetString().Should().Be("image/png");
        (await app.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.InventoryId == id))).Should().Be(1);
    }

    [Fact]
    public async Task Upload_OtherOrganisationOrLockedOrUnknown_403400And404()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", year: 2022);
        var other = await app.ApiClientAsync(Roles.MunicipalOfficer, "LCB-CM");
        (await other.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form(Pdf, "bill.pdf"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.GetAsync(U($"/api/v1/inventories/{id}/evidence"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var own = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var stored = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form(Pdf, "bill.pdf"));
        var evidenceId = (await AppFactory.JsonAsync(stored)).GetProperty("id").GetGuid();
        (await other.GetAsync(U($"/api/v1/evidence/{evidenceId}"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await own.PostAsync(U($"/api/v1/inventories/{Guid.NewGuid()}/evidence"), Form(Pdf, "bill.pdf"))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await app.SetStatusAsync(id, InventoryStatus.Approved);
        using var locked = await own.PostAsync(U($"/api/v1/inventories/{id}/evidence"), Form(Pdf, "bill.pdf"));
        locked.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(locked)).GetProperty("errors").TryGetProperty("status", out _).Should().BeTrue();
        (await own.DeleteAsync(U($"/api/v1/evidence/{evidenceId}"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.InventoryId == id))).Should().Be(1);
    }
}
