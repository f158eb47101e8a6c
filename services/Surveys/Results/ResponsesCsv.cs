using System.Globalization;
using System.Text;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Results;

/// <summary>
/// Responses as CSV (RFC 4180, UTF-8, CRLF): one row per response, completed or partial; fixed columns, then one
/// <c>answer.{question id}</c> column per question of the versions exported. Anonymous responses have an empty customer id.
/// </summary>
public static class ResponsesCsv
{
    private static readonly string[] FixedColumns =
    [
        "response_id", "invitation_id", "survey_version", "language", "invited_at", "started_at", "completed_at", "customer_id",
        "related_ticket_id", "related_outreach_id", "score", "category", "formula_version", "comment",
    ];

    public static async Task WriteAsync(Stream body, IReadOnlyList<string> questionIds, IAsyncEnumerable<SurveyResponse> responses, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Row([.. FixedColumns, .. questionIds.Select(id => $"answer.{id}")]));
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(Row([
                response.Id.ToString(), response.InvitationId.ToString(), Number(response.SurveyVersion), response.Language,
                Time(response.InvitedAt), Time(response.StartedAt), Time(response.CompletedAt), response.CustomerId?.ToString(),
                response.RelatedTicketId?.ToString(), response.RelatedOutreachId?.ToString(), Number(response.Score), response.Category,
                response.FormulaVersion, response.Comment,
                .. questionIds.Select(id => response.Answers.GetValueOrDefault(id)?.Display()),
            ]));
        }
    }

    private static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(CsvField.Escape));

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
