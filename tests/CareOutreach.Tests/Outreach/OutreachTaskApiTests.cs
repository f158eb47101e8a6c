using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests.Outreach;

/// <summary>Care agents working outreach tasks over REST; the tasks come from real SLA breaches on the broker.</summary>
public sealed class OutreachTaskApiTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await OutreachRequests.WaitUntilReadyAsync(factory);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Starting_and_completing_a_task_records_the_outcome_and_publishes_OutreachCompleted_once()
    {
        var (care, task) = await DueTaskAsync("lifecycle");
        await using var completed = await BrokerProbe<OutreachCompleted>.StartAsync(factory.MessagingConnectionString);

        var started = await OutreachRequests.MoveAsync(care, task.Id, "start");
        var done = await OutreachRequests.MoveAsync(care, task.Id, "complete", new { outcome = "reached", sentiment = "positive", notes = " Glad we called. " });
        var again = await OutreachRequests.PostAsync(care, task.Id, "complete", new { outcome = "reached" });

        Assert.Equal((OutreachStatuses.InProgress, "lifecycle-user"), (started.Status, started.AssigneeId));
        Assert.Equal((OutreachStatuses.Done, OutreachOutcomes.Reached, Sentiments.Positive, "Glad we called.", "lifecycle-user"),
            (done.Status, done.Outcome, done.Sentiment, done.Notes, done.CompletedBy));
        Assert.Equal("outreach.completed_is_final", await RuleOf(again));
        var message = Assert.Single(await completed.WaitForAsync(m => m.OutreachId == task.Id, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal((OutreachOutcomes.Reached, Sentiments.Positive, "lifecycle-user", task.DueAt, OutreachKinds.Apology, task.PlaybookId),
            (message.Outcome, message.Sentiment, message.CompletedBy, message.DueAt, message.Kind, message.PlaybookId));
    }

    [Fact]
    public async Task Skipping_and_failing_need_a_reason_and_publish_their_outcome()
    {
        var (care, skipped) = await DueTaskAsync("skip-fail");
        var (_, failed) = await DueTaskAsync("skip-fail");
        await using var completed = await BrokerProbe<OutreachCompleted>.StartAsync(factory.MessagingConnectionString);

        var noReason = await OutreachRequests.PostAsync(care, skipped.Id, "skip", new { reason = "" });
        var skip = await OutreachRequests.MoveAsync(care, skipped.Id, "skip", new { reason = "The customer called us first." });
        var fail = await OutreachRequests.MoveAsync(care, failed.Id, "fail", new { reason = "The number does not exist." });

        Assert.Equal(["Reason"], await ErrorsOf(noReason));
        Assert.Equal((OutreachStatuses.Skipped, OutreachOutcomes.Skipped, "The customer called us first."), (skip.Status, skip.Outcome, skip.Reason));
        Assert.Equal((OutreachStatuses.Failed, OutreachOutcomes.Undeliverable), (fail.Status, fail.Outcome));
        var outcomes = await completed.WaitForAsync(m => m.OutreachId == skipped.Id || m.OutreachId == failed.Id, 2);
        Assert.Equal([OutreachOutcomes.Skipped, OutreachOutcomes.Undeliverable], outcomes.Select(m => m.Message.Outcome).Order().ToArray());
    }

    [Fact]
    public async Task Moves_the_lifecycle_does_not_allow_are_409s_naming_the_rule_and_bad_input_is_a_400_both_changing_nothing()
    {
        var (care, task) = await DueTaskAsync("invalid-moves");

        var completeBeforeStart = await OutreachRequests.PostAsync(care, task.Id, "complete", new { outcome = "reached" });
        var skippedAsOutcome = await OutreachRequests.PostAsync(care, task.Id, "complete", new { outcome = "skipped" });
        var badSentiment = await OutreachRequests.PostAsync(care, task.Id, "complete", new { outcome = "reached", sentiment = "ecstatic" });
        var unknownTeam = await OutreachRequests.PostAsync(care, task.Id, "reassign", new { team = "nobody" });
        await OutreachRequests.MoveAsync(care, task.Id, "start");
        var startTwice = await OutreachRequests.PostAsync(care, task.Id, "start");

        Assert.Equal("outreach.not_in_progress", await RuleOf(completeBeforeStart));
        Assert.Equal(["Outcome"], await ErrorsOf(skippedAsOutcome));
        Assert.Equal(["Sentiment"], await ErrorsOf(badSentiment));
        Assert.Equal(["Team"], await ErrorsOf(unknownTeam));
        Assert.Equal("outreach.already_in_progress", await RuleOf(startTwice));
        var (current, _) = await OutreachRequests.GetAsync(care, task.Id);
        Assert.Equal((OutreachStatuses.InProgress, "care", (string?)null), (current.Status, current.Team, current.Outcome));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_ETag_is_412_and_a_malformed_one_400()
    {
        var (care, task) = await DueTaskAsync("etags");
        var (_, etag) = await OutreachRequests.GetAsync(care, task.Id);
        await OutreachRequests.MoveAsync(care, task.Id, "reassign", new { assigneeId = "someone-else" });

        var stale = await OutreachRequests.PostAsync(care, task.Id, "reassign", new { assigneeId = "me" }, ifMatch: etag);
        var malformed = await OutreachRequests.PostAsync(care, task.Id, "reassign", new { assigneeId = "me" }, ifMatch: "W/\"1\"");
        var (current, fresh) = await OutreachRequests.GetAsync(care, task.Id);
        var ok = await OutreachRequests.PostAsync(care, task.Id, "reassign", new { assigneeId = "me" }, ifMatch: fresh);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(["If-Match"], await ErrorsOf(malformed));
        Assert.Equal("someone-else", current.AssigneeId);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task The_queue_filters_by_assignee_team_status_and_due_time_sorts_by_due_time_and_pages_with_a_cursor()
    {
        var (care, first) = await DueTaskAsync("queue");
        var (_, second) = await DueTaskAsync("queue");
        var (_, third) = await DueTaskAsync("queue");
        await OutreachRequests.MoveAsync(care, second.Id, "start");
        await OutreachRequests.MoveAsync(care, third.Id, "reassign", new { assigneeId = "agent-b" });

        var mine = await OutreachRequests.ListAsync(care, "/mine");
        var unassigned = await OutreachRequests.ListAsync(care, "?assignee=unassigned");
        var agentB = await OutreachRequests.ListAsync(care, "?assignee=agent-b");
        var inProgress = await OutreachRequests.ListAsync(care, "?status=in_progress&team=care");
        var dueBeforeSecond = await OutreachRequests.ListAsync(care, $"?dueBefore={Uri.EscapeDataString(second.DueAt.ToString("O"))}");
        var pageOne = await OutreachRequests.ListAsync(care, "?limit=2");
        var pageTwo = await OutreachRequests.ListAsync(care, $"?limit=2&cursor={pageOne.NextCursor}");
        var badCursor = await care.GetAsync("/api/v1/outreach-tasks?cursor=garbage");
        var badStatus = await care.GetAsync("/api/v1/outreach-tasks?status=lost");

        Assert.Equal([second.Id], mine.Items.Select(t => t.Id));
        Assert.Equal([first.Id], unassigned.Items.Select(t => t.Id));
        Assert.Equal([third.Id], agentB.Items.Select(t => t.Id));
        Assert.Equal([second.Id], inProgress.Items.Select(t => t.Id));
        Assert.Equal([first.Id], dueBeforeSecond.Items.Select(t => t.Id));
        Assert.Equal([first.Id, second.Id, third.Id], pageOne.Items.Concat(pageTwo.Items).Select(t => t.Id));
        Assert.Null(pageTwo.NextCursor);
        Assert.Equal(["cursor"], await ErrorsOf(badCursor));
        Assert.Equal(["status"], await ErrorsOf(badStatus));
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_the_tasks_and_cannot_change_them()
    {
        var (care, task) = await DueTaskAsync("tasks-owner");
        var other = factory.Client("tasks-other", CxRoles.Care);

        var get = await other.GetAsync($"/api/v1/outreach-tasks/{task.Id}");
        var moves = new List<HttpStatusCode>();
        foreach (var (move, body) in new (string, object)[] { ("start", new { }), ("complete", new { outcome = "reached" }), ("skip", new { reason = "x" }), ("fail", new { reason = "x" }), ("reassign", new { assigneeId = "me" }) })
        {
            moves.Add((await OutreachRequests.PostAsync(other, task.Id, move, body)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.All(moves, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Empty((await OutreachRequests.ListAsync(other)).Items);
        Assert.Empty((await OutreachRequests.ListAsync(other, "/mine")).Items);
        Assert.Equal(OutreachStatuses.Due, (await OutreachRequests.GetAsync(care, task.Id)).Task.Status);
    }

    [Theory]
    [InlineData(CxRoles.Agent)]
    [InlineData(CxRoles.Analyst)]
    [InlineData(CxRoles.Service)]
    public async Task Only_care_agents_and_admins_work_outreach_tasks(string role)
    {
        var tenant = $"task-roles-{role}";
        var (care, task) = await DueTaskAsync(tenant);
        var other = factory.Client(tenant, role);
        var admin = factory.Client(tenant, CxRoles.Admin);

        var list = await other.GetAsync("/api/v1/outreach-tasks");
        var start = await OutreachRequests.PostAsync(other, task.Id, "start");
        var anonymous = await factory.CreateClient().GetAsync("/api/v1/outreach-tasks");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (list.StatusCode, start.StatusCode, anonymous.StatusCode));
        Assert.Equal(OutreachStatuses.Due, (await OutreachRequests.GetAsync(care, task.Id)).Task.Status);
        Assert.Equal(OutreachStatuses.InProgress, (await OutreachRequests.MoveAsync(admin, task.Id, "start")).Status);
    }

    /// <summary>A due apology task for a new customer of <paramref name="tenant"/>, from an SLA breach a minute after the last one.</summary>
    private async Task<(HttpClient Care, OutreachTaskResponse Task)> DueTaskAsync(string tenant)
    {
        var care = factory.Client(tenant, CxRoles.Care);
        var customer = await CustomerRequests.CreateAsync(care);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await factory.PublishAsync(CareEvents.SlaBreached(tenant, customer.Id, factory.Clock.GetUtcNow()));
        return (care, Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer.Id)));
    }

    private static async Task<string?> RuleOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString();
    }

    private static async Task<List<string>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().Select(e => e.Name).ToList();
    }
}
