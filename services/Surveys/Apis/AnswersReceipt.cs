namespace CxPlatform.Surveys.Apis;

/// <summary>What was kept: the invitation's status, the questions answered so far and the required ones still open.</summary>
public sealed record AnswersReceipt(string Status, bool Completed, IReadOnlyList<string> Answered, IReadOnlyList<string> MissingRequired);
