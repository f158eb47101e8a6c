namespace CxPlatform.ServiceDefaults.Errors;

/// <summary>Input that only the service can judge (an unknown group id, a value a tenant's field does not accept): a 400 naming the field.</summary>
public sealed class InvalidRequestException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
