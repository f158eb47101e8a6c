namespace CxPlatform.Surveys.Domain;

public static class SurveyLimits
{
    public const int NameLength = 200;
    public const int TitleLength = 200;
    public const int QuestionTextLength = 1000;
    public const int ChoiceTextLength = 200;
    public const int LabelLength = 100;
    public const int IdLength = 40;
    public const int MaxQuestions = 50;
    public const int MaxChoices = 50;
    public const int MaxLanguages = 30;
    public const int DefaultFreeTextLength = 2000;
    public const int MaxFreeTextLength = 5000;
    public const int MaxRatingPoints = 10;
}
