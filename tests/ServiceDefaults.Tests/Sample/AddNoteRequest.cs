namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed record AddNoteRequest(string? Text);
