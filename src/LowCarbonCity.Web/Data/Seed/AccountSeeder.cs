using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>
/// At start: the four roles exist; when no administrator exists and <see cref="BootstrapOptions"/> name one, that
/// administrator is created. There is no default password.
/// </summary>
public sealed class AccountSeeder(AccountProvisioner provisioner, UserManager<AppUser> users, IOptions<BootstrapOptions> bootstrap, ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        await provisioner.EnsureRolesAsync(ct);
        var options = bootstrap.Value;
        if (!options.IsSet || (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var result = await provisioner.CreateAsync(options.AdminEmail!, "Administrator", options.AdminPassword!, Roles.Administrator, [], ct);
        if (!result.IsOk)
        {
            // The messages name the rule broken (length, digits...), never the password itself.
            throw new OptionsValidationException(BootstrapOptions.Section, typeof(BootstrapOptions),
                result.Errors.SelectMany(e => e.Value.Select(m => $"Bootstrap administrator: {m}")));
        }

        logger.LogInformation("Bootstrap administrator created");
    }
}

/// <summary>The demo accounts (SQLite demo only; listed in the README under "Demo accounts (demo only)").</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-LowCarbon-2026";

    public static IReadOnlyList<(string Email, string DisplayName, string Role, string[] Organisations)> All { get; } =
    [
        ("municipal@demo.lowcarboncity.local", "เจ้าหน้าที่เทศบาลนครเชียงใหม่ (ตัวอย่าง)", Roles.MunicipalOfficer, ["CMI-CM"]),
        ("provincial@demo.lowcarboncity.local", "เจ้าหน้าที่จังหวัดเชียงใหม่ (ตัวอย่าง)", Roles.ProvincialOfficer, ["PONRE-50"]),
        ("tgo@demo.lowcarboncity.local", "นักวิเคราะห์ อบก. (ตัวอย่าง)", Roles.TgoAnalyst, []),
        ("admin@demo.lowcarboncity.local", "ผู้ดูแลระบบ (ตัวอย่าง)", Roles.Administrator, []),
        ("verifier@demo.lowcarboncity.local", "ผู้ทวนสอบ บริษัท ทวนสอบคาร์บอนตัวอย่าง (ตัวอย่าง)", Roles.Verifier, [DemoDataSeeder.VerificationBodyCode]),
    ];
}
