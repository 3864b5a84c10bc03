using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.EmissionFactors;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.EmissionFactors;

/// <summary>
/// Publishing with a preview: CSV or .xlsx, errors by row and column in the user's language, the preview's
/// numbers, and confirmation. The previewed inventory (AppFactory.CompleteCfoLines, year 2091: TGO CFO 2026, AR5)
/// worked by hand: now grid 120,000 kWh x 0.4750 = 57,000 kg; diesel 5,000 L x (2.6987 + 0.000142 x 30 +
/// 0.000142 x 265) = 13,702.95 kg. With the uploaded edition (grid 0.5 kg CO2e/kWh, diesel 2.7 kg CO2e/L):
/// 60,000 kg and 13,500 kg. Change: +3 t and -0.20295 t, in total +2.79705 t (70.70295 t to 73.5 t).
/// </summary>
public sealed partial class FactorPublishPreviewTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Header = "category,gas,value,mass_unit,per_unit,source,note\n";
    internal const string NewFactors = Header + "GridElectricity,CO2e,0.5,kg,kWh,Test list,\nOnRoadDiesel,CO2e,2.7,kg,L,Test list,\n";

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("name=\"token\" value=\"([0-9A-F]+)\"")]
    private static partial Regex PreviewTokenPattern();

    internal static PublishEditionInput Edition(string code, int year) => new()
    {
        Code = code, NameEn = "Preview test", NameTh = "ทดสอบตัวอย่าง", Source = "tests", ValidFromYear = year, ValidToYear = year, DefaultGwpSetCode = "AR5",
    };

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, PublishEditionInput input, string fileName, string contentType, byte[] content)
    {
        var html = await client.GetStringAsync(new Uri("/Factors/Publish", UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(AntiforgeryPattern().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(input.Code), "Input.Code" },
            { new StringContent(input.NameEn), "Input.NameEn" },
            { new StringContent(input.NameTh), "Input.NameTh" },
            { new StringContent(input.Source), "Input.Source" },
            { new StringContent(input.ValidFromYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.ValidFromYear" },
            { new StringContent(input.ValidToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty), "Input.ValidToYear" },
            { new StringContent(input.DefaultGwpSetCode), "Input.DefaultGwpSetCode" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(new Uri("/Factors/Publish", UriKind.Relative), form);
    }

    internal static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string html, string? token = null)
    {
        var form = new Dictionary<string, string>
        {
            ["token"] = token ?? PreviewTokenPattern().Match(html).Groups[1].Value,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryPattern().Match(html).Groups[1].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/Factors/Publish?handler=Confirm", UriKind.Relative), content);
    }

    private Task<bool> ExistsAsync(string code) => app.WithDbAsync(db => db.EmissionFactorEditions.AnyAsync(e => e.Code == code));

    [Fact]
    public async Task PreviewAsync_OneInventoryOfTheYear_ShowsPerCategoryChangesWorkedByHandAndSavesNothing()
    {
        await app.CalculatedInventoryAsync("CMI-CM", 2091, InventoryStatus.Draft);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var result = await app.AsUserAsync<EditionPreviewService, Result<EditionPreview>>(tgo, (s, u) =>
            s.PreviewAsync(u, Edition("TEST-PREVIEW-1", 2091), NewFactors, CancellationToken.None));

        var preview = result.Value!;
        preview.Inventories.Should().Be(1);
        preview.Failures.Should().BeEmpty();
        preview.Categories.Should().BeEquivalentTo([
            new CategoryChange(ActivityCategory.GridElectricity, 57m, 60m),
            new CategoryChange(ActivityCategory.OnRoadDiesel, 13.70295m, 13.5m),
        ]);
        preview.CurrentTonnes.Should().Be(70.70295m);
        preview.NewTonnes.Should().Be(73.5m);
        preview.ChangeTonnes.Should().Be(2.79705m);
        (await ExistsAsync("TEST-PREVIEW-1")).Should().BeFalse();
    }

    [Fact]
    public async Task Publish_ExcelListPreviewedThenConfirmed_PublishesOnlyOnConfirmWithThePreviewShown()
    {
        await app.CalculatedInventoryAsync("LCB-CM", 2092, InventoryStatus.Draft);
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Factors");
        string[][] rows =
        [
            ["category", "gas", "value", "mass_unit", "per_unit", "source", "note"],
            ["GridElectricity", "CO2e", "0.5", "kg", "kWh", "Test list, sheet", string.Empty],
            ["OnRoadDiesel", "CO2e", "2.7", "kg", "L", "Test list", string.Empty],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (r > 0 && c == 2)
                {
                    sheet.Cell(r + 1, c + 1).Value = decimal.Parse(rows[r][c], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    sheet.Cell(r + 1, c + 1).Value = rows[r][c];
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var preview = await UploadAsync(client, Edition("TEST-XLSX-1", 2092), "factors.xlsx", FactorListFile.XlsxContentType, stream.ToArray());
        var html = await preview.Content.ReadAsStringAsync();

        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("id=\"preview-changes\"").And.Contain("70.703").And.Contain("73.500").And.Contain("2.797").And.Contain("-0.203");
        (await ExistsAsync("TEST-XLSX-1")).Should().BeFalse("the preview publishes nothing");

        var confirmed = await ConfirmAsync(client, html);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        confirmed.Headers.Location!.OriginalString.Should().Be("/Factors/Detail/TEST-XLSX-1");
        var factors = await app.WithDbAsync(db => db.EmissionFactors.Where(f => db.EmissionFactorEditions.Any(e => e.Id == f.EditionId && e.Code == "TEST-XLSX-1")).Select(f => new { f.Value, f.Source }).ToListAsync());
        factors.Should().BeEquivalentTo([new { Value = 0.5m, Source = "Test list, sheet" }, new { Value = 2.7m, Source = "Test list" }]);
        (await ConfirmAsync(client, html)).StatusCode.Should().Be(HttpStatusCode.OK, "a token is used once");
    }

    [Fact]
    public async Task Confirm_TokenOfAnotherAnalyst_PublishesNothing()
    {
        var first = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var second = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var preview = await UploadAsync(first, Edition("TEST-OTHER-1", 2093), "f.csv", "text/csv", Encoding.UTF8.GetBytes(NewFactors));
        var token = PreviewTokenPattern().Match(await preview.Content.ReadAsStringAsync()).Groups[1].Value;
        var secondPage = await second.GetStringAsync(new Uri("/Factors/Publish", UriKind.Relative));

        var response = await ConfirmAsync(second, secondPage, token);

        token.Should().NotBeEmpty();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("This upload has expired or belongs to someone else");
        (await ExistsAsync("TEST-OTHER-1")).Should().BeFalse();
    }

    [Theory]
    [InlineData("en", "Row", "&#x27;1,5&#x27; is not a non-negative decimal number with a point.", "Unknown gas &#x27;CO3&#x27;.")]
    [InlineData("th", "แถว", "&#x27;1,5&#x27; ไม่ใช่ตัวเลขทศนิยมที่ไม่ติดลบ", "ไม่รู้จักก๊าซ &#x27;CO3&#x27;")]
    public async Task Publish_BadRows_ListsRowColumnAndReasonInTheUsersLanguage(string language, string rowHeading, string valueReason, string gasReason)
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        if (language == "th")
        {
            AppFactory.InThai(client);
        }

        var csv = Header + "GridElectricity,CO2e,0.5,kg,kWh,ok,\nGridElectricity,CO2e,\"1,5\",kg,L,x,\nOnRoadDiesel,CO3,2.7,kg,L,x,\n";
        // A Thai officer types the Buddhist Era year (2637 = 2094).
        var response = await UploadAsync(client, Edition("TEST-BAD-" + language, language == "th" ? 2094 + 543 : 2094), "f.csv", "text/csv", Encoding.UTF8.GetBytes(csv));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("id=\"file-errors\"").And.Contain(rowHeading)
            .And.MatchRegex("<td class=\"num\">3</td><td><code>value</code></td><td>" + Regex.Escape(valueReason))
            .And.MatchRegex("<td class=\"num\">4</td><td><code>gas</code></td><td>" + Regex.Escape(gasReason));
        html.Should().NotContain("name=\"token\"");
        (await ExistsAsync("TEST-BAD-" + language)).Should().BeFalse();
    }

    [Fact]
    public async Task Publish_NotAWorkbook_SaysSoInThai()
    {
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));

        var response = await UploadAsync(client, Edition("TEST-NOTXLSX", 2094 + 543), "f.xlsx", FactorListFile.XlsxContentType, Encoding.UTF8.GetBytes("not a zip"));

        (await response.Content.ReadAsStringAsync()).Should().Contain("ไฟล์นี้ไม่ใช่สมุดงาน Excel ที่อ่านได้");
    }
}
