namespace CxPlatform.ServiceDefaults.Http;

public sealed class RateLimitSettings
{
    public int PermitsPerSecond { get; set; } = 200;
    public int BurstLimit { get; set; } = 400;
}
