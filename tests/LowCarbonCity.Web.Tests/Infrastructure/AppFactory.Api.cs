using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LowCarbonCity.Web.Api;
using LowCarbonCity.Web.Features.ApiTokens;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>Intent methods for the REST API: tokens and Bearer clients.</summary>
public partial class AppFactory
{
    public static JsonSerializerOptions Json => ApiJson.Options;

    /// <summary>Creates a personal access token for <paramref name="user"/> through the service the token page uses.</summary>
    public async Task<string> CreateTokenAsync(TestUser user, bool write = true, int expiresInDays = 30)
    {
        var result = await AsUserAsync<ApiTokenService, LowCarbonCity.Web.Features.Shared.Result<CreatedToken>>(user,
            (tokens, principal) => tokens.CreateAsync(principal, new CreateTokenInput { Name = "test", Write = write, ExpiresInDays = expiresInDays }, CancellationToken.None));
        result.IsOk.Should().BeTrue();
        return result.Value!.Token;
    }

    /// <summary>A client that sends <paramref name="token"/> as a Bearer token (no cookies).</summary>
    public HttpClient BearerClient(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A Bearer client for a new user in <paramref name="role"/> (bound to <paramref name="organisationCode"/>).</summary>
    public async Task<HttpClient> ApiClientAsync(string role, string? organisationCode = null, bool write = true) =>
        BearerClient(await CreateTokenAsync(await CreateUserAsync(role, organisationCode), write));

    /// <summary>Stores a small PDF as evidence of the inventory directly in the database (setting up, not testing).</summary>
    public Task<Guid> CreateEvidenceAsync(Guid inventoryId, string uploadedBy) => WithDbAsync(async db =>
    {
        var bytes = "%PDF-1.4 test"u8.ToArray();
        var file = new LowCarbonCity.Web.Data.EvidenceFile(Guid.NewGuid(), inventoryId, null, "bill.pdf", "application/pdf", bytes,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), uploadedBy, DateTimeOffset.UtcNow);
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    });

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
