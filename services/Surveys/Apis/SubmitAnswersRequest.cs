using System.Text.Json;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// Answers by question id: a number for a rating, a choice id for single choice, an array of choice ids for multiple choice, a
/// string for free text, null to withdraw an answer. They add to what was answered before; <see cref="Complete"/> finishes the
/// response (every required question must be answered by then) and nothing can be changed afterwards.
/// </summary>
public sealed record SubmitAnswersRequest(IReadOnlyDictionary<string, JsonElement>? Answers = null, bool Complete = false);
