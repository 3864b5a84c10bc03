using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the app believes (section
/// <c>ForwardedHeaders</c>). Behind a TLS proxy the request then counts as HTTPS: the sign-in cookie is
/// <c>Secure</c>, HSTS is sent, and the per-address limits see the visitor's address rather than the proxy's.
/// Unset, only a proxy on the same machine (loopback) is believed; headers from any other address are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>["10.0.0.7"]</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>["172.18.0.0/16"]</c> (a docker-compose network).</summary>
    public IList<string> KnownNetworks { get; } = [];
}

public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddAppForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new ForwardedHeadersSettings();
        configuration.GetSection(ForwardedHeadersSettings.Section).Bind(settings);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0)
            {
                return; // the framework's default: loopback only
            }

            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address : throw Invalid("KnownProxies", proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed : throw Invalid("KnownNetworks", network));
            }
        });
        return services;
    }

    private static OptionsValidationException Invalid(string key, string value) =>
        new($"{ForwardedHeadersSettings.Section}:{key}", typeof(ForwardedHeadersSettings), [$"{ForwardedHeadersSettings.Section}:{key} holds '{value}', which is not an IP address{(key == "KnownNetworks" ? " range (CIDR, e.g. 10.0.0.0/8)" : string.Empty)}."]);
}
