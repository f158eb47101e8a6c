namespace CxPlatform.ServiceDefaults.Domain;

/// <summary>Raised by an aggregate when a request breaks one of its rules; the API answers 409 naming the rule.</summary>
public sealed class DomainRuleViolationException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
