using System.Text.Json;

namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>A respondent's complete CSAT answer, a score and usually a short "why", serialized before the clock starts.</summary>
public static class SampleAnswers
{
    private static readonly string?[] Whys =
    [
        "Quick and friendly, the replacement arrived two days later.",
        "I had to explain the problem three times to different people.",
        null,
        "The agent knew exactly what to do with the damaged parcel.",
        "Took a week to get an answer about my refund.",
        "Fine.",
    ];

    public static string[] Bodies(int count) =>
        Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new
        {
            answers = Whys[i % Whys.Length] is { } why
                ? (object)new { score = 1 + (i % 5), why }
                : new { score = 1 + (i % 5) },
            complete = true,
        })).ToArray();
}
