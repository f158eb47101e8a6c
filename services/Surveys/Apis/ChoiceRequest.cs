using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Surveys.Apis;

public sealed record ChoiceRequest([Required] string Id, [Required] IReadOnlyDictionary<string, string> Text);
