using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Notifications;

/// <summary>An SMTP outage: the e-mail waits in the outbox, is retried, and arrives exactly once when the server is back.</summary>
public sealed class EmailOutageTests(MailAppFactory app) : IClassFixture<MailAppFactory>
{
    [Fact]
    public async Task Submit_SmtpServerDownThenUp_TheEmailArrivesExactlyOnce()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var id = await app.CreateInventoryAsync("CMI-CM", 2024);
        await app.Smtp.StopAsync();

        await app.MoveAsync(municipal, id, s => s.SubmitAsync);
        // The sender has tried and failed at least twice while the server was down.
        await WaitUntilAsync(async () => (await RowAsync(provincial.Email)) is { Attempts: >= 2, SentAt: null, LastError: not null });
        app.Smtp.Received.Should().BeEmpty();

        await app.Smtp.StartAsync();
        var mail = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Single().Address == provincial.Email);
        await WaitUntilAsync(async () => (await RowAsync(provincial.Email)).SentAt is not null);
        // Several more passes of the sender (every 100 ms) find nothing left to send.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        app.Smtp.Received.Where(m => m.To.Mailboxes.Single().Address == provincial.Email).Should().ContainSingle();
        mail.Subject.Should().Be("เทศบาลนครเชียงใหม่ ส่งบัญชีก๊าซเรือนกระจกปี พ.ศ. 2567 ให้ตรวจสอบแล้ว");
        (await app.WithDbAsync(db => db.OutboxEmails.CountAsync(o => o.SentAt == null))).Should().Be(0);
    }

    private Task<LowCarbonCity.Web.Data.OutboxEmail> RowAsync(string address) =>
        app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.ToAddress == address));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox did not reach the expected state.");
    }
}
