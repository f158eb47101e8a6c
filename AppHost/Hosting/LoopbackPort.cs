using System.Net;
using System.Net.Sockets;

namespace CxPlatform.AppHost.Hosting;

public static class LoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The preferred port when nothing listens on it, otherwise a free one.</summary>
    public static int PreferOrNext(int preferred)
    {
        if (preferred <= 0)
        {
            return Next();
        }
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, preferred);
            listener.Start();
            return preferred;
        }
        catch (SocketException)
        {
            return Next();
        }
    }
}
