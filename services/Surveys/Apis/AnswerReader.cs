using System.Text.Json;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>Reads submitted answers against the questions of the version being answered; a 400 names the first wrong answer.</summary>
internal static class AnswerReader
{
    public static Dictionary<string, Answer?> Read(IReadOnlyDictionary<string, JsonElement>? answers, SurveyDefinition definition)
    {
        var read = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        foreach (var (questionId, value) in answers ?? new Dictionary<string, JsonElement>())
        {
            var field = $"answers.{questionId}";
            var question = definition.Find(questionId) ?? throw new InvalidRequestException(field, "This survey has no such question.");
            read[questionId] = value.ValueKind == JsonValueKind.Null ? null : Read(question, value, field);
        }
        return read;
    }

    private static Answer? Read(SurveyQuestion question, JsonElement value, string field) => question.Type switch
    {
        QuestionTypes.Rating => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var rating) && question.Scale!.Contains(rating)
            ? new Answer(Rating: rating)
            : throw new InvalidRequestException(field, $"Give a whole number from {question.Scale!.Min} to {question.Scale.Max}."),
        QuestionTypes.SingleChoice => value.ValueKind == JsonValueKind.String && IsChoice(question, value.GetString())
            ? new Answer(Choice: value.GetString())
            : throw new InvalidRequestException(field, $"Give one of the choice ids: {ChoiceIds(question)}."),
        QuestionTypes.MultipleChoice => ReadChoices(question, value, field),
        _ => ReadText(question, value, field),
    };

    private static Answer? ReadChoices(SurveyQuestion question, JsonElement value, string field)
    {
        if (value.ValueKind != JsonValueKind.Array
            || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || !IsChoice(question, item.GetString())))
        {
            throw new InvalidRequestException(field, $"Give an array of choice ids from: {ChoiceIds(question)}.");
        }
        var chosen = value.EnumerateArray().Select(item => item.GetString()!).ToList();
        if (chosen.Distinct(StringComparer.Ordinal).Count() != chosen.Count)
        {
            throw new InvalidRequestException(field, "Give each choice at most once.");
        }
        return chosen.Count == 0 ? null : new Answer(Choices: question.Choices!.Select(c => c.Id).Where(chosen.Contains).ToList());
    }

    private static Answer? ReadText(SurveyQuestion question, JsonElement value, string field)
    {
        var text = value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : throw new InvalidRequestException(field, "Give the answer as text.");
        if (text.Length > question.MaxLength)
        {
            throw new InvalidRequestException(field, $"The answer has more than {question.MaxLength} characters.");
        }
        return text.Length == 0 ? null : new Answer(Text: text);
    }

    private static bool IsChoice(SurveyQuestion question, string? id) => question.Choices!.Any(c => c.Id == id);

    private static string ChoiceIds(SurveyQuestion question) => string.Join(", ", question.Choices!.Select(c => c.Id));
}
