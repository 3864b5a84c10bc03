using LowCarbonCity.Web.Features.Email;
using LowCarbonCity.Web.Features.Notifications;
using LowCarbonCity.Web.Features.Users;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Registers notifications (in the app and by e-mail), the outbox's sender and how invitations are delivered.</summary>
public static class NotificationSetup
{
    public static IServiceCollection AddAppNotifications(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<NotificationEmail>();
        services.AddScoped<InvitationEmail>();
        services.AddScoped<Notifier>();
        services.AddScoped<InventoryNotifications>();
        services.AddScoped<InvitationNotifications>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<EmailChoices>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<SmtpTransport>();
        services.AddHostedService<OutboxSender>();
        services.AddScoped<LoggingInviteSender>();
        services.AddScoped<OutboxInviteSender>();
        services.AddScoped<IInviteSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.IsEnabled
            ? sp.GetRequiredService<OutboxInviteSender>()
            : sp.GetRequiredService<LoggingInviteSender>());
        return services;
    }
}
