using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.EmissionFactors;

/// <summary>The factor pages: read-only lists for everyone signed in; a bounded CSV upload for TGO analysts.</summary>
public sealed partial class FactorPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string code, string fileName, string contentType, string csv) =>
        UploadAsync(client, code, fileName, contentType, Encoding.UTF8.GetBytes(csv), 2095, null);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string code, string fileName, string contentType, byte[] content, int from, int? to)
    {
        var html = await client.GetStringAsync(new Uri("/Factors/Publish", UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(code), "Input.Code" },
            { new StringContent("Uploaded edition"), "Input.NameEn" },
            { new StringContent("ชุดที่อัปโหลด"), "Input.NameTh" },
            { new StringContent("TGO upload test"), "Input.Source" },
            { new StringContent(from.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.ValidFromYear" },
            { new StringContent(to?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty), "Input.ValidToYear" },
            { new StringContent("AR5"), "Input.DefaultGwpSetCode" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(new Uri("/Factors/Publish", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"token\" value=\"([0-9A-F]+)\"")]
    private static partial Regex PreviewTokenPattern();

    /// <summary>Posts the preview page's confirm form (its token and antiforgery token).</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, HttpResponseMessage preview)
    {
        var html = await preview.Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>
        {
            ["token"] = PreviewTokenPattern().Match(html).Groups[1].Value,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/Factors/Publish?handler=Confirm", UriKind.Relative), content);
    }

    [Fact]
    public async Task Publish_TgoUploadsACsvFile_RedirectsToTheNewEditionWhichEveryoneCanRead()
    {
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var municipal = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        var preview = await UploadAsync(tgo, "TEST-UPLOAD-1", "factors.csv", "text/csv",
            "category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,0.47,kg,kWh,Upload source,\n");
        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.EmissionFactorEditions.AnyAsync(e => e.Code == "TEST-UPLOAD-1"))).Should().BeFalse("a preview publishes nothing");
        var response = await ConfirmAsync(tgo, preview);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/Factors/Detail/TEST-UPLOAD-1");
        (await municipal.GetStringAsync(new Uri("/Factors/Detail/TEST-UPLOAD-1", UriKind.Relative))).Should().Contain("Upload source");
        (await municipal.GetStringAsync(new Uri("/Factors", UriKind.Relative))).Should().Contain("TEST-UPLOAD-1").And.NotContain("/Factors/Publish");
    }

    [Fact]
    public async Task Publish_WrongFileTypeOrBadRows_ReRendersWithTheErrorsAndCreatesNothing()
    {
        var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var before = await app.WithDbAsync(db => db.EmissionFactorEditions.CountAsync());

        var wrongType = await UploadAsync(tgo, "TEST-UPLOAD-2", "factors.exe", "application/octet-stream", "whatever");
        var badRows = await UploadAsync(tgo, "TEST-UPLOAD-3", "factors.csv", "text/csv",
            "category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,abc,kg,kWh,src,\n");

        wrongType.StatusCode.Should().Be(HttpStatusCode.OK);
        (await wrongType.Content.ReadAsStringAsync()).Should().Contain("Upload a .csv file");
        badRows.StatusCode.Should().Be(HttpStatusCode.OK);
        (await badRows.Content.ReadAsStringAsync()).Should().MatchRegex("<td class=\"num\">2</td><td><code>value</code></td><td>&#x27;abc&#x27; is not a non-negative decimal number with a point.</td>");
        (await app.WithDbAsync(db => db.EmissionFactorEditions.CountAsync())).Should().Be(before);
    }
}
