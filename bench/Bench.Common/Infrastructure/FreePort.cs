using System.Net;
using System.Net.Sockets;

namespace CxPlatform.Bench.Common.Infrastructure;

/// <summary>A loopback port free at the time of asking, for a server whose address must be known before it starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
