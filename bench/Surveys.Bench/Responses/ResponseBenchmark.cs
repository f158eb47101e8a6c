using System.Text;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Load;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Surveys.Service;
using Npgsql;

namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>
/// Invitations created through the API (not timed), a warm-up, then complete answers through the public endpoint at a fixed
/// rate, one invitation each, and then the same response rows written raw at the same rate.
/// </summary>
public static class ResponseBenchmark
{
    private const int WarmUp = 200;

    public static async Task<ResponseResult> RunAsync(
        SurveysService service, BenchContainers containers, string database, BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var count = options.Responses;
        progress.WriteLine($"Responses: creating {WarmUp + count:N0} invitations through the API (not timed)...");
        var survey = await BenchSurvey.CreateAsync(service, BenchTenants.Responses, withTicketSolvedRule: false, cancellationToken);
        var tokens = await RespondentLinks.CreateAsync(service, survey, WarmUp + count, cancellationToken);
        var bodies = SampleAnswers.Bodies(WarmUp + count);
        using var respondent = service.CreateRespondent();
        Task<string?> Submit(int index, CancellationToken token) => SubmitAsync(respondent, tokens[index], bodies[index], token);

        progress.WriteLine($"  warm-up: {WarmUp} submissions at {options.Rate}/s");
        var warmUp = await OpenLoop.RunAsync(WarmUp, options.Rate, Submit, cancellationToken);
        if (warmUp.Errors > 0)
        {
            throw new InvalidOperationException($"The warm-up submissions failed: {warmUp.FirstError}");
        }

        progress.WriteLine($"  public endpoint: {count:N0} submissions at {options.Rate}/s, open loop...");
        var apiMeter = CpuMeter.Start(containers);
        var api = await OpenLoop.RunAsync(count, options.Rate, (index, token) => Submit(WarmUp + index, token), cancellationToken);
        var apiCpu = apiMeter.Stop(count);
        progress.WriteLine($"  {ReportFormat.Summary(api.Latency)}, {api.Errors} errors");

        progress.WriteLine($"  raw baseline: {count:N0} single-row INSERTs at {options.Rate}/s, open loop...");
        await using var raw = await RawResponseWriter.PrepareAsync(database, survey, await SampleAsync(database, cancellationToken), count, cancellationToken);
        var rawMeter = CpuMeter.Start(containers);
        var rawRun = await OpenLoop.RunAsync(count, options.Rate, raw.WriteAsync, cancellationToken);
        var rawCpu = rawMeter.Stop(count);
        progress.WriteLine($"  {ReportFormat.Summary(rawRun.Latency)}, {rawRun.Errors} errors");

        return new ResponseResult(options.Rate, options.Seconds, WarmUp, RateRunResult.Of(api, apiCpu), RateRunResult.Of(rawRun, rawCpu));
    }

    private static async Task<string?> SubmitAsync(HttpClient respondent, string token, string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await respondent.PostAsync($"/s/{token}/answers", content, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {answer[..Math.Min(200, answer.Length)]}";
    }

    /// <summary>A completed response as the service stored it during the warm-up.</summary>
    private static async Task<StoredResponse> SampleAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT "Language", "Answers"::text, "Score", "Category", "Comment", "FormulaVersion" FROM survey_responses
            WHERE "TenantId" = @tenant AND "CompletedAt" IS NOT NULL AND "Comment" IS NOT NULL LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("tenant", BenchTenants.Responses);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The warm-up left no completed response to copy.");
        }
        return new StoredResponse(
            reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
    }
}
