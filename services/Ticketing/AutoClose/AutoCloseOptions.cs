namespace CxPlatform.Ticketing.AutoClose;

/// <summary><c>Ticketing:AutoClose</c>: how often solved tickets past their tenant's auto-close delay are looked for.</summary>
public sealed class AutoCloseOptions
{
    public const string SectionName = "Ticketing:AutoClose";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);
    public int BatchSize { get; set; } = 200;
}
