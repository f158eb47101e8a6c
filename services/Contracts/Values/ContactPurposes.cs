namespace CxPlatform.Contracts;

/// <summary>Why a service wants to contact a customer; consent and frequency caps are decided per purpose.</summary>
public static class ContactPurposes
{
    public const string Service = "service";
    public const string Care = "care";
    public const string Survey = "survey";
    public const string Marketing = "marketing";

    public static readonly IReadOnlyList<string> All = [Service, Care, Survey, Marketing];
}
