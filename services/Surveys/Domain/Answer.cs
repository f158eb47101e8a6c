namespace CxPlatform.Surveys.Domain;

/// <summary>One answer; exactly the field of its question's type is set.</summary>
public sealed record Answer(int? Rating = null, string? Choice = null, IReadOnlyList<string>? Choices = null, string? Text = null)
{
    /// <summary>The answer as one plain value: the rating, the choice id, the choice ids joined by ";", or the text.</summary>
    public string Display() =>
        Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Choice ?? (Choices is null ? Text ?? "" : string.Join(';', Choices));
}
