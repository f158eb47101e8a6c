using CxPlatform.Bench.Surveys.Service;
using Npgsql;
using NpgsqlTypes;

namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>
/// The raw baseline: the completed response row the public endpoint leaves in <c>survey_responses</c> (same columns, the same
/// answers JSON, the unique index on the invitation), one single-row <c>INSERT</c> in autocommit per submission through an
/// Npgsql connection pool. Not the invitation's status update, nor the outbox row of <c>SurveyResponded</c>.
/// </summary>
public sealed class RawResponseWriter(NpgsqlDataSource dataSource, BenchSurvey survey, StoredResponse sample, RawInvitation[] invitations) : IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO survey_responses ("Id", "TenantId", "SurveyId", "SurveyVersion", "SurveyKind", "InvitationId", "InvitedAt",
            "CustomerId", "Language", "Answers", "Score", "Category", "Comment", "FormulaVersion", "StartedAt", "UpdatedAt", "CompletedAt")
        VALUES (@id, @tenant, @survey, @version, @kind, @invitation, @invited, @customer, @language, @answers, @score, @category,
            @comment, @formula, @now, @now, @now)
        """;

    /// <summary>PostgreSQL allows 200 connections and the service holds pools of its own: a backlog queues here instead.</summary>
    public const int MaxConnections = 50;

    /// <summary>Inserts the invitations the raw responses answer (not timed) and readies the writer.</summary>
    public static async Task<RawResponseWriter> PrepareAsync(
        string connectionString, BenchSurvey survey, StoredResponse sample, int count, CancellationToken cancellationToken)
    {
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = MaxConnections }.ConnectionString);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO survey_invitations ("Id", "TenantId", "SurveyId", "SurveyVersion", "SurveyKind", "Anonymous", "CustomerId",
                "Language", "Status", "ExpiresAt", "CreatedAt", "SendUnavailableAttempts")
            SELECT gen_random_uuid(), @tenant, @survey, @version, @kind, false, gen_random_uuid(), 'en', 'created', now() + interval '7 days', now(), 0
            FROM generate_series(1, @count)
            RETURNING "Id", "CustomerId", "CreatedAt"
            """);
        command.Parameters.AddWithValue("tenant", BenchTenants.RawResponses);
        command.Parameters.AddWithValue("survey", survey.Id);
        command.Parameters.AddWithValue("version", survey.Version);
        command.Parameters.AddWithValue("kind", BenchSurvey.Kind);
        command.Parameters.AddWithValue("count", count);
        var invitations = new List<RawInvitation>(count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                invitations.Add(new RawInvitation(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2)));
            }
        }
        return new RawResponseWriter(dataSource, survey, sample, [.. invitations]);
    }

    public async Task<string?> WriteAsync(int index, CancellationToken cancellationToken)
    {
        var invitation = invitations[index];
        try
        {
            await using var command = dataSource.CreateCommand(Insert);
            var now = TimeProvider.System.GetUtcNow();
            command.Parameters.AddWithValue("id", Guid.CreateVersion7(now));
            command.Parameters.AddWithValue("tenant", BenchTenants.RawResponses);
            command.Parameters.AddWithValue("survey", survey.Id);
            command.Parameters.AddWithValue("version", survey.Version);
            command.Parameters.AddWithValue("kind", BenchSurvey.Kind);
            command.Parameters.AddWithValue("invitation", invitation.Id);
            command.Parameters.AddWithValue("invited", invitation.CreatedAt);
            command.Parameters.AddWithValue("customer", invitation.CustomerId);
            command.Parameters.AddWithValue("language", sample.Language);
            command.Parameters.AddWithValue("answers", NpgsqlDbType.Jsonb, sample.AnswersJson);
            command.Parameters.AddWithValue("score", NpgsqlDbType.Integer, (object?)sample.Score ?? DBNull.Value);
            command.Parameters.AddWithValue("category", NpgsqlDbType.Varchar, (object?)sample.Category ?? DBNull.Value);
            command.Parameters.AddWithValue("comment", NpgsqlDbType.Varchar, (object?)sample.Comment ?? DBNull.Value);
            command.Parameters.AddWithValue("formula", NpgsqlDbType.Varchar, (object?)sample.FormulaVersion ?? DBNull.Value);
            command.Parameters.AddWithValue("now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }
        catch (NpgsqlException exception)
        {
            return exception.Message;
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
