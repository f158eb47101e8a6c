using System.Diagnostics;
using CxPlatform.Bench.Surveys.Service;
using Npgsql;
using NpgsqlTypes;

namespace CxPlatform.Bench.Surveys.Burst;

/// <summary>
/// The raw baseline: the rows an issued invitation leaves in <c>survey_invitations</c> (status <c>sent</c> by e-mail, the
/// rule's id, the ticket, the expiry), written by one connection with a prepared single-row <c>INSERT</c> in autocommit, one
/// after the other, as the service's one scheduler loop issues them. No planned invitation, delivery, outbox or inbox row.
/// </summary>
public static class RawInvitationInserter
{
    private const string Insert = """
        INSERT INTO survey_invitations ("Id", "TenantId", "SurveyId", "SurveyVersion", "SurveyKind", "Anonymous", "CustomerId",
            "RelatedTicketId", "Status", "ExpiresAt", "CreatedAt", "DistributionRuleId", "SendUnavailableAttempts", "Channel", "SentAt")
        VALUES (@id, @tenant, @survey, @version, @kind, false, @customer, @ticket, 'sent', @expires, @created, @rule, 0, 'email', @created)
        """;

    /// <returns>The seconds it took to insert <paramref name="count"/> rows.</returns>
    public static async Task<double> InsertAsync(
        string connectionString, string tenant, BenchSurvey survey, int count, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Insert, connection);
        var id = command.Parameters.Add("id", NpgsqlDbType.Uuid);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("survey", survey.Id);
        command.Parameters.AddWithValue("version", survey.Version);
        command.Parameters.AddWithValue("kind", BenchSurvey.Kind);
        var customer = command.Parameters.Add("customer", NpgsqlDbType.Uuid);
        var ticket = command.Parameters.Add("ticket", NpgsqlDbType.Uuid);
        var expires = command.Parameters.Add("expires", NpgsqlDbType.TimestampTz);
        var created = command.Parameters.Add("created", NpgsqlDbType.TimestampTz);
        command.Parameters.AddWithValue("rule", Guid.NewGuid());
        await command.PrepareAsync(cancellationToken);

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var now = time.GetUtcNow();
            id.Value = Guid.CreateVersion7(now);
            customer.Value = Guid.NewGuid();
            ticket.Value = Guid.CreateVersion7(now);
            expires.Value = now.AddDays(BenchSurvey.ExpiryDays);
            created.Value = now;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
