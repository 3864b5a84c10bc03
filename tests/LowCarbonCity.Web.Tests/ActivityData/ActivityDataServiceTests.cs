using System.Net;
using System.Text.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.ActivityData;

public sealed class ActivityDataServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    private static LineInput Electricity(decimal kwh) => new() { Category = ActivityCategory.GridElectricity, Amount = kwh, UnitCode = "kWh", Description = "Town hall" };

    private async Task<(TestUser Municipal, Guid InventoryId, ActivityLine Line)> ArrangeAsync(InventoryStatus status = InventoryStatus.Draft)
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 1990 + Interlocked.Increment(ref _nextYear));
        await app.SetStatusAsync(id, status);
        var line = (await app.InventoryAsync(id)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity);
        return (municipal, id, line);
    }

    [Fact]
    public async Task UpdateLineAsync_TwoEditorsOnTheSameVersion_SecondGetsConflictAndFirstChangeIsKept()
    {
        var (first, _, line) = await ArrangeAsync();
        var second = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");

        var a = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(first, (s, p) => s.UpdateLineAsync(p, line.Id, line.Version, Electricity(111m), CancellationToken.None));
        var b = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(second, (s, p) => s.UpdateLineAsync(p, line.Id, line.Version, Electricity(222m), CancellationToken.None));

        a.Status.Should().Be(ResultStatus.Ok);
        b.Status.Should().Be(ResultStatus.Conflict);
        b.Message.Should().Contain("Someone else changed this line");
        var stored = await app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.Id == line.Id));
        stored.Amount.Should().Be(111m);
        stored.Version.Should().Be(a.Value!.Version);
    }

    [Fact]
    public async Task SubmitAsync_TwoReviewersOnTheSameVersion_SecondGetsConflict()
    {
        var (municipal, id, _) = await ArrangeAsync(InventoryStatus.Submitted);
        var reviewer = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var version = (await app.InventoryAsync(id)).Version;

        var approve = await app.AsUserAsync<InventoryWorkflowService, Result<int>>(reviewer, (s, p) => s.ApproveAsync(p, new TransitionInput { InventoryId = id, ExpectedVersion = version }, CancellationToken.None));
        var returned = await app.AsUserAsync<InventoryWorkflowService, Result<int>>(reviewer, (s, p) => s.ReturnAsync(p, new TransitionInput { InventoryId = id, ExpectedVersion = version, Reason = "late" }, CancellationToken.None));

        approve.Status.Should().Be(ResultStatus.Ok);
        returned.Status.Should().Be(ResultStatus.Conflict);
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Approved);
        _ = municipal;
    }

    [Theory]
    [InlineData(InventoryStatus.Approved)]
    [InlineData(InventoryStatus.Verified)]
    [InlineData(InventoryStatus.Submitted)]
    public async Task EveryEdit_LockedOrUnderReview_IsRefusedThroughTheServiceAndChangesNothing(InventoryStatus status)
    {
        var (municipal, id, line) = await ArrangeAsync(status);

        var add = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.AddLineAsync(p, id, Electricity(5m), CancellationToken.None));
        var update = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.UpdateLineAsync(p, line.Id, line.Version, Electricity(5m), CancellationToken.None));
        var delete = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.DeleteLineAsync(p, line.Id, line.Version, CancellationToken.None));

        new[] { add, update, delete }.Should().OnlyContain(r => r.Status == ResultStatus.Invalid && r.Errors.ContainsKey("Status"));
        var after = await app.InventoryAsync(id);
        after.Lines.Should().HaveCount(3);
        after.Lines.Single(l => l.Id == line.Id).Amount.Should().Be(line.Amount);
    }

    [Fact]
    public async Task LinePage_ApprovedInventory_PostIsRefusedAndChangesNothing()
    {
        var (municipal, id, line) = await ArrangeAsync(InventoryStatus.Approved);
        using var client = await app.ClientForAsync(municipal);

        using var update = await AppFactory.PostFormAsync(client, $"/Inventories/Line/{line.Id}", new Dictionary<string, string>
        {
            ["ExpectedVersion"] = line.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity),
            ["Line.Amount"] = "1",
            ["Line.UnitCode"] = "kWh",
        });
        using var delete = await AppFactory.PostFormAsync(client, $"/Inventories/Line/{line.Id}", new Dictionary<string, string>
        {
            ["ExpectedVersion"] = line.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/Inventories/Line/{line.Id}?handler=Delete");
        using var add = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{id}", new Dictionary<string, string>
        {
            ["New.Category"] = nameof(ActivityCategory.GridElectricity),
            ["New.Amount"] = "1",
            ["New.UnitCode"] = "kWh",
        }, $"/Inventories/Detail/{id}?handler=AddLine");

        update.StatusCode.Should().Be(HttpStatusCode.OK);
        (await update.Content.ReadAsStringAsync()).Should().Contain("cannot be edited");
        delete.StatusCode.Should().Be(HttpStatusCode.OK);
        add.StatusCode.Should().Be(HttpStatusCode.OK);
        var after = await app.InventoryAsync(id);
        after.Lines.Should().HaveCount(3);
        after.Lines.Single(l => l.Id == line.Id).Amount.Should().Be(line.Amount);
    }

    [Fact]
    public async Task SubmitPage_MunicipalOfficerSubmits_InventoryIsSubmitted()
    {
        var (municipal, id, _) = await ArrangeAsync();
        using var client = await app.ClientForAsync(municipal);
        var version = (await app.InventoryAsync(id)).Version;

        using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Submit/{id}", new Dictionary<string, string>
        {
            ["Transition.ExpectedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/Inventories/Submit/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Submitted);
    }

    [Fact]
    public async Task AddLineAsync_OtherLaosOfficer_ReturnsForbiddenAndAddsNothing()
    {
        var (_, id, _) = await ArrangeAsync();
        var stranger = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");

        var result = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(stranger, (s, p) => s.AddLineAsync(p, id, Electricity(5m), CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Forbidden);
        (await app.InventoryAsync(id)).Lines.Should().HaveCount(3);
    }

    [Fact]
    public async Task AddLineAsync_UnitNotFittingCategory_ReturnsInvalidKeyedByField()
    {
        var (municipal, id, _) = await ArrangeAsync();

        var result = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.AddLineAsync(p, id, Electricity(5m) with { UnitCode = "kg" }, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Should().ContainKey("UnitCode");
    }

    [Fact]
    public async Task Audit_LineAddUpdateDelete_EachWritesOldAndNewValues()
    {
        var (municipal, id, line) = await ArrangeAsync();

        var added = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.AddLineAsync(p, id, Electricity(10m), CancellationToken.None));
        var updated = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.UpdateLineAsync(p, line.Id, line.Version, Electricity(130_000m), CancellationToken.None));
        var deleted = await app.AsUserAsync<ActivityDataService, Result<LineRef>>(municipal, (s, p) => s.DeleteLineAsync(p, added.Value!.Id, added.Value.Version, CancellationToken.None));
        deleted.Status.Should().Be(ResultStatus.Ok);

        var trail = await app.AsUserAsync<InventoryService, Result<IReadOnlyList<AuditEntrySummary>>>(municipal, (s, p) => s.AuditTrailAsync(p, id, CancellationToken.None));
        var lines = trail.Value!.Where(e => e.EntityType == nameof(ActivityLine)).ToList();
        lines.Should().Contain(e => e.Action == "Added" && e.EntityId == added.Value!.Id.ToString() && e.OldValues == null && e.NewValues!.Contains("\"Amount\":10"));
        var update = lines.Single(e => e.Action == "Modified" && e.EntityId == line.Id.ToString());
        JsonDocument.Parse(update.OldValues!).RootElement.GetProperty("Amount").GetDecimal().Should().Be(120_000m);
        JsonDocument.Parse(update.NewValues!).RootElement.GetProperty("Amount").GetDecimal().Should().Be(130_000m);
        lines.Should().Contain(e => e.Action == "Deleted" && e.EntityId == added.Value!.Id.ToString() && e.NewValues == null && e.OldValues!.Contains("\"Amount\":10"));
        lines.Where(e => e.Action != "Added" || e.EntityId == added.Value!.Id.ToString()).Should().OnlyContain(e => e.User != null);
    }

    [Fact]
    public async Task Audit_StatusChangeAndComment_WriteOldAndNewValuesShownOnTheAuditPage()
    {
        var (municipal, id, _) = await ArrangeAsync();
        var version = (await app.InventoryAsync(id)).Version;
        await app.AsUserAsync<InventoryWorkflowService, Result<int>>(municipal, (s, p) => s.SubmitAsync(p, new TransitionInput { InventoryId = id, ExpectedVersion = version }, CancellationToken.None));
        await app.AsUserAsync<InventoryWorkflowService, Result<Guid>>(municipal, (s, p) => s.CommentAsync(p, new AddCommentInput { InventoryId = id, Text = "Ready for review" }, CancellationToken.None));

        var trail = (await app.AsUserAsync<InventoryService, Result<IReadOnlyList<AuditEntrySummary>>>(municipal, (s, p) => s.AuditTrailAsync(p, id, CancellationToken.None))).Value!;
        var status = trail.Single(e => e.EntityType == nameof(Inventory) && e.Action == "Modified" && e.NewValues!.Contains("Status", StringComparison.Ordinal));
        JsonDocument.Parse(status.OldValues!).RootElement.GetProperty("Status").GetString().Should().Be("Draft");
        JsonDocument.Parse(status.NewValues!).RootElement.GetProperty("Status").GetString().Should().Be("Submitted");
        trail.Should().Contain(e => e.EntityType == nameof(InventoryStatusChange) && e.Action == "Added");
        trail.Should().Contain(e => e.EntityType == nameof(InventoryComment) && e.NewValues!.Contains("Ready for review"));

        using var client = await app.ClientForAsync(municipal);
        var page = await client.GetStringAsync(new Uri($"/Inventories/Audit/{id}", UriKind.Relative));
        page.Should().Contain("Ready for review").And.Contain("Submitted");
    }

    [Fact]
    public async Task Audit_RoleChangeLockAndFactorEdition_WriteEntriesWithOldAndNewValues()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var target = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");

        var role = await app.AsUserAsync<UserAdminService, Result<string>>(admin, (s, p) => s.SetRoleAsync(p, new SetRoleInput { UserId = target.Id, Role = Roles.ProvincialOfficer, OrganisationCodes = ["PONRE-50"] }, CancellationToken.None));
        var locked = await app.AsUserAsync<UserAdminService, Result<string>>(admin, (s, p) => s.LockAsync(p, target.Id, CancellationToken.None));
        await app.CreateInventoryAsync("CMI-CM", 1990 + Interlocked.Increment(ref _nextYear)); // creates a factor edition when none exists
        var refused = await app.AsUserAsync<UserAdminService, Result<string>>(target, (s, p) => s.LockAsync(p, admin.Id, CancellationToken.None));

        role.Status.Should().Be(ResultStatus.Ok);
        locked.Status.Should().Be(ResultStatus.Ok);
        refused.Status.Should().Be(ResultStatus.Forbidden);
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        entries.Should().Contain(e => e.EntityType == "IdentityUserRole`1" && e.Action == "Deleted" && e.EntityId.StartsWith(target.Id, StringComparison.Ordinal) && e.UserId == admin.Id);
        entries.Should().Contain(e => e.EntityType == "IdentityUserRole`1" && e.Action == "Added" && e.EntityId.StartsWith(target.Id, StringComparison.Ordinal) && e.UserId == admin.Id);
        entries.Should().Contain(e => e.EntityType == nameof(LowCarbonCity.Web.Data.OrganisationMembership) && e.Action == "Added" && e.NewValues!.Contains(Roles.ProvincialOfficer));
        entries.Should().Contain(e => e.EntityType == nameof(LowCarbonCity.Web.Data.AppUser) && e.EntityId == target.Id && e.Action == "Modified"
            && e.NewValues!.Contains("LockoutEnd") && e.UserId == admin.Id);
        entries.Should().Contain(e => e.EntityType == nameof(LowCarbonCity.Domain.Factors.EmissionFactorEdition) && e.Action == "Added" && e.NewValues!.Contains("ValidFromYear"));
        entries.Should().NotContain(e => (e.NewValues ?? string.Empty).Contains("PasswordHash") || (e.OldValues ?? string.Empty).Contains("PasswordHash"));
    }

    [Fact]
    public async Task AuditTrail_AppendOnly_UpdatingAnEntryThrows()
    {
        await ArrangeAsync();

        var act = () => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.Entry(entry).Property(e => e.Action).CurrentValue = "Tampered";
            return await db.SaveChangesAsync();
        });

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*append-only*");
    }
}
