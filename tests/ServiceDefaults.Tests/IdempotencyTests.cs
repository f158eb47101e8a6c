using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class IdempotencyTests(PlatformContainers containers) : RunningSampleServiceTests(containers)
{
    [Fact]
    public async Task The_same_key_twice_has_one_effect_and_replays_the_first_response()
    {
        using var client = Service.CreateClient("acme");
        var key = Guid.NewGuid().ToString();

        var first = await NoteRequests.AddAsync(client, "once", key);
        var retry = await NoteRequests.AddAsync(client, "once", key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal((false, true), (NoteRequests.WasReplayed(first), NoteRequests.WasReplayed(retry)));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, retry.Content.Headers.ContentType);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"Text\" = 'once'"));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "outbox_messages", "payload->>'text' = 'once'"));
    }

    [Fact]
    public async Task Without_a_key_every_request_has_its_effect()
    {
        using var client = Service.CreateClient("acme");

        await NoteRequests.AddAsync(client, "keyless");
        await NoteRequests.AddAsync(client, "keyless");

        Assert.Equal(2, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"Text\" = 'keyless'"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_a_422_problem_and_writes_nothing()
    {
        using var client = Service.CreateClient("acme");
        var key = Guid.NewGuid().ToString();
        await NoteRequests.AddAsync(client, "original", key);

        var reused = await NoteRequests.AddAsync(client, "something else", key);

        await AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"Text\" = 'something else'"));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "outbox_messages"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("256-characters")]
    public async Task A_malformed_key_is_a_400_problem_and_writes_nothing(string key)
    {
        using var client = Service.CreateClient("acme");
        key = key == "256-characters" ? new string('k', 256) : key;

        var response = await NoteRequests.AddAsync(client, "malformed key", key);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), problem.ToString());
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "\"Notes\""));
    }

    [Fact]
    public async Task A_key_of_255_visible_characters_is_accepted()
    {
        using var client = Service.CreateClient("acme");
        var key = string.Concat(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c)).PadRight(255, '~');

        var first = await NoteRequests.AddAsync(client, "longest key", key);
        var retry = await NoteRequests.AddAsync(client, "longest key", key);

        Assert.Equal((HttpStatusCode.Created, true), (first.StatusCode, NoteRequests.WasReplayed(retry)));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\""));
    }

    [Fact]
    public async Task Keys_are_scoped_per_tenant()
    {
        using var tenantA = Service.CreateClient("tenant-a");
        using var tenantB = Service.CreateClient("tenant-b");
        const string key = "order-4711";

        var fromA = await NoteRequests.AddAsync(tenantA, "same request", key);
        var fromB = await NoteRequests.AddAsync(tenantB, "same request", key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (fromA.StatusCode, fromB.StatusCode));
        Assert.False(NoteRequests.WasReplayed(fromB));
        var noteA = await fromA.Content.ReadFromJsonAsync<NoteResponse>();
        var noteB = await fromB.Content.ReadFromJsonAsync<NoteResponse>();
        Assert.NotEqual(noteA!.Id, noteB!.Id);
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"TenantId\" = 'tenant-a'"));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"TenantId\" = 'tenant-b'"));
    }

    [Fact]
    public async Task A_concurrent_request_with_the_same_key_waits_for_the_first_and_replays_its_response()
    {
        using var client = Service.CreateClient("acme");
        var key = Guid.NewGuid().ToString();
        Service.Gate.Hold("concurrent");

        var first = NoteRequests.AddAsync(client, "concurrent", key);
        var second = NoteRequests.AddAsync(client, "concurrent", key);
        // One request is inside the endpoint, its note written but not committed; the other waits on the key's row lock.
        var inFlight = await Eventually.ReturnsAsync(
            async () => (Service.Gate.Waiting, await Sql.CountAsync(Fixture.Database, "pg_stat_activity", "datname = current_database() AND wait_event_type = 'Lock'")),
            state => state == (1, 1));
        Service.Gate.Release("concurrent");
        var responses = await Task.WhenAll(first, second);

        Assert.Equal((1, 1L), inFlight);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses, NoteRequests.WasReplayed);
        Assert.Equal(await responses[0].Content.ReadAsStringAsync(), await responses[1].Content.ReadAsStringAsync());
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"Text\" = 'concurrent'"));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "outbox_messages", "payload->>'text' = 'concurrent'"));
    }

    [Fact]
    public async Task A_400_is_not_remembered_so_a_corrected_retry_with_the_same_key_succeeds()
    {
        using var client = Service.CreateClient("acme");
        var key = Guid.NewGuid().ToString();

        var invalid = await NoteRequests.AddAsync(client, "", key);
        var corrected = await NoteRequests.AddAsync(client, "corrected", key);

        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(NoteRequests.WasReplayed(corrected));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"Text\" = 'corrected'"));
    }

    [Fact]
    public async Task A_request_that_fails_after_writing_leaves_neither_its_effect_nor_its_key()
    {
        using var client = Service.CreateClient("acme");
        var key = Guid.NewGuid().ToString();

        var refused = await NoteRequests.AddAsync(client, NotesApi.RefusedAfterSavingText, key);

        await AssertProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "\"Notes\""));
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "outbox_messages"));
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "idempotency_keys"));
        var retry = await NoteRequests.AddAsync(client, "accepted this time", key);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
