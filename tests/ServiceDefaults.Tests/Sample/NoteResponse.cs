namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed record NoteResponse(Guid Id, string Text);
