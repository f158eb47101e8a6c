namespace CxPlatform.Surveys.Domain;

public static class QuestionTypes
{
    public const string Rating = "rating";
    public const string SingleChoice = "single_choice";
    public const string MultipleChoice = "multiple_choice";
    public const string FreeText = "free_text";

    public static readonly IReadOnlyList<string> All = [Rating, SingleChoice, MultipleChoice, FreeText];

    public static bool HasChoices(string type) => type is SingleChoice or MultipleChoice;
}
