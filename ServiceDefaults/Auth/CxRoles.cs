namespace CxPlatform.ServiceDefaults.Auth;

public static class CxRoles
{
    public const string Agent = "agent";
    public const string Care = "care";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    /// <summary>Another CxPlatform service calling on behalf of a tenant.</summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All = [Agent, Care, Analyst, Admin, Service];
}
