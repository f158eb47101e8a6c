namespace CxPlatform.Care.Domain.Templates;

/// <summary>Literal text, or a placeholder <c>{{ name | fallback }}</c> (the fallback is optional).</summary>
public sealed record TemplateSegment(string? Literal, string? Placeholder = null, string? Fallback = null);
