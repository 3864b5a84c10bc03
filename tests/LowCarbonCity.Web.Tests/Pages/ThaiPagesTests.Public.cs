using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Pages;

public sealed partial class ThaiPagesTests
{
    /// <summary>
    /// The public page of a verified inventory with a target, in Thai, anonymous: the statement's summary, the target
    /// and its progress, the report and statement links, all in Thai (no English resource text, no enum name, numbers
    /// formatted); the province target variant too.
    /// </summary>
    [Fact]
    public async Task PublicPage_VerifiedInventoryWithTarget_InThai_HasNoEnglishTextOrEnumName()
    {
        var id = await app.CalculatedInventoryAsync("LCB-CM", 2023, InventoryStatus.Approved);
        await app.CreateTargetAsync("LCB-CM");
        await app.SetUpStatementAsync(id, new VerifiedTotals(13_702.95m, 59_988m, 0m), certify: true, VerificationOpinion.Modified, "ค่าสารทำความเย็นประมาณการ ไม่ได้วัดจริง");
        await app.PublishAsync(id);
        await app.CreateTargetAsync("LCB-CM", province: true, kind: InventoryKind.City);
        var city = await app.CalculatedCityInventoryAsync("LCB-CM", 2022, InventoryStatus.Approved);
        await app.PublishAsync(city);
        using var anonymous = AppFactory.InThai(app.AnonymousClient());
        var english = EnglishOnlyTexts();
        var enumNames = DomainEnumNames();

        foreach (var url in new[] { "/Public/Inventory/LCB-CM/2023/Organisation", "/Public/Inventory/LCB-CM/2022/City" })
        {
            using var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            var html = await response.Content.ReadAsStringAsync();
            html.Should().Contain("id=\"public-target\"", url);
            Check(html, english, enumNames).Should().BeEmpty(url);
            if (url.EndsWith("Organisation", StringComparison.Ordinal))
            {
                html.Should().Contain("id=\"public-verification-opinion\">มีเงื่อนไข<").And.Contain("ไม่มีข้อมูลปีฐาน", "the base year 2019 is not published");
            }
            else
            {
                html.Should().Contain("id=\"public-target-province\"").And.Contain("(จังหวัด)");
            }
        }
    }
}
