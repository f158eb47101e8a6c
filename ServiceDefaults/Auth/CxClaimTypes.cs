namespace CxPlatform.ServiceDefaults.Auth;

public static class CxClaimTypes
{
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Name = "name";
}
