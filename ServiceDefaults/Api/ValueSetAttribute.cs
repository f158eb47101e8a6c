using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CxPlatform.ServiceDefaults.Api;

/// <summary>The value (or each value of a list) must be one of the set published as <c>public static ... All</c> on <paramref name="valueSet"/> (e.g. <c>TicketChannels</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class ValueSetAttribute(Type valueSet) : ValidationAttribute
{
    private readonly Lazy<HashSet<string>> _values = new(() => ReadValues(valueSet));

    public Type ValueSet { get; } = valueSet;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is null || (value is string text && _values.Value.Contains(text))
            || (value is IEnumerable<string> texts && value is not string && texts.All(_values.Value.Contains)))
        {
            return ValidationResult.Success;
        }
        return new ValidationResult(
            $"The {validationContext.DisplayName} field must be one of: {string.Join(", ", _values.Value)}.",
            validationContext.MemberName is null ? null : [validationContext.MemberName]);
    }

    private static HashSet<string> ReadValues(Type type)
    {
        var member = (MemberInfo?)type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)
            ?? type.GetField("All", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type.Name} has no public static All.");
        var values = member is PropertyInfo property ? property.GetValue(null) : ((FieldInfo)member).GetValue(null);
        return ((IEnumerable<string>)values!).ToHashSet(StringComparer.Ordinal);
    }
}
