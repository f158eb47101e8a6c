using System.Text.RegularExpressions;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>Turns a definition request into a valid <see cref="SurveyDefinition"/>, or a 400 naming the first field that is wrong.</summary>
internal static partial class SurveyDefinitionReader
{
    private const string Path = "definition";

    public static SurveyDefinition Read(string kind, SurveyDefinitionRequest request)
    {
        var (texts, title) = LocalizedTexts.ReadTitle(request.DefaultLanguage, request.Title, Path, SurveyLimits.TitleLength);
        var questions = new List<SurveyQuestion>();
        if (KindScales.For(kind) is { } scale)
        {
            var main = request.MainQuestion
                ?? throw new InvalidRequestException($"{Path}.mainQuestion", $"A {kind} survey needs its main rating question (the text to show).");
            questions.Add(new SurveyQuestion(
                SurveyDefinition.ScoreQuestionId, QuestionTypes.Rating, Required: true,
                texts.Read(main.Text, $"{Path}.mainQuestion.text", SurveyLimits.QuestionTextLength),
                new RatingScale(scale.Min, scale.Max,
                    texts.ReadOptional(main.MinLabel, $"{Path}.mainQuestion.minLabel", SurveyLimits.LabelLength),
                    texts.ReadOptional(main.MaxLabel, $"{Path}.mainQuestion.maxLabel", SurveyLimits.LabelLength))));
            if (request.Why is { } why)
            {
                questions.Add(new SurveyQuestion(
                    SurveyDefinition.WhyQuestionId, QuestionTypes.FreeText, why.Required,
                    texts.Read(why.Text, $"{Path}.why.text", SurveyLimits.QuestionTextLength),
                    MaxLength: ReadMaxLength(why.MaxLength, $"{Path}.why.maxLength")));
            }
        }
        else
        {
            if (request.MainQuestion is not null || request.Why is not null)
            {
                throw new InvalidRequestException(request.MainQuestion is not null ? $"{Path}.mainQuestion" : $"{Path}.why",
                    "A custom survey has no main rating question or \"why\"; ask them as custom questions.");
            }
            if (request.Questions is not { Count: > 0 })
            {
                throw new InvalidRequestException($"{Path}.questions", "A custom survey needs at least one question.");
            }
        }
        var custom = request.Questions ?? [];
        if (questions.Count + custom.Count > SurveyLimits.MaxQuestions)
        {
            throw new InvalidRequestException($"{Path}.questions", $"A survey has at most {SurveyLimits.MaxQuestions} questions.");
        }
        for (var i = 0; i < custom.Count; i++)
        {
            var question = ReadQuestion(custom[i], $"{Path}.questions[{i}]", texts);
            if (questions.Any(q => q.Id == question.Id))
            {
                throw new InvalidRequestException($"{Path}.questions[{i}].id", $"Another question already has the id '{question.Id}'.");
            }
            questions.Add(question);
        }
        return new SurveyDefinition(texts.DefaultLanguage, texts.Languages, title, questions);
    }

    private static SurveyQuestion ReadQuestion(QuestionRequest? request, string path, LocalizedTexts texts)
    {
        if (request is null)
        {
            throw new InvalidRequestException(path, "Give the question.");
        }
        var id = ReadId(request.Id, $"{path}.id");
        if (id is SurveyDefinition.ScoreQuestionId or SurveyDefinition.WhyQuestionId)
        {
            throw new InvalidRequestException($"{path}.id", $"'{id}' is reserved for the kind's main rating and its \"why\".");
        }
        if (!QuestionTypes.All.Contains(request.Type))
        {
            throw new InvalidRequestException($"{path}.type", $"The type must be one of: {string.Join(", ", QuestionTypes.All)}.");
        }
        var text = texts.Read(request.Text, $"{path}.text", SurveyLimits.QuestionTextLength);
        EnsureOnlyItsOwnSettings(request, path);
        return request.Type switch
        {
            QuestionTypes.Rating => new SurveyQuestion(id, request.Type, request.Required, text, Scale: ReadScale(request.Scale, $"{path}.scale", texts)),
            QuestionTypes.FreeText => new SurveyQuestion(id, request.Type, request.Required, text, MaxLength: ReadMaxLength(request.MaxLength, $"{path}.maxLength")),
            _ => new SurveyQuestion(id, request.Type, request.Required, text, Choices: ReadChoices(request.Choices, $"{path}.choices", texts)),
        };
    }

