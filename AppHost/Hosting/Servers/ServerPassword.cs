using System.Security.Cryptography;

namespace CxPlatform.AppHost.Hosting.Servers;

internal static class ServerPassword
{
    /// <summary>A fresh password per run; hex, so it needs no escaping in a connection string or a URI.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
