using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Web.Features.Email;

namespace LowCarbonCity.Web.Tests.Notifications;

/// <summary>The e-mail settings checked at start, and the retry delays.</summary>
public sealed class EmailOptionsTests
{
    private static List<string> Problems(EmailOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames).ToList();
    }

    [Fact]
    public void Validate_NoServer_NothingElseIsRequired()
    {
        var options = new EmailOptions();

        Problems(options).Should().BeEmpty();
        options.IsEnabled.Should().BeFalse();
    }

    [Fact]
    public void Validate_ServerWithoutSenderOrPublicAddressOrWithHalfTheCredentials_NamesEachSetting()
    {
        Problems(new EmailOptions { SmtpHost = "smtp.example.go.th", UserName = "lowcarbon" })
            .Should().BeEquivalentTo(nameof(EmailOptions.FromAddress), nameof(EmailOptions.PublicUrl), nameof(EmailOptions.UserName), nameof(EmailOptions.Password));
        Problems(new EmailOptions { SmtpHost = "smtp.example.go.th", FromAddress = "no-reply@example.go.th", PublicUrl = new Uri("ftp://example.go.th/") })
            .Should().Equal(nameof(EmailOptions.PublicUrl));
    }

    [Fact]
    public void Absolute_PublicAddressUnderAPath_KeepsThePath()
    {
        var options = new EmailOptions { PublicUrl = new Uri("https://example.go.th/lowcarbon") };

        options.Absolute("/Inventories/Review/1").AbsoluteUri.Should().Be("https://example.go.th/lowcarbon/Inventories/Review/1");
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(6, 960)]
    [InlineData(7, 1800)] // 1,920 s capped at 30 minutes
    [InlineData(500, 1800)]
    public void DelayAfter_EachFailure_DoublesUpToTheMaximum(int failures, int seconds) =>
        OutboxDelivery.DelayAfter(failures, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30)).Should().Be(TimeSpan.FromSeconds(seconds));
}