    private static void EnsureOnlyItsOwnSettings(QuestionRequest request, string path)
    {
        if (request.Type != QuestionTypes.Rating && request.Scale is not null)
        {
            throw new InvalidRequestException($"{path}.scale", "Only a rating question has a scale.");
        }
        if (!QuestionTypes.HasChoices(request.Type) && request.Choices is not null)
        {
            throw new InvalidRequestException($"{path}.choices", "Only a single or multiple choice question has choices.");
        }
        if (request.Type != QuestionTypes.FreeText && request.MaxLength is not null)
        {
            throw new InvalidRequestException($"{path}.maxLength", "Only a free-text question has a maximum length.");
        }
    }

    private static RatingScale ReadScale(RatingScaleRequest? scale, string path, LocalizedTexts texts)
    {
        if (scale is null)
        {
            throw new InvalidRequestException(path, "A rating question needs a scale, e.g. {\"min\": 1, \"max\": 5}.");
        }
        if (scale.Min is not (0 or 1))
        {
            throw new InvalidRequestException($"{path}.min", "A scale starts at 0 or 1.");
        }
        if (scale.Max <= scale.Min || scale.Max > SurveyLimits.MaxRatingPoints)
        {
            throw new InvalidRequestException($"{path}.max", $"A scale ends above its start and at most at {SurveyLimits.MaxRatingPoints}.");
        }
        return new RatingScale(scale.Min, scale.Max,
            texts.ReadOptional(scale.MinLabel, $"{path}.minLabel", SurveyLimits.LabelLength),
            texts.ReadOptional(scale.MaxLabel, $"{path}.maxLabel", SurveyLimits.LabelLength));
    }

    private static List<SurveyChoice> ReadChoices(IReadOnlyList<ChoiceRequest>? choices, string path, LocalizedTexts texts)
    {
        if (choices is null || choices.Count < 2)
        {
            throw new InvalidRequestException(path, "A choice question needs at least two choices.");
        }
        if (choices.Count > SurveyLimits.MaxChoices)
        {
            throw new InvalidRequestException(path, $"A question has at most {SurveyLimits.MaxChoices} choices.");
        }
        var read = new List<SurveyChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i] ?? throw new InvalidRequestException($"{path}[{i}]", "Give the choice.");
            var id = ReadId(choice.Id, $"{path}[{i}].id");
            if (read.Any(c => c.Id == id))
            {
                throw new InvalidRequestException($"{path}[{i}].id", $"Another choice already has the id '{id}'.");
            }
            read.Add(new SurveyChoice(id, texts.Read(choice.Text, $"{path}[{i}].text", SurveyLimits.ChoiceTextLength)));
        }
        return read;
    }

    private static string ReadId(string? id, string field) =>
        id is not null && IdPattern().IsMatch(id)
            ? id
            : throw new InvalidRequestException(field,
                $"An id has 1 to {SurveyLimits.IdLength} characters: lower-case letters, digits, '_' and '-', starting with a letter or digit.");

    private static int ReadMaxLength(int? maxLength, string field) => maxLength switch
    {
        null => SurveyLimits.DefaultFreeTextLength,
        >= 1 and <= SurveyLimits.MaxFreeTextLength => maxLength.Value,
        _ => throw new InvalidRequestException(field, $"The maximum length is between 1 and {SurveyLimits.MaxFreeTextLength}."),
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex IdPattern();
}
