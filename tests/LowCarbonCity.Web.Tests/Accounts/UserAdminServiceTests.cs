using System.Net;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Accounts;

public sealed class UserAdminServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task CreatePage_AdministratorCreatesMunicipalOfficer_UserCanSignInAndBelongsToTheLao()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        using var client = await app.ClientForAsync(admin);

        using var response = await AppFactory.PostFormAsync(client, "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.Email"] = "new-officer@test.local",
            ["Input.DisplayName"] = "New officer",
            ["Input.Role"] = Roles.MunicipalOfficer,
            ["Organisations"] = "เทศบาลนครเชียงใหม่ (เชียงใหม่)",
            ["Input.TemporaryPassword"] = "Temporary-Pass-2026",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var newClient = app.AnonymousClient();
        using var signIn = await AppFactory.SignInAsync(newClient, "new-officer@test.local", "Temporary-Pass-2026");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var codes = await app.WithDbAsync(db => db.OrganisationMemberships.Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == "new-officer@test.local"))
            .Select(m => m.Organisation!.Code).ToListAsync());
        codes.Should().Equal("CMI-CM");
    }

    [Theory]
    [InlineData(Roles.MunicipalOfficer, "", "Organisations")]
    [InlineData(Roles.MunicipalOfficer, "PONRE-50", "Organisations")]
    [InlineData(Roles.ProvincialOfficer, "CMI-CM", "Organisations")]
    [InlineData(Roles.TgoAnalyst, "CMI-CM", "Organisations")]
    [InlineData("Superuser", "", "Role")]
    public async Task CreateAsync_RoleAndOrganisationsDoNotFit_ReturnsInvalidAndCreatesNoOne(string role, string codes, string field)
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var email = $"bad-{Guid.NewGuid():N}@test.local";

        var result = await app.AsUserAsync<UserAdminService, Result<string>>(admin, (s, p) => s.CreateAsync(p, new CreateUserInput
        {
            Email = email, DisplayName = "x", Role = role, OrganisationCodes = codes.Length == 0 ? [] : [codes], TemporaryPassword = "Temporary-Pass-2026",
        }, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Should().ContainKey(field);
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email))).Should().Be(0);
    }

    [Fact]
    public async Task CreateAsync_NotAnAdministrator_ReturnsForbidden()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var result = await app.AsUserAsync<UserAdminService, Result<string>>(tgo, (s, p) => s.CreateAsync(p, new CreateUserInput
        {
            Email = "x@test.local", DisplayName = "x", Role = Roles.Administrator, TemporaryPassword = "Temporary-Pass-2026",
        }, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Forbidden);
    }
}
