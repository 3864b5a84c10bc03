using System.Net;
using System.Net.Http.Headers;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>An app whose evidence quota is small enough to reach in a test: 3 files or 1 MB per inventory.</summary>
public sealed class SmallQuotaAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Evidence:MaxFilesPerInventory", "3");
        builder.UseSetting("Evidence:MaxMegabytesPerInventory", "1");
    }
}

/// <summary>The evidence quota per inventory: refused with a message naming the file field, in the user's language; nothing stored.</summary>
public sealed class EvidenceQuotaTests(SmallQuotaAppFactory app) : IClassFixture<SmallQuotaAppFactory>
{
    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static string InThai(Func<string> text)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("th-TH");
        try
        {
            return text();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    private static MultipartFormDataContent Form(byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "bill.pdf");
        return form;
    }

    [Fact]
    public async Task Upload_BeyondTheFileCount_RefusedNamingTheFieldAndNothingStored()
    {
        var id = await app.CreateInventoryAsync("CMI-CM");
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        var url = new Uri($"/api/v1/inventories/{id}/evidence", UriKind.Relative);
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsync(url, Form(Pdf(1_000)))).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var fourth = await client.PostAsync(url, Form(Pdf(1_000)));

        fourth.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var message = (await AppFactory.JsonAsync(fourth)).GetProperty("errors").GetProperty("file")[0].GetString()!;
        message.Should().Be("This inventory already holds 3 evidence files, the most one inventory may have. Remove files it no longer needs first.");
        InThai(() => ServiceMessages.Translate(message)).Should().Be("บัญชีนี้มีไฟล์หลักฐาน 3 ไฟล์แล้ว ซึ่งเป็นจำนวนสูงสุดต่อบัญชี กรุณาลบไฟล์ที่ไม่ใช้แล้วก่อน", "the editor shows it in Thai");
        (await app.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.InventoryId == id))).Should().Be(3);
    }

    [Fact]
    public async Task Upload_BeyondTheBytes_RefusedAndAFileThatFitsIsStored()
    {
        var id = await app.CreateInventoryAsync("KKN-CM");
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "KKN-CM");
        var url = new Uri($"/api/v1/inventories/{id}/evidence", UriKind.Relative);

        // 1 MB = 1,048,576 bytes: 700,000 fits; 700,000 + 400,000 = 1,100,000 does not; 700,000 + 348,576 fits exactly.
        (await client.PostAsync(url, Form(Pdf(700_000)))).StatusCode.Should().Be(HttpStatusCode.Created);
        using var tooMuch = await client.PostAsync(url, Form(Pdf(400_000)));
        using var exactly = await client.PostAsync(url, Form(Pdf(348_576)));

        tooMuch.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var message = (await AppFactory.JsonAsync(tooMuch)).GetProperty("errors").GetProperty("file")[0].GetString()!;
        message.Should().Be("The evidence files of this inventory would take more than 1 MB together. Remove files it no longer needs first.");
        InThai(() => ServiceMessages.Translate(message)).Should().Be("ไฟล์หลักฐานของบัญชีนี้จะมีขนาดรวมเกิน 1 MB กรุณาลบไฟล์ที่ไม่ใช้แล้วก่อน");
        exactly.StatusCode.Should().Be(HttpStatusCode.Created);
        (await app.WithDbAsync(db => db.EvidenceFiles.Where(e => e.InventoryId == id).SumAsync(e => e.Size))).Should().Be(1_048_576);
    }
}
